"""Round 34 (docs/members.md §60): an "ambito" or a "Comune capofila" of another law or body (a water or waste
ATO and its sub-ambiti, a hunting ATC, the school office's ambito and its Rete di Ambito, a tourism DMO, a forestry
district, the Carabinieri, a PGT, an Unione, a convention, a Distretto del Commercio, a GAL, a park, a project) gives
no facts; a social ambito's page that names one of them in passing keeps its own."""

from __future__ import annotations

import pytest
from fixture_pages import extracted, gold

from crawler.parsers.other_ambiti import another_bodys_mention, another_bodys_page


@pytest.mark.parametrize(
    "name",
    [
        # water ATO: a sub-ambito under its h2 with a "Comune capofila" and a list (got through on 0.4.61)
        "1800_neg_ato_idrico_sub_ambito_capofila.html",
        "1819_neg_sub_ambito_idrico_testo.txt",
        # water ATO pages with a "bonus sociale idrico", a "tariffa sociale" (1825 got through before)
        "1825_neg_ufficio_ambito_idrico_bonus_sociale.html",
        "1827_neg_ato_sub_ambito_tariffa_sociale.txt",
        # waste ATO, a convention's articles
        "1801_neg_ato_rifiuti_testo.txt",
        # hunting ATC, prose and a list under a heading
        "1802_neg_ambito_caccia_comuni.html",
        "1803_neg_atc_caccia_testo.txt",
        "1818_neg_atc_caccia_elenco_html.html",
        # the school office's ambito and its Rete di Ambito (1804, 1805 got through on 0.4.61)
        "1804_neg_ambito_scolastico_rete.html",
        "1805_neg_ambito_scolastico_testo.txt",
        "1820_neg_ambito_scuole_h2_elenco.html",
        # the school office's pages that say "inclusione sociale": not a social plan's words (got through before)
        "1824_neg_ust_ambito_inclusione_sociale.html",
        "1826_neg_usr_ufficio_ambito_como_testo.txt",
        "1829_neg_rete_ambito_scuola_polo_lodi.html",
        # a PGT's ambiti di trasformazione
        "1806_neg_pgt_ambiti_trasformazione.html",
        # a tourism DMO's ambito
        "1807_neg_dmo_ambito_turistico.html",
        "1821_neg_dmo_turismo_elenco.txt",
        # the Carabinieri's and a forestry district's ambito (1808 got through on 0.4.61)
        "1808_neg_carabinieri_forestale_testo.txt",
        "1822_neg_carabinieri_stazione_html.html",
        # an ambito of another region
        "1809_neg_ambito_altra_regione.html",
        "1823_neg_ambito_altra_regione_testo.txt",
        # bodies with a Comune capofila that are no ambito
        "1810_neg_unione_capofila_servizi.html",
        "1811_neg_convenzione_polizia_locale_testo.txt",
        "1812_neg_convenzione_segreteria_biblioteche.html",
        "1813_neg_protezione_civile_gal.txt",
        "1814_neg_distretto_commercio_parco.html",
        "1815_neg_consorzio_progetto_capofila.html",
    ],
)
def test_another_bodys_ambito_or_capofila_gives_no_facts(name: str) -> None:
    facts = extracted(name)
    assert gold(name)["ambiti"] == []
    assert (facts.ambiti, facts.comuni) == ([], [])


@pytest.mark.parametrize(
    "name",
    [
        # a social ambito naming the water ATO and a school network with its scuola capofila in passing
        "1816_controcaso_ambito_sociale_cita_ato.html",
        # an Ambito distrettuale naming the school office's ambito and an Unione
        "1817_controcaso_ambito_distrettuale_cita_scuole.txt",
        # an ambito's page about a water bonus, with no other word of the social plan
        "1828_controcaso_bonus_idrico_ambito_seriate.html",
    ],
)
def test_a_social_ambito_that_names_another_body_keeps_its_facts(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == {
        (a["capofila"], frozenset(a["members"])) for a in gold(name)["ambiti"]
    }


@pytest.mark.parametrize(
    ("before", "after", "other"),
    [
        # a social ambito's part is a "Sub-ambito" too
        ("Sub-", " 1", False),
        ("Rete di ", " 3 - Bergamo Est", True),
        ("Distretto forestale - ", " Alta Valle Camonica", True),
        ("", " dell'Ufficio Scolastico Regionale", True),
        ("Fanno parte dell'", " i comuni di", False),
        ("Ufficio di Piano dell'", " di Seriate", False),
    ],
)
def test_the_words_around_a_mention_name_another_body(before: str, after: str, other: bool) -> None:
    assert another_bodys_mention(before, after) is other


@pytest.mark.parametrize(
    ("subject", "text", "other"),
    [
        ("Ufficio d'Ambito - ATO Provincia di Bergamo", "servizio idrico integrato", True),
        ("UFFICIO SCOLASTICO PER LA LOMBARDIA", "Comuni dell'ambito: Merate, Robbiate", True),
        ("Ufficio d'Ambito - ATO Provincia di Bergamo", "bonus idrico: domande all'Ufficio di Piano", False),
        ("Ambito territoriale di Lecco", "Comuni dell'ambito: Merate, Robbiate", False),
    ],
)
def test_a_page_about_another_bodys_ambito_says_nothing_of_the_social_plan(
    subject: str, text: str, other: bool
) -> None:
    assert another_bodys_page(subject, text) is other

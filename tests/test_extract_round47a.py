"""Round 47a (issue 11, docs/members.md §89): the page of another law's body or of an event (a race, a festival,
a weather alert) names comuni and a "capofila" and states no ambito, even where the site's menus and teasers carry the
social plan's common words; counter-cases: an ambito's own pages that mention a race or the water ATO."""

from __future__ import annotations

import pytest

from crawler.parsers.other_ambiti import another_bodys_page
from tests.fixture_pages import extracted, gold_by_ambito

# A and B. another body's or an event's page whose social words stand only in menus and teasers gives no ambito;
# an ambito's page that names an event or an ATO keeps its facts
OTHER_BODY_OR_EVENT = [
    "2830_txt_decoy_atc_caccia_provincia_menu_politiche_sociali_sondrio.txt",
    "2831_txt_decoy_raccolta_rifiuti_consorzio_sidebar_welfare_varese.txt",
    "2832_txt_decoy_allerta_meteo_zona_comuni_valchiavenna.txt",
    "2833_txt_decoy_festival_comuni_capofila_progetto_culturale_bormio.txt",
    "2834_txt_ambito_pagina_cita_gara_ciclistica_e_ato_tirano.txt",
    "2835_txt_ambito_news_corsa_solidale_titolo_ambito_saronno.txt",
]


@pytest.mark.parametrize("name", OTHER_BODY_OR_EVENT)
def test_another_bodys_or_an_events_page_states_no_ambito(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)
    assert not facts.comuni


@pytest.mark.parametrize(
    ("subject", "text", "other"),
    [
        ("Gran Fondo dei Colli", "Politiche sociali\nAmbito di Seriate, centri estivi", True),
        ("Allerta meteo", "L'Assemblea dei Sindaci dell'Ambito di Chiavenna si riunisce", False),
        ("Sagra del fungo", "Il Piano di Zona 2025-2027", False),
        ("Avviso di manifestazione di interesse", "Servizi sociali", False),
        ("ATO di Como - servizio idrico", "Welfare\nUfficio d'Ambito di Como", True),
    ],
)
def test_the_social_plans_common_words_count_only_in_an_ambitos_line(subject: str, text: str, other: bool) -> None:
    assert another_bodys_page(subject, text) is other


# C. an Assemblea's roll one sitter a line, the sitter named before the role and the comune ("Gino Ruffoni, Sindaco
# di Aprica", "Laura Brambilla - Sindaca del Comune di Fagnano Olona"): the comuni are the ambito's; counter-case: the
# mayors who signed a letter, no ambito stated
SITTERS_FIRST = [
    "2836_txt_assemblea_elenco_sindaci_trattino_comune_di_castellanza.txt",
    "2837_txt_assemblea_sindaci_virgola_di_bormio.txt",
    "2838_txt_controcaso_sindaci_firmatari_lettera_strada_seriate.txt",
]


@pytest.mark.parametrize("name", SITTERS_FIRST)
def test_a_roll_of_sitters_named_before_their_comune(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)
    assert not facts.unresolved_names  # the sitters are no unresolved comuni


# D. a gallery's caption "Comune di X" is a comune's name, never the header of a table's column of comuni: the
# gallery's items are joined back (round 46a's rule) instead of being read as a table shifted by one line; counter-case:
# a table flattened one cell a line under "Comune" / "Ruolo" is still joined back as rows
CAPTION_NO_HEADER = [
    "2839_txt_galleria_stemmi_comune_di_ruolo_ripetuto_saronno.txt",
    "2840_txt_schede_comuni_citta_di_referente_ripetuto_chiavenna.txt",
    "2841_txt_controcaso_tabella_comune_ruolo_celle_castellanza.txt",
]


@pytest.mark.parametrize("name", CAPTION_NO_HEADER)
def test_a_comunes_caption_is_no_column_header(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# E. the ambito's comuni in brackets right after its name ("dall'Ambito territoriale di Bormio (Bormio, Livigno, ...)")
# are its composition, whatever call or project the sentence speaks of; counter-case: the water ATO's name in full with
# its comuni in brackets on an ambito office's page, a neighbour ambito's comuni in brackets give no members
BRACKETED = [
    "2842_txt_notizia_ambito_distrettuale_elenco_tra_parentesi_castellanza.txt",
    "2843_txt_servizio_ufficio_di_piano_ambito_sociale_parentesi_saronno.txt",
    "2844_txt_controcaso_ato_parentesi_comuni_tariffa_como.txt",
    "2845_txt_controcaso_ambito_confinante_parentesi_castellanza.txt",
]


@pytest.mark.parametrize("name", BRACKETED)
def test_the_ambitos_comuni_in_brackets_after_its_name(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)

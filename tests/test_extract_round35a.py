"""Round 35a (docs/members.md §61): lists that prose names as the ambito's comuni without a verb of membership,
comuni qualified by another ambito, "d'ambito" and "sub-ambito" that name no ambito, a territory's adjective in -eo,
roll calls opened by abbreviated comuni, a page's footer run into a list, an abbreviated subject "insieme ai Comuni".
Each positive page failed on 0.4.62; each counter-case ("controcaso", "neg") passed on it and must still pass."""

from __future__ import annotations

import pytest
from fixture_pages import extracted, extracted_by_ambito, gold, gold_by_ambito

from crawler.parsers.ambito_prose import qualified_elsewhere, the_others
from crawler.reference.comuni import lombardia


@pytest.mark.parametrize(
    "name",
    [
        # the list in brackets or between dashes right after "i comuni dell'Ambito" (under a call's heading too)
        "1830_servizio_comuni_ambito_tra_parentesi_paullo.html",
        "1831_comunicato_comuni_ambito_tra_trattini_melzo.txt",
        # counter-case: "i comuni del Distretto del Commercio (A, B, ...)" is another body's apposition
        "1832_controcaso_comuni_distretto_commercio_parentesi_suzzara.html",
    ],
)
def test_list_apposed_to_the_ambitos_comuni(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "1833_uno_dei_comuni_insieme_agli_altri_seriate.html",
        # counter-case: "Con A e B" after "uno dei sei Comuni": two are not the five others
        "1834_controcaso_uno_dei_comuni_con_altri_due_bormio.html",
    ],
)
def test_the_others_of_one_of_n_comuni(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


def test_the_others_count_must_fit() -> None:
    lead = "Pedrengo è uno dei dodici Comuni dell'Ambito territoriale di Seriate. Insieme a"
    shared = " condivide i servizi per anziani e minori"
    assert the_others(lead, 11, shared)
    assert not the_others(lead, 10, shared)
    assert not the_others("Pedrengo è uno dei dodici Comuni della provincia. Insieme a", 11, shared)
    assert not the_others(lead, 11, " forma la rete dei paesi rivieraschi")  # (review 20: what they share)
    assert the_others(lead, 11, ".")  # (the list closes the sentence)


def test_a_measure_for_the_residents_of_the_comuni() -> None:
    name = "1835_misura_vale_per_i_residenti_garbagnate.html"
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "1836_comuni_di_altro_ambito_qualificati_trezzo.html",
        # counter-case: qualified by the heading's own ambito, the list is its members
        "1837_controcaso_qualificati_dallo_stesso_ambito_melzo.html",
    ],
)
def test_comuni_qualified_by_another_ambito(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


def test_qualified_elsewhere_reads_the_qualifier_against_the_heading() -> None:
    resolver = lombardia()
    heading = "Ambito di Trezzo sull'Adda: nuovo servizio"
    assert qualified_elsewhere(heading, " del Distretto di Melzo, che ne hanno seguito l'avvio.", resolver)
    assert not qualified_elsewhere(heading, " dell'Ambito di Trezzo sull'Adda.", resolver)
    assert not qualified_elsewhere(heading, ", che ne hanno seguito l'avvio.", resolver)


def test_d_ambito_names_no_ambito() -> None:
    name = "1838_neg_gara_d_ambito_rifiuti_capofila.html"
    facts = extracted(name)
    assert gold(name)["ambiti"] == []
    assert (facts.ambiti, facts.comuni) == ([], [])


def test_a_territory_adjective_in_eo() -> None:
    name = "1839_ambito_visconteo_testo.txt"
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        # a roll call's rows opened by abbreviated comuni ("Paderno D.  Stefano Moretti  Sindaco"), two roles in one
        "1840_verbale_appello_abbreviati_due_ruoli_garbagnate.txt",
        # a page's footer ending in its page mark run into the next item's line ("... - pag. 1 Pedrengo")
        "1841_elenco_con_piede_di_pagina_incollato_seriate.txt",
        # an abbreviated subject: "Vaprio d'A. fa parte dell'Ambito ... insieme ai Comuni di"
        "1842_soggetto_abbreviato_insieme_ai_comuni_trezzo.html",
        # "Sotto-ambito Adda" / "Sotto-ambito Martesana": parts of one ambito, not two ambiti
        "1843_sotto_ambiti_di_un_ambito_melzo.html",
    ],
)
def test_lists_the_layout_cut(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)

"""Round 45b (issue 11, docs/members.md §86): the ways a page states the comune capofila, with counter-cases."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


def _ambiti(name: str) -> set[tuple[str | None, frozenset[str]]]:
    """The page's ambiti as extracted: (capofila, members)."""
    return extracted_by_ambito(name)


# A. the role stated holder first, then a colon that opens another verb's list: the list's first name is no holder
# ("X è capofila e ospita gli sportelli nei Comuni: A, B", "L'Ambito, del quale X è capofila, raggruppa i Comuni: A");
# counter-case: the holder before the role is no comune (a Comunità Montana) and the list's first name stays no holder
COLON_OF_ANOTHER_VERB = [
    "2740_capofila_e_ospita_sportelli_nei_comuni_due_punti_seriate.html",
    "2741_ambito_del_quale_citta_capofila_raggruppa_desio.txt",
    "2742_controcaso_di_cui_comunita_montana_capofila_elenco_tirano.html",
]


@pytest.mark.parametrize("name", COLON_OF_ANOTHER_VERB)
def test_a_colon_after_another_verb_opens_that_verbs_list(name: str) -> None:
    assert _ambiti(name) == gold_by_ambito(name)


# B. the verb first and the holder last, after the role and its complement ("Svolge le funzioni di ente capofila
# dell'Accordo di Programma il Comune di X", "... prende atto che resta capofila dell'Ambito il Comune di X");
# counter-case: the complement names another ambito ("È capofila dell'Ambito di Bergamo il Comune di Bergamo")
VERB_FIRST = [
    "2743_verbo_prima_svolge_funzioni_capofila_tabella_chiari.html",
    "2744_verbo_prima_resta_capofila_comune_vimercate.txt",
    "2745_controcaso_verbo_prima_capofila_altro_ambito_seriate.html",
]


@pytest.mark.parametrize("name", VERB_FIRST)
def test_the_holder_named_last_after_a_verb_first_role(name: str) -> None:
    assert _ambiti(name) == gold_by_ambito(name)


# C. the article after a copula other than "è" ("X rimane il capofila", "X si conferma il capofila"); counter-case:
# "X resta il capofila del Distretto del Commercio" is another body's role
ARTICLE_AFTER_COPULA = [
    "2746_notizia_rimane_il_capofila_abbiategrasso.html",
    "2747_si_conferma_il_capofila_desio.txt",
    "2748_controcaso_resta_il_capofila_distretto_commercio_desio.html",
]


@pytest.mark.parametrize("name", ARTICLE_AFTER_COPULA)
def test_the_article_after_any_copula(name: str) -> None:
    assert _ambiti(name) == gold_by_ambito(name)


# D. a footnote's legend under a card's last bare label ("Sito web" as a link's text, its address in the link only): the
# list's legend, not that label's value; counter-case: the same cards, the sign standing for another quality
LEGEND_UNDER_A_LABEL = [
    "2749_schede_etichetta_sito_web_legenda_sotto_rhodense.html",
    "2750_controcaso_schede_legenda_altro_significato_rhodense.html",
]


@pytest.mark.parametrize("name", LEGEND_UNDER_A_LABEL)
def test_a_legend_under_a_bare_label_is_no_value(name: str) -> None:
    assert _ambiti(name) == gold_by_ambito(name)

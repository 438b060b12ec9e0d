"""Round 41c (issue 11): several ambiti on one page (`docs/members.md` §74)."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


def _capofila_and_members(name: str) -> set[tuple[str | None, frozenset[str]]]:
    """Each extracted ambito as (capofila, members), as `gold_by_ambito` gives the gold's."""
    return extracted_by_ambito(name)


# a table of ambiti whose first column's header gives the kind with its qualifiers ("Ambito territoriale sociale",
# "Ambiti distrettuali") and whose cells give only each one's proper name, its comuni in the next column
QUALIFIED_AMBITO_COLUMN = [
    "2360_tabella_ambito_territoriale_sociale_comuni_afferenti_cremona.html",
    "2361_tabella_ambiti_distrettuali_punto_e_virgola_varese.html",
]
# counter-case: the same table of a health body's districts ("Distretto sanitario | Comuni afferenti")
HEALTH_DISTRICT_COLUMN = ["2362_controcaso_distretto_sanitario_comuni_afferenti_pavia.html"]


@pytest.mark.parametrize("name", QUALIFIED_AMBITO_COLUMN + HEALTH_DISTRICT_COLUMN)
def test_qualified_ambito_column(name: str) -> None:
    assert _capofila_and_members(name) == gold_by_ambito(name)


# a list that its own clause gives to an ambito named right before it, on a page of another ambito: "l'Ambito di X
# (ente capofila: ...) raggruppa invece i comuni di A, B" under "Ambiti limitrofi"; "Con l'Ambito di X, costituito dai
# Comuni di A, B, condividiamo ...": X's comuni, X's own section, not the page's ambito's
LIST_OF_THE_NAMED_AMBITO = [
    "2363_ambiti_limitrofi_raggruppa_invece_morbegno_sondrio.html",
    "2364_testo_con_ambito_costituito_dai_comuni_voghera_broni.txt",
]
# counter-case: bordering towns after "confina con l'Ambito di X" and a shopping district "composto dai Comuni di"
BORDERING_TOWNS = ["2365_controcaso_confina_con_ambito_comuni_confinanti_merate.html"]


@pytest.mark.parametrize("name", LIST_OF_THE_NAMED_AMBITO + BORDERING_TOWNS)
def test_list_of_the_named_ambito(name: str) -> None:
    assert _capofila_and_members(name) == gold_by_ambito(name)


# a text's table of side-by-side lists typed with spaces under a header of ambiti ("Ambito di A      Ambito di B"), the
# columns of unequal length: each column the ambito's above it, not one list run on across the columns
TYPED_AMBITO_COLUMNS = ["2366_testo_accordo_tre_ambiti_colonne_affiancate_seriate_grumello.txt"]
# counter-case: the same columns under a health body's districts ("DISTRETTO SANITARIO DI X"): no ambito at all
TYPED_HEALTH_DISTRICTS = ["2367_controcaso_testo_distretti_sanitari_colonne_lodi.txt"]


@pytest.mark.parametrize("name", TYPED_AMBITO_COLUMNS + TYPED_HEALTH_DISTRICTS)
def test_typed_ambito_columns(name: str) -> None:
    assert _capofila_and_members(name) == gold_by_ambito(name)


# numbered items that a PDF's reading order put before the list their numbers continue ("Ambito di B" 1)-4) comes
# after B's 5)-6)): they are read right after that list, not as the list above's
NUMBERS_CONTINUED_BELOW = ["2368_testo_elenchi_numerati_spezzati_bellano_merate.txt"]
# counter-case: items whose numbers go on from the list above (across a page's footer) stay with it, though a list
# below ends at the same number
NUMBERS_CONTINUED_ABOVE = ["2369_controcaso_testo_elenco_numerato_continua_dopo_pagina_lecco_bellano.txt"]


@pytest.mark.parametrize("name", NUMBERS_CONTINUED_BELOW + NUMBERS_CONTINUED_ABOVE)
def test_numbered_items_follow_their_list(name: str) -> None:
    assert _capofila_and_members(name) == gold_by_ambito(name)

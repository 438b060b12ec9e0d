"""Round 60a (`docs/members.md §124`): a second ambito's members in one sentence or bracket, attributed to the ambito
the sentence names: a bracket after an ambito named after a comune it lists, and a sentence opening with "Nell'ambito
di X," as its topic."""

from __future__ import annotations

import pytest

from tests.fixture_pages import assert_gives_no_member, extracted, extracted_by_ambito, gold, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3670_txt_comune_bresso_ambito_vicino_tra_parentesi_sesto.txt",
        "3671_txt_news_corsico_approva_e_rozzano_tra_parentesi.txt",
    ],
)
def test_a_bracket_after_an_ambito_named_after_a_town_it_lists_is_that_ambitos(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3673_txt_news_due_ambiti_nell_ambito_di_paullo_san_giuliano.txt",
        "3674_txt_news_nell_ambito_di_garbagnate_capofila_e_comuni.txt",
    ],
)
def test_a_sentence_opening_with_nell_ambito_di_x_speaks_of_x(name: str) -> None:
    """Each ambito by its name too: the members must go to the ambito the sentence opens with, not one named before."""
    named = {(a.name, a.capofila, frozenset(a.members)) for a in extracted(name).ambiti}
    assert named == {(a["name"], a["capofila"], frozenset(a["members"])) for a in gold(name)["ambiti"]}


@pytest.mark.parametrize(
    "name",
    [
        "3672_txt_controcaso_ambito_tra_parentesi_sedi_e_confinanti.txt",
        "3675_txt_controcaso_nell_ambito_di_lecco_progetto_scuole.txt",
    ],
)
def test_brackets_and_topics_that_are_no_composition_give_no_member(name: str) -> None:
    assert_gives_no_member(name)

"""Round 50b: the office's seat said in a sentence of prose to be a comune's town hall ("L'Ufficio di Piano ha sede
presso il Palazzo Comunale di X", "si trova presso il Municipio di X"), its street given apart on a label's line:
the capofila is implied when the ambito is named after that comune. A meeting held at a town hall is no seat. And
member cards flattened to text, each a name and a detail line opened by a label every card repeats before a dash
("Cislago" / "Servizi Sociali – Piazza Enrico Toti 1" / "Vai al sito del comune"): each card one item of a list."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3040_text_sede_palazzo_comunale_cantu.txt",
        "3041_text_sede_presso_palazzo_municipale_sondrio.txt",
        "3042_text_assemblea_palazzo_comunale_corsico.txt",  # counter-case: a meeting's place
    ],
)
def test_the_offices_seat_at_the_namesakes_town_hall_implies_the_capofila(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3043_text_cards_sportello_dash_corsico.txt",
        "3044_text_cards_sportello_no_link_cinisello.txt",
        "3045_text_cards_biblioteche_dash_controcaso_lecco.txt",  # counter-case: a library network's cards
    ],
)
def test_member_cards_with_a_labelled_detail_line_are_read_as_a_list(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)

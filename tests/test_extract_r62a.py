"""Round 62a. The residents of an ambito's call or service named as living in any one of the listed comuni
("vale per le famiglie residenti in uno dei seguenti comuni:", "riservato alle persone residenti in ciascuno dei comuni
seguenti:"): the list is the call's territory, the ambito's members. A park's call for the residents of one of its
comuni, the ambito named nowhere, gives none; the ambito's call that lets in "anche" the residents of neighbouring
comuni gives none."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3830_txt_comune_news_bando_residenti_in_uno_dei_seguenti_comuni.txt",
        "3831_txt_ambito_avviso_riservato_residenti_in_ciascuno_dei_comuni_seguenti.txt",
        "3832_txt_controcaso_bando_parco_residenti_in_uno_dei_comuni.txt",
        "3833_txt_controcaso_bando_ambito_anche_residenti_fuori.txt",
    ],
)
def test_residents_of_any_one_of_the_listed_comuni_are_the_calls_territory(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)

"""Round 60c. A line that counts the comuni and opens their list ("Sei comuni, tra lo Stelvio e il confine di Stato,
...:" over the names one a line) states the ambito's count as "i sei comuni dell'Ambito" does; the state's border
bounding the territory names no neighbours. A list of "gli altri comuni", after the sentence named the capofila,
is the rest of the count. Not an Unione's count, not "the others" of a count they do not complete."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3710_txt_home_sei_comuni_confine_di_stato_bormio.txt",
        "3712_txt_controcaso_quattro_comuni_una_unione.txt",
    ],
)
def test_a_line_counting_the_comuni_opens_the_ambitos_list(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3711_txt_chi_siamo_capofila_gli_altri_comuni_valchiavenna.txt",
        "3713_txt_controcaso_gli_altri_comuni_conto_diverso.txt",
    ],
)
def test_the_other_comuni_after_the_capofila_complete_the_count(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)

"""Round 61c: a dash-ruled text table of comuni ("Saronno - Piazza della Repubblica 7 - 02 9671 0250", one comune a
line) gives each comune's street and phone on a page about the ambito; a like-shaped list that is no comune's own
(pharmacies on duty, no ambito) gives none."""

import pytest

from tests.fixture_pages import extracted, extracted_comuni, gold, gold_comuni


def _phones_and_streets(facts: list) -> set[tuple[str, str, str]]:
    return {(c.istat, c.contacts.phones[0], c.contacts.address.street.replace(",", "")) for c in facts}


@pytest.mark.parametrize(
    "name",
    [
        "3810_sportelli_comuni_righe_trattino_saronno.txt",
        "3811_neg_farmacie_turno_righe_trattino_cantu.txt",
    ],
)
def test_dash_table_gives_each_comune_its_street_and_phone(name: str) -> None:
    assert extracted_comuni(name) == gold_comuni(name)
    want = {(c["istat"], c["phones"][0], c["address"]["street"]) for c in gold(name)["comuni"]}
    assert _phones_and_streets(extracted(name).comuni) == want

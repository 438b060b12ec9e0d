"""Round 39 (issue 11): what the office's address lines say (a street's abbreviations, a street named in a headline)."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, gold


def _office_streets(name: str) -> tuple[list[str | None], list[str | None]]:
    """The office's street of each ambito, extracted and gold."""
    found = [
        a.ufficio_di_piano.address.street if a.ufficio_di_piano and a.ufficio_di_piano.address else None
        for a in extracted(name).ambiti
    ]
    office = [a["ufficio_di_piano"] for a in gold(name)["ambiti"]]
    expected = [(o.get("address") or {}).get("street") if o else None for o in office]
    return found, expected


# an abbreviation's period inside a street's name (an initial, the saints' "SS."): the street goes on past it
ABBREVIATED_STREETS = [
    "2150_sede_via_don_minzoni_abbreviata_vimercate.html",
    "2151_testo_sede_piazza_ss_martiri_dalmine.txt",
]
# counter-case: a house number's letter then a period ends the street ("Piazza Mercato 5/B. Orari ...")
NUMBER_LETTER_END = ["2152_controcaso_piazza_s_fine_frase_lodi.html"]


@pytest.mark.parametrize("name", ABBREVIATED_STREETS + NUMBER_LETTER_END)
def test_abbreviation_inside_street_name(name: str) -> None:
    found, expected = _office_streets(name)
    assert found == expected

"""Round 47b: text pages of an ambito's own site (docs/members-round47b.md)."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, gold, gold_by_ambito


def _office(name: str) -> tuple[tuple, tuple]:
    """The office's phones, e-mails and street as extracted, and as the gold has them (none when no ambito)."""
    facts = extracted(name)
    expected = gold(name)["ambiti"]
    found = facts.ambiti[0].ufficio_di_piano if facts.ambiti else None
    wanted = expected[0]["ufficio_di_piano"] if expected else None
    return (
        (found.phones, found.emails, found.address.street if found.address else None) if found else None,
        (wanted["phones"], wanted["emails"], wanted["address"]["street"]) if wanted else None,
    )


@pytest.mark.parametrize(
    "name",
    [
        # the header names the ambito by its number; the card sits over the footer's link menus
        "2860_txt_designers_footer_card_over_menus_numbered_ambito_valle_trompia.txt",
        # the card "c/o Comune di X, Piazza ..." over the footer's menus: the office's facts and the implied capofila
        "2861_txt_footer_card_over_link_menus_town_hall_host_sondrio.txt",
        # counter-case: a plan's numbered area over a day centre's card at the tail is no office card
        "2862_txt_controcaso_numbered_plan_area_over_service_card_lecco.txt",
    ],
)
def test_office_card_over_the_footer_menus(name: str) -> None:
    found, wanted = _office(name)
    assert found == wanted
    assert {(a.capofila, frozenset(a.members)) for a in extracted(name).ambiti} == gold_by_ambito(name)

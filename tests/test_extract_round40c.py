"""Round 40c (issue 11): what changes between crawls, said as a change (docs/members-round40c.md)."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, gold_by_ambito


def _capofila_and_members(name: str) -> set[tuple[str | None, frozenset[str]]]:
    """Each extracted ambito as (capofila, members), as `gold_by_ambito` gives the gold's."""
    return {(a.capofila, frozenset(a.members)) for a in extracted(name).ambiti}


# A. the capofila role handed over: the old holder named, then the new one after the "to" of the transfer or the "ma"
# of "no longer"
HANDED_OVER = [
    "2260_capofila_trasferita_dopo_inciso_cinisello.html",
    "2261_txt_capofila_non_piu_ma_pioltello.txt",
    "2262_capofila_passata_da_azienda_a_comune_sesto.html",
]
# counter-case: the role stays; another service changes hands in the next clause
ROLE_STAYS = ["2263_controcaso_capofila_resta_servizio_passa_bresso.html"]


@pytest.mark.parametrize("name", HANDED_OVER + ROLE_STAYS)
def test_role_handed_over_is_the_new_holders(name: str) -> None:
    assert _capofila_and_members(name) == gold_by_ambito(name)

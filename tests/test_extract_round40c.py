"""Round 40c (issue 11): what changes between crawls, said as a change (docs/members.md §71)."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, extracted_by_ambito, gold, gold_by_ambito


def _capofila_and_members(name: str) -> set[tuple[str | None, frozenset[str]]]:
    """Each extracted ambito as (capofila, members), as `gold_by_ambito` gives the gold's."""
    return extracted_by_ambito(name)


# A. the capofila role handed over: the old holder named, then the new one after the "to" of the transfer or the "ma"
# of "no longer"
HANDED_OVER = [
    "2260_capofila_trasferita_dopo_inciso_cinisello.html",
    "2261_txt_capofila_non_piu_ma_pioltello.txt",
    "2262_capofila_passata_da_azienda_a_comune_sesto.html",
]
# counter-cases: the role stays; another service changes hands in the next clause, or money is transferred
ROLE_STAYS = [
    "2263_controcaso_capofila_resta_servizio_passa_bresso.html",
    "2267_controcaso_trasferimento_fondi_azienda_cormano.html",  # a transfer's noun, no verb
]


@pytest.mark.parametrize("name", HANDED_OVER + ROLE_STAYS)
def test_role_handed_over_is_the_new_holders(name: str) -> None:
    assert _capofila_and_members(name) == gold_by_ambito(name)


# B. a capofila said of an ambito the comune belonged to until now ("faceva parte fino al 2019 dell'Ambito X (capofila
# A)", "è uscito dall'Ambito X, capofila A"): that ambito's, not the page's
OF_AN_AMBITO_LEFT = [
    "2264_notizia_comune_faceva_parte_altro_ambito_cusano.html",
    "2265_txt_comune_uscito_da_ambito_rodano.txt",
]
# counter-case: a present membership with its capofila
PRESENT_MEMBERSHIP = ["2266_controcaso_comune_fa_parte_ambito_con_capofila_pero.html"]


@pytest.mark.parametrize("name", OF_AN_AMBITO_LEFT + PRESENT_MEMBERSHIP)
def test_capofila_of_an_ambito_left_is_not_the_pages(name: str) -> None:
    assert _capofila_and_members(name) == gold_by_ambito(name)


def _office_street(name: str) -> list[str | None]:
    return [
        a.ufficio_di_piano.address.street if a.ufficio_di_piano and a.ufficio_di_piano.address else None
        for a in extracted(name).ambiti
    ]


def _gold_office_street(name: str) -> list[str | None]:
    return [((a["ufficio_di_piano"] or {}).get("address") or {}).get("street") for a in gold(name)["ambiti"]]


# D. an office's former seat named beside its new one: a street right after words of leaving ("la vecchia sede di Via
# A", "non ha più sede in Piazza A") is where the office was
FORMER_SEAT = [
    "2268_ufficio_vecchia_sede_chiusa_nuova_pioltello.html",
    "2269_txt_ufficio_non_ha_piu_sede_cinisello.txt",
]
# counter-case: the seat named first, another desk's leaving after it
SEAT_THEN_A_DESK_LEAVING = ["2270_controcaso_sede_in_via_non_lasciata_segrate.html"]


@pytest.mark.parametrize("name", FORMER_SEAT + SEAT_THEN_A_DESK_LEAVING)
def test_former_seat_is_not_the_offices(name: str) -> None:
    assert _office_street(name) == _gold_office_street(name)


def _plans(name: str) -> list[list[tuple[int, int, str | None, str | None]]]:
    return [
        [(p.start_year, p.end_year, p.approved_on, p.extended_until) for p in a.plans] for a in extracted(name).ambiti
    ]


def _gold_plans(name: str) -> list[list[tuple[int, int, str | None, str | None]]]:
    return [
        [(p["start_year"], p["end_year"], p["approved_on"], p["extended_until"]) for p in a["plans"]]
        for a in gold(name)["ambiti"]
    ]


# E. a plan extended again ("nuovamente prorogato", "un'ulteriore proroga"): the later extension supersedes the first
EXTENDED_AGAIN = [
    "2271_piano_nuovamente_prorogato_cinisello.html",
    "2272_txt_ulteriore_proroga_piano_pioltello.txt",
]
# counter-case: two plans, each extended once, keep their own dates
TWO_PLANS_EXTENDED = ["2273_controcaso_due_piani_ciascuno_prorogato_cormano.html"]


@pytest.mark.parametrize("name", EXTENDED_AGAIN + TWO_PLANS_EXTENDED)
def test_a_plan_extended_again_is_extended_to_the_later_date(name: str) -> None:
    assert _plans(name) == _gold_plans(name)

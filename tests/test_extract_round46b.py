"""Round 46b: contacts in the office's scope on a page read as text that are another's (docs/members.md §88)."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, gold


def _office(name: str) -> tuple[dict, dict]:
    """The office's mail, PEC, address and responsible as extracted, and as the gold has them."""
    office = extracted(name).ambiti[0].ufficio_di_piano
    expected = gold(name)["ambiti"][0]["ufficio_di_piano"]
    found = {
        "emails": office.emails,
        "pec": office.pec,
        "phones": office.phones,
        "street": office.address.street if office.address else None,
        "responsible": office.responsible,
    }
    wanted = {
        "emails": expected["emails"],
        "pec": expected["pec"],
        "phones": expected["phones"],
        "street": expected["address"]["street"] if expected["address"] else None,
        "responsible": expected["responsible"],
    }
    return found, wanted


def _squeezed(street: str | None) -> str:
    return "".join(ch for ch in (street or "").lower() if ch.isalnum())


def _streets_alike(a: str | None, b: str | None) -> bool:
    return _squeezed(a) == _squeezed(b)


@pytest.mark.parametrize(
    "name",
    [
        "2800_text_comune_news_udp_town_hall_footer_pec_lissone.txt",
        # counter-case: the office's own card at the tail, hosted by a comune and with its fiscal code
        "2801_text_ambito_site_udp_card_presso_comune_fiscal_code_cantu.txt",
    ],
)
def test_a_text_pages_town_hall_block_is_not_the_offices(name: str) -> None:
    found, wanted = _office(name)
    assert (found["emails"], found["pec"]) == (wanted["emails"], wanted["pec"])
    assert _streets_alike(found["street"], wanted["street"])


@pytest.mark.parametrize("name", ["2802_text_local_paper_udp_contacts_colophon_business_desks_melzo.txt"])
def test_an_outlets_colophon_desks_are_not_the_offices(name: str) -> None:
    found, wanted = _office(name)
    assert (found["emails"], found["phones"], found["responsible"]) == (
        wanted["emails"],
        wanted["phones"],
        wanted["responsible"],
    )


@pytest.mark.parametrize(
    "name",
    [
        "2803_text_ambito_site_pdz_update_stamp_english_rfc_oglio_ovest.txt",
        # counter-case: English publication stamps, no update label
        "2804_text_ambito_site_news_english_publication_stamp_no_update_seriate.txt",
    ],
)
def test_an_update_label_reads_an_english_stamp(name: str) -> None:
    assert extracted(name).page_updated_on == gold(name)["page_updated_on"]

"""Round 45a: on a page read as text, the office's card at its tail (after the content, before the legal chrome, on a
site whose header names the office or the ambito) is the site's footer: its contacts and capofila are the office's.
A comune's or a consortium's own card stays out, and a page of the site that speaks of another ambito does not take
the owner's card."""

from __future__ import annotations

from typing import Any

import pytest

from crawler.parsers.serialize import facts_to_json
from tests.fixture_pages import extracted, gold


def _ambiti(name: str) -> list[dict[str, Any]]:
    found = facts_to_json(extracted(name), name)["ambiti"]
    return [{k: v for k, v in a.items() if k not in ("evidence", "notes")} for a in found]


@pytest.mark.parametrize(
    "name",
    [
        "2710_txt_udp_site_bandi_footer_ambito_capofila_dalmine.txt",
        # (read on main through the body's office scope; kept now that the card's lines are the footer's only)
        "2711_txt_ambito_site_news_footer_coordinatrice_treviglio.txt",
        "2712_txt_udp_site_upper_card_capofila_line_lecco.txt",
        "2713_txt_controcaso_comune_site_footer_identity_pdz_brugherio.txt",
        "2714_txt_controcaso_consortium_site_footer_own_card_desio.txt",
    ],
)
def test_office_card_at_a_text_pages_tail_is_its_footer(name: str) -> None:
    assert _ambiti(name) == gold(name)["ambiti"]


def test_a_page_about_another_ambito_does_not_take_the_owners_card() -> None:
    name = "2715_txt_controcaso_ambito_site_body_names_another_ambito_seriate.txt"
    dalmine = [a for a in gold(name)["ambiti"] if a["name"] == "Ambito di Dalmine"]
    assert [a for a in _ambiti(name) if a["name"] == "Ambito di Dalmine"] == dalmine

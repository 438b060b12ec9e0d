"""Round 55b: on a text page of a consortium of the comuni's own site (an azienda speciale consortile, a consorzio)
that names the ambito or lists its comuni, the owner's card at the tail is the office's contacts when the body gives
none of its own (`text_footer.owner_card`); a comune's, a cooperative's or an ATS's card is none, and where the body
gives the office's own contacts the owner's card is left out (tests/fixtures/README.md, pages 3350-3355)."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, extracted_offices, gold_by_ambito, gold_offices

OWNER_CARD_PAGES = [
    "3350_txt_azienda_sociale_piano_di_zona_footer_middot_valle_brembana.txt",
    "3351_txt_consorzio_comuni_soci_contatti_heading_viadana.txt",
]
BODY_CARD_PAGES = ["3355_txt_controcaso_consorzio_udp_page_body_card_tail_block_viadana.txt"]
OTHER_BODIES_PAGES = [  # (already no office on main: kept)
    "3353_txt_controcaso_cooperativa_site_names_plan_ambito_valle_brembana.txt",
    "3354_txt_controcaso_ats_page_names_plan_consorzio_viadana.txt",
]


@pytest.mark.parametrize(
    "name", [*OWNER_CARD_PAGES, "3352_txt_controcaso_comune_site_ambito_page_footer_comune_sabbioneta.txt"]
)
def test_consortium_tail_card_is_the_office_where_the_body_gives_none(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)
    assert extracted_offices(name) == gold_offices(name)


@pytest.mark.parametrize("name", BODY_CARD_PAGES)
def test_body_office_card_wins_over_the_owner_tail_card(name: str) -> None:
    assert extracted_offices(name) == gold_offices(name)


@pytest.mark.parametrize("name", OTHER_BODIES_PAGES)
def test_another_bodys_tail_card_is_no_office(name: str) -> None:
    assert not any(extracted_offices(name))

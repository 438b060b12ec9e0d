"""Round 57c: the site's own pages named a policy (privacy, cookie, accessibility, site map), a call or a list of
calls or news (`site_pages`) give no fact, in text and in markup, with or without an office card at their tail; a
page of the same site that states the ambito (a news item, the contacts, the comuni, an accord, the ambito's own
call) keeps its facts (`text_footer.body_states_nothing`, `text_footer.markup_page_states_nothing`)."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, extracted_offices, gold_by_ambito, gold_offices

NAMED_SITE_PAGES = [  # each gives an ambito and its office on main
    "3491_txt_neg_own_site_cookie_short_merate.txt",
    "3492_txt_neg_azienda_accessibility_no_card_seriate.txt",
    "3494_txt_neg_azienda_gare_list_no_card_seriate.txt",
    "3496_neg_own_site_privacy_notice_html_lecco.html",
]
PAGES_STATING_THE_AMBITO = [
    "3498_txt_own_site_news_item_plan_vimercate.txt",
    "3499_txt_azienda_chi_siamo_comuni_seriate.txt",
    "3501_txt_azienda_trasparenza_accordo_comuni_seriate.txt",
]


@pytest.mark.parametrize("name", NAMED_SITE_PAGES + PAGES_STATING_THE_AMBITO)
def test_the_sites_named_pages_give_no_fact(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)
    assert extracted_offices(name) == gold_offices(name)

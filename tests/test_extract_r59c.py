"""Round 59c: an own site with no banner names itself only in its page title's segment ("Privacy - Ufficio di Piano di
X", "Ufficio di Piano di X | Privacy"); its footer's office card is then the card of an own site, so a page named a
policy under it gives no fact (`text_footer.title_site`), while the same site's contacts page keeps the card's facts
and a comune's page titled by the comune stays the comune's."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, extracted_offices, gold_by_ambito, gold_offices

TITLE_NAMED_SITE_POLICIES = [  # each gives the office's card as an ambito's facts on main
    "3590_txt_neg_title_named_site_accessibility_morbegno.txt",
    "3592_txt_neg_site_name_first_privacy_chiavenna.txt",
]
COUNTER_CASES = [
    "3593_txt_controcaso_title_named_site_contatti_morbegno.txt",
    "3594_txt_controcaso_comune_news_list_talamona.txt",
]


@pytest.mark.parametrize("name", TITLE_NAMED_SITE_POLICIES + COUNTER_CASES)
def test_a_title_named_sites_policy_gives_no_fact(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)
    assert extracted_offices(name) == gold_offices(name)

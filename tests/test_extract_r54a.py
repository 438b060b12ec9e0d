"""Round 54a: a page of an ambito's or azienda's own site that states nothing of the ambito (a privacy notice, a list
of calls, a service's card) takes no fact from the office card its footer repeats; a page of the same site that
states the ambito's plan keeps it (`text_footer.body_states_nothing`)."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, extracted_offices, gold_by_ambito, gold_offices

SILENT_PAGES = [
    "3290_txt_neg_own_site_privacy_footer_card_sesto.txt",
    "3292_txt_neg_own_site_service_orientamento_footer_cremona.txt",
    "3291_txt_neg_azienda_bandi_gara_list_footer_vimercate.txt",  # (already nothing on main: an azienda's header)
]
SPEAKING_PAGES = ["3293_txt_own_site_news_piano_footer_card_sesto.txt"]


@pytest.mark.parametrize("name", SILENT_PAGES + SPEAKING_PAGES)
def test_footer_card_speaks_only_for_pages_about_the_ambito(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)
    assert extracted_offices(name) == gold_offices(name)

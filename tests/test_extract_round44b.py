"""Round 44b (docs/members.md §83): the mechanisms this round added, each on its own fixture pages, written in
other forms than the held-out set's, with counter-cases where the rule must not fire."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, extracted_comuni, gold, gold_comuni


@pytest.mark.parametrize(
    "name",
    [
        "2650_txt_oldcms_news_identity_footer_split_lines_cormano.txt",
        "2651_txt_wordpress_news_citta_footer_piva_first_brugherio.txt",
        # counter-cases: cards with fiscal codes that are the page's content
        "2652_txt_controcaso_comuni_cards_each_fiscal_code_magenta.txt",
        "2653_txt_controcaso_card_with_fiscal_code_then_long_text_bareggio.txt",
    ],
)
def test_site_identity_footer_of_a_text_page_is_no_comune_contacts(name: str) -> None:
    """A: the publisher's "Comune di X / seat / fiscal code / PEC" footer under a text page's content is chrome."""
    found, expected = extracted_comuni(name), gold_comuni(name)
    assert found == expected


@pytest.mark.parametrize(
    "name",
    [
        "2654_txt_comune_notice_publication_date_line_over_session_date_lecco.txt",
        "2655_txt_paper_author_dateline_over_meeting_sentence_treviglio.txt",
        "2657_txt_news_list_dated_title_over_extension_paragraph_vimercate.txt",
        # C: the dateline below a long chrome; the act that approves an extension approves no plan
        "2658_txt_paper_dateline_below_long_chrome_yearless_meeting_abbiategrasso.txt",
        "2660_txt_post_approved_today_the_extension_viadana.txt",
        # counter-case: a date below the article's first paragraph is no dateline
        "2659_txt_controcaso_sidebar_date_below_article_no_dateline_mantova.txt",
        # counter-case: a sentence wrapped at a width inside its paragraph is still one sentence
        "2656_txt_controcaso_approval_sentence_wrapped_in_its_paragraph_sondrio.txt",
    ],
)
def test_publication_stamp_dates_no_approval_or_extension(name: str) -> None:
    """B: a text page's "Pubblicato il / Data di pubblicazione / Inserito il" line, or a title opened by its date, is
    a unit of its own, not glued to the paragraph under it: the meeting's date dates the approval, the term the
    extension."""
    found = {(p.start_year, p.approved_on, p.extended_until) for a in extracted(name).ambiti for p in a.plans}
    expected = {
        (p["start_year"], p["approved_on"], p["extended_until"]) for a in gold(name)["ambiti"] for p in a["plans"]
    }
    assert found == expected

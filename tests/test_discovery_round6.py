"""Sixth round of discovery (issue 19): searches that pages link (related queries, a next page of
results, a home page's topics) are bounded like the crawl's own."""

from __future__ import annotations

import pytest
from test_discovery import crawl_dev_web

from crawler.spiders.search import is_search

BASE = "http://127.0.0.1:8000"


def test_a_search_is_told_by_its_field_or_its_page() -> None:
    assert is_search(f"{BASE}/ricerca?q=piano+di+zona+ambito&origine=correlate")
    assert is_search(f"{BASE}/ricerca?q=piano+di+zona&pagina=3")
    assert is_search(f"{BASE}/?s=piano+di+zona")
    assert is_search(f"{BASE}/it/@@search?SearchableText=ambito")
    assert is_search(f"{BASE}/index.php/component/finder/search?q=ambito")
    assert is_search(f"{BASE}/novita?search_api_fulltext=ufficio+di+piano")
    assert not is_search(f"{BASE}/ricerca")  # the search page itself, no query asked
    assert not is_search(f"{BASE}/?s=4821937650")  # a session id under WordPress's name
    assert not is_search(f"{BASE}/index.php?q=node/12")  # a Drupal path
    assert not is_search(f"{BASE}/documenti?tipologia=delibere")


@pytest.mark.slow  # crawls one site of the dev web
def test_searches_linked_from_results_are_not_followed() -> None:
    (site,) = crawl_dev_web("--only", "Agrate")
    assert site["missed"] == []
    # before: 101 requests (its budget), spent on related queries and next pages of results
    assert site["requests"] <= 40
    assert len(site["report"]["searches"]) == 2

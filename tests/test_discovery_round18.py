"""Eighteenth round of discovery (issue 19): the last fact pages of a site, left once it has settled. An azienda's
"Avviso 4/2025" on the second page of its Bandi e avvisi was a generic section's card with priority 2, refused
once the site had yielded two fact pages: a section where notices are filed is a section of acts, and a notice
by its number on it is an act."""

from __future__ import annotations

from dev_web import sites_of

from crawler.scoring import DOCUMENTS_PAGE, link_priority
from crawler.settings import AMBITI_SETTLED_PRIORITY
from tests.discovery_web.round18 import AZIENDA

BASE = "http://127.0.0.1:8000"


def test_a_section_of_notices_is_a_section_of_acts() -> None:
    for page in ("/bandi-e-avvisi/?pg=2 Bandi e avvisi - pagina 2", "/avvisi-pubblici/ Avvisi pubblici"):
        assert DOCUMENTS_PAGE.search(page), page
    # the comune's tenders and competitions are no notices of an ambito
    for page in ("/bandi-di-gara/ Bandi di gara", "/bandi-di-concorso/ Bandi di concorso"):
        assert not DOCUMENTS_PAGE.search(page), page


def test_a_notice_by_its_number_outranks_the_settled_links() -> None:
    url = f"{BASE}/bandi-e-avvisi/avviso-4-2025/"
    # the second page of the list: a listing, a documents page, two documents pages in a row
    notice = link_priority(url, "Avviso 4/2025", in_content=True, listing=True, documents=True, trail=2)
    assert notice.value > AMBITI_SETTLED_PRIORITY and notice.trail
    # as the card of a generic section it was (no documents page, no trail), it is left once the site settles
    assert link_priority(url, "Avviso 4/2025", in_content=True, listing=True).value <= AMBITI_SETTLED_PRIORITY


def test_an_azienda_s_numbered_notice_on_its_list_s_second_page_is_read(dev_web_crawl: list[dict]) -> None:
    (site,) = sites_of(dev_web_crawl, AZIENDA)
    # before (main at dad3557): 2 / 3, 44 requests, "Avviso 4/2025" left as settled
    assert site["missed"] == []
    assert site["requests"] <= 60  # 31 here

"""Eighteenth round of discovery (issue 19): the last fact pages of a site. An azienda's "Avviso 4/2025" on the
second page of its Bandi e avvisi was a generic section's card with priority 2, refused once the site had yielded
two fact pages: a section where notices are filed is a section of acts, and a notice by its number on it is an
act. A comune's old news item that only its RSS feed lists was never read: a site's feed, named in its pages'
heads, is read once for the items whose titles name the ambito's planning. The last page of a list in pages, which
names no next page, is a page of the list: its cards are the list's items. And the cards of a list refused as
settled before a later page showed the ambito's news are asked again once it does. Amministrazione trasparente's
"Enti di diritto privato controllati" is a section of records, as "Enti controllati" is."""

from __future__ import annotations

from dev_web import sites_of
from lxml import html
from scrapy.http import HtmlResponse

from crawler.scoring import DOCUMENT_LINK, DOCUMENTS_PAGE, link_priority
from crawler.settings import AMBITI_SETTLED_PRIORITY
from crawler.spiders.feeds import feed_items, feed_links
from crawler.spiders.links import RelevantLinks
from tests.discovery_web.round18 import AZIENDA, CARPENEDOLO, GHEDI, RIVAROLO, ROZZANO

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
    # before (main at f0927b6): 2 / 3, 43 requests, "Avviso 4/2025" left as settled
    assert site["missed"] == []
    assert site["requests"] <= 60  # 32 here


def test_the_feeds_a_page_s_head_names_not_its_comments() -> None:
    head = (
        '<link rel="alternate" type="application/rss+xml" href="/feed/">'
        '<link rel="alternate" type="application/rss+xml" href="/comments/feed/">'
        '<link rel="alternate" type="application/atom+xml" href="https://example.org/notizie.atom">'
        '<link rel="alternate" hreflang="en" href="/en/">'
        '<link rel="stylesheet" type="text/css" href="/style.css">'
    )
    root = html.fromstring(f"<html><head>{head}</head><body><p>x</p></body></html>")
    assert feed_links(root, f"{BASE}/home/") == [f"{BASE}/feed/", "https://example.org/notizie.atom"]


def test_the_items_of_an_rss_and_an_atom_feed() -> None:
    rss = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>Notizie</title><link>/</link>"
        b"<item><title>Firmato il Piano di Zona</title><link>/firmato/</link></item></channel></rss>"
    )
    assert feed_items(rss, f"{BASE}/feed/") == [(f"{BASE}/firmato/", "Firmato il Piano di Zona")]
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>'
        b'<entry><title>Ufficio di Piano</title><link rel="alternate" href="/udp/"/></entry></feed>'
    )
    assert feed_items(atom, f"{BASE}/feed.atom") == [(f"{BASE}/udp/", "Ufficio di Piano")]
    assert feed_items(b"<html><body><p>Pagina non trovata</p></body></html>", f"{BASE}/feed/") == []
    assert feed_items(b"not xml at all <<", f"{BASE}/feed/") == []


def test_a_news_item_only_the_feed_lists_is_read(dev_web_crawl: list[dict]) -> None:
    (site,) = sites_of(dev_web_crawl, RIVAROLO)
    # before (main at f0927b6): 0 / 1, 31 requests, the feed never asked
    assert site["missed"] == []
    assert site["requests"] <= 60  # 31 here


def _cards(url: str, links: str) -> dict[str, int]:
    body = f"<html lang='it'><head><title>Notizie</title></head><body><main>{links}</main></body></html>"
    response = HtmlResponse(url, body=body.encode(), encoding="utf-8")
    scored = RelevantLinks().scored_links(response, listing=True, items=True)
    return {link.url: p.value for link, p in scored if p.item}


def test_the_last_page_of_a_list_is_a_page_of_the_list() -> None:
    back = f'<a href="{BASE}/novita/notizie/">Torna alle notizie</a>'
    card = f'<a href="{BASE}/novita/notizie/incontro-12/">Incontro in sala civica</a>'
    # its cards are the list's items, though it names no next page
    assert list(_cards(f"{BASE}/novita/notizie/(offset)/8", card + back)) == [f"{BASE}/novita/notizie/incontro-12/"]
    # a page that is no page of a list and names none has no items
    assert _cards(f"{BASE}/novita/notizie/", card) == {}


def test_an_article_on_a_list_s_last_page_is_read(dev_web_crawl: list[dict]) -> None:
    (site,) = sites_of(dev_web_crawl, GHEDI)
    # before (main at f0927b6): 1 / 2, 39 requests, the second page's cards kept in the reserve
    assert site["missed"] == []
    assert site["requests"] <= 60  # 44 here


def test_a_card_refused_before_its_list_showed_the_ambito_s_news_is_asked_again(dev_web_crawl: list[dict]) -> None:
    (site,) = sites_of(dev_web_crawl, CARPENEDOLO)
    # before (main at f0927b6): 3 / 4, 13 requests, the second page's cards refused as settled and never asked again
    assert site["missed"] == []
    assert site["requests"] <= 60  # 26 here
    assert site["report"]["settled"] > 0  # the site did settle: the cards were asked again, not spared


def test_the_private_bodies_a_comune_controls_are_a_section_of_records() -> None:
    for words in ("Enti di diritto privato controllati", "enti-di-diritto-privato-controllati-fondazione"):
        assert DOCUMENTS_PAGE.search(words) and DOCUMENT_LINK.search(words), words


def test_an_accordo_filed_with_a_private_body_s_record_is_read(dev_web_crawl: list[dict]) -> None:
    (site,) = sites_of(dev_web_crawl, ROZZANO)
    # before (main at f0927b6): 0 / 1, 31 requests, the section's record never asked
    assert site["missed"] == []
    assert site["requests"] <= 60  # 31 here

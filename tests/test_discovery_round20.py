"""Twentieth round of discovery (issue 19): the sixteenth simulated web, scored clean, missed six PDFs shown only by
`<embed src>` and one behind a link that said "scarica". What a page shows inside itself (`<embed>`, `<object>`,
an `<iframe>`, a PDF viewer's file) is a link, named by its title or caption, unless it is a player, a map, an ad
or a widget; and a link whose words say nothing ("clicca qui", "scarica", "vai") is named by its `title`, the
sentence before it, or the heading above it."""

from __future__ import annotations

import pytest
from dev_web import sites_of
from lxml import html
from scrapy.http import HtmlResponse

from crawler.scoring import DOCUMENT_LINK, link_priority
from crawler.spiders.embeds import embedded_target
from crawler.spiders.links import RelevantLinks, link_target, link_text
from crawler.spiders.sites import PORTAL
from tests.discovery_web.round20 import ALBO_CLIVIO, BESANO, CLIVIO, CUASSO, VALMARCHIROLO, VIGGIU

BASE = "http://127.0.0.1:8000"


def _element(markup: str, tag: str) -> html.HtmlElement:
    return next(html.fromstring(f"<html><body>{markup}</body></html>").iter(tag))


@pytest.mark.parametrize(
    ("markup", "tag", "target"),
    [
        ('<embed src="/allegati/118.pdf" type="application/pdf">', "embed", "/allegati/118.pdf"),
        ('<object data="/media/418.pdf" type="application/pdf"></object>', "object", "/media/418.pdf"),
        # a PDF viewer shows the file its query names: that file is the link, not the viewer's page
        ('<iframe src="/pdfjs/web/viewer.html?file=%2Fmedia%2F417.pdf"></iframe>', "iframe", "/media/417.pdf"),
        ('<iframe src="https://docs.example.org/viewer?url=https://c.example.it/a.pdf&embedded=true">', "iframe",
         "https://c.example.it/a.pdf"),
        # a page of the site and a provider's albo on another host (fifteenth round) stay links
        ('<iframe src="https://albo.example.net/c097014/" title="Albo pretorio on line">', "iframe",
         "https://albo.example.net/c097014/"),
        ('<iframe src="/servizi/mappa-dei-servizi/">', "iframe", "/servizi/mappa-dei-servizi/"),
    ],
)  # fmt: skip
def test_what_a_page_shows_inside_itself_is_a_link(markup: str, tag: str, target: str) -> None:
    assert link_target(_element(markup, tag)) == target


@pytest.mark.parametrize(
    ("markup", "tag"),
    [
        ('<iframe src="https://www.youtube-nocookie.com/embed/x1Y2z3" title="Presentazione"></iframe>', "iframe"),
        ('<iframe src="https://www.google.com/maps/embed?pb=!1m18" title="Sede"></iframe>', "iframe"),
        ('<iframe src="https://player.vimeo.com/video/7654321"></iframe>', "iframe"),
        ('<iframe src="https://www.facebook.com/plugins/page.php?href=comune"></iframe>', "iframe"),
        ('<iframe src="https://googleads.g.doubleclick.net/pagead/ads?client=1"></iframe>', "iframe"),
        ('<embed src="/media/intervista.swf" type="application/x-shockwave-flash">', "embed"),
        ('<embed src="/media/intervista.swf">', "embed"),
        ('<object data="/media/spot" type="video/mp4"></object>', "object"),
    ],
)
def test_a_player_a_map_an_ad_or_a_widget_is_no_link(markup: str, tag: str) -> None:
    assert embedded_target(_element(markup, tag)) is None


def test_an_embedded_document_is_named_by_its_caption_or_label() -> None:
    figure = '<figure><embed src="/a/118.pdf"><figcaption>Piano di Zona 2025-2027</figcaption></figure>'
    assert link_text(_element(figure, "embed")) == "Piano di Zona 2025-2027"
    labelled = '<object data="/a/418.pdf" aria-label="Accordo di programma 2025-2027"><p>Nessun PDF</p></object>'
    assert link_text(_element(labelled, "object")) == "Accordo di programma 2025-2027"


def test_an_embedded_plan_is_a_strong_link_of_its_page() -> None:
    body = (
        '<html><body><main><h1>Piani e programmi</h1><figure><embed src="/uploads/doc-118.pdf" type="application/pdf">'
        "<figcaption>Piano di Zona 2025-2027</figcaption></figure>"
        '<iframe src="https://www.youtube.com/embed/abc" title="Video"></iframe></main></body></html>'
    )
    response = HtmlResponse(f"{BASE}/documenti/piani-e-programmi/", body=body.encode(), encoding="utf-8")
    links = {link.url: p for link, p in RelevantLinks().scored_links(response, listing=True)}
    assert list(links) == [f"{BASE}/uploads/doc-118.pdf"]
    assert links[f"{BASE}/uploads/doc-118.pdf"].strong


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        # its title says what it is; a word of a download is kept for the trail of documents
        ('<li>Anno 2022 - per i dettagli <a href="/a/2022" title="Anno 2022">clicca qui</a></li>', "Anno 2022"),
        ('<li>Atto 12 - per i dettagli <a href="/12.pdf" title="Atto 12 - 2021/2023">scarica</a></li>',
         "Atto 12 - 2021/2023 scarica"),
        # a title that says how the link opens, or the file's type and size, says nothing of what it is
        ('<li>Accordo 2025-2027: <a href="/a.pdf" title="Si apre in una nuova finestra">Scarica</a></li>',
         "Accordo 2025-2027 Scarica"),
        ('<li>Piano di Zona <a href="/p.pdf" title="PDF, 320 kB">download</a></li>', "Piano di Zona download"),
        # no title: the sentence before it, without the words that only lead to the link
        ('<p>Albo pretorio on line: <a href="https://albo.example.net/">clicca qui</a>.</p>', "Albo pretorio on line"),
        ("<p>L'ufficio riceve il giovedì. Il Piano di Zona 2025-2027 è disponibile <a href='/d?id=8'>qui</a>.</p>",
         "Il Piano di Zona 2025-2027"),
        # nothing before it in its block: the heading just above
        ('<h3>Accordo di programma</h3><p><a href="/d?id=9">Download</a></p>', "Accordo di programma Download"),
        ('<h4>Piano di Zona</h4><ul><li><a href="/d?id=7">Scarica</a></li></ul>', "Piano di Zona Scarica"),
        ('<ul><li>Modulo</li><li><a href="/d?id=6">Scarica</a></li></ul>', "Scarica"),
        # a link that says something is read as it is, and a vague one with nothing around it too
        ('<p>Il Piano di Zona: <a href="/pdz/">Ufficio di Piano</a></p>', "Ufficio di Piano"),
        ('<div><a href="/x">clicca qui</a></div>', "clicca qui"),
    ],
)  # fmt: skip
def test_a_link_that_says_nothing_takes_the_words_around_it(markup: str, text: str) -> None:
    assert link_text(_element(markup, "a")) == text


def test_an_archive_year_behind_clicca_qui_continues_the_trail() -> None:
    anchor = _element('<li>Anno 2024 - per i dettagli <a href="/albo/anno-2024/" title="Anno 2024">clicca qui</a>', "a")
    url = f"{BASE}/atti/albo/anno-2024/"
    year = link_priority(url, link_text(anchor), in_content=True, documents=True, trail=2)
    assert year.trail
    assert not link_priority(url, "clicca qui", in_content=True, documents=True, trail=2).trail  # as it was read
    assert PORTAL.fullmatch(link_text(_element('<p>Albo pretorio on line: <a href="/">clicca qui</a></p>', "a")))


def test_an_assembly_s_acts_continue_the_trail() -> None:
    for words in ("Delibere dell'Assemblea", "delibere-dell-assemblea", "Delibere della Giunta", "Delibere del CdA"):
        assert DOCUMENT_LINK.search(words), words
    assert not DOCUMENT_LINK.search("Elenco delibere")  # a word any menu may hold (sixth round)


def test_embedded_documents_are_read(dev_web_crawl: list[dict]) -> None:
    # before (main at f4fdca1): Besano 0 / 1, Viggiù 0 / 2, the documents only embedded; Valmarchirolo 0 / 1 with
    # the embeds read and "Delibere dell'Assemblea" no step of the trail (the site at its reserve floor, 32 requests)
    for site in sites_of(dev_web_crawl, BESANO, VIGGIU, VALMARCHIROLO):
        assert site["missed"] == [], site["name"]
        assert site["requests"] <= 60


def test_links_that_say_nothing_are_followed(dev_web_crawl: list[dict]) -> None:
    # before (main at f4fdca1): the Albo's years and the provider's albo behind "clicca qui" never asked (0 / 1 each)
    sites = {site["name"]: site for site in sites_of(dev_web_crawl, CUASSO, CLIVIO)}
    assert set(sites) == {CUASSO, CLIVIO, ALBO_CLIVIO}
    for site in sites.values():
        assert site["missed"] == [], site["name"]
        assert site["requests"] <= 60

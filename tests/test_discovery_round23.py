"""Twenty-third round of discovery (issue 19). A link that says nothing ("Leggi di più", "Scarica il documento")
closing a teaser card takes the card's heading as its words: its blurb's last sentence said nothing of what it leads
to, and a year's card read as "Anno 2023Gli atti pubblicati nell'anno" was no year of an archive."""

from __future__ import annotations

import pytest
from dev_web import sites_of
from lxml import html

from crawler.scoring import YEAR_LINK, link_priority
from crawler.spiders.links import link_text
from tests.discovery_web.round23 import CERETE

BASE = "http://127.0.0.1:8000"


def _anchor(markup: str) -> html.HtmlElement:
    return next(html.fromstring(f"<html><body><main>{markup}</main></body></html>").iter("a"))


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        # a teaser: the heading with no link, a blurb of two sentences, the link
        ('<div class="anteprima"><h3>Approvato il Piano di Zona</h3><p>La delibera è pubblicata. Il testo è nella '
         'notizia.</p><a href="/n/5/">Leggi di più</a></div>', "Approvato il Piano di Zona"),
        ('<div><h3>Anno 2023</h3><p>Gli atti pubblicati nell\'anno.</p><div class="f"><a href="/a/">Leggi di più</a>'
         "</div></div>", "Anno 2023"),
        ('<div><h4>Accordo di programma</h4><span>Documento</span><p>In vigore.</p><a href="/a.pdf">Scarica il '
         "documento</a></div>", "Accordo di programma Scarica il documento"),
        # words that run into the link say what it leads to: its sentence, as before
        ('<div><h3>Servizi sociali</h3><p>Il Piano di Zona è <a href="/pdz/">qui</a></p></div>', "Il Piano di Zona è"),
    ],
)  # fmt: skip
def test_a_teaser_s_link_that_says_nothing_takes_its_card_s_heading(markup: str, text: str) -> None:
    assert link_text(_anchor(markup)) == text


@pytest.mark.parametrize(
    "markup",
    [
        # another item's link comes first: that heading is another card's
        '<div><h3>Notizie</h3><p><a href="/n/1/">Festa</a></p><p>Nuove.</p><a href="/n/">Leggi di più</a></div>',
        # too many parts between: a section of prose, not a card
        '<div><h2>Uffici</h2><p>A.</p><p>B.</p><p>C.</p><p>D.</p><a href="/u/">Leggi di più</a></div>',
    ],
)
def test_a_heading_of_no_card_of_the_link_is_not_its_words(markup: str) -> None:
    assert link_text(_anchor(markup)) not in ("Notizie", "Uffici")


def test_a_year_s_teaser_is_a_year_of_the_archive() -> None:
    anchor = _anchor('<div><h3>Anno 2022</h3><p>Gli atti. Consultabili.</p><a href="/albo/anno-2022/">Leggi di più</a>')
    assert YEAR_LINK.fullmatch(link_text(anchor))
    assert link_priority(f"{BASE}/albo/anno-2022/", link_text(anchor), in_content=True, documents=True, trail=1).trail


def test_the_accordo_under_a_year_s_teaser_is_reached(dev_web_crawl: list[dict]) -> None:
    # before (main at e063ac5): 2 / 3 in 33 requests, the years read as "Anno 2022Gli atti pubblicati nell'anno"
    # (no year of an archive) left once the comune's Servizi sociali and its news of the plan were read
    (site,) = sites_of(dev_web_crawl, CERETE)
    assert site["missed"] == []
    assert site["requests"] <= 60

"""Twenty-fourth round of discovery (issue 19). The ambito's site on another host, linked only from a comune's
Servizi sociali page: a share bar's links ("Condividi": Facebook, X, WhatsApp), which carry the page's own address
in their query, are no site of the ambito and spend none of a site's linked sites; and on a page that names a
section of social services by its own title, a link of its content to another host with no words (a banner's image,
`alt=""`) is a candidate (round 22 gave links to other hosts to the social area's own name alone)."""

from __future__ import annotations

import pytest
from dev_web import sites_of
from scrapy.http import HtmlResponse

from crawler.spiders.links import RelevantLinks
from crawler.spiders.sites import _carries_page
from tests.discovery_web.round24 import AZIENDA, CADEGLIANO, FERRERA, SERVIZIO

BASE = "http://127.0.0.1:8000"


def test_a_share_or_login_link_carries_the_page_s_own_address() -> None:
    page = f"{BASE}/servizi-sociali/"
    assert _carries_page("https://www.facebook.com/sharer/sharer.php?u=%2Fservizi-sociali%2F", page)
    assert _carries_page(f"https://x.com/intent/tweet?url={page}", page)
    assert _carries_page("https://login.example.it/accedi?return=http%3A%2F%2F127.0.0.1%3A8000%2F", f"{BASE}/")
    # the ambito's site, or a link that names another page of the site, is no share link
    assert not _carries_page("https://azienda.example.it/", page)
    assert not _carries_page("https://azienda.example.it/?page=/servizi/", page)
    assert not _carries_page(f"https://x.com/intent/tweet?url={BASE}/altro/", page)


def _page(title: str) -> HtmlResponse:
    body = f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>"
    body += '<div class="card"><h3>Trasporto sociale</h3><a href="/trasporto/">Vai alla pagina</a></div>'
    body += '<ul class="banner"><li><a href="https://ente.example.it/"><img src="/b.png" alt=""></a></li></ul>'
    body += "</main></body></html>"
    return HtmlResponse(url=f"{BASE}/servizi-sociali/", body=body.encode(), encoding="utf-8")


def test_a_banner_to_another_host_on_a_servizi_sociali_page_is_a_candidate() -> None:
    links = RelevantLinks()
    assert "https://ente.example.it/" in [link.url for link, _ in links.scored_links(_page("Servizi sociali"))]
    # a page of other words: its wordless banner is no candidate
    assert "https://ente.example.it/" not in [link.url for link, _ in links.scored_links(_page("Sport e tempo libero"))]


@pytest.mark.parametrize(
    ("comune", "body"),
    [
        # before (main at f70e223): the comunità montana's site never requested (0 / 1), the comune's two linked
        # sites spent on its share bar's Facebook and X links; Ferrera 39 requests
        (FERRERA, SERVIZIO),
        # before (main at f70e223): the azienda's site never requested (0 / 1), its banner no candidate; Cadegliano 33
        (CADEGLIANO, AZIENDA),
    ],
)
def test_the_ambito_s_site_linked_only_from_servizi_sociali_is_reached(
    dev_web_crawl: list[dict], comune: str, body: str
) -> None:
    sites = {site["name"]: site for site in sites_of(dev_web_crawl, comune)}
    assert set(sites) == {comune, body}
    for site in sites.values():
        assert site["missed"] == [], site["name"]
        assert 0 < site["requests"] <= 60

"""Sixteenth round of discovery (issue 19): the reason the tenth simulated web never requested two sites of
ambiti. A comune's Servizi sociali page ends with a link to the site of the body that runs its social services,
on another host, in the comune's own words for it ("Servizi associati", "Gestione associata - sito"), which name
no azienda and no address: from the content of a section of social services by its own name, a link to another
host is the ambito's site whatever its words, unless they name a public body. And the reason it missed a PDF
listed only in a sitemap: a bare address's robots.txt names its www twin's sitemap, on a host the crawl did not
know yet; the robots.txt's word makes that host the site's."""

from __future__ import annotations

from dev_web import sites_of
from scrapy.http import HtmlResponse

from crawler.scoring import Priority
from crawler.spiders.sites import SitesSpider
from tests.discovery_web.round16 import CREMELLA, GESTORE, UNIONE

BASE = "http://127.0.0.1:8000"
OTHER = "http://127.0.0.1:8001/"


def _page(title: str, words: str) -> HtmlResponse:
    nav = f'<nav><ul><li><a href="{BASE}/servizi/">Servizi</a></li></ul></nav>'
    main = f'<main><h1>{title}</h1><ul><li><a href="{OTHER}">{words}</a></li></ul></main>'
    body = f"<html lang='it'><head><title>{title}</title></head><body>{nav}{main}</body></html>"
    return HtmlResponse(f"{BASE}/servizi/pagina/", body=body.encode(), encoding="utf-8")


def _names_its_site(title: str, words: str) -> bool:
    spider = SitesSpider(seeds=[f"{BASE}/"])
    spider.texts[OTHER] = words
    return spider._names_its_site(_page(title, words), OTHER, Priority(1, False), on_topic=False)


def test_a_social_services_page_s_link_to_another_host_is_the_ambito_s_site_whatever_its_words() -> None:
    for words in ("Servizi associati", "Gestione associata - sito", "Vai al sito dell'ente gestore"):
        assert _names_its_site("Servizi sociali", words), words
    assert not _names_its_site("Servizi sociali", "ATS della Brianza")  # a public body's
    assert not _names_its_site("Servizi sociali", "Regione Lombardia - bandi")
    assert not _names_its_site("Tributi", "Servizi associati")  # not a section of social services


def test_the_body_that_runs_a_comune_s_social_services_is_crawled(dev_web_crawl: list[dict]) -> None:
    sites = {s["name"]: s for s in sites_of(dev_web_crawl, "Barzanò", "Sirtori")}
    # before (main at 4e3d121): neither site requested (0 / 2)
    assert len(sites) == 4
    for site in sites.values():
        assert site["missed"] == [], site["name"]
        assert site["requests"] <= 60, site["name"]  # 31-32 here
    for comune, body in (("Comune di Barzanò", UNIONE), ("Comune di Sirtori", GESTORE)):
        assert len(sites[comune]["report"]["linked_sites"]) == 1
        assert sites[body]["requests"] > 0


def test_a_sitemap_a_bare_address_s_robots_names_on_its_www_twin_is_read(dev_web_crawl: list[dict]) -> None:
    sites = {s["name"]: s for s in sites_of(dev_web_crawl, "Cremella")}
    # before (main at 4e3d121 with the sixteenth round's first rule, 89d3758): the twin's sitemaps never read,
    # the plan's PDF missed (0 / 1, 12 requests)
    assert len(sites) == 2
    assert sites[CREMELLA]["missed"] == []
    assert sites[CREMELLA]["requests"] <= 30  # 18 here

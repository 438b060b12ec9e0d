"""Fifteenth round of discovery (issue 19): the reasons the eighth simulated web still missed pages. A comune's
Albo pretorio shown in an `<iframe>` from its provider's host, and its Amministrazione trasparente on a provider's
host linked from the footer: an iframe's src is a link of its page, named by its title, and such a portal is a
site of its own, with a smaller budget; a service sheet listed on the page of Designers Italia's category of social
services, whose attachment is the plan; an act on the page of an archive's year, whose title names only the year."""

from __future__ import annotations

from dev_web import sites_of
from scrapy.http import HtmlResponse

from crawler.scoring import link_priority
from crawler.spiders.links import RelevantLinks
from crawler.spiders.sites import PORTAL, PORTAL_BUDGET, _chain
from tests.discovery_web.round15 import ALBO, PORTAL_NAME

BASE = "http://127.0.0.1:8000"
ROUND15 = ("Inveruno", "Zanica", "Calolziocorte", "Figino Serenza")


def test_an_iframe_is_a_link_named_by_its_title() -> None:
    frames = (
        '<iframe src="https://albo.example.net/c097014/" title="Albo pretorio on line"></iframe>'
        '<iframe src="about:blank"></iframe>'
    )
    body = f"<html lang='it'><body><main><h1>Albo on line</h1>{frames}</main></body></html>"
    response = HtmlResponse(f"{BASE}/albo/", body=body.encode(), encoding="utf-8")
    found = {link.url: link.text for link, _ in RelevantLinks().scored_links(response, listing=True)}
    assert found == {"https://albo.example.net/c097014/": "Albo pretorio on line"}


def test_a_portal_is_named_by_a_section_of_the_comune_s_own() -> None:
    names = ("Albo pretorio online", "Albo on-line", "Albo pretorio", "Amministrazione Trasparente", "Trasparenza")
    for words in names:
        assert PORTAL.fullmatch(words), words
    for words in ("Albo delle associazioni", "Albo fornitori", "Trasparenza dei pagamenti", "Amministrazione"):
        assert not PORTAL.fullmatch(words), words


def test_a_service_sheet_of_the_social_category_is_part_of_its_section() -> None:
    sheet = f"{BASE}/servizio/aiuti-ai-nuclei-in-difficolta/"
    category = "Home Salute, benessere e assistenza"
    listed = link_priority(sheet, "Aiuti ai nuclei in difficoltà", in_content=True, listing=True, section=category)
    assert listed.section and listed.topical and not listed.strong  # never settled, as far as the category's page
    assert _chain(listed, 2) == 2
    other = link_priority(sheet, "Aiuti ai nuclei in difficoltà", in_content=True, listing=True, section="Tributi")
    assert not other.section and _chain(other, 2) == 3
    # on the sheet (a listing), under its "Documenti", the plan's years make the attachment the plan's
    assert link_priority(f"{BASE}/allegati/3391.pdf", "Allegato (2025-2027)", in_content=True, listing=True).strong


def test_portals_on_a_provider_s_host_and_a_service_sheet_s_attachment_are_reached(dev_web_crawl: list[dict]) -> None:
    sites = {s["name"]: s for s in sites_of(dev_web_crawl, *ROUND15)}
    # before (main at 423e40b): neither portal requested, Inveruno's plan refused (2 / 3), Zanica's act under
    # "Anno 2024" never asked (0 / 1, 55 requests): 2 / 7
    assert len(sites) == 6
    for site in sites.values():
        assert site["missed"] == [], site["name"]
        assert site["requests"] <= 60, site["name"]  # 11-55 here
    for comune, portal in (("Comune di Calolziocorte", ALBO), ("Comune di Figino Serenza", PORTAL_NAME)):
        report = sites[comune]["report"]
        assert len(report["portals"]) == 1 and report["linked_sites"] == []
        assert sites[portal]["report"]["budget"] == PORTAL_BUDGET

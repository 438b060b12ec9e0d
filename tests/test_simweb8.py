"""The eighth simulated web (tests/simweb8/): the manifest says what the files are, every fact page holds
its facts at the depth and by the route the manifest states once links are resolved as a browser resolves
them (the sixth web's check, `as_followed`; a `<link rel="next">` counts, a button does not), robots.txt
forbids exactly the must-not-reach pages and the prefixes the manifest lists, its ambiti and sites are
not the seven earlier webs', the pages carry this web's structures (topic pages, service sheets, unit
records, tag pages, viewers, load-more buttons, feeds, robots lines, old sitemap dates), and the server
answers as the sixth web's does. The scorer runs end to end on three sites (slow). No recall threshold is
asserted: the scorer's figures are measurements of the crawler."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from urllib.robotparser import RobotFileParser

import pytest
from test_simweb import check_scored_sites, link_depths, sitemap_urls
from test_simweb6 import (
    EARLIER_WEBS,
    HREF,
    as_followed,
    check_generator,
    check_no_shared_ambito_or_site,
    check_web_shape,
    fetch,
)
from test_simweb7 import check_site_as_followed

from tests.simweb.build import BASE
from tests.simweb.server import canonical, load_manifest
from tests.simweb6.build import MANIFEST as SIXTH_WEB_MANIFEST
from tests.simweb7.build import MANIFEST as SEVENTH_WEB_MANIFEST
from tests.simweb8.build import MANIFEST as MANIFEST_PATH
from tests.simweb8.build import build_web
from tests.simweb8.families import FAMILIES
from tests.simweb8.server import SimWeb8
from tests.simweb8.structures import FEED_LINK, FEED_PATH
from tests.simweb8.writer import QUIRKS, is_html

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
SCORED_SITES = ["t3-meda", "isw-angera", "oc-trezzano"]  # in the manifest's order; t3-meda: a bare-host seed
IFRAME = re.compile(r'<iframe[^>]* src="([^"]*)"')
LASTMOD = re.compile(r"<loc>[^<]*</loc><lastmod>(\d{4})")


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def test_the_web_has_thirty_sites_of_every_family_route_depth_quirk_and_trap() -> None:
    check_web_shape(MANIFEST, FAMILIES, QUIRKS, unseeded=3)
    facts = [f for s in MANIFEST["sites"] for f in s["facts"]]
    assert all(f["depth"] <= 4 for f in facts if f["depth"] is not None)


def test_the_eighth_web_shares_no_ambito_and_no_site_with_the_earlier_ones() -> None:
    earlier = [*EARLIER_WEBS, load_manifest(SIXTH_WEB_MANIFEST), load_manifest(SEVENTH_WEB_MANIFEST)]
    check_no_shared_ambito_or_site(MANIFEST, earlier)


def test_the_generator_still_writes_the_frozen_web(
    generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]],
) -> None:
    check_generator(generated, MANIFEST)


@pytest.mark.parametrize("site_id", sorted(SITES))
def test_every_fact_page_is_where_the_manifest_says_and_robots_forbid_the_rest(
    site_id: str, files: dict[str, dict[str, bytes]]
) -> None:
    view = check_site_as_followed(SITES[site_id], files[site_id], is_html)
    robots = RobotFileParser()
    robots.parse(view["/robots.txt"].decode("utf-8").splitlines())
    for prefix in SITES[site_id]["disallow"]:  # what the scorer counts as a violation, robots.txt forbids
        assert not robots.can_fetch("ambiti", "http://127.0.0.1:8000" + prefix), prefix


def test_each_unseeded_site_is_linked_or_framed_from_a_page_its_comune_reaches(
    files: dict[str, dict[str, bytes]],
) -> None:
    hows = set()
    for site in (s for s in MANIFEST["sites"] if "linked_from" in s):
        where = site["linked_from"]
        _, view = as_followed(SITES[where["site"]], files[where["site"]])
        assert link_depths(view).get(where["url"]) == where["depth"] - 1, site["id"]
        page = view[where["url"]].decode()
        target = f"__SITE_{site['id']}__/"
        how = where.get("how", "link")
        hows.add(how)
        if how == "iframe":  # no <a> leads there: only the frame's source
            assert IFRAME.findall(page) == [target] and f'href="{target}"' not in page, site["id"]
        else:
            assert f'href="{target}"' in page, site["id"]
        if how == "footer":
            assert all(f'href="{target}"' in b.decode() for u, b in view.items() if is_html(u)), site["id"]
    assert hows == {"link", "iframe", "footer"}


def test_pages_carry_their_quirks(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        pages = {u: b.decode() for u, b in files[site["id"]].items() if is_html(u)}
        every, some = pages.values(), "\n".join(pages.values())
        quirks = set(site["quirks"])
        many = ("megamenu" in quirks) or ("megafooter" in quirks)
        assert all(len(HREF.findall(p)) > 100 for p in every) == many, site["id"]
        assert ('<table class="documenti">' in some) == ("table" in quirks), site["id"]
        assert ('<button type="button" data-filter=' in some) == ("buttons" in quirks), site["id"]
        assert ('onclick="window.location' in some) == ("onclick" in quirks), site["id"]
        assert all("<base href=" in p for p in every) == ("base" in quirks), site["id"]
        buttons = '<li class="carica-altri"><button' in some
        assert buttons == bool({"loadmore", "relnext"} & quirks), site["id"]
        assert ("<noscript><a href=" in some) == ("loadmore" in quirks), site["id"]
        assert ('<link rel="next" href=' in some) == buttons, site["id"]
        assert ("viewer?file=" in some) == ("viewer" in quirks), site["id"]
        assert bool(re.search(r'href="[^"]*documento/\d+"', some)) == ("docpage" in quirks), site["id"]
        assert all(FEED_LINK in p for p in every) == ("feed" in quirks) == (FEED_PATH in files[site["id"]])
        robots = files[site["id"]]["/robots.txt"].decode()
        assert ("Crawl-delay: 1" in robots) == ("robots-search" in quirks), site["id"]
        if "robots-search" in quirks:
            assert site["search"]["path"] in site["disallow"], site["id"]
        for script in site.get("downloads", {}):
            assert any(script[1:] in p for p in every) and not script.endswith(".pdf")
        for old in site.get("moved", {}):
            assert any(html.escape(old)[1:] in p for p in every), old


def test_the_new_places_lead_to_their_facts(files: dict[str, dict[str, bytes]]) -> None:
    """Each new place holds at least two facts: topic pages (from "Argomenti"), service sheets, unit records
    (linked only from a sheet's "Contatti"), tag pages (one per tag fact), feeds, viewers."""
    places = {"topic": 0, "service": 0, "unit": 0, "tag": 0, "feed": 0, "viewer": 0}
    for site in MANIFEST["sites"]:
        pages = files[site["id"]]
        for fact in (f for f in site["facts"] if "where" in f):
            places[fact["where"]] += 1
            assert fact["trail"][0] == "Argomenti" if fact["where"] == "topic" else True
            if fact["where"] == "unit":
                assert "unita-organizzative" in fact["url"] or site["family"] == "di-wordpress"
                _, view = as_followed(site, pages)  # only the service sheet links the unit's record
                href = f'href="{html.escape(fact["url"])}"'
                linking = [
                    b.decode() for u, b in view.items() if is_html(u) and u != fact["url"] and href.encode() in b
                ]
                (sheet,) = linking
                assert "<h2>Contatti</h2>" in sheet and html.escape(fact["trail"][-2]) in sheet, fact["url"]
        places["viewer"] += sum(f["trail"][-1:] == ["Scarica"] for f in site["facts"])
        tags = [b.decode() for u, b in pages.items() if u.startswith(("/tag/", "/taxonomy/term/"))]
        assert len(tags) == sum(f.get("where") == "tag" for f in site["facts"]), site["id"]
    assert min(places.values()) >= 2, places


def test_a_feed_lists_news_no_page_links_and_old_sitemap_dates_hide_the_recent_fact(
    files: dict[str, dict[str, bytes]],
) -> None:
    for site in MANIFEST["sites"]:
        pages = files[site["id"]]
        for fact in (f for f in site["facts"] if "feed" in f):
            items = [link.text for link in ET.fromstring(pages[fact["feed"]]).iter("link")]
            assert BASE + fact["url"] in items and fact["reach"] == "sitemap" and not site["sitemap"]
        if "lastmod" in site["quirks"]:
            years = [int(y) for u in pages if "sitemap" in u for y in LASTMOD.findall(pages[u].decode())]
            recent = [f for f in site["facts"] if f["reach"] == "sitemap"]
            assert len(years) > 300 and years.count(2025) == len(recent) >= 1, site["id"]
            assert {f["url"] for f in recent} <= sitemap_urls(site, pages)


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_feeds_viewers_robots_and_iframes() -> None:
    ids = ["isw-angera", "wpc-oggiono", "di-bareggio", "wpc-caprino", "hz-albo-caprino"]
    with SimWeb8(ids) as web:
        angera, oggiono, bareggio, caprino, albo = (web.sites[i] for i in ids)
        seeds = web.start_urls()
        assert len(seeds) == 4 and albo.base_url + "/" not in seeds
        status, _, feed = fetch(angera.base_url + FEED_PATH)
        assert status == 200 and f"<link>{angera.base_url}/".encode() in feed
        viewer = next(u for u in oggiono.files if u.startswith("/viewer"))
        status, _, body = fetch(oggiono.base_url + html.unescape(viewer).replace("%2F", "/"))
        assert status == 200 and b"Scarica" in body
        robots = fetch(bareggio.base_url + "/robots.txt")[2].decode()
        assert "Disallow: /ricerca\n" in robots and "Crawl-delay: 1" in robots
        framed = fetch(caprino.base_url + albo.entry["linked_from"]["url"])[2].decode()
        assert f'src="{albo.base_url}/"' in framed
        assert canonical("/viewer?file=/a.pdf") == canonical("/viewer?file=%2Fa.pdf")


@pytest.mark.slow  # crawls three sites (Scrapy in a child process), as its twins in test_simweb*.py
def test_the_scorer_crawls_three_sites_and_counts_from_the_server_log(tmp_path: Path) -> None:
    from tests.simweb8.score import main

    check_scored_sites(main, SITES, SCORED_SITES, tmp_path)

"""The twelfth simulated web (tests/simweb12/): the manifest says what the files are, every fact page holds
its facts at the depth and by the route the manifest states once links are resolved as a browser resolves
them (the seventh web's check), robots.txt forbids exactly the must-not-reach pages, its ambiti and sites
are not the earlier webs', the pages carry this web's structures (document viewer, RSS feed, crawl delay,
sitemap index of a gzipped and a news part, tag clouds, splash pages, language choosers, an endless
listing, a breadcrumb-only route), and the server answers them. No recall threshold is asserted: the
scorer's figures are measurements."""

from __future__ import annotations

import gzip
import html
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from urllib.robotparser import RobotFileParser

import pytest
from test_simweb import link_depths, sitemap_urls
from test_simweb6 import (
    EARLIER_WEBS,
    HREF,
    as_followed,
    check_generator,
    check_no_shared_ambito_or_site,
    check_web_shape,
    fetch,
)
from test_simweb7 import check_site_as_followed, check_unseeded_sites_linked

from tests.simweb.server import load_manifest
from tests.simweb6.build import MANIFEST as SIXTH_WEB_MANIFEST
from tests.simweb7.build import MANIFEST as SEVENTH_WEB_MANIFEST
from tests.simweb12.build import MANIFEST as MANIFEST_PATH
from tests.simweb12.build import build_web
from tests.simweb12.families import FAMILIES
from tests.simweb12.server import SimWeb12
from tests.simweb12.structures import (
    FEED_LINK,
    FEED_PATH,
    NEWS_NS,
    NEWS_SITEMAP,
    PAGES_SITEMAP,
    TAGS,
    VIEWER_PATH,
    tag_address,
    viewer_address,
)
from tests.simweb12.writer import (
    CRAWL_DELAY,
    ENGLISH,
    LANGUAGE_HOME,
    NEW_QUIRKS,
    QUIRKS,
    SECTION,
    SIBLING,
    SPLASH_HOME,
    TAGGED,
    is_html,
)

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
LATER_WEBS = [Path(__file__).parent / f"simweb{n}" / "manifest.json" for n in (8, 9, 10, 11)]  # names only
OTHER_WEBS = [*EARLIER_WEBS, load_manifest(SIXTH_WEB_MANIFEST), load_manifest(SEVENTH_WEB_MANIFEST)]
OTHER_WEBS += [load_manifest(path) for path in LATER_WEBS if path.exists()]  # simweb11: once merged


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


NEW_TRAPS = ("endless", "tagcloud")
NEW_ROUTES = ("feed", "breadcrumb")


def as_sixth_web(manifest: dict[str, Any]) -> dict[str, Any]:
    """The manifest without the facts of this web's routes and the traps it adds: what the sixth web's
    shape check knows."""
    sites = [
        {
            **s,
            "facts": [f for f in s["facts"] if f["reach"] not in NEW_ROUTES],
            "traps": [t for t in s["traps"] if t["kind"] not in NEW_TRAPS],
        }
        for s in manifest["sites"]
    ]
    return {**manifest, "sites": sites}


def test_the_web_has_thirty_sites_of_every_family_route_depth_quirk_and_trap() -> None:
    check_web_shape(as_sixth_web(MANIFEST), FAMILIES, QUIRKS, unseeded=3)
    facts = [f for s in MANIFEST["sites"] for f in s["facts"]]
    assert all(sum(f["reach"] == route for f in facts) >= 2 for route in NEW_ROUTES)
    assert {t["kind"] for s in MANIFEST["sites"] for t in s["traps"]} >= set(NEW_TRAPS)


def test_the_twelfth_web_shares_no_ambito_and_no_site_with_the_earlier_ones() -> None:
    check_no_shared_ambito_or_site(MANIFEST, OTHER_WEBS)


def test_the_generator_still_writes_the_frozen_web(
    generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]],
) -> None:
    check_generator(generated, MANIFEST)


@pytest.mark.parametrize("site_id", sorted(SITES))
def test_every_fact_page_is_where_the_manifest_says_and_robots_forbid_the_rest(
    site_id: str, files: dict[str, dict[str, bytes]]
) -> None:
    pages = files[site_id]
    if "sitemapindex" in SITES[site_id]["quirks"]:  # the shared check knows robots.txt naming one sitemap
        extra = f"Sitemap: {MANIFEST['base_url_placeholder']}{NEWS_SITEMAP}\n".encode()
        pages = {**pages, "/robots.txt": pages["/robots.txt"].replace(extra, b"")}
    check_site_as_followed(SITES[site_id], pages, is_html)


def test_each_unseeded_ambito_site_is_linked_from_a_page_its_comune_reaches(files: dict[str, dict[str, bytes]]) -> None:
    check_unseeded_sites_linked(MANIFEST, files)


def test_viewer_sites_link_their_fact_pdfs_only_through_the_viewer(files: dict[str, dict[str, bytes]]) -> None:
    for site in (s for s in MANIFEST["sites"] if "viewer" in s["quirks"]):
        pages = files[site["id"]]
        viewers = {u: b.decode() for u, b in pages.items() if u.startswith(VIEWER_PATH + "?")}
        pdfs = [f["url"] for f in site["facts"] if f["reach"] in ("links", "pagination") and f["format"] == "pdf"]
        assert len(viewers) == len(pdfs), site["id"]
        for pdf in pdfs:
            linking = [u for u, b in pages.items() if is_html(u) and f'href="{pdf}"' in b.decode()]
            assert len(linking) == 1 and linking[0] in viewers, pdf
            assert f'data-file="{pdf}"' in viewers[linking[0]], pdf
            assert link_depths(pages)[linking[0]] == link_depths(pages)[pdf] - 1, pdf


def test_feed_sites_name_their_feed_on_every_page_and_only_the_feed_lists_the_old_news(
    files: dict[str, dict[str, bytes]],
) -> None:
    for site in MANIFEST["sites"]:
        pages = files[site["id"]]
        html_pages = [b.decode() for u, b in pages.items() if is_html(u)]
        assert all(FEED_LINK in p for p in html_pages) == ("feed" in site["quirks"]), site["id"]
        if "feed" not in site["quirks"]:
            continue
        links = [el.text or "" for el in ET.fromstring(pages[FEED_PATH]).iter("link")]
        listed = {html.unescape(u.removeprefix(MANIFEST["base_url_placeholder"])) for u in links}
        _, view = as_followed(site, pages)
        for fact in (f for f in site["facts"] if f["reach"] == "feed"):
            assert fact["url"] in listed and fact["url"] not in sitemap_urls(site, pages), fact["url"]
            assert fact["url"] not in link_depths(view), fact["url"]


def test_crawl_delay_sites_ask_for_it_in_robots(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        robots = RobotFileParser()
        robots.parse(files[site["id"]]["/robots.txt"].decode().splitlines())
        delay = robots.crawl_delay("ambiti")
        assert delay == (CRAWL_DELAY if "crawldelay" in site["quirks"] else None)


def test_sitemap_index_sites_name_a_gzipped_pages_part_and_a_news_part(files: dict[str, dict[str, bytes]]) -> None:
    base = MANIFEST["base_url_placeholder"]
    for site in (s for s in MANIFEST["sites"] if "sitemapindex" in s["quirks"]):
        pages = files[site["id"]]
        robots = RobotFileParser()
        robots.parse(pages["/robots.txt"].decode().splitlines())
        assert robots.site_maps() == [base + "/sitemap.xml", base + NEWS_SITEMAP], site["id"]
        assert {PAGES_SITEMAP, NEWS_SITEMAP} <= set(pages) and b"<sitemapindex" in pages["/sitemap.xml"]
        news = ET.fromstring(pages[NEWS_SITEMAP])
        assert len(list(news.iter(f"{{{NEWS_NS}}}news"))) == len(list(news)) > 0, site["id"]
        for fact in (f for f in site["facts"] if f["reach"] == "sitemap" and f["kind"] == "news"):
            assert f"{base}{fact['url']}<".encode() in pages[NEWS_SITEMAP], fact["url"]


def test_tag_sites_link_two_hundred_tag_pages_and_one_fact_only_from_its_tag(
    files: dict[str, dict[str, bytes]],
) -> None:
    tagged = []  # facts only a tag page links
    for site in (s for s in MANIFEST["sites"] if "tags" in s["quirks"]):
        pages = {u: b.decode() for u, b in files[site["id"]].items() if is_html(u)}
        assert all(p.count('class="tag-cloud-link"') >= len(TAGS) for p in pages.values()), site["id"]
        assert sum(u.startswith("/tag/") for u in pages) >= len(TAGS), site["id"]
        for fact in site["facts"]:
            linking = [u for u, p in pages.items() if f'href="{fact["url"]}"' in p]
            if tag_address(TAGGED) in linking:
                assert linking == [tag_address(TAGGED)] and fact["depth"] == 2, fact["url"]
                tagged.append(fact["url"])
    assert tagged


def test_splash_sites_hide_the_home_page_behind_entra_nel_sito(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        pages = files[site["id"]]
        splash = "Entra nel sito" in pages["/"].decode()
        assert splash == ("splash" in site["quirks"]), site["id"]
        if splash:
            assert set(HREF.findall(pages["/"].decode())) - {FEED_PATH} == {SPLASH_HOME} and SPLASH_HOME in pages


def test_language_choosers_lead_to_the_site_in_italian(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        pages = files[site["id"]]
        chooser = 'hreflang="en"' in pages["/"].decode()
        assert chooser == ("lingua" in site["quirks"]), site["id"]
        if chooser:
            assert set(HREF.findall(pages["/"].decode())) - {FEED_PATH} == {LANGUAGE_HOME, ENGLISH}
            assert LANGUAGE_HOME in pages and f'href="{LANGUAGE_HOME}"' in pages[ENGLISH].decode()


def test_a_breadcrumb_fact_is_linked_only_by_a_section_only_a_sitemap_page_breadcrumb_links(
    files: dict[str, dict[str, bytes]],
) -> None:
    for site in (s for s in MANIFEST["sites"] if "breadcrumb" in s["quirks"]):
        pages = files[site["id"]]
        html_pages = {u: b.decode() for u, b in pages.items() if is_html(u)}
        in_sitemap = sitemap_urls(site, pages)
        for fact in (f for f in site["facts"] if f["reach"] == "breadcrumb"):
            assert [u for u, p in html_pages.items() if f'href="{fact["url"]}"' in p] == [SECTION], fact["url"]
            linking = {u for u, p in html_pages.items() if f'href="{SECTION}"' in p}
            assert linking == {SIBLING} and SIBLING in in_sitemap and SECTION not in in_sitemap
            assert 'class="breadcrumb"' in html_pages[SIBLING] and fact["url"] not in in_sitemap


def test_every_new_structure_is_used_by_several_sites() -> None:
    for quirk in NEW_QUIRKS:
        assert sum(quirk in s["quirks"] for s in MANIFEST["sites"]) >= 2, quirk


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_viewer_pages_feeds_and_robots() -> None:
    ids = ["t3-vidigulfo", "wpc-oliveto"]
    with SimWeb12(ids) as web:
        vidigulfo, oliveto = (web.sites[i] for i in ids)
        pdf = next(f["url"] for f in vidigulfo.entry["facts"] if f["format"] == "pdf")
        status, headers, body = fetch(f"{vidigulfo.base_url}{html.unescape(viewer_address(pdf))}")
        assert (
            status == 200 and headers["Content-Type"].startswith("text/html") and f'data-file="{pdf}"' in body.decode()
        )
        assert fetch(vidigulfo.base_url + pdf)[2].startswith(b"%PDF")
        assert f"Crawl-delay: {CRAWL_DELAY}" in fetch(vidigulfo.base_url + "/robots.txt")[2].decode()
        status, _, feed = fetch(oliveto.base_url + FEED_PATH)
        old = next(f["url"] for f in oliveto.entry["facts"] if f["reach"] == "feed")
        assert status == 200 and f"<link>{oliveto.base_url}{old}</link>" in feed.decode()
        assert fetch(oliveto.base_url + old)[0] == 200
    with SimWeb12(["mag-buglio"]) as web:
        status, headers, body = fetch(web.sites["mag-buglio"].base_url + PAGES_SITEMAP)
        assert status == 200 and gzip.decompress(body).startswith(b"<?xml")


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_endless_listing_answers_its_last_page_forever_and_counts_it_and_tag_pages_as_traps() -> None:
    ids = ["di-dervio", "isw-rodigo"]
    with SimWeb12(ids) as web:
        dervio, rodigo = (web.sites[i] for i in ids)
        trap = dervio.traps["endless"]
        last = fetch(dervio.base_url + trap["last"])[2].decode()
        assert f'{trap["prefix"]}?page={trap["next"]}"' in last and not dervio.is_trap(trap["last"], False)
        status, _, body = fetch(f"{dervio.base_url}{trap['prefix']}?page=57")
        assert status == 200 and f'{trap["prefix"]}?page=58"' in body.decode()
        assert dervio.is_trap(f"{trap['prefix']}?page=57", False)
        assert rodigo.is_trap("/tag/sagra-2023/", False) and not rodigo.is_trap(tag_address(TAGGED), False)
        assert fetch(rodigo.base_url + "/tag/sagra-2023/")[0] == 200

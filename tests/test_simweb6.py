"""The sixth simulated web (tests/simweb6/): the manifest says what the files are, every fact page holds
its facts at the depth and by the route the manifest states once links are resolved as a browser resolves
them (relative to the page or to its `<base href>`, through moved addresses and download scripts),
robots.txt forbids exactly the must-not-reach pages, its ambiti and sites are not the earlier webs', the
pages carry the quirks the manifest names, and the server answers as real sites do (aliases, redirects,
downloads, soft 404s, a bare host). The scorer runs end to end on three sites (slow). No recall threshold
is asserted: the scorer's figures are measurements of the crawler."""

from __future__ import annotations

import html
import re
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from test_simweb import check_fact_pages, check_robots, check_scored_sites

from tests.simweb.server import canonical, load_manifest
from tests.simweb2.build import MANIFEST as SECOND_WEB_MANIFEST
from tests.simweb3.build import MANIFEST as THIRD_WEB_MANIFEST
from tests.simweb4.build import MANIFEST as FOURTH_WEB_MANIFEST
from tests.simweb5.build import MANIFEST as FIFTH_WEB_MANIFEST
from tests.simweb6.build import MANIFEST as MANIFEST_PATH
from tests.simweb6.build import build_web
from tests.simweb6.families import FAMILIES
from tests.simweb6.server import SimWeb6
from tests.simweb6.writer import QUIRKS, is_html

MANIFEST = load_manifest(MANIFEST_PATH)
EARLIER_WEBS = [load_manifest(p) for p in (SECOND_WEB_MANIFEST, THIRD_WEB_MANIFEST, FOURTH_WEB_MANIFEST)]
EARLIER_WEBS += [load_manifest(FIFTH_WEB_MANIFEST), load_manifest()]
SITES = {s["id"]: s for s in MANIFEST["sites"]}
SCORED_SITES = ["t3-bollate", "isw-casale", "oc-sandonato"]  # in the manifest's order; isw-casale: a bare-host seed
HREF = re.compile(r'href="([^"]*)"')
BASE_TAG = re.compile(r'<base href="([^"]*)">')
MEGAMENU = re.compile(r'<nav class="mega-menu".*?</nav>', re.S)
DOWNLOAD = "#.pdf"  # marks a download script's address as a PDF for test_simweb's checks


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def as_followed(site: dict[str, Any], pages: dict[str, bytes]) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The site entry and pages with every link made root-relative as a browser follows it: resolved
    against the page or its `<base href>`, through a moved address to the new one, and a download
    script's address marked as a PDF's (a fragment, which addresses drop)."""
    moved = {canonical(old): new["to"] for old, new in site.get("moved", {}).items()}
    downloads = {canonical(script): stored for script, stored in site.get("downloads", {}).items()}

    def followed(href: str, origin: str) -> str:
        if href.startswith("__SITE_"):  # another site of the web
            return href
        parts = urlsplit(urljoin("http://site" + origin, html.unescape(href)))
        target = canonical(parts.path + ("?" + parts.query if parts.query else ""))
        target = moved.get(target, target)
        return target + DOWNLOAD if target in downloads else target

    links: dict[tuple[str, str], str] = {}  # menus and footers repeat a link on every page: each resolved once

    def link(href: str, origin: str) -> str:
        key = (href, "" if href.startswith("/") else origin)  # a root-relative href is the same from any page
        if key not in links:
            links[key] = f'href="{html.escape(followed(href, origin))}"'
        return links[key]

    view: dict[str, bytes] = {}
    resolve = bool({"relative", "base", "moved", "download"} & set(site["quirks"]))
    for url, body in pages.items():
        if not is_html(url):
            view[url] = body
            continue
        page = MEGAMENU.sub("", body.decode("utf-8"))  # depth-1 leaves and aliases (test_pages_carry_their_quirks)
        origin = "/" if BASE_TAG.search(page) else url
        if resolve:
            page = HREF.sub(lambda m, o=origin: link(m.group(1), o), page)
        view[url] = page.encode()
    for script, stored in downloads.items():
        view[script + DOWNLOAD] = pages[stored]
    facts = [{**f, "url": f["url"] + DOWNLOAD} if canonical(f["url"]) in downloads else f for f in site["facts"]]
    return {**site, "facts": facts}, view


def check_web_shape(manifest: dict[str, Any], families: Any, quirks: Any, unseeded: int) -> None:
    """A web of the sixth web's kind (the seventh too): thirty sites of every family, route, depth,
    quirk and trap, and `unseeded` ambito sites no seed names."""
    sites = manifest["sites"]
    assert len(sites) >= 30 and len({s["id"] for s in sites}) == len(sites)
    assert {s["family"] for s in sites} == set(families)
    assert sum(not s["decoy_site"] for s in sites) >= 24 and sum(s["decoy_site"] for s in sites) >= 5
    facts = [f for s in sites for f in s["facts"]]
    assert len(facts) >= 55
    assert {f["reach"] for f in facts} == {"links", "sitemap", "search", "pagination"}
    assert {f["depth"] for f in facts if f["reach"] in ("links", "pagination")} == {1, 2, 3, 4}
    assert sum(bool(s["must_not_reach"]) for s in sites) >= 3
    assert {q for s in sites for q in s["quirks"]} == set(quirks)
    assert sum("linked_from" in s for s in sites) == unseeded
    kinds = {t["kind"] for s in sites for t in s["traps"]}
    assert kinds == {"calendar", "session-id", "variant", "facets", "search-links", "sort", "tags", "archive"}
    assert {s["sitemap"] for s in sites} >= {"/sitemap.xml.gz", "/sitemap_index.xml", "/sitemap.xml", None}


def check_no_shared_ambito_or_site(manifest: dict[str, Any], earlier_webs: list[dict[str, Any]]) -> None:
    """A new web's ambiti and site titles are none of the earlier webs'."""
    ambiti = {f["ambito"] for s in manifest["sites"] for f in s["facts"] + s["must_not_reach"]}
    assert len(ambiti) >= 20
    for earlier in earlier_webs:
        theirs = {f["ambito"] for s in earlier["sites"] for f in s["facts"] + s["must_not_reach"]}
        assert not ambiti & theirs
        assert not {s["title"] for s in manifest["sites"]} & {s["title"] for s in earlier["sites"]}


def check_generator(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]], manifest: dict[str, Any]) -> None:
    """The generator still writes the frozen web: the manifest's sites, each with its count of pages."""
    files, written = generated
    assert written["sites"] == manifest["sites"]
    for site in written["sites"]:
        assert site["pages"] == len(files[site["id"]]), site["id"]


def test_the_web_has_thirty_sites_of_every_family_route_depth_quirk_and_trap() -> None:
    check_web_shape(MANIFEST, FAMILIES, QUIRKS, unseeded=2)


def test_the_sixth_web_shares_no_ambito_and_no_site_with_the_earlier_ones() -> None:
    check_no_shared_ambito_or_site(MANIFEST, EARLIER_WEBS)


def test_the_generator_still_writes_the_frozen_web(
    generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]],
) -> None:
    check_generator(generated, MANIFEST)


@pytest.mark.parametrize("site_id", sorted(SITES))
def test_every_fact_page_is_where_the_manifest_says_and_robots_forbid_the_rest(
    site_id: str, files: dict[str, dict[str, bytes]]
) -> None:
    site, pages = as_followed(SITES[site_id], files[site_id])
    check_fact_pages(site, pages)
    check_robots(site, pages)


def test_pages_carry_their_quirks(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        pages = [b.decode() for u, b in files[site["id"]].items() if is_html(u)]
        quirks = set(site["quirks"])
        assert all(len(HREF.findall(p)) > 100 for p in pages) == ("megamenu" in quirks), site["id"]
        assert any("onclick=" in p for p in pages) == ("onclick" in quirks), site["id"]
        assert any('href="../' in p for p in pages) == ("relative" in quirks), site["id"]
        assert all("<base href=" in p for p in pages) == ("base" in quirks), site["id"]
        for script in site.get("downloads", {}):  # linked (relative or not), with no file name in the address
            assert any(script[1:] in p for p in pages) and not script.endswith(".pdf")
        for old in site.get("moved", {}):
            assert any(html.escape(old)[1:] in p for p in pages), old
        placed = {canonical(p["url"]) for p in site["facts"] + site["decoys"] + site["must_not_reach"]}
        for menu in (m.group(0) for p in pages[:3] for m in MEGAMENU.finditer(p)):  # it moves no fact closer
            assert not placed & {canonical(html.unescape(h)) for h in HREF.findall(menu)}, site["id"]


def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
    """One GET that does not follow redirects."""

    class Stay(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    try:
        with urllib.request.build_opener(Stay).open(url, timeout=10) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), b""


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_aliases_redirects_downloads_soft_404s_and_a_bare_host() -> None:
    ids = ["t3-bollate", "t3-novate", "isw-casale", "isw-besozzo", "cm-varzi", "di-ferno", "asc-lonate"]
    with SimWeb6(ids) as web:
        bollate, novate, casale, besozzo, varzi, ferno, lonate = (web.sites[i] for i in ids)
        seeds = web.start_urls()
        assert len(seeds) == 6 and lonate.base_url + "/" not in seeds and novate.base_url + "/" in seeds
        status, headers, _ = fetch(web.bare_urls["isw-casale"] + "/")
        assert (
            status == 301
            and headers["Location"] == casale.base_url + "/"
            and web.bare_urls["isw-casale"] + "/" in seeds
        )
        for old, new in besozzo.entry["moved"].items():
            status, headers, _ = fetch(besozzo.base_url + old)
            assert status == new["status"] and headers["Location"] == besozzo.base_url + new["to"]
        assert {n["status"] for n in besozzo.entry["moved"].values()} == {301, 302}
        ((script, stored),) = novate.entry["downloads"].items()
        status, headers, body = fetch(novate.base_url + script)
        assert status == 200 and headers["Content-Type"] == "application/octet-stream" and body.startswith(b"%PDF")
        assert headers["Content-Disposition"] == f'attachment; filename="{stored.rsplit("/", 1)[-1]}"'
        page = fetch(novate.base_url + "/servizi/")[2]
        assert fetch(novate.base_url + "/servizi/index.php?utm_source=newsletter")[2] == page
        assert fetch(novate.base_url + "/SERVIZI/")[1]["Location"] == novate.base_url + "/servizi/"
        status, _, body = fetch(varzi.base_url + "/nessuna-pagina.html")
        assert status == 200 and b"Pagina non trovata" in body
        assert fetch(novate.base_url + "/nessuna-pagina/")[0] == 404
        assert 'href="/notizie/?anno=2012"' in fetch(bollate.base_url + "/notizie/")[2].decode()
        year = fetch(bollate.base_url + "/notizie/?anno=2014&pagina=12")[2].decode()
        assert "Avviso n. 120 del 2014" in year and 'href="/notizie/?anno=2014&amp;pagina=1"' in year
        assert bollate.is_trap("/notizie/?anno=2014", repeat=False) and not bollate.is_trap("/notizie/", repeat=False)
        social = fetch(ferno.base_url + lonate.entry["linked_from"]["url"])[2].decode()
        assert f'href="{lonate.base_url}/">Azienda sociale consortile<' in social


@pytest.mark.slow  # crawls three sites (Scrapy in a child process), as its twins in test_simweb*.py
def test_the_scorer_crawls_three_sites_and_counts_from_the_server_log(tmp_path: Path) -> None:
    from tests.simweb6.score import main

    check_scored_sites(main, SITES, SCORED_SITES, tmp_path)

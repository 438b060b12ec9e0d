"""The seventh simulated web (tests/simweb7/): the manifest says what the files are, every fact page holds
its facts at the depth and by the route the manifest states once links are resolved as a browser resolves
them (the sixth web's check, `as_followed`), robots.txt forbids exactly the must-not-reach pages, its
ambiti and sites are not the six earlier webs', the pages carry the quirks the manifest names (the sixth
web's and this web's mega-footer, documents tables and filter buttons), and the server answers as the
sixth web's does. The scorer runs end to end on three sites (slow). No recall threshold is asserted: the
scorer's figures are measurements of the crawler."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_simweb import check_fact_pages, check_robots, check_scored_sites, link_depths
from test_simweb6 import (
    EARLIER_WEBS,
    HREF,
    MEGAMENU,
    as_followed,
    check_generator,
    check_no_shared_ambito_or_site,
    check_web_shape,
    fetch,
)

from tests.simweb.server import canonical, load_manifest
from tests.simweb6.build import MANIFEST as SIXTH_WEB_MANIFEST
from tests.simweb7.build import MANIFEST as MANIFEST_PATH
from tests.simweb7.build import build_web
from tests.simweb7.families import FAMILIES
from tests.simweb7.server import SimWeb7
from tests.simweb7.writer import QUIRKS, is_html

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
SCORED_SITES = ["t3-rodano", "isw-binasco", "di-arese"]  # in the manifest's order; t3-rodano: a bare-host seed
MEGAFOOTER = re.compile(r'<footer class="footer-esteso">.*?</footer>', re.S)


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def test_the_web_has_thirty_sites_of_every_family_route_depth_quirk_and_trap() -> None:
    check_web_shape(MANIFEST, FAMILIES, QUIRKS, unseeded=3)


def test_the_seventh_web_shares_no_ambito_and_no_site_with_the_earlier_ones() -> None:
    check_no_shared_ambito_or_site(MANIFEST, [*EARLIER_WEBS, load_manifest(SIXTH_WEB_MANIFEST)])


def test_the_generator_still_writes_the_frozen_web(
    generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]],
) -> None:
    check_generator(generated, MANIFEST)


def check_site_as_followed(
    entry: dict[str, Any], pages: dict[str, bytes], is_page: Callable[[str], bool]
) -> dict[str, bytes]:
    """A site of a web written by simweb7's writer, its mega-footer left out (it links everything at depth 1): every
    fact page where the manifest says, robots.txt forbidding the rest. The followed view, for further checks."""
    bare = {u: MEGAFOOTER.sub("", b.decode()).encode() if is_page(u) else b for u, b in pages.items()}
    site, view = as_followed(entry, bare)
    check_fact_pages(site, view)
    check_robots(site, view)
    return view


def check_unseeded_sites_linked(manifest: dict[str, Any], files: dict[str, dict[str, bytes]]) -> None:
    """Each ambito site no seed names is linked from a page its comune reaches, one click above the depth stated."""
    sites = {s["id"]: s for s in manifest["sites"]}
    for site in (s for s in manifest["sites"] if "linked_from" in s):
        where = site["linked_from"]
        _, view = as_followed(sites[where["site"]], files[where["site"]])
        assert link_depths(view).get(where["url"]) == where["depth"] - 1, site["id"]
        assert f'href="__SITE_{site["id"]}__/"' in view[where["url"]].decode(), site["id"]


@pytest.mark.parametrize("site_id", sorted(SITES))
def test_every_fact_page_is_where_the_manifest_says_and_robots_forbid_the_rest(
    site_id: str, files: dict[str, dict[str, bytes]]
) -> None:
    check_site_as_followed(SITES[site_id], files[site_id], is_html)


def test_each_unseeded_ambito_site_is_linked_from_a_page_its_comune_reaches(files: dict[str, dict[str, bytes]]) -> None:
    check_unseeded_sites_linked(MANIFEST, files)


def test_pages_carry_their_quirks(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        pages = [b.decode() for u, b in files[site["id"]].items() if is_html(u)]
        quirks = set(site["quirks"])
        many = ("megamenu" in quirks) or ("megafooter" in quirks)
        assert all(len(HREF.findall(p)) > 100 for p in pages) == many, site["id"]
        assert all(MEGAFOOTER.search(p) for p in pages) == ("megafooter" in quirks), site["id"]
        assert any('<table class="documenti">' in p for p in pages) == ("table" in quirks), site["id"]
        assert not ("table" in quirks and any('<ul class="elenco">' in p for p in pages)), site["id"]
        assert any('<button type="button" data-filter=' in p for p in pages) == ("buttons" in quirks), site["id"]
        assert any('onclick="window.location' in p for p in pages) == ("onclick" in quirks), site["id"]
        assert any('href="../' in p for p in pages) == ("relative" in quirks), site["id"]
        assert all("<base href=" in p for p in pages) == ("base" in quirks), site["id"]
        for script in site.get("downloads", {}):
            assert any(script[1:] in p for p in pages) and not script.endswith(".pdf")
        for old in site.get("moved", {}):
            assert any(html.escape(old)[1:] in p for p in pages), old
        placed = {canonical(p["url"]) for p in site["facts"] + site["decoys"] + site["must_not_reach"]}
        menus = [m.group(0) for p in pages[:3] for pattern in (MEGAMENU, MEGAFOOTER) for m in pattern.finditer(p)]
        for menu in menus:  # neither menu moves a fact closer
            assert not placed & {canonical(html.unescape(h)) for h in HREF.findall(menu)}, site["id"]


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_aliases_redirects_downloads_soft_404s_and_bare_hosts() -> None:
    ids = ["t3-rodano", "t3-vedano", "isw-binasco", "jp-linarolo", "plone-bassopavese"]
    with SimWeb7(ids) as web:
        rodano, vedano, binasco, linarolo, unione = (web.sites[i] for i in ids)
        seeds = web.start_urls()
        assert len(seeds) == 4 and unione.base_url + "/" not in seeds and vedano.base_url + "/" in seeds
        status, headers, _ = fetch(web.bare_urls["t3-rodano"] + "/")
        assert status == 301 and headers["Location"] == rodano.base_url + "/"
        for old, new in linarolo.entry["moved"].items():
            status, headers, _ = fetch(linarolo.base_url + old)
            assert status == new["status"] and headers["Location"] == linarolo.base_url + new["to"]
        for script, stored in vedano.entry["downloads"].items():
            status, headers, body = fetch(vedano.base_url + script)
            assert status == 200 and headers["Content-Type"] == "application/octet-stream"
            assert body.startswith(b"%PDF") and stored.rsplit("/", 1)[-1] in headers["Content-Disposition"]
        status, _, body = fetch(binasco.base_url + "/nessuna-pagina.html")
        assert status == 200 and b"Pagina non trovata" in body
        assert fetch(vedano.base_url + "/nessuna-pagina/")[0] == 404
        social = fetch(linarolo.base_url + unione.entry["linked_from"]["url"])[2].decode()
        assert f'href="{unione.base_url}/">Unione dei Comuni - servizi sociali<' in social


@pytest.mark.slow  # crawls three sites (Scrapy in a child process), as its twins in test_simweb*.py
def test_the_scorer_crawls_three_sites_and_counts_from_the_server_log(tmp_path: Path) -> None:
    from tests.simweb7.score import main

    check_scored_sites(main, SITES, SCORED_SITES, tmp_path)

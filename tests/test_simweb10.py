"""The tenth simulated web (tests/simweb10/): the manifest says what the files are, every fact page
holds its facts at the depth and by the route the manifest states once links are resolved as a browser
resolves them (through this web's redirect hops and WordPress permalinks too), robots.txt forbids
exactly the must-not-reach pages, its ambiti and sites are not the nine earlier webs', the pages carry
the quirks the manifest names (this web's icon-only links and hidden tabs among them), and the server
answers hops, permalinks, mistyped pages and Last-Modified as the manifest says. The scorer runs end to
end on three sites (slow). No recall threshold is asserted: the scorer's figures are measurements."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_simweb import check_scored_sites
from test_simweb6 import (
    EARLIER_WEBS,
    HREF,
    check_generator,
    check_no_shared_ambito_or_site,
    check_web_shape,
    fetch,
)
from test_simweb7 import check_site_as_followed, check_unseeded_sites_linked

from tests.simweb.server import load_manifest
from tests.simweb10.build import MANIFEST as MANIFEST_PATH
from tests.simweb10.build import build_web
from tests.simweb10.families import FAMILIES
from tests.simweb10.server import LAST_MODIFIED, SimWeb10
from tests.simweb10.writer import QUIRKS, is_html

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
# in the manifest's order; t3-mezzago: fact pages as text/plain; t3-basiano: a bare-host seed. Not t3-ronco: the
# crawler of BEFORE.json archives no fact of a PDF reached through a 302 hop, so the scorer's check would fail there
SCORED_SITES = ["t3-mezzago", "t3-basiano", "isw-tavazzano"]
LATER_WEBS = [Path(__file__).parent / f"simweb{n}" / "manifest.json" for n in (6, 7, 8, 9)]
ICON_LINK = re.compile(r'<a href="[^"]*" class="(?:banner|icona|card-link)"')


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def test_the_web_has_thirty_sites_of_every_family_route_depth_quirk_and_trap() -> None:
    check_web_shape(MANIFEST, FAMILIES, QUIRKS, unseeded=3)


def test_the_tenth_web_shares_no_ambito_and_no_site_with_the_earlier_ones() -> None:
    check_no_shared_ambito_or_site(MANIFEST, [*EARLIER_WEBS, *map(load_manifest, LATER_WEBS)])


def test_the_generator_still_writes_the_frozen_web(
    generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]],
) -> None:
    check_generator(generated, MANIFEST)


@pytest.mark.parametrize("site_id", sorted(SITES))
def test_every_fact_page_is_where_the_manifest_says_and_robots_forbid_the_rest(
    site_id: str, files: dict[str, dict[str, bytes]]
) -> None:
    check_site_as_followed(SITES[site_id], files[site_id], is_html)


def test_each_unseeded_ambito_site_is_linked_from_a_page_its_comune_reaches(files: dict[str, dict[str, bytes]]) -> None:
    check_unseeded_sites_linked(MANIFEST, files)


def test_pages_carry_this_webs_quirks(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        pages = [b.decode() for u, b in files[site["id"]].items() if is_html(u)]
        quirks = set(site["quirks"])
        assert any(ICON_LINK.search(p) for p in pages) == ("icons" in quirks), site["id"]
        assert any('<div role="tabpanel"' in p for p in pages) == ("tabs" in quirks), site["id"]
        hops = [old for old in site.get("moved", {}) if old.startswith(("/go.php", "/redirect", "/link/"))]
        permalinks = [old for old in site.get("moved", {}) if old.startswith("/?")]
        assert bool(hops) == ("hops" in quirks) and bool(permalinks) == ("permalinks" in quirks), site["id"]
        for old in hops + permalinks:  # the hop is what the pages link, never the page itself
            assert any(f'href="{old.replace("&", "&amp;")}"' in p for p in pages), old
            new = site["moved"][old]["to"]
            assert not any(f'href="{new}"' in p for p in pages if not HREF.search(new)), new


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_hops_permalinks_mistyped_pages_and_last_modified() -> None:
    ids = ["t3-ronco", "t3-mezzago", "wpc-cremeno", "isw-tavazzano"]
    with SimWeb10(ids) as web:
        ronco, mezzago, cremeno, tavazzano = (web.sites[i] for i in ids)
        for site in (ronco, cremeno):
            for old, new in site.entry["moved"].items():
                status, headers, _ = fetch(site.base_url + old)
                assert status == new["status"] and headers["Location"] == site.base_url + new["to"], old
        for fact in mezzago.entry["facts"]:
            if fact["reach"] != "search":
                status, headers, body = fetch(mezzago.base_url + fact["url"])
                typed = "text/plain" if fact["format"] == "html" else "application/pdf"
                assert status == 200 and headers["Content-Type"].startswith(typed) and body, fact["url"]
        status, headers, _ = fetch(tavazzano.base_url + "/")
        assert (
            status == 200
            and headers["Last-Modified"] == LAST_MODIFIED
            and "Last-Modified" not in fetch(mezzago.base_url + "/")[1]
        )


@pytest.mark.slow  # crawls three sites (Scrapy in a child process), as its twins in test_simweb*.py
def test_the_scorer_crawls_three_sites_and_counts_from_the_server_log(tmp_path: Path) -> None:
    from tests.simweb10.score import main

    check_scored_sites(main, SITES, SCORED_SITES, tmp_path)

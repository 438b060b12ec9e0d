"""The thirteenth simulated web (tests/simweb13/): the manifest says what the files are, every fact page holds
its facts at the depth and by the route the manifest states once links are resolved as a browser resolves
them (the seventh web's checks), robots.txt forbids exactly the must-not-reach pages, its ambiti and sites
are none of the twelve earlier webs', the pages carry the quirks the manifest names, and the server answers
as the sixth web's does. No recall threshold is asserted and nothing here crawls: the scorer's figures are
measurements of the crawler, taken once (tests/simweb13/BEFORE.json)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_simweb6 import HREF, check_generator, check_no_shared_ambito_or_site, check_web_shape, fetch
from test_simweb7 import MEGAFOOTER, check_site_as_followed, check_unseeded_sites_linked

from tests.simweb.server import load_manifest
from tests.simweb13.build import MANIFEST as MANIFEST_PATH
from tests.simweb13.build import build_web
from tests.simweb13.families import FAMILIES
from tests.simweb13.server import SimWeb13
from tests.simweb13.writer import QUIRKS, is_html

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
TESTS = Path(__file__).resolve().parent
EARLIER = [load_manifest(TESTS / f"simweb{n}" / "manifest.json") for n in ("", *range(2, 13))]
MARKERS = {  # quirk -> a string every page of a site with it carries at least once (and no other site's)
    "table": '<table class="documenti">',
    "buttons": '<button type="button" data-filter=',
    "onclick": 'onclick="window.location',
    "relative": 'href="../',
    "base": "<base href=",
}


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def test_the_web_has_thirty_sites_of_every_family_route_depth_quirk_and_trap() -> None:
    check_web_shape(MANIFEST, FAMILIES, QUIRKS, unseeded=3)


def test_the_thirteenth_web_shares_no_ambito_and_no_site_with_the_twelve_earlier_ones() -> None:
    check_no_shared_ambito_or_site(MANIFEST, EARLIER)


def test_most_sites_serve_plainly_and_each_quirk_is_on_a_few_sites_only() -> None:
    counts = {q: sum(q in s["quirks"] for s in MANIFEST["sites"]) for q in QUIRKS}
    assert all(1 <= n <= 3 for n in counts.values()), counts
    assert sum(not s["quirks"] for s in MANIFEST["sites"]) >= 15


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


def test_pages_carry_their_quirks(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        pages = [b.decode() for u, b in files[site["id"]].items() if is_html(u)]
        quirks = set(site["quirks"])
        many = bool(quirks & {"megamenu", "megafooter"})
        assert all(len(HREF.findall(p)) > 100 for p in pages) == many, site["id"]
        assert any(MEGAFOOTER.search(p) for p in pages) == ("megafooter" in quirks), site["id"]
        for quirk, marker in MARKERS.items():
            assert any(marker in p for p in pages) == (quirk in quirks), (site["id"], quirk)
        assert bool(site.get("moved")) == ("moved" in quirks), site["id"]
        assert bool(site.get("downloads")) == ("download" in quirks), site["id"]


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_redirects_downloads_soft_404s_and_bare_hosts() -> None:
    ids = ["t3-villasanta", "t3-biassono", "isw-pieve", "jp-missaglia", "plone-meratese"]
    with SimWeb13(ids) as web:
        villasanta, biassono, pieve, missaglia, unione = (web.sites[i] for i in ids)
        seeds = web.start_urls()
        assert len(seeds) == 4 and unione.base_url + "/" not in seeds and biassono.base_url + "/" in seeds
        status, headers, _ = fetch(web.bare_urls["t3-villasanta"] + "/")
        assert status == 301 and headers["Location"] == villasanta.base_url + "/"
        for old, new in missaglia.entry["moved"].items():
            status, headers, _ = fetch(missaglia.base_url + old)
            assert status == new["status"] and headers["Location"] == missaglia.base_url + new["to"]
        for script in biassono.entry["downloads"]:
            status, headers, body = fetch(biassono.base_url + script)
            assert status == 200 and headers["Content-Type"] == "application/octet-stream" and body.startswith(b"%PDF")
        status, _, body = fetch(pieve.base_url + "/nessuna-pagina.html")
        assert status == 200 and b"Pagina non trovata" in body
        social = fetch(missaglia.base_url + unione.entry["linked_from"]["url"])[2].decode()
        assert f'href="{unione.base_url}/">Unione dei Comuni - ufficio di piano<' in social

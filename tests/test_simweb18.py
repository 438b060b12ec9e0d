"""The eighteenth simulated web (tests/simweb18/): the manifest says what the files are, every fact page holds
its facts at the depth and by the route the manifest states once links are resolved as a browser resolves them
(the seventh web's check, mega-footers left out), robots.txt forbids exactly the must-not-reach pages, its
ambiti and sites are none of the seventeen earlier webs', the pages carry the quirks the manifest names (the
earlier webs' and this web's cards and banner), and the server answers as the sixth web's does. The scorer
runs end to end on three sites (slow). No recall threshold is asserted: the scorer's figures are measurements
of the crawler."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_simweb import check_scored_sites
from test_simweb6 import HREF, check_generator, check_no_shared_ambito_or_site, check_web_shape, fetch
from test_simweb7 import MEGAFOOTER, check_site_as_followed, check_unseeded_sites_linked

from tests.simweb.server import load_manifest
from tests.simweb18.build import MANIFEST as MANIFEST_PATH
from tests.simweb18.build import build_web
from tests.simweb18.families import FAMILIES
from tests.simweb18.server import SimWeb18
from tests.simweb18.writer import QUIRKS, is_html

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
EARLIER = [Path(__file__).parent / ("simweb" if n == 1 else f"simweb{n}") / "manifest.json" for n in range(1, 18)]
SCORED_SITES = ["isw-livraga", "t3-calco", "oc-figino"]  # in the manifest's order; isw-livraga: a bare-host seed
CARD = re.compile(r'<a class="read-more" href="[^"]*"><span class="text">Vai alla pagina</span></a>')
BANNER = re.compile(r'<a href="__SITE_[^"]+__/" class="banner"><img [^>]*alt=""[^>]*></a>')


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def test_the_web_has_thirty_sites_of_every_family_route_depth_quirk_and_trap() -> None:
    check_web_shape(MANIFEST, FAMILIES, QUIRKS, unseeded=2)
    facts = [f for s in MANIFEST["sites"] for f in s["facts"]]
    assert sum(f.get("depth") in (3, 4) for f in facts) >= len(facts) // 3


def test_the_eighteenth_web_shares_no_ambito_and_no_site_with_the_earlier_ones() -> None:
    check_no_shared_ambito_or_site(MANIFEST, [load_manifest(p) for p in EARLIER])


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
        many = ("megamenu" in quirks) or ("megafooter" in quirks)
        assert all(len(HREF.findall(p)) > 100 for p in pages) == many, site["id"]
        assert all(MEGAFOOTER.search(p) for p in pages) == ("megafooter" in quirks), site["id"]
        assert any('<table class="documenti">' in p for p in pages) == ("table" in quirks), site["id"]
        assert any('<button type="button" data-filter=' in p for p in pages) == ("buttons" in quirks), site["id"]
        assert any('onclick="window.location' in p for p in pages) == ("onclick" in quirks), site["id"]
        assert any('href="../' in p for p in pages) == ("relative" in quirks), site["id"]
        assert all("<base href=" in p for p in pages) == ("base" in quirks), site["id"]
        assert any(CARD.search(p) for p in pages) == ("cards" in quirks), site["id"]
        assert not ("cards" in quirks and any('<ul class="elenco">' in p for p in pages)), site["id"]
        assert any(BANNER.search(p) for p in pages) == ("banner" in quirks), site["id"]


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_redirects_downloads_soft_404s_bare_hosts_and_the_banner() -> None:
    ids = ["isw-livraga", "t3-calco", "t3-roncello", "hz-cuveglio", "plone-brianzaest"]
    with SimWeb18(ids) as web:
        livraga, calco, roncello, cuveglio, unione = (web.sites[i] for i in ids)
        seeds = web.start_urls()
        assert len(seeds) == 4 and unione.base_url + "/" not in seeds and calco.base_url + "/" in seeds
        status, headers, _ = fetch(web.bare_urls["isw-livraga"] + "/")
        assert status == 301 and headers["Location"] == livraga.base_url + "/"
        for old, new in cuveglio.entry["moved"].items():
            status, headers, _ = fetch(cuveglio.base_url + old)
            assert status == new["status"] and headers["Location"] == cuveglio.base_url + new["to"]
        for script, stored in calco.entry["downloads"].items():
            status, headers, body = fetch(calco.base_url + script)
            assert status == 200 and headers["Content-Type"] == "application/octet-stream"
            assert body.startswith(b"%PDF") and stored.rsplit("/", 1)[-1] in headers["Content-Disposition"]
        assert fetch(calco.base_url + "/nessuna-pagina/")[0] == 404
        social = fetch(roncello.base_url + unione.entry["linked_from"]["url"])[2].decode()
        assert f'<a href="{unione.base_url}/" class="banner"><img ' in social
        assert "Unione dei Comuni della Brianza Orientale" not in social


@pytest.mark.slow  # crawls three sites (Scrapy in a child process), as its twins in test_simweb*.py
def test_the_scorer_crawls_three_sites_and_counts_from_the_server_log(tmp_path: Path) -> None:
    from tests.simweb18.score import main

    check_scored_sites(main, SITES, SCORED_SITES, tmp_path)

"""The twenty-third simulated web (tests/simweb23/): the manifest says what the files are, every fact page holds
its facts at the depth and by the route the manifest states once links are resolved as a browser resolves them
(the sixth web's check, `as_followed`), robots.txt forbids exactly the must-not-reach pages, its ambiti and sites
are none of the twenty-two earlier webs', the pages carry the quirks the manifest names (the earlier webs' and
this web's teaser cards, "Allegati" tabs, file items and banners), and the server answers as the sixth web's
does. The scorer runs end to end on three sites (slow). No recall threshold is asserted: the scorer's figures
are measurements of the crawler."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_simweb import check_scored_sites
from test_simweb6 import (
    EARLIER_WEBS,
    HREF,
    MEGAMENU,
    check_generator,
    check_no_shared_ambito_or_site,
    check_web_shape,
    fetch,
)
from test_simweb7 import MEGAFOOTER, check_site_as_followed, check_unseeded_sites_linked

from tests.simweb.server import load_manifest
from tests.simweb23.build import MANIFEST as MANIFEST_PATH
from tests.simweb23.build import build_web
from tests.simweb23.families import FAMILIES
from tests.simweb23.server import SimWeb23
from tests.simweb23.writer import QUIRKS, is_html

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
SCORED_SITES = ["t3-lozza", "isw-schilpario", "di-muscoline"]  # in the manifest's order; t3-lozza: a bare-host seed
TESTS = Path(__file__).resolve().parent
LATER_WEBS = [load_manifest(TESTS / f"simweb{n}" / "manifest.json") for n in range(6, 23)]
HABIT_MARKS = {
    "teasers": '<a class="read-more" href=',
    "tabs": 'id="tab-allegati"',
    "fileitems": 'class="link-file" download',
    "banners": 'class="banner" target="_blank"><img',
}


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def test_the_web_has_thirty_sites_of_every_family_route_depth_quirk_and_trap() -> None:
    check_web_shape(MANIFEST, FAMILIES, QUIRKS, unseeded=3)


def test_the_twenty_third_web_shares_no_ambito_and_no_site_with_the_earlier_ones() -> None:
    check_no_shared_ambito_or_site(MANIFEST, [*EARLIER_WEBS, *LATER_WEBS])


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


def test_pages_carry_this_webs_habits_and_the_earlier_menus(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        pages = [b.decode() for u, b in files[site["id"]].items() if is_html(u)]
        quirks = set(site["quirks"])
        for habit, mark in HABIT_MARKS.items():
            assert any(mark in p for p in pages) == (habit in quirks), (site["id"], habit)
        many = ("megamenu" in quirks) or ("megafooter" in quirks)
        assert all(len(HREF.findall(p)) > 100 for p in pages) == many, site["id"]
        assert any(MEGAMENU.search(p) or MEGAFOOTER.search(p) for p in pages) == many, site["id"]
    teasers = [
        b.decode()
        for s in MANIFEST["sites"]
        if "teasers" in s["quirks"]
        for u, b in files[s["id"]].items()
        if is_html(u)
    ]
    assert not any('<ul class="elenco">' in p for p in teasers)


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_banner_is_the_only_link_to_an_unseeded_site_and_has_no_words() -> None:
    ids = ["jsef-cene", "asc-valseriana", "hz-dovera"]
    with SimWeb23(ids) as web:
        cene, azienda, dovera = (web.sites[i] for i in ids)
        seeds = web.start_urls()
        assert azienda.base_url + "/" not in seeds and dovera.base_url + "/" in seeds
        social = fetch(cene.base_url + azienda.entry["linked_from"]["url"])[2].decode()
        assert f'<a href="{azienda.base_url}/" class="banner" target="_blank"><img src=' in social
        for script, stored in dovera.entry["downloads"].items():
            status, headers, body = fetch(dovera.base_url + script)
            assert status == 200 and headers["Content-Type"] == "application/octet-stream"
            assert body.startswith(b"%PDF") and stored.rsplit("/", 1)[-1] in headers["Content-Disposition"]


@pytest.mark.slow  # crawls three sites (Scrapy in a child process), as its twins in test_simweb*.py
def test_the_scorer_crawls_three_sites_and_counts_from_the_server_log(tmp_path: Path) -> None:
    from tests.simweb23.score import main

    check_scored_sites(main, SITES, SCORED_SITES, tmp_path)

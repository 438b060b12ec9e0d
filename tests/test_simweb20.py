"""The twentieth simulated web (tests/simweb20/): the manifest says what the files are, every fact page holds
its facts at the depth and by the route the manifest states once links are resolved as a browser resolves
them (the sixth web's check, through the seventh web's `check_site_as_followed`), robots.txt forbids exactly
the must-not-reach pages, its ambiti and site titles are none of the nineteen earlier webs', each ambito site
no seed names is linked from its comune, the pages carry the quirks the manifest names, and the server answers
as the sixth web's does. No recall threshold is asserted: the scorer's figures are measurements of the crawler.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_simweb6 import HREF, check_generator, check_no_shared_ambito_or_site, check_web_shape, fetch
from test_simweb7 import MEGAFOOTER, check_site_as_followed, check_unseeded_sites_linked

from tests.simweb.server import load_manifest
from tests.simweb20.build import MANIFEST as MANIFEST_PATH
from tests.simweb20.build import build_web
from tests.simweb20.families import FAMILIES
from tests.simweb20.server import SimWeb20
from tests.simweb20.writer import QUIRKS, is_html

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
# the nineteen webs written before this one (a later web checks itself against this one, not the other way round)
EARLIER = [MANIFEST_PATH.parents[1] / ("simweb" if n == 1 else f"simweb{n}") / "manifest.json" for n in range(1, 20)]
GENERIC = re.compile(r"Vivere il comune|Aree tematiche|Argomenti")


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def test_the_web_has_every_family_route_depth_quirk_and_trap() -> None:
    check_web_shape(MANIFEST, FAMILIES, QUIRKS, unseeded=3)


def test_a_third_of_the_fact_sites_hide_facts_behind_generic_words() -> None:
    sites = [s for s in MANIFEST["sites"] if not s["decoy_site"]]
    generic = [s for s in sites if any(GENERIC.search(" ".join(f.get("trail", []))) for f in s["facts"])]
    assert len(generic) * 4 >= len(sites), [s["id"] for s in generic]


def test_the_twentieth_web_shares_no_ambito_and_no_site_with_the_nineteen_earlier_ones() -> None:
    assert len(EARLIER) == 19
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


def test_pages_carry_their_menus_and_tables(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        pages = [b.decode() for u, b in files[site["id"]].items() if is_html(u)]
        quirks = set(site["quirks"])
        many = bool({"megamenu", "megafooter"} & quirks)
        assert all(len(HREF.findall(p)) > 100 for p in pages) == many, site["id"]
        assert all(MEGAFOOTER.search(p) for p in pages) == ("megafooter" in quirks), site["id"]
        assert any('<table class="documenti">' in p for p in pages) == ("table" in quirks), site["id"]
        assert any('<button type="button" data-filter=' in p for p in pages) == ("buttons" in quirks), site["id"]


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_bare_hosts_downloads_and_the_unseeded_link(tmp_path: Path) -> None:
    ids = ["t3-grandate", "di-albairate", "asc-sudovest"]
    with SimWeb20(ids) as web:
        grandate, albairate, azienda = (web.sites[i] for i in ids)
        seeds = web.start_urls()
        assert len(seeds) == 2 and azienda.base_url + "/" not in seeds
        status, headers, _ = fetch(web.bare_urls["t3-grandate"] + "/")
        assert status == 301 and headers["Location"] == grandate.base_url + "/"
        for script, stored in grandate.entry["downloads"].items():
            status, headers, body = fetch(grandate.base_url + script)
            assert status == 200 and headers["Content-Type"] == "application/octet-stream"
            assert body.startswith(b"%PDF") and stored.rsplit("/", 1)[-1] in headers["Content-Disposition"]
        social = fetch(albairate.base_url + azienda.entry["linked_from"]["url"])[2].decode()
        assert f'href="{azienda.base_url}/">' in social

"""The twenty-fifth simulated web (tests/simweb25/): the manifest says what the files are, every fact page
holds its facts at the depth and by the route the manifest states once links are resolved as a browser
resolves them (the sixth web's `as_followed`), robots.txt forbids exactly the must-not-reach pages, the two
unseeded ambito sites are linked (by a logo) from a page their comune reaches, its ambiti and site titles are
none of the twenty-four earlier webs', and the pages carry this web's five habits. No recall threshold is
asserted: the scorer's figures are measurements of the crawler."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_simweb import check_fact_pages, check_robots
from test_simweb6 import HREF, as_followed, check_generator, check_no_shared_ambito_or_site
from test_simweb7 import check_unseeded_sites_linked

from tests.simweb.server import load_manifest
from tests.simweb25.build import MANIFEST as MANIFEST_PATH
from tests.simweb25.build import build_web
from tests.simweb25.quirks import NEW_QUIRKS
from tests.simweb25.writer import is_html

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
# the webs written before this one, by name: a web written later checks itself against this one
EARLIER = [Path(__file__).parent / name / "manifest.json" for name in ("simweb", *(f"simweb{k}" for k in range(2, 25)))]
MARKUP = {  # quirk -> what only its pages carry
    "tiles": '<nav class="griglia-tile">',
    "deflist": '<dl class="elenco-schede">',
    "titleattr": 'class="btn-apri">Apri</a>',
    "details": '<details class="espandi">',
    "logolink": '<a href="__SITE_',
}


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def test_the_web_has_its_sites_facts_routes_depths_and_decoys() -> None:
    sites = MANIFEST["sites"]
    assert (
        len(sites) >= 24 and sum(not s["decoy_site"] for s in sites) >= 19 and sum(s["decoy_site"] for s in sites) >= 4
    )
    facts = [f for s in sites for f in s["facts"]]
    assert len(facts) >= 55
    assert {f["reach"] for f in facts} == {"links", "sitemap", "search", "pagination"}
    assert {f["depth"] for f in facts if f["reach"] in ("links", "pagination")} == {1, 2, 3, 4}
    assert {q for s in sites for q in s["quirks"]} >= set(NEW_QUIRKS)
    assert sum("linked_from" in s for s in sites) == 2


def test_the_web_shares_no_ambito_and_no_site_title_with_the_earlier_ones() -> None:
    assert len(EARLIER) >= 24
    check_no_shared_ambito_or_site(MANIFEST, [load_manifest(p) for p in EARLIER])


def test_the_generator_still_writes_the_frozen_web(
    generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]],
) -> None:
    check_generator(generated, MANIFEST)


@pytest.mark.parametrize("site_id", sorted(SITES))
def test_every_fact_page_is_where_the_manifest_says_and_robots_forbid_the_rest(
    site_id: str, files: dict[str, dict[str, bytes]]
) -> None:
    site, view = as_followed(SITES[site_id], files[site_id])
    check_fact_pages(site, view)
    check_robots(site, view)


def test_each_unseeded_ambito_site_is_linked_from_a_page_its_comune_reaches(files: dict[str, dict[str, bytes]]) -> None:
    check_unseeded_sites_linked(MANIFEST, files)


def test_pages_carry_this_webs_habits(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        pages = [b.decode() for u, b in files[site["id"]].items() if is_html(u)]
        for quirk, mark in MARKUP.items():
            assert any(mark in p for p in pages) == (quirk in site["quirks"]), (site["id"], quirk)
        if {"tiles", "deflist", "titleattr"} & set(site["quirks"]):
            assert not any('<ul class="elenco">' in p for p in pages), site["id"]
        if "logolink" in site["quirks"]:
            other = [h for p in pages for h in HREF.findall(p) if h.startswith("__SITE_")]
            assert other and all(f'<a href="{h}" class="logo-ente"><img' in "".join(pages) for h in other)

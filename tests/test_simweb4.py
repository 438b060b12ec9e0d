"""The fourth simulated web (tests/simweb4/): the manifest says what the files are, every fact page
holds its facts at the depth and by the route the manifest states, sitemap indexes (of gzipped parts
too) list what a CMS lists, robots.txt forbids exactly the must-not-reach pages, its ambiti and sites
are not the earlier webs', the server answers its new traps and links one site to another that no seed
names; and the scorer runs end to end on three sites. No recall threshold is asserted: the scorer's
figures are measurements of the crawler."""

from __future__ import annotations

import gzip
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from test_simweb import check_fact_pages, check_robots, check_scored_sites, fetch

from tests.simweb.server import load_manifest
from tests.simweb2.build import MANIFEST as SECOND_WEB_MANIFEST
from tests.simweb3.build import MANIFEST as THIRD_WEB_MANIFEST
from tests.simweb4.build import MANIFEST as MANIFEST_PATH
from tests.simweb4.build import build_web
from tests.simweb4.families import FAMILIES
from tests.simweb4.server import SimWeb4

MANIFEST = load_manifest(MANIFEST_PATH)
EARLIER_WEBS = [load_manifest(), load_manifest(SECOND_WEB_MANIFEST), load_manifest(THIRD_WEB_MANIFEST)]
SITE_ENTRIES = {s["id"]: s for s in MANIFEST["sites"]}
SCORED_SITES = ["oc-tirano", "jp-chiari", "hz-salo"]  # in the manifest's order


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def test_the_web_has_thirty_sites_of_every_family_route_depth_place_and_trap() -> None:
    sites = MANIFEST["sites"]
    assert len(sites) >= 30 and len(SITE_ENTRIES) == len(sites)
    assert {s["family"] for s in sites} == set(FAMILIES)
    assert sum(not s["decoy_site"] for s in sites) >= 24 and sum(s["decoy_site"] for s in sites) >= 5
    facts = [f for s in sites for f in s["facts"]]
    assert len(facts) >= 55
    assert {f["reach"] for f in facts} == {"links", "sitemap", "search", "pagination"}
    assert {f["depth"] for f in facts if f["reach"] in ("links", "pagination")} == {1, 2, 3, 4}
    trails = [f["trail"] for f in facts]
    for word in ("Anno 2023", "Amministrazione trasparente", "Bandi di gara e contratti", "Dati ulteriori"):
        assert any(word in t for t in trails), word
    assert sum(bool(s["must_not_reach"]) for s in sites) >= 3
    traps = [t for s in sites for t in s["traps"]]
    assert {t["kind"] for t in traps} == {"calendar", "session-id", "variant", "facets", "search-links", "sort"}
    assert {s["sitemap"] for s in sites} >= {"/sitemap.xml.gz", "/sitemap_index.xml", "/sitemap.xml", None}


def test_the_fourth_web_shares_no_ambito_and_no_site_with_the_earlier_ones() -> None:
    ambiti = {f["ambito"] for s in MANIFEST["sites"] for f in s["facts"] + s["must_not_reach"]}
    assert len(ambiti) >= 16
    for earlier in EARLIER_WEBS:
        theirs = {f["ambito"] for s in earlier["sites"] for f in s["facts"] + s["must_not_reach"]}
        assert not ambiti & theirs
        assert not {s["title"] for s in MANIFEST["sites"]} & {s["title"] for s in earlier["sites"]}


def test_the_generator_still_writes_the_frozen_web(
    generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]],
) -> None:
    """Same manifest (every page's digest but the PDFs' bytes, facts, decoys, traps), and every placed page
    among the generated files."""
    files, manifest = generated
    assert manifest["sites"] == MANIFEST["sites"]
    for site in manifest["sites"]:
        placed = {p["url"] for p in site["facts"] + site["must_not_reach"] + site["decoys"]}
        assert site["pages"] == len(files[site["id"]]) and placed <= set(files[site["id"]]), site["id"]


@pytest.mark.parametrize("site_id", sorted(SITE_ENTRIES))
def test_every_fact_page_holds_its_facts_where_the_manifest_says(
    site_id: str, files: dict[str, dict[str, bytes]]
) -> None:
    check_fact_pages(SITE_ENTRIES[site_id], files[site_id])


@pytest.mark.parametrize("site_id", sorted(SITE_ENTRIES))
def test_robots_forbid_exactly_the_must_not_reach_pages(site_id: str, files: dict[str, dict[str, bytes]]) -> None:
    check_robots(SITE_ENTRIES[site_id], files[site_id])


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_gzipped_sitemap_parts_sort_orders_and_links_to_an_unseeded_site() -> None:
    ids = ["oc-tirano", "old-pisogne", "asc-camuna"]
    with SimWeb4(ids) as web:
        tirano, pisogne, camuna = (web.sites[i] for i in ids)
        assert web.start_urls() == [tirano.base_url + "/", pisogne.base_url + "/"]
        index = fetch(tirano.base_url + "/sitemap.xml")[1]
        assert tirano.base_url + "/sitemap-2.xml.gz" in index
        with urllib.request.urlopen(tirano.base_url + "/sitemap-2.xml.gz") as resp:  # noqa: S310 - loopback
            part = gzip.decompress(resp.read()).decode("utf-8")
        assert tirano.base_url + "/servizi/salute-benessere-e-assistenza" in part
        news = fetch(tirano.base_url + "/novita/notizie")[1]
        assert "/novita/notizie?ordina=data&amp;verso=desc" in news
        status, sorted_news = fetch(tirano.base_url + "/novita/notizie?ordina=data&verso=desc")
        assert status == 200 and "pagina=2" in sorted_news
        assert tirano.is_trap("/novita/notizie?ordina=titolo&verso=asc&pagina=7", repeat=False)
        assert not tirano.is_trap("/novita/notizie", repeat=False)
        status, social = fetch(pisogne.base_url + camuna.entry["linked_from"]["url"])
        assert status == 200 and f'href="{camuna.base_url}/"' in social
    with SimWeb4(["asc-camuna"]) as alone:  # served without the site that links it, it is a seed again
        assert alone.start_urls() == [alone.sites["asc-camuna"].base_url + "/"]


@pytest.mark.slow  # crawls three sites (Scrapy in a child process), as its twins in test_simweb*.py
def test_the_scorer_crawls_three_sites_and_counts_from_the_server_log(tmp_path: Path) -> None:
    from tests.simweb4.score import main

    check_scored_sites(main, SITE_ENTRIES, SCORED_SITES, tmp_path)

"""The third simulated web (tests/simweb3/): the manifest says what the files are, every fact page
holds its facts at the depth and by the route the manifest states (the new places too: documents
listings, article attachments, sidebars, the footer), sitemap indexes and the gzipped sitemap list
what a CMS lists, robots.txt forbids exactly the must-not-reach pages, its ambiti and sites are not
the earlier webs', the server answers its traps; and the scorer runs end to end on three sites. No
recall threshold is asserted: the scorer's figures are measurements of the crawler."""

from __future__ import annotations

import gzip
import re
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from test_simweb import check_fact_pages, check_robots, check_scored_sites, fetch

from tests.simweb.server import load_manifest
from tests.simweb2.build import MANIFEST as SECOND_WEB_MANIFEST
from tests.simweb3.build import MANIFEST as MANIFEST_PATH
from tests.simweb3.build import build_web
from tests.simweb3.families import FAMILIES
from tests.simweb3.server import SimWeb3

MANIFEST = load_manifest(MANIFEST_PATH)
EARLIER_WEBS = [load_manifest(), load_manifest(SECOND_WEB_MANIFEST)]
SITE_ENTRIES = {s["id"]: s for s in MANIFEST["sites"]}
SCORED_SITES = ["diwp-como", "mag-morbegno", "plone-retesalute"]  # in the manifest's order


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
    assert len(facts) >= 50
    assert {f["reach"] for f in facts} == {"links", "sitemap", "search", "pagination"}
    assert {f["depth"] for f in facts if f["reach"] in ("links", "pagination")} == {1, 2, 3, 4}
    trails = [f["trail"] for f in facts]
    assert any("Anno 2022" in t for t in trails) and any("Amministrazione trasparente" in t for t in trails)
    assert sum(bool(s["must_not_reach"]) for s in sites) >= 3
    traps = [t for s in sites for t in s["traps"]]
    assert {t["kind"] for t in traps} == {"calendar", "session-id", "variant", "facets", "search-links"}
    assert {s["sitemap"] for s in sites} >= {"/sitemap.xml.gz", "/sitemap_index.xml", "/wp-sitemap.xml", None}


def test_the_third_web_shares_no_ambito_and_no_site_with_the_earlier_ones() -> None:
    ambiti = {f["ambito"] for s in MANIFEST["sites"] for f in s["facts"] + s["must_not_reach"]}
    for earlier in EARLIER_WEBS:
        theirs = {f["ambito"] for s in earlier["sites"] for f in s["facts"] + s["must_not_reach"]}
        assert len(ambiti) >= 12 and not ambiti & theirs
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
def test_the_server_answers_gzipped_sitemaps_linked_searches_and_the_earlier_traps() -> None:
    ids = ["plone-retesalute", "diwp-luino", "joomla-pioltello", "di-varese"]
    with SimWeb3(ids) as web:
        retesalute, luino, pioltello, varese = (web.sites[i] for i in ids)
        status, _ = fetch(retesalute.base_url + "/sitemap.xml.gz")
        with urllib.request.urlopen(retesalute.base_url + "/sitemap.xml.gz") as resp:  # noqa: S310 - loopback
            xml = gzip.decompress(resp.read()).decode("utf-8")
        assert status == 200 and retesalute.base_url + "/it/azienda/chi-siamo" in xml
        status, results = fetch(luino.base_url + "/?s=ufficio+di+piano")
        assert status == 200 and "origine=correlate" in results and "pagina=2" in results
        assert luino.is_trap("/?origine=correlate&s=anziani+bando", repeat=False)
        assert not luino.is_trap("/?s=ufficio+di+piano", repeat=False)
        home = fetch(pioltello.base_url + "/")[1]
        assert re.search(r"PHPSESSID=\w+", home)
        status, listing = fetch(varese.base_url + "/amministrazione/documenti-e-dati?anno=2022")
        assert status == 200 and "tipologia=Accordi" in listing


@pytest.mark.slow  # crawls three sites (Scrapy in a child process), as its twins in test_simweb*.py
def test_the_scorer_crawls_three_sites_and_counts_from_the_server_log(tmp_path: Path) -> None:
    from tests.simweb3.score import main

    check_scored_sites(main, SITE_ENTRIES, SCORED_SITES, tmp_path)

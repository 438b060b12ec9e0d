"""The second simulated web (tests/simweb2/): the manifest says what the files are, every fact page
holds its facts at the depth and by the route the manifest states, robots.txt forbids exactly the
must-not-reach pages, its ambiti and sites are not the first web's, the server answers its traps;
and the scorer runs end to end on three sites. No recall threshold is asserted: the scorer's
figures are measurements of the crawler."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_simweb import check_fact_pages, check_robots, check_scored_sites, fetch

from tests.simweb.server import SimWeb, load_manifest
from tests.simweb2.build import MANIFEST as MANIFEST_PATH
from tests.simweb2.build import build_web
from tests.simweb2.families import FAMILIES
from tests.simweb2.server import SIMWEB2

MANIFEST = load_manifest(MANIFEST_PATH)
FIRST_WEB = load_manifest()
SITE_ENTRIES = {s["id"]: s for s in MANIFEST["sites"]}
SCORED_SITES = ["di-crema", "wp-sorisole", "java-busto-arsizio"]


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def test_the_web_has_thirty_sites_of_every_family_route_depth_and_trap() -> None:
    sites = MANIFEST["sites"]
    assert len(sites) >= 30 and len(SITE_ENTRIES) == len(sites)
    assert {s["family"] for s in sites} == set(FAMILIES)
    facts = [f for s in sites for f in s["facts"]]
    assert {f["reach"] for f in facts} == {"links", "sitemap", "search", "pagination"}
    assert {f["depth"] for f in facts if f["reach"] == "links"} == {1, 2, 3, 4}
    assert {f["depth"] for f in facts if f["reach"] == "pagination"} == {3, 4}
    assert sum(bool(s["must_not_reach"]) for s in sites) >= 3
    assert sum(s["decoy_site"] for s in sites) >= 5
    traps = [t for s in sites for t in s["traps"]]
    assert {t["kind"] for t in traps} == {"calendar", "session-id", "variant", "facets"}
    assert {t["in"] for t in traps if t["kind"] == "session-id"} == {"query", "path"}


def test_the_second_web_shares_no_ambito_and_no_site_with_the_first() -> None:
    ambiti = {f["ambito"] for s in MANIFEST["sites"] for f in s["facts"]}
    first = {f["ambito"] for s in FIRST_WEB["sites"] for f in s["facts"] + s["must_not_reach"]}
    assert len(ambiti) >= 12 and not ambiti & first
    assert not {s["title"] for s in MANIFEST["sites"]} & {s["title"] for s in FIRST_WEB["sites"]}


def test_the_generator_still_writes_the_frozen_web(
    generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]],
) -> None:
    """Same pages (digest: every URL, every body but the PDFs' bytes), same facts, decoys and traps."""
    files, manifest = generated
    assert [s["id"] for s in manifest["sites"]] == list(SITE_ENTRIES)
    for site in manifest["sites"]:
        assert site == SITE_ENTRIES[site["id"]], site["id"]
        assert site["pages"] == len(files[site["id"]])
        placed = site["facts"] + site["must_not_reach"] + site["decoys"]
        assert all(p["url"] in files[site["id"]] for p in placed)


@pytest.mark.parametrize("site_id", sorted(SITE_ENTRIES))
def test_every_fact_page_holds_its_facts_where_the_manifest_says(
    site_id: str, files: dict[str, dict[str, bytes]]
) -> None:
    check_fact_pages(SITE_ENTRIES[site_id], files[site_id])


@pytest.mark.parametrize("site_id", sorted(SITE_ENTRIES))
def test_robots_forbid_exactly_the_must_not_reach_pages(site_id: str, files: dict[str, dict[str, bytes]]) -> None:
    check_robots(SITE_ENTRIES[site_id], files[site_id])


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_search_and_every_kind_of_trap() -> None:
    ids = ["di-crema", "di-vimercate", "joomla-cesano-boscone", "java-busto-arsizio", "halley-soresina"]
    with SimWeb(ids, SIMWEB2) as web:
        crema, vimercate, cesano, busto, soresina = (web.sites[i] for i in ids)
        status, listing = fetch(crema.base_url + "/amministrazione/documenti-e-dati/?anno=2022&tipologia=Accordi")
        assert status == 200 and "argomento=Sociale" in listing
        assert fetch(vimercate.base_url + "/servizi/?print=1")[1] == fetch(vimercate.base_url + "/servizi/")[1]
        first, second = fetch(cesano.base_url + "/")[1], fetch(cesano.base_url + "/")[1]
        assert {re.findall(r"PHPSESSID=(\w+)", p)[0] for p in (first, second)} == {"00001eef", "00003dde"}
        home = fetch(busto.base_url + "/")[1]
        inner = re.findall(r'href="(/web/comune/[^"?]*;jsessionid=\w+)"', home)[0]
        assert fetch(busto.base_url + inner)[0] == 200
        status, results = fetch(soresina.base_url + "/po/ricerca.php?testo=piano+di+zona")
        hidden = soresina.entry["search_only"][0]  # /po/mostra_news.php?id=N&area=H, listed with sorted parameters
        assert status == 200 and "mostra_news.php?area=H&amp;id=" + hidden.split("id=")[1].split("&")[0] in results
        assert [t for t, _ in vimercate.log.requests] == ["/servizi/?print=1", "/servizi/"]
        assert crema.is_trap("/amministrazione/documenti-e-dati/?anno=2022", repeat=False)
        assert not crema.is_trap("/amministrazione/documenti-e-dati/", repeat=False)
        assert vimercate.is_trap("/novita/?format=pdf", repeat=False)
        assert busto.is_trap("/web/comune;jsessionid=1", repeat=True) and not busto.is_trap("/", repeat=False)


@pytest.mark.slow  # crawls three sites (Scrapy in a child process), as its twin in test_simweb.py
def test_the_scorer_crawls_three_sites_and_counts_from_the_server_log(tmp_path: Path) -> None:
    from tests.simweb2.score import main

    check_scored_sites(main, SITE_ENTRIES, SCORED_SITES, tmp_path)

"""The fifth simulated web (tests/simweb5/): the manifest says what the files are, every fact page
holds its facts at the depth and by the route the manifest states, robots.txt forbids exactly the
must-not-reach pages, its ambiti and sites are not the earlier webs', its new places (a mega-menu link,
attachments of records, "Carica altri" lists) are where the pages put them, the server answers its
TYPO3 sitemap parts and its tag cloud (a trap); and the scorer runs end to end on three sites. No
recall threshold is asserted: the scorer's figures are measurements of the crawler."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_simweb import check_fact_pages, check_robots, check_scored_sites, fetch

from tests.simweb.server import load_manifest
from tests.simweb2.build import MANIFEST as SECOND_WEB_MANIFEST
from tests.simweb3.build import MANIFEST as THIRD_WEB_MANIFEST
from tests.simweb4.build import MANIFEST as FOURTH_WEB_MANIFEST
from tests.simweb5.build import MANIFEST as MANIFEST_PATH
from tests.simweb5.build import build_web
from tests.simweb5.families import FAMILIES
from tests.simweb5.server import SimWeb5

MANIFEST = load_manifest(MANIFEST_PATH)
EARLIER_WEBS = [load_manifest(p) for p in (SECOND_WEB_MANIFEST, THIRD_WEB_MANIFEST, FOURTH_WEB_MANIFEST)]
EARLIER_WEBS.append(load_manifest())
SITES = {s["id"]: s for s in MANIFEST["sites"]}
SCORED_SITES = ["t3-azzate", "isw-olgiate-olona", "oc-colico"]  # in the manifest's order


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def test_the_web_has_thirty_sites_of_every_family_route_depth_place_and_trap() -> None:
    sites = MANIFEST["sites"]
    assert len(sites) >= 30 and len(SITES) == len(sites)
    assert {s["family"] for s in sites} == set(FAMILIES)
    assert sum(not s["decoy_site"] for s in sites) >= 24 and sum(s["decoy_site"] for s in sites) >= 5
    facts = [f for s in sites for f in s["facts"]]
    assert len(facts) >= 55
    assert {f["reach"] for f in facts} == {"links", "sitemap", "search", "pagination"}
    assert {f["depth"] for f in facts if f["reach"] in ("links", "pagination")} == {1, 2, 3, 4}
    steps = {step for f in facts for step in f["trail"]}
    assert {"Enti controllati", "Vedi tutti", "Carica altri", "Pagina successiva", "Anno 2024"} <= steps
    assert sum(bool(s["must_not_reach"]) for s in sites) >= 3
    kinds = {t["kind"] for s in sites for t in s["traps"]}
    assert kinds == {"calendar", "session-id", "variant", "facets", "search-links", "sort", "tags"}
    assert {s["sitemap"] for s in sites} >= {"/sitemap.xml.gz", "/sitemap_index.xml", "/sitemap.xml", None}


def test_the_fifth_web_shares_no_ambito_and_no_site_with_the_earlier_ones() -> None:
    ambiti = {f["ambito"] for s in MANIFEST["sites"] for f in s["facts"] + s["must_not_reach"]}
    assert len(ambiti) >= 20
    for earlier in EARLIER_WEBS:
        theirs = {f["ambito"] for s in earlier["sites"] for f in s["facts"] + s["must_not_reach"]}
        assert not ambiti & theirs
        assert not {s["title"] for s in MANIFEST["sites"]} & {s["title"] for s in earlier["sites"]}


def test_the_generator_still_writes_the_frozen_web(
    generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]],
) -> None:
    files, manifest = generated
    assert manifest["sites"] == MANIFEST["sites"]
    for site in manifest["sites"]:
        placed = {p["url"] for p in site["facts"] + site["must_not_reach"] + site["decoys"]}
        assert site["pages"] == len(files[site["id"]]) and placed <= set(files[site["id"]]), site["id"]


@pytest.mark.parametrize("site_id", sorted(SITES))
def test_every_fact_page_is_where_the_manifest_says_and_robots_forbid_the_rest(
    site_id: str, files: dict[str, dict[str, bytes]]
) -> None:
    check_fact_pages(SITES[site_id], files[site_id])
    check_robots(SITES[site_id], files[site_id])


def test_the_new_places_sit_in_the_header_menu_in_a_record_and_behind_carica_altri(
    files: dict[str, dict[str, bytes]],
) -> None:
    colico = files["oc-colico"]
    megamenu = SITES["oc-colico"]["facts"][0]
    for url in ("/", "/novita/notizie", "/amministrazione"):  # the header menu is on every page
        assert f'href="{megamenu["url"]}">Programmazione sociale<' in colico[url].decode()
    assert 'href="/novita/notizie/(offset)/8">Carica altri<' in colico["/novita/notizie"].decode()
    record = next(f for f in SITES["isw-olgiate-olona"]["facts"] if f["reach"] == "links")
    assert record["trail"][-2:] == ["Contributo n. 14/2025", "Allegato n. 1"] and record["depth"] == 4


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_typo3_sitemap_parts_a_tag_cloud_and_links_to_an_unseeded_site() -> None:
    ids = ["t3-azzate", "wpc-vobarno", "cm-vallesabbia"]
    with SimWeb5(ids) as web:
        azzate, vobarno, vallesabbia = (web.sites[i] for i in ids)
        assert web.start_urls() == [azzate.base_url + "/", vobarno.base_url + "/"]
        index = fetch(azzate.base_url + "/sitemap.xml")[1]
        assert azzate.base_url + "/sitemap.xml?sitemap=pages&amp;type=1533906435" in index
        part = fetch(azzate.base_url + "/sitemap.xml?type=1533906435&sitemap=news")[1]
        assert azzate.base_url + "/notizie/dettaglio/" in part
        assert 'href="/argomenti/?tag=sociale"' in fetch(azzate.base_url + "/")[1]
        status, cloud = fetch(azzate.base_url + "/argomenti/?tag=sociale,casa")
        assert status == 200 and "tag=sociale%2Ccasa%2Clavoro" in cloud
        assert azzate.is_trap("/argomenti/?tag=sociale,casa,casa", repeat=False)
        assert not azzate.is_trap("/notizie/", repeat=False)
        status, social = fetch(vobarno.base_url + vallesabbia.entry["linked_from"]["url"])
        assert status == 200 and f'href="{vallesabbia.base_url}/">Servizi sociali associati<' in social


@pytest.mark.slow  # crawls three sites (Scrapy in a child process), as its twins in test_simweb*.py
def test_the_scorer_crawls_three_sites_and_counts_from_the_server_log(tmp_path: Path) -> None:
    from tests.simweb5.score import main

    check_scored_sites(main, SITES, SCORED_SITES, tmp_path)

"""The nineteenth simulated web (tests/simweb19/): the manifest says what the files are, every fact page
holds its facts at the depth and by the route the manifest states once links are resolved as a browser
resolves them (the seventh web's checks), robots.txt forbids exactly the must-not-reach pages, its ambiti
and sites are not the eighteen earlier webs', a third of its fact sites keep facts behind generic words,
and the server answers as the sixth web's does. No recall threshold is asserted: the scorer's figures
are measurements of the crawler."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_simweb6 import HREF, check_generator, check_no_shared_ambito_or_site, check_web_shape, fetch
from test_simweb7 import MEGAFOOTER, check_site_as_followed, check_unseeded_sites_linked

from tests.simweb.server import load_manifest
from tests.simweb19.build import MANIFEST as MANIFEST_PATH
from tests.simweb19.build import build_web
from tests.simweb19.families import FAMILIES
from tests.simweb19.server import SimWeb19
from tests.simweb19.writer import QUIRKS, is_html

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
# the eighteen webs written before this one (later webs check themselves against it)
EARLIER = [Path(__file__).parent / ("simweb" if n == 1 else f"simweb{n}") / "manifest.json" for n in range(1, 19)]
GENERIC = {"vivere il comune", "aree tematiche", "argomenti", "sociale e welfare"}


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def test_the_web_has_thirty_sites_of_every_family_route_depth_quirk_and_trap() -> None:
    check_web_shape(MANIFEST, FAMILIES, QUIRKS, unseeded=3)


def test_the_nineteenth_web_shares_no_ambito_and_no_site_with_the_earlier_ones() -> None:
    earlier = [load_manifest(p) for p in EARLIER]
    assert len(earlier) == 18
    check_no_shared_ambito_or_site(MANIFEST, earlier)


def test_a_third_of_the_fact_sites_keep_facts_three_or_four_clicks_behind_generic_words() -> None:
    deep = [
        s["id"]
        for s in MANIFEST["sites"]
        if any((f["depth"] or 0) >= 3 and GENERIC & {t.lower() for t in f["trail"]} for f in s["facts"])
    ]
    assert 3 * len(deep) >= sum(not s["decoy_site"] for s in MANIFEST["sites"]), deep


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


def test_pages_carry_their_menus_tables_and_buttons(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        pages = [b.decode() for u, b in files[site["id"]].items() if is_html(u)]
        quirks = set(site["quirks"])
        many = ("megamenu" in quirks) or ("megafooter" in quirks)
        assert all(len(HREF.findall(p)) > 100 for p in pages) == many, site["id"]
        assert all(MEGAFOOTER.search(p) for p in pages) == ("megafooter" in quirks), site["id"]
        assert any('<table class="documenti">' in p for p in pages) == ("table" in quirks), site["id"]
        assert any('<button type="button" data-filter=' in p for p in pages) == ("buttons" in quirks), site["id"]


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_redirects_downloads_soft_404s_and_bare_hosts() -> None:
    ids = ["t3-basiglio", "t3-mediglia", "isw-besate", "jp-santa-giuletta", "plone-oltrepo"]
    with SimWeb19(ids) as web:
        basiglio, mediglia, besate, giuletta, unione = (web.sites[i] for i in ids)
        seeds = web.start_urls()
        assert len(seeds) == 4 and unione.base_url + "/" not in seeds and mediglia.base_url + "/" in seeds
        status, headers, _ = fetch(web.bare_urls["t3-basiglio"] + "/")
        assert status == 301 and headers["Location"] == basiglio.base_url + "/"
        for old, new in giuletta.entry["moved"].items():
            status, headers, _ = fetch(giuletta.base_url + old)
            assert status == new["status"] and headers["Location"] == giuletta.base_url + new["to"]
        for script, stored in mediglia.entry["downloads"].items():
            status, headers, body = fetch(mediglia.base_url + script)
            assert status == 200 and headers["Content-Type"] == "application/octet-stream"
            assert body.startswith(b"%PDF") and stored.rsplit("/", 1)[-1] in headers["Content-Disposition"]
        status, _, body = fetch(besate.base_url + "/nessuna-pagina.html")
        assert status == 200 and b"Pagina non trovata" in body
        assert fetch(mediglia.base_url + "/nessuna-pagina/")[0] == 404
        social = fetch(giuletta.base_url + unione.entry["linked_from"]["url"])[2].decode()
        assert f'href="{unione.base_url}/">Servizi sociali dell' in social

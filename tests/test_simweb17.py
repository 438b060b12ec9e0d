"""The seventeenth simulated web (tests/simweb17/): the manifest says what the files are, every fact page holds
its facts at the depth and by the route the manifest states once links are resolved as a browser resolves them
(the sixth web's check), robots.txt forbids exactly the must-not-reach pages, its ambiti and sites are none of
the fifteen earlier webs', the pages carry the quirks the manifest names (the earlier webs' and this web's
cards and banner), and the server answers as the sixth web's does. The scorer runs end to end on three sites
(slow). No recall threshold is asserted: the scorer's figures are measurements of the crawler."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_simweb import check_scored_sites
from test_simweb6 import check_generator, check_no_shared_ambito_or_site, check_web_shape, fetch
from test_simweb7 import check_site_as_followed, check_unseeded_sites_linked

from tests.simweb.server import load_manifest
from tests.simweb17.build import MANIFEST as MANIFEST_PATH
from tests.simweb17.build import build_web
from tests.simweb17.families import FAMILIES
from tests.simweb17.server import SimWeb17
from tests.simweb17.writer import QUIRKS, is_html

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
SCORED_SITES = ["t3-lazzate", "isw-motta", "di-rescaldina"]  # in the manifest's order; t3-lazzate: a bare-host seed
EARLIER = Path(__file__).resolve().parent
EARLIER_MANIFESTS = [EARLIER / ("simweb" if n == 1 else f"simweb{n}") / "manifest.json" for n in range(1, 16)]
GENERIC = ("Vivere il comune", "Aree tematiche", "Argomenti", "Sociale e welfare")


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def test_the_web_has_thirty_sites_of_every_family_route_depth_quirk_and_trap() -> None:
    check_web_shape(MANIFEST, FAMILIES, QUIRKS, unseeded=3)


def test_a_third_of_the_fact_sites_keep_facts_three_or_four_clicks_behind_generic_words() -> None:
    deep = {
        s["id"]
        for s in MANIFEST["sites"]
        for f in s["facts"]
        if (f["depth"] or 0) >= 3 and any(word in step for step in f.get("trail", []) for word in GENERIC + ("Albo",))
    }
    assert len(deep) * 3 >= sum(not s["decoy_site"] for s in MANIFEST["sites"])


def test_the_seventeenth_web_shares_no_ambito_and_no_site_with_the_earlier_ones() -> None:
    check_no_shared_ambito_or_site(MANIFEST, [load_manifest(p) for p in EARLIER_MANIFESTS])


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


def test_pages_carry_this_webs_cards_and_banner(files: dict[str, dict[str, bytes]]) -> None:
    banner = re.compile(r'<a href="__SITE_[a-z-]+__/" class="banner-link"><img src="[^"]+" alt="" ')
    for site in MANIFEST["sites"]:
        pages = [b.decode() for u, b in files[site["id"]].items() if is_html(u)]
        quirks = set(site["quirks"])
        assert any('class="card-title"' in p for p in pages) == ("cards" in quirks), site["id"]
        assert not ("cards" in quirks and any('<ul class="elenco">' in p for p in pages)), site["id"]
        assert any(banner.search(p) for p in pages) == ("banner" in quirks), site["id"]


def test_the_only_link_to_the_comunita_montana_is_a_banner_with_no_words(files: dict[str, dict[str, bytes]]) -> None:
    where = SITES["cm-montebarro"]["linked_from"]
    page = files[where["site"]][where["url"]].decode()
    assert 'href="__SITE_cm-montebarro__/" class="banner-link"><img' in page
    assert "Servizi sociali associati" not in page


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_redirects_downloads_soft_404s_bare_hosts_and_the_banner() -> None:
    ids = ["t3-lazzate", "t3-barlassina", "isw-motta", "wpc-valgreghentino", "cm-montebarro"]
    with SimWeb17(ids) as web:
        lazzate, barlassina, motta, valgreghentino, montebarro = (web.sites[i] for i in ids)
        seeds = web.start_urls()
        assert len(seeds) == 4 and montebarro.base_url + "/" not in seeds and barlassina.base_url + "/" in seeds
        status, headers, _ = fetch(web.bare_urls["t3-lazzate"] + "/")
        assert status == 301 and headers["Location"] == lazzate.base_url + "/"
        for script, stored in barlassina.entry["downloads"].items():
            status, headers, body = fetch(barlassina.base_url + script)
            assert status == 200 and headers["Content-Type"] == "application/octet-stream"
            assert body.startswith(b"%PDF") and stored.rsplit("/", 1)[-1] in headers["Content-Disposition"]
        status, _, body = fetch(motta.base_url + "/nessuna-pagina.html")
        assert status == 200 and b"Pagina non trovata" in body
        assert fetch(barlassina.base_url + "/nessuna-pagina/")[0] == 404
        social = fetch(valgreghentino.base_url + montebarro.entry["linked_from"]["url"])[2].decode()
        assert f'href="{montebarro.base_url}/" class="banner-link"><img' in social


@pytest.mark.slow  # crawls three sites (Scrapy in a child process), as its twins in test_simweb*.py
def test_the_scorer_crawls_three_sites_and_counts_from_the_server_log(tmp_path: Path) -> None:
    from tests.simweb17.score import main

    check_scored_sites(main, SITES, SCORED_SITES, tmp_path)

"""The twenty-second simulated web (tests/simweb22/): the manifest says what the files are, every fact page
holds its facts at the depth and by the route the manifest states once links are resolved as a browser
resolves them (the seventh web's check, `check_site_as_followed`), robots.txt forbids exactly the
must-not-reach pages, its ambiti and site titles are none of the earlier webs', the pages carry the quirks
the manifest names (the seventh web's and this web's banner links), and the server answers as the seventh
web's does. The scorer runs end to end on three sites (slow). No recall threshold is asserted: the
scorer's figures are measurements of the crawler."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_simweb import check_scored_sites
from test_simweb6 import HREF, check_generator, check_web_shape, fetch
from test_simweb7 import MEGAFOOTER, check_site_as_followed, check_unseeded_sites_linked

from tests.simweb.server import load_manifest
from tests.simweb22.build import MANIFEST as MANIFEST_PATH
from tests.simweb22.build import build_web
from tests.simweb22.families import FAMILIES
from tests.simweb22.server import SimWeb22
from tests.simweb22.writer import QUIRKS, is_html

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
SCORED_SITES = ["t3-carnago", "isw-costa-mezzate", "wpc-berzo"]  # in the manifest's order; a bare-host seed
# the webs written before this one, by name: a web written later checks itself against this one
EARLIER = [Path(__file__).parent / name / "manifest.json" for name in ("simweb", *(f"simweb{k}" for k in range(2, 22)))]
BANNER = re.compile(r'<a href="__SITE_[^"]+__/" class="banner-ente"><img [^>]*alt=""></a>')


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def test_the_web_has_thirty_sites_of_every_family_route_depth_quirk_and_trap() -> None:
    check_web_shape(MANIFEST, FAMILIES, QUIRKS, unseeded=3)
    depths = [f["depth"] for s in MANIFEST["sites"] for f in s["facts"] if f["depth"] is not None]
    assert max(depths) <= 4


def test_no_ambito_and_no_site_title_of_an_earlier_web() -> None:
    """Checked against every earlier manifest, by names only (their other files are not read)."""
    assert len(EARLIER) >= 21
    ambiti = {f["ambito"] for s in MANIFEST["sites"] for f in s["facts"] + s["must_not_reach"]}
    titles = {s["title"] for s in MANIFEST["sites"]}
    assert len(ambiti) >= 20
    for path in EARLIER:
        earlier = load_manifest(path)["sites"]
        theirs = {f.get("ambito") for s in earlier for f in s.get("facts", []) + s.get("must_not_reach", [])}
        assert not ambiti & theirs, path
        assert not titles & {s["title"] for s in earlier}, path


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


def test_pages_carry_their_quirks_and_a_banner_link_has_no_words(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        pages = [b.decode() for u, b in files[site["id"]].items() if is_html(u)]
        quirks = set(site["quirks"])
        assert len(quirks) <= 1, site["id"]  # one habit a site at most: half the fact sites have none
        many = ("megamenu" in quirks) or ("megafooter" in quirks)
        assert all(len(HREF.findall(p)) > 100 for p in pages) == many, site["id"]
        assert all(MEGAFOOTER.search(p) for p in pages) == ("megafooter" in quirks), site["id"]
        assert any('<table class="documenti">' in p for p in pages) == ("table" in quirks), site["id"]
        assert any('<button type="button" data-filter=' in p for p in pages) == ("buttons" in quirks), site["id"]
        assert any('onclick="window.location' in p for p in pages) == ("onclick" in quirks), site["id"]
        assert any('href="../' in p for p in pages) == ("relative" in quirks), site["id"]
        assert all("<base href=" in p for p in pages) == ("base" in quirks), site["id"]
        assert any(BANNER.search(p) for p in pages) == ("banner" in quirks), site["id"]
    fact_sites = [s for s in MANIFEST["sites"] if not s["decoy_site"]]
    assert sum(not s["quirks"] for s in fact_sites) * 2 >= len(fact_sites) - 2


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_redirects_downloads_soft_404s_bare_hosts_and_the_banner() -> None:
    ids = ["isw-costa-mezzate", "isw-cortenuova", "cm-valcamonica", "cm-altavaltellina", "wpc-berzo", "jp-sommo"]
    with SimWeb22(ids) as web:
        costa, cortenuova, valcamonica, altavaltellina, berzo, sommo = (web.sites[i] for i in ids)
        seeds = web.start_urls()
        assert len(seeds) == 5 and valcamonica.base_url + "/" not in seeds
        status, headers, _ = fetch(web.bare_urls["isw-costa-mezzate"] + "/")
        assert status == 301 and headers["Location"] == costa.base_url + "/"
        for old, new in sommo.entry["moved"].items():
            status, headers, _ = fetch(sommo.base_url + old)
            assert status == new["status"] and headers["Location"] == sommo.base_url + new["to"]
        for script, stored in cortenuova.entry["downloads"].items():
            status, headers, body = fetch(cortenuova.base_url + script)
            assert status == 200 and headers["Content-Type"] == "application/octet-stream"
            assert body.startswith(b"%PDF") and stored.rsplit("/", 1)[-1] in headers["Content-Disposition"]
        status, _, body = fetch(altavaltellina.base_url + "/nessuna-pagina.html")
        assert status == 200 and b"Pagina non trovata" in body
        social = fetch(berzo.base_url + valcamonica.entry["linked_from"]["url"])[2].decode()
        assert f'<a href="{valcamonica.base_url}/" class="banner-ente"><img ' in social
        assert "Servizi sociali della Comunità Montana" not in social


@pytest.mark.slow  # crawls three sites (Scrapy in a child process), as its twins in test_simweb*.py
def test_the_scorer_crawls_three_sites_and_counts_from_the_server_log(tmp_path: Path) -> None:
    from tests.simweb22.score import main

    check_scored_sites(main, SITES, SCORED_SITES, tmp_path)

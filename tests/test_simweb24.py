"""The twenty-fourth simulated web (tests/simweb24/): the manifest says what the files are, every fact page holds
its facts at the depth and by the route the manifest states once links are resolved as a browser resolves them
(the seventh web's check), robots.txt forbids exactly the must-not-reach pages, its ambiti and sites are none of
the twenty-three earlier webs', a third of the fact sites keep a fact behind generic words, the pages carry the
habits the manifest names (the earlier webs' and this web's `dlist`, `truncated`, `share`, `spidbar`), and the
server answers as the sixth web's does. No recall threshold is asserted: the scorer's figures are measurements
of the crawler."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
from test_simweb6 import HREF, MEGAMENU, check_generator, check_no_shared_ambito_or_site, check_web_shape, fetch
from test_simweb7 import MEGAFOOTER, check_site_as_followed, check_unseeded_sites_linked

from tests.simweb.server import canonical, load_manifest
from tests.simweb24.build import MANIFEST as MANIFEST_PATH
from tests.simweb24.build import build_web
from tests.simweb24.families import FAMILIES
from tests.simweb24.server import SimWeb24
from tests.simweb24.writer import QUIRKS, is_html

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
# the webs written before this one, by name: a web written later checks itself against this one
EARLIER = [
    MANIFEST_PATH.parents[1] / name / "manifest.json" for name in ("simweb", *(f"simweb{k}" for k in range(2, 24)))
]
GENERIC = ("Vivere il comune", "Aree tematiche", "Argomenti", "Sociale e welfare")


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def test_the_web_has_thirty_sites_of_every_family_route_depth_quirk_and_trap() -> None:
    check_web_shape(MANIFEST, FAMILIES, QUIRKS, unseeded=3)


def test_the_web_shares_no_ambito_and_no_site_with_the_twenty_three_earlier_ones() -> None:
    assert len(EARLIER) >= 23
    check_no_shared_ambito_or_site(MANIFEST, [load_manifest(p) for p in EARLIER])


def test_a_third_of_the_fact_sites_keep_a_fact_behind_generic_words() -> None:
    fact_sites = [s for s in MANIFEST["sites"] if s["facts"]]
    deep = {
        s["id"] for s in fact_sites
        if any((f["depth"] or 0) >= 3 and set(f.get("trail", ())) & set(GENERIC) for f in s["facts"])
    }  # fmt: skip
    assert len(deep) >= len(fact_sites) // 3, deep


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


def test_pages_carry_their_habits(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        pages = [b.decode() for u, b in files[site["id"]].items() if is_html(u)]
        quirks = set(site["quirks"])
        assert any('<dl class="elenco-documenti">' in p for p in pages) == ("dlist" in quirks), site["id"]
        assert not ("dlist" in quirks and any('<ul class="elenco">' in p for p in pages)), site["id"]
        assert any(re.search(r'<a [^>]*title="[^"]*">[^<]*…</a>', p) for p in pages) == ("truncated" in quirks)
        assert all('<div class="condividi">' in p for p in pages) == ("share" in quirks), site["id"]
        assert all("example-municipium.it/login?return=" in p for p in pages) == ("spidbar" in quirks), site["id"]
        assert any('<table class="documenti">' in p for p in pages) == ("table" in quirks), site["id"]
        assert all(MEGAFOOTER.search(p) for p in pages) == ("megafooter" in quirks), site["id"]
        placed = {canonical(p["url"]) for p in site["facts"] + site["decoys"] + site["must_not_reach"]}
        menus = [m.group(0) for p in pages[:3] for pattern in (MEGAMENU, MEGAFOOTER) for m in pattern.finditer(p)]
        for menu in menus:  # neither menu moves a fact closer
            assert not placed & {canonical(html.unescape(h)) for h in HREF.findall(menu)}, site["id"]


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_bare_hosts_downloads_and_the_unseeded_sites_link() -> None:
    ids = ["t3-montello", "t3-zandobbio", "jp-quingentole", "plone-destra-secchia"]
    with SimWeb24(ids) as web:
        montello, zandobbio, quingentole, unione = (web.sites[i] for i in ids)
        seeds = web.start_urls()
        assert len(seeds) == 3 and unione.base_url + "/" not in seeds
        status, headers, _ = fetch(web.bare_urls["t3-montello"] + "/")
        assert status == 301 and headers["Location"] == montello.base_url + "/"
        for script, stored in zandobbio.entry["downloads"].items():
            status, headers, body = fetch(zandobbio.base_url + script)
            assert status == 200 and body.startswith(b"%PDF")
            assert stored.rsplit("/", 1)[-1] in headers["Content-Disposition"]
        social = fetch(quingentole.base_url + unione.entry["linked_from"]["url"])[2].decode()
        assert f'href="{unione.base_url}/"' in social


def test_the_scorer_names_this_web(tmp_path: Path) -> None:
    from tests.simweb24.score import main

    with pytest.raises(SystemExit):
        main(["--help"])

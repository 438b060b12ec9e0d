"""The fourteenth simulated web (tests/simweb14/): the manifest says what the files are, every fact page holds
its facts at the depth and by the route the manifest states once links are followed as a browser follows them
(the seventh web's check, after a browser's script has opened this web's accordions, submitted its "Scarica"
forms and dropped its `#page=N` fragments), robots.txt forbids exactly the must-not-reach pages, its ambiti and
sites are not the thirteen earlier webs', the pages carry the quirks the manifest names, and the server answers
as the sixth web's does. The scorer runs end to end on three sites (slow). No recall threshold is asserted."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_simweb6 import EARLIER_WEBS, check_generator, check_no_shared_ambito_or_site, check_web_shape, fetch
from test_simweb7 import check_site_as_followed, check_unseeded_sites_linked

from tests.simweb.server import load_manifest
from tests.simweb14.build import MANIFEST as MANIFEST_PATH
from tests.simweb14.build import build_web
from tests.simweb14.families import FAMILIES
from tests.simweb14.server import SimWeb14
from tests.simweb14.writer import QUIRKS, is_html

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
SCORED_SITES = ["t3-caino", "isw-dorno", "di-coccaglio"]  # in the manifest's order; t3-caino: a bare-host seed
OTHER_WEBS = [load_manifest(Path(__file__).parent / f"simweb{n}" / "manifest.json") for n in range(6, 14)]
ACCORDION = re.compile(r'<a href="#" class="voce" data-target="([^"]*)">')
SCARICA = re.compile(r'<form class="scarica" method="get" action="([^"]*)">')
PAGE_FRAGMENT = re.compile(r'#page=\d+"')


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def as_scripted(pages: dict[str, bytes]) -> dict[str, bytes]:
    """The pages as a browser running their scripts follows them: accordion targets, form actions, no fragments."""

    def opened(page: str) -> str:
        page = ACCORDION.sub(r'<a href="\1">', page)
        page = SCARICA.sub(r'<a href="\1">Scarica</a><form>', page)
        return PAGE_FRAGMENT.sub('"', page)

    return {u: opened(b.decode()).encode() if is_html(u) else b for u, b in pages.items()}


def test_the_web_has_thirty_sites_of_every_family_route_depth_quirk_and_trap() -> None:
    check_web_shape(MANIFEST, FAMILIES, QUIRKS, unseeded=3)


def test_the_fourteenth_web_shares_no_ambito_and_no_site_with_the_earlier_ones() -> None:
    check_no_shared_ambito_or_site(MANIFEST, [*EARLIER_WEBS, *OTHER_WEBS])


def test_the_generator_still_writes_the_frozen_web(
    generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]],
) -> None:
    check_generator(generated, MANIFEST)


@pytest.mark.parametrize("site_id", sorted(SITES))
def test_every_fact_page_is_where_the_manifest_says_and_robots_forbid_the_rest(
    site_id: str, files: dict[str, dict[str, bytes]]
) -> None:
    check_site_as_followed(SITES[site_id], as_scripted(files[site_id]), is_html)


def test_each_unseeded_ambito_site_is_linked_from_a_page_its_comune_reaches(files: dict[str, dict[str, bytes]]) -> None:
    check_unseeded_sites_linked(MANIFEST, {i: as_scripted(pages) for i, pages in files.items()})


def test_pages_carry_this_webs_quirks(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        pages = {u: b.decode() for u, b in files[site["id"]].items() if is_html(u)}
        quirks = set(site["quirks"])
        assert any(ACCORDION.search(p) for p in pages.values()) == ("accordion" in quirks), site["id"]
        assert any(SCARICA.search(p) for p in pages.values()) == ("scarica" in quirks), site["id"]
        assert any(PAGE_FRAGMENT.search(p) for p in pages.values()) == ("pagefrag" in quirks), site["id"]
        assert ('<div id="app"' in pages["/"] and "<noscript>" in pages["/"]) == ("spa" in quirks), site["id"]
        pdf_facts = [f["url"] for f in site["facts"] if f["format"] == "pdf" and f["reach"] != "sitemap"]
        if {"scarica", "pagefrag"} & quirks and pdf_facts:  # no plain link to a PDF is left
            assert not any(f'href="{u}"' in p for u in pdf_facts for p in pages.values()), site["id"]
    assert sum(bool(set(s["quirks"]) & {"accordion", "scarica", "pagefrag", "spa"}) for s in MANIFEST["sites"]) >= 15


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_bare_hosts_moved_pages_downloads_and_soft_404s() -> None:
    ids = ["t3-caino", "isw-piateda", "wpi-villimpenta", "jp-verretto", "plone-oltrepo"]
    with SimWeb14(ids) as web:
        caino, piateda, villimpenta, verretto, unione = (web.sites[i] for i in ids)
        seeds = web.start_urls()
        assert len(seeds) == 4 and unione.base_url + "/" not in seeds
        status, headers, _ = fetch(web.bare_urls["t3-caino"] + "/")
        assert status == 301 and headers["Location"] == caino.base_url + "/"
        for old, new in verretto.entry["moved"].items():
            status, headers, _ = fetch(verretto.base_url + old)
            assert status == new["status"] and headers["Location"] == verretto.base_url + new["to"]
        for script in villimpenta.entry["downloads"]:
            status, headers, body = fetch(villimpenta.base_url + script)
            assert status == 200 and headers["Content-Type"] == "application/octet-stream" and body.startswith(b"%PDF")
        status, _, body = fetch(piateda.base_url + "/nessuna-pagina.html")
        assert status == 200 and b"Pagina non trovata" in body
        social = fetch(verretto.base_url + unione.entry["linked_from"]["url"])[2].decode()
        assert f'href="{unione.base_url}/">Servizi sociali dell&#x27;Unione<' in social


@pytest.mark.slow  # crawls three sites (Scrapy in a child process), as its twins in test_simweb*.py
def test_the_scorer_crawls_three_sites_and_counts_from_the_server_log(tmp_path: Path) -> None:
    from test_simweb import check_scored_sites

    from tests.simweb14.score import main

    check_scored_sites(main, SITES, SCORED_SITES, tmp_path)

"""The twenty-first simulated web (tests/simweb21/): the manifest says what the files are, every fact page holds
its facts at the depth and by the route the manifest states once links are resolved as a browser resolves them
(the seventh web's check, `check_site_as_followed`), robots.txt forbids exactly the must-not-reach pages, its
ambiti and sites are none of the twenty earlier webs', half of the fact sites serve plainly and each of the others
carries one habit (its pages show it: this web's teasers, cards and banner, the earlier webs' as test_simweb7
checks them), a third keep a fact behind generic words, and the server answers as the sixth web's does. The
scorer runs end to end on three sites (slow). No recall threshold is asserted: the scorer's figures are
measurements of the crawler."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_simweb import check_scored_sites
from test_simweb6 import HREF, check_generator, check_no_shared_ambito_or_site, check_web_shape, fetch
from test_simweb7 import MEGAFOOTER, check_site_as_followed, check_unseeded_sites_linked

from tests.simweb.server import load_manifest
from tests.simweb21.build import LINKED_ONLY_FROM, build_web
from tests.simweb21.build import MANIFEST as MANIFEST_PATH
from tests.simweb21.families import FAMILIES
from tests.simweb21.server import SimWeb21
from tests.simweb21.writer import QUIRKS, is_html

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
EARLIER_MANIFESTS = [Path(__file__).parent / f"simweb{n}" / "manifest.json" for n in ("", *range(2, 21))]
SCORED_SITES = ["t3-suisio", "wpc-pontida", "di-azzano"]  # in the manifest's order: teasers, cards, a banner
GENERIC_WORDS = {"Vivere il comune", "Aree tematiche", "Argomenti", "Sociale e welfare"}
TEASER = re.compile(r'<a class="anteprima__link" href="[^"]*">(Leggi di più|Scarica il documento)</a>')
BANNER = re.compile(r'<a href="__SITE_[^"]*__/" class="banner"><img [^>]*alt=""[^>]*></a>')


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def test_the_web_has_thirty_sites_of_every_family_route_depth_quirk_and_trap() -> None:
    check_web_shape(MANIFEST, FAMILIES, QUIRKS, unseeded=len(LINKED_ONLY_FROM))


def test_the_twenty_first_web_shares_no_ambito_and_no_site_with_the_twenty_earlier_ones() -> None:
    assert all(p.exists() for p in EARLIER_MANIFESTS)
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


def test_half_the_fact_sites_serve_plainly_and_a_third_keep_a_fact_behind_generic_words() -> None:
    fact_sites = [s for s in MANIFEST["sites"] if not s["decoy_site"]]
    plain = [s for s in fact_sites if not s["quirks"]]
    assert abs(len(plain) - len(fact_sites) / 2) <= 2
    assert all(len(s["quirks"]) <= 1 for s in MANIFEST["sites"])
    generic = [s for s in fact_sites if any(GENERIC_WORDS & set(f.get("trail", ())) for f in s["facts"])]
    assert len(generic) >= len(fact_sites) // 3
    assert {f["depth"] for s in generic for f in s["facts"] if GENERIC_WORDS & set(f.get("trail", ()))} == {3, 4}


def test_pages_carry_their_quirks(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        pages = [b.decode() for u, b in files[site["id"]].items() if is_html(u)]
        quirks = set(site["quirks"])
        assert any(TEASER.search(p) for p in pages) == ("teaser" in quirks), site["id"]
        assert not ("teaser" in quirks and any('<ul class="elenco">' in p for p in pages)), site["id"]
        assert any('<div class="card card-teaser">' in p for p in pages) == ("cards" in quirks), site["id"]
        assert any(BANNER.search(p) for p in pages) == ("banner" in quirks), site["id"]
        assert all(MEGAFOOTER.search(p) for p in pages) == ("megafooter" in quirks), site["id"]
        assert all(len(HREF.findall(p)) > 100 for p in pages) == bool({"megamenu", "megafooter"} & quirks)
        assert any('<table class="documenti">' in p for p in pages) == ("table" in quirks), site["id"]
        assert any('<button type="button" data-filter=' in p for p in pages) == ("buttons" in quirks), site["id"]
        assert any('onclick="window.location' in p for p in pages) == ("onclick" in quirks), site["id"]
        assert any('href="../' in p for p in pages) == ("relative" in quirks), site["id"]
        assert all("<base href=" in p for p in pages) == ("base" in quirks), site["id"]


def test_a_teaser_names_its_page_only_in_a_heading(files: dict[str, dict[str, bytes]]) -> None:
    site = SITES["t3-suisio"]
    accordo = next(f for f in site["facts"] if f["kind"] == "accordo")
    page = files["t3-suisio"][
        next(u for u, b in files["t3-suisio"].items() if accordo["url"] in b.decode(errors="ignore"))
    ]
    text = page.decode()
    assert f'href="{accordo["url"]}">Scarica il documento</a>' in text
    assert f">{accordo['trail'][-1]}</h3>" in text and f">{accordo['trail'][-1]}</a>" not in text


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_downloads_moved_pages_soft_404s_and_bare_hosts() -> None:
    ids = ["t3-cesana", "diwp-torre-isola", "decoy-atc-lomellina", "decoy-bim-intelvi", "di-azzano", "asc-oglio-mella"]
    with SimWeb21(ids) as web:
        cesana, torre, atc, bim, azzano, asc = (web.sites[i] for i in ids)
        seeds = web.start_urls()
        assert len(seeds) == 5 and asc.base_url + "/" not in seeds and cesana.base_url + "/" in seeds
        status, headers, _ = fetch(web.bare_urls["decoy-bim-intelvi"] + "/")
        assert status == 301 and headers["Location"] == bim.base_url + "/"
        for old, new in torre.entry["moved"].items():
            status, headers, _ = fetch(torre.base_url + old)
            assert status == new["status"] and headers["Location"] == torre.base_url + new["to"]
        for script, stored in cesana.entry["downloads"].items():
            status, headers, body = fetch(cesana.base_url + script)
            assert status == 200 and headers["Content-Type"] == "application/octet-stream"
            assert body.startswith(b"%PDF") and stored.rsplit("/", 1)[-1] in headers["Content-Disposition"]
        status, _, body = fetch(atc.base_url + "/nessuna-pagina.html")
        assert status == 200 and b"Pagina non trovata" in body
        assert fetch(cesana.base_url + "/nessuna-pagina/")[0] == 404
        social = fetch(azzano.base_url + asc.entry["linked_from"]["url"])[2].decode()
        assert f'<a href="{asc.base_url}/" class="banner"><img' in social
        assert "Oglio-Mella" not in social.split(asc.base_url, 1)[1].split("</a>", 1)[0]


@pytest.mark.slow  # crawls three sites (Scrapy in a child process), as its twins in test_simweb*.py
def test_the_scorer_crawls_three_sites_and_counts_from_the_server_log(tmp_path: Path) -> None:
    from tests.simweb21.score import main

    check_scored_sites(main, SITES, SCORED_SITES, tmp_path)

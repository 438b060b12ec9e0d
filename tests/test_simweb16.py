"""The sixteenth simulated web (tests/simweb16/): the manifest says what the files are, every fact page
holds its facts at the depth and by the route the manifest states once links are followed as a browser
follows them (`<embed src>` included, `../` links resolved against the sub-folder `<base href>`), robots.txt
forbids exactly the must-not-reach pages, its ambiti and sites are none of the fifteen earlier webs', half
of the fact sites serve plainly and the others carry this web's quirks, and the server answers as the
sixth web's does. The scorer runs end to end on three sites (slow). No recall threshold is asserted: the
scorer's figures are measurements of the crawler."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from test_simweb import check_scored_sites
from test_simweb6 import EARLIER_WEBS, HREF, check_generator, check_no_shared_ambito_or_site, check_web_shape, fetch
from test_simweb7 import check_site_as_followed, check_unseeded_sites_linked

from tests.simweb.server import load_manifest
from tests.simweb16.build import MANIFEST as MANIFEST_PATH
from tests.simweb16.build import build_web
from tests.simweb16.families import FAMILIES
from tests.simweb16.quirks import BASE_FOLDER
from tests.simweb16.server import SimWeb16
from tests.simweb16.writer import NEW_QUIRKS, is_html

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
LATER_WEBS = [load_manifest(Path(__file__).parent / f"simweb{n}" / "manifest.json") for n in range(6, 16)]
SERVING = ("www", "moved", "soft404", "download")  # the earlier webs' habits of ordinary sites, used here
SCORED_SITES = ["t3-bolgare", "isw-solza", "wpi-gazoldo"]  # in the manifest's order; t3-bolgare: a bare-host seed
BASE_TAG = re.compile(r'<base href="[^"]*">')
EMBED = re.compile(r'<embed src="([^"]*)"')
LIST = re.compile(r'<ul class="elenco">.*?</ul>', re.S)


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def as_a_browser_reads(entry: dict[str, Any], pages: dict[str, bytes]) -> dict[str, bytes]:
    """The pages with this web's quirks undone as a browser undoes them: an embedded PDF is a link to it,
    a `../` link under the sub-folder base is the root-relative address it resolves to."""
    base = f"http://site/{BASE_FOLDER}/"

    def resolved(match: re.Match[str]) -> str:
        href = match.group(1)
        if href.startswith("__SITE_"):
            return match.group(0)
        parts = urlsplit(urljoin(base, href))
        return f'href="{parts.path}{"?" + parts.query if parts.query else ""}"'

    seen = {}
    for url, body in pages.items():
        if is_html(url):
            page = EMBED.sub(r'<embed href="\1"', body.decode("utf-8"))
            if "basefolder" in entry["quirks"]:
                page = HREF.sub(resolved, BASE_TAG.sub("", page, count=1))
            body = page.encode("utf-8")
        seen[url] = body
    return seen


def test_the_web_has_thirty_sites_of_every_family_route_depth_and_trap() -> None:
    check_web_shape(MANIFEST, FAMILIES, (*SERVING, *NEW_QUIRKS), unseeded=3)


def test_half_the_fact_sites_serve_plainly_and_the_others_carry_one_or_two_new_habits() -> None:
    fact_sites = [s for s in MANIFEST["sites"] if not s["decoy_site"]]
    new = [set(s["quirks"]) & set(NEW_QUIRKS) for s in fact_sites]
    assert sum(not q for q in new) >= 12 and sum(bool(q) for q in new) >= 12
    assert all(len(q) <= 2 for q in new)
    assert all(sum(q in s for s in new) >= 4 for q in NEW_QUIRKS)


def test_the_sixteenth_web_shares_no_ambito_and_no_site_with_the_earlier_ones() -> None:
    check_no_shared_ambito_or_site(MANIFEST, [*EARLIER_WEBS, *LATER_WEBS])


def test_the_generator_still_writes_the_frozen_web(
    generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]],
) -> None:
    check_generator(generated, MANIFEST)


@pytest.mark.parametrize("site_id", sorted(SITES))
def test_every_fact_page_is_where_the_manifest_says_and_robots_forbid_the_rest(
    site_id: str, files: dict[str, dict[str, bytes]]
) -> None:
    entry = SITES[site_id]
    check_site_as_followed(entry, as_a_browser_reads(entry, files[site_id]), is_html)


def test_each_unseeded_ambito_site_is_linked_from_a_page_its_comune_reaches(files: dict[str, dict[str, bytes]]) -> None:
    check_unseeded_sites_linked(MANIFEST, files)


def test_pages_carry_this_webs_quirks(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        pages = [b.decode() for u, b in files[site["id"]].items() if is_html(u)]
        quirks = set(site["quirks"])
        lists = [m for p in pages for m in LIST.findall(p)]
        assert any("<template id=" in p for p in pages) == ("template" in quirks), site["id"]
        if "template" in quirks:  # every list only inside a template
            assert all(p.count('<ul class="elenco">') == p.count("<template id=") for p in pages), site["id"]
        assert any('">clicca qui</a>' in m for m in lists) == ("clickhere" in quirks), site["id"]
        if "clickhere" in quirks:
            assert not any('<li><a href="' in m for m in lists), site["id"]
        assert all(f'/{BASE_FOLDER}/">' in p and 'href="/' not in p for p in pages) == ("basefolder" in quirks)
        assert any("<embed src=" in p for p in pages) == ("embed" in quirks), site["id"]
        if "embed" in quirks:
            assert not any(re.search(r'<a href="[^"]*\.pdf"', p) for p in pages), site["id"]


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_the_base_folder_embedded_pdfs_and_bare_hosts() -> None:
    ids = ["t3-bolgare", "isw-solza", "diwp-giussago", "jp-passirano", "plone-passirano-sociale"]
    with SimWeb16(ids) as web:
        bolgare, solza, giussago, passirano, sociale = (web.sites[i] for i in ids)
        seeds = web.start_urls()
        assert len(seeds) == 4 and sociale.base_url + "/" not in seeds
        status, headers, _ = fetch(web.bare_urls["t3-bolgare"] + "/")
        assert status == 301 and headers["Location"] == bolgare.base_url + "/"
        home = fetch(solza.base_url + "/")[2].decode()
        assert f'<base href="{solza.base_url}/{BASE_FOLDER}/">' in home and 'href="../' in home
        pdf = next(f["url"] for f in giussago.entry["facts"] if f["format"] == "pdf")
        status, headers, body = fetch(giussago.base_url + pdf)
        assert status == 200 and body.startswith(b"%PDF")
        social = fetch(passirano.base_url + sociale.entry["linked_from"]["url"])[2].decode()
        assert f'href="{sociale.base_url}/">Sportello sociale online<' in social


@pytest.mark.slow  # crawls three sites (Scrapy in a child process), as its twins in test_simweb*.py
def test_the_scorer_crawls_three_sites_and_counts_from_the_server_log(tmp_path: Path) -> None:
    from tests.simweb16.score import main

    check_scored_sites(main, SITES, SCORED_SITES, tmp_path)

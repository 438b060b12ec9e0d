"""The ninth simulated web (tests/simweb9/): the manifest says what the files are; every fact page holds its
facts at the depth and by the route the manifest states once links are followed as a browser follows them
(`<a>`, `<area>`, `<link rel="next">`, a `<select onchange>` menu's options, a GET form's action with its
default values, a PDF's link annotations, a site's absolute address of itself); robots.txt forbids exactly
the must-not-reach pages; its ambiti and sites are not the earlier webs'; the pages carry the structures the
README lists; and the server answers PDFs' links and the endless blog. The scorer runs end to
end on three sites (slow). No recall threshold is asserted: the scorer's figures are measurements."""

from __future__ import annotations

import re
from collections import deque
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit

import pytest
from lxml import html as lxml_html
from test_simweb import check_robots, check_scored_sites, sitemap_urls, text_of
from test_simweb6 import EARLIER_WEBS, check_generator, check_no_shared_ambito_or_site, fetch

from tests.simweb.server import canonical, load_manifest
from tests.simweb4.writer import site_base
from tests.simweb6.build import MANIFEST as SIXTH_WEB_MANIFEST
from tests.simweb7.build import MANIFEST as SEVENTH_WEB_MANIFEST
from tests.simweb9.build import MANIFEST as MANIFEST_PATH
from tests.simweb9.build import build_web
from tests.simweb9.pages import PDF_BASE
from tests.simweb9.server import SimWeb9

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
SCORED_SITES = ["jn-rivolta", "plone-sannazzaro", "hz-lonato"]  # in the manifest's order
PDF_URI = re.compile(rb"/URI \((.*?)\)")
FAMILIES = {"joomla", "typo3", "plone", "halley", "isweb", "maggioli", "plain"}
LINKS = "//a/@href | //area/@href | //link[@rel='next']/@href | //select[@onchange]/option[@value!='']/@value"


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def followed(site_id: str, url: str, body: bytes) -> list[str]:
    """Every address a visitor can go to from one page, root-relative and canonical (other sites left out)."""
    if url.endswith(".pdf"):
        hrefs = [u.decode().removeprefix(PDF_BASE) for u in PDF_URI.findall(body)]
    elif url.endswith((".xml", ".txt")):
        return []
    else:
        doc = lxml_html.fromstring(body)
        hrefs = [str(h) for h in doc.xpath(LINKS)]
        for form in doc.xpath("//form[@method='get']"):
            fields = [(i.get("name"), i.get("value")) for i in form.xpath(".//input[@type='hidden']")]
            fields += [(s.get("name"), s.xpath("option[@selected]/@value")[0]) for s in form.xpath(".//select")]
            if fields:
                hrefs.append(f"{form.get('action')}?{urlencode(fields)}")
    own = site_base(site_id)
    found = []
    for href in hrefs:
        href = href.replace(own, "", 1) if href.startswith(own) else href
        if href.startswith(("__SITE_", "mailto:")):
            continue
        parts = urlsplit(urljoin("http://site" + url, href))
        found.append(canonical(parts.path + ("?" + parts.query if parts.query else "")))
    return found


def depths(site_id: str, pages: dict[str, bytes]) -> dict[str, int]:
    """Clicks from the home page to every page, following links as `followed` does."""
    known = {canonical(u): u for u in pages}
    found, queue = {"/": 0}, deque(["/"])
    while queue:
        url = queue.popleft()
        for target in followed(site_id, url, pages[url]):
            page = known.get(target)
            if page is not None and page not in found:
                found[page] = found[url] + 1
                queue.append(page)
    return found


def test_the_web_has_thirty_sites_of_every_family_route_depth_and_trap() -> None:
    sites = MANIFEST["sites"]
    assert len(sites) >= 30 and len(SITES) == len(sites)
    assert {s["family"] for s in sites} == FAMILIES
    assert sum(not s["decoy_site"] for s in sites) >= 24 and sum(s["decoy_site"] for s in sites) >= 5
    facts = [f for s in sites for f in s["facts"]]
    assert len(facts) >= 55
    assert {f["reach"] for f in facts} == {"links", "sitemap", "search", "pagination"}
    assert {f["depth"] for f in facts if f["reach"] in ("links", "pagination")} == {1, 2, 3, 4}
    assert sum(bool(s["must_not_reach"]) for s in sites) >= 3
    assert sum("linked_from" in s for s in sites) == 3
    assert {t["kind"] for s in sites for t in s["traps"]} == {"calendar", "variant", "search-links", "start"}


def test_the_ninth_web_shares_no_ambito_and_no_site_with_the_earlier_ones() -> None:
    earlier = [*EARLIER_WEBS, load_manifest(SIXTH_WEB_MANIFEST), load_manifest(SEVENTH_WEB_MANIFEST)]
    check_no_shared_ambito_or_site(MANIFEST, earlier)


def test_the_generator_still_writes_the_frozen_web(
    generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]],
) -> None:
    check_generator(generated, MANIFEST)


@pytest.mark.parametrize("site_id", sorted(SITES))
def test_every_fact_page_is_where_the_manifest_says_and_robots_forbid_the_rest(
    site_id: str, files: dict[str, dict[str, bytes]]
) -> None:
    site, pages = SITES[site_id], files[site_id]
    clicks = depths(site_id, pages)
    in_sitemap = sitemap_urls(site, pages)
    for fact in site["facts"] + site["must_not_reach"]:
        url, reach = fact["url"], fact["reach"]
        text = text_of(pages[url], url)
        for proof in fact["contains"]:
            assert " ".join(proof.casefold().split()) in text, f"{url} lacks {proof!r}"
        assert clicks.get(url) == fact["depth"], url  # None: not linked (sitemap or search only)
        listed = reach in ("sitemap", "robots") or (reach in ("links", "pagination") and fact["format"] == "html")
        assert (url in in_sitemap) == (bool(site["sitemap"]) and listed), url
        assert (url in site["search_only"]) == (reach == "search"), url
    for decoy in site["decoys"]:
        assert decoy["url"] in clicks, decoy["url"]
    check_robots(site, pages)


def test_each_unseeded_ambito_site_is_linked_from_one_comune_page(files: dict[str, dict[str, bytes]]) -> None:
    for site in (s for s in MANIFEST["sites"] if "linked_from" in s):
        where = site["linked_from"]
        assert depths(where["site"], files[where["site"]]).get(where["url"]) == where["depth"] - 1, site["id"]
        assert f'href="{site_base(site["id"])}/"' in files[where["site"]][where["url"]].decode(), site["id"]
        others = [s for s in MANIFEST["sites"] if s["id"] not in (site["id"], where["site"])]
        assert not any(site_base(site["id"]).encode() in b for s in others for b in files[s["id"]].values())


def test_pages_carry_the_structures_of_real_sites(files: dict[str, dict[str, bytes]]) -> None:
    """Each structure the README lists is on at least two sites (a link to a fact through it on one or more)."""
    marks = {
        "select": b'<select id="vai" name="vai" onchange=',
        "image map": b"<area shape=",
        "rel next": b'<link rel="next"',
        "form": b'<form method="get" action="',
        "own absolute": b'href="__SITE_',
        "hreflang": b'hreflang="de"',
        "Itemid alias": b"Itemid=90",
        "Plone folder": b"Contenuti della cartella",
        "PDF annotation": b"/URI (http://127.0.0.1:00000/",
    }
    for name, mark in marks.items():
        holders = [s for s in SITES if any(mark in body for body in files[s].values())]
        assert len(holders) >= 2, name
    trails = [f["trail"] for s in MANIFEST["sites"] for f in s["facts"]]
    assert sum("Ambito distrettuale" in t for t in trails) >= 4
    assert any("/@@download/file/" in f["url"] for s in MANIFEST["sites"] for f in s["facts"])


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_plone_files_pdf_links_and_the_endless_blog() -> None:
    ids = ["jn-rivolta", "jn-pandino", "plone-sannazzaro", "plone-siziano", "isw-landriano"]
    with SimWeb9(ids) as web:
        rivolta, pandino, sannazzaro, siziano, landriano = (web.sites[i] for i in ids)
        seeds = web.start_urls()
        assert len(seeds) == 4 and siziano.base_url + "/" not in seeds and landriano.base_url + "/" in seeds
        trap = rivolta.entry["traps"][0]
        assert trap["kind"] == "start"
        past = f"{trap['prefix']}&start={trap['last'] + 10}"
        status, _, body = fetch(rivolta.base_url + past)
        assert status == 200 and f"start={trap['last'] + 20}" in body.decode()
        assert rivolta.is_trap(past, repeat=False) and not rivolta.is_trap(trap["prefix"], repeat=False)
        plone_pdf = next(f["url"] for f in sannazzaro.entry["facts"] if f["format"] == "pdf")
        status, headers, body = fetch(sannazzaro.base_url + plone_pdf)
        assert status == 200 and headers["Content-Type"] == "application/pdf" and body.startswith(b"%PDF")
        index = next(u for u, b in pandino.files.items() if PDF_BASE.encode() in b)
        body = fetch(pandino.base_url + index)[2]
        assert f"/URI ({pandino.base_url}/".encode() in body and PDF_BASE.encode() not in body
        social = fetch(landriano.base_url + siziano.entry["linked_from"]["url"])[2].decode()
        assert f'href="{siziano.base_url}/">Azienda consortile - sito<' in social


@pytest.mark.slow  # crawls three sites (Scrapy in a child process), as its twins in test_simweb*.py
def test_the_scorer_crawls_three_sites_and_counts_from_the_server_log(tmp_path: Path) -> None:
    from tests.simweb9.score import main

    check_scored_sites(main, SITES, SCORED_SITES, tmp_path)

"""The simulated web itself (tests/simweb/): the manifest says what the files are, every fact page
holds its facts at the depth and by the route the manifest states, robots.txt and sitemaps are
well-formed, the server answers; and the scorer runs end to end on three sites. No recall
threshold is asserted anywhere: the scorer's figures are measurements of the crawler."""

from __future__ import annotations

import html
import io
import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.robotparser import RobotFileParser

import forked
import pytest
import simweb.score
from lxml import html as lxml_html
from pdfminer.high_level import extract_text
from simweb.build import build_web
from simweb.families import FAMILIES
from simweb.server import SimWeb, canonical, load_manifest

import tests.simweb.score

MANIFEST = load_manifest()
SITE_ENTRIES = {s["id"]: s for s in MANIFEST["sites"]}
HREF = re.compile(r'href="([^"]+)"')
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SCORED_SITES = ["di-parabiago", "wp-senago", "joomla-cormano"]


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def text_of(data: bytes, url: str) -> str:
    raw = extract_text(io.BytesIO(data)) if url.endswith(".pdf") else lxml_html.fromstring(data).text_content()
    return " ".join(raw.casefold().split())


def link_depths(pages: dict[str, bytes]) -> dict[str, int]:
    """Clicks from the home page to every URL reachable through the pages' links."""
    known = {canonical(u): u for u in pages}
    targets: dict[str, str | None] = {}  # menus and footers repeat a link on every page: each looked up once
    depths = {"/": 0}
    queue = deque(["/"])
    while queue:
        url = queue.popleft()
        if url.endswith((".pdf", ".xml", ".txt")):
            continue
        for href in HREF.findall(pages[url].decode("utf-8")):
            if href not in targets:
                targets[href] = known.get(canonical(html.unescape(href)))
            target = targets[href]
            if target is not None and target not in depths:
                depths[target] = depths[url] + 1
                queue.append(target)
    return depths


def sitemap_urls(site: dict[str, Any], pages: dict[str, bytes]) -> set[str]:
    """Every <loc> of the site's sitemap (following a sitemap index), as root-relative URLs."""
    if not site["sitemap"]:
        return set()
    found: set[str] = set()
    pending = [site["sitemap"]]
    while pending:
        root = ET.fromstring(pages[pending.pop()])
        locs = [loc.text or "" for loc in root.iter(f"{SITEMAP_NS}loc")]
        relative = [loc.removeprefix(MANIFEST["base_url_placeholder"]) for loc in locs]
        if root.tag == f"{SITEMAP_NS}sitemapindex":
            pending.extend(relative)
        else:
            found.update(relative)
    return found


def test_the_web_has_thirty_sites_of_every_family_and_every_route() -> None:
    sites = MANIFEST["sites"]
    assert len(sites) >= 30
    assert len(SITE_ENTRIES) == len(sites)
    assert {s["family"] for s in sites} == set(FAMILIES)
    facts = [f for s in sites for f in s["facts"]]
    assert {f["reach"] for f in facts} == {"links", "sitemap", "search", "pagination"}
    assert {f["depth"] for f in facts if f["reach"] == "links"} == {1, 2, 3, 4}
    assert any(s["must_not_reach"] for s in sites)
    assert sum(s["decoy_site"] for s in sites) >= 4
    assert {t["kind"] for s in sites for t in s["traps"]} == {"calendar", "session-id"}


def test_the_generator_still_writes_the_frozen_web(
    generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]],
) -> None:
    """Same pages (digest: every URL, every body but the PDFs' bytes), same facts, decoys and traps."""
    files, manifest = generated
    for site in manifest["sites"]:
        assert site == SITE_ENTRIES[site["id"]], site["id"]
        assert site["pages"] == len(files[site["id"]])
        placed = site["facts"] + site["must_not_reach"] + site["decoys"]
        assert all(p["url"] in files[site["id"]] for p in placed)
    assert len(manifest["sites"]) == len(SITE_ENTRIES)


def check_fact_pages(site: dict[str, Any], pages: dict[str, bytes]) -> None:
    """Every fact page of a site holds its facts, at the depth and by the route its manifest entry says."""
    depths = link_depths(pages)
    in_sitemap = sitemap_urls(site, pages)
    for fact in site["facts"] + site["must_not_reach"]:
        text = text_of(pages[fact["url"]], fact["url"])
        for proof in fact["contains"]:
            assert " ".join(proof.casefold().split()) in text, f"{fact['url']} lacks {proof!r}"
        reach, url = fact["reach"], fact["url"]
        if reach in ("links", "pagination", "robots"):
            assert depths.get(url) == fact["depth"], url
        else:
            assert url not in depths, f"{url} is linked, but its reach is {reach}"
        # a CMS sitemap lists every linked HTML page; a PDF only when it is the sitemap's own route
        listed = reach in ("sitemap", "robots") or (reach in ("links", "pagination") and fact["format"] == "html")
        assert (url in in_sitemap) == (bool(site["sitemap"]) and listed), url
    for decoy in site["decoys"]:
        assert decoy["url"] in depths, decoy["url"]


def check_robots(site: dict[str, Any], pages: dict[str, bytes]) -> None:
    """robots.txt forbids exactly the must-not-reach pages and names the site's sitemap."""
    robots = RobotFileParser()
    robots.parse(pages["/robots.txt"].decode("utf-8").splitlines())
    base = "http://127.0.0.1:8000"
    for page in site["must_not_reach"]:
        assert not robots.can_fetch("ambiti", base + page["url"]), page["url"]
    for page in site["facts"] + site["decoys"]:
        assert robots.can_fetch("ambiti", base + page["url"]), page["url"]
    assert robots.site_maps() == ([MANIFEST["base_url_placeholder"] + site["sitemap"]] if site["sitemap"] else None)
    assert sitemap_urls(site, pages) <= set(pages)


@pytest.mark.parametrize("site_id", sorted(SITE_ENTRIES))
def test_every_fact_page_holds_its_facts_where_the_manifest_says(
    site_id: str, files: dict[str, dict[str, bytes]]
) -> None:
    check_fact_pages(SITE_ENTRIES[site_id], files[site_id])


@pytest.mark.parametrize("site_id", sorted(SITE_ENTRIES))
def test_robots_forbid_exactly_the_must_not_reach_pages(site_id: str, files: dict[str, dict[str, bytes]]) -> None:
    check_robots(SITE_ENTRIES[site_id], files[site_id])


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:  # noqa: S310 - 127.0.0.1 only
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, ""


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_files_search_traps_and_logs_every_request() -> None:
    with SimWeb(["di-rho", "wp-nerviano", "joomla-cormano"]) as web:
        rho, nerviano, cormano = (web.sites[i] for i in ("di-rho", "wp-nerviano", "joomla-cormano"))
        assert all(u.startswith("http://127.0.0.1:") for u in web.start_urls())
        assert len({u for u in web.start_urls()}) == 3
        status, robots = fetch(rho.base_url + "/robots.txt")
        assert status == 200 and f"Sitemap: {rho.base_url}/sitemap.xml" in robots
        status, sitemap = fetch(nerviano.base_url + "/wp-sitemap.xml")
        assert status == 200 and nerviano.base_url + "/wp-sitemap-posts-page-1.xml" in sitemap
        hidden = nerviano.entry["search_only"][0]
        status, results = fetch(nerviano.base_url + "/?s=ufficio+di+piano")
        assert status == 200 and f'href="{hidden}"' in results
        status, month = fetch(rho.base_url + "/eventi/calendario/?mese=2031-12")
        assert status == 200 and "mese=2032-01" in month
        first, second = fetch(cormano.base_url + "/")[1], fetch(cormano.base_url + "/")[1]
        ids = [set(re.findall(r"sid=(\w+)", page)) for page in (first, second)]
        assert len(ids[0]) == len(ids[1]) == 1 and ids[0] != ids[1]
        assert fetch(rho.base_url + "/nessuna-pagina/")[0] == 404
        assert [s for _, s in rho.log.requests] == [200, 200, 404]
        assert [t for t, _ in nerviano.log.requests] == ["/wp-sitemap.xml", "/?s=ufficio+di+piano"]


@pytest.mark.slow  # crawls three sites (Scrapy in a child process)
def test_the_scorer_crawls_three_sites_and_counts_from_the_server_log(tmp_path: Path) -> None:
    from simweb.score import main

    check_scored_sites(main, SITE_ENTRIES, SCORED_SITES, tmp_path)


def _run(command: list[str], **options: Any) -> subprocess.CompletedProcess[str]:
    """subprocess.run as the scorer calls it, but `python -m graph.cli ARGS` forked from tests/forked.py's
    server, as run_ambiti runs a crawl: the same arguments, environment, working directory and timeout,
    its output as text, without a fresh interpreter importing Scrapy first (~1.2 s of CPU a crawl, for
    each simulated web's scorer test). Any other command (git) runs as it was."""
    if command[:3] != [sys.executable, "-m", "graph.cli"]:
        return subprocess.run(command, **options)
    return forked.run_cli(command[3:], options["env"], options["cwd"], options["timeout"])


# what tests/simweb/score.py (frozen) finds as its `subprocess` module during check_scored_sites
SCORER_SUBPROCESS = SimpleNamespace(
    run=_run, TimeoutExpired=subprocess.TimeoutExpired, CalledProcessError=subprocess.CalledProcessError
)


def check_scored_sites(
    main: Callable[[list[str]], int], entries: dict[str, dict[str, Any]], site_ids: list[str], tmp_path: Path
) -> None:
    """The scorer's command on a few sites: its counts add up, and come from the server and the archive.
    Its crawl (`python -m graph.cli crawl`) is forked from the fork server (SCORER_SUBPROCESS)."""
    out = tmp_path / "score.json"
    with pytest.MonkeyPatch.context() as patch:
        for scorer in (simweb.score, tests.simweb.score):  # one file, imported under both names
            patch.setattr(scorer, "subprocess", SCORER_SUBPROCESS)
        assert main(["--sites", ",".join(site_ids), "--out", str(out), "--timeout", "120"]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [s["id"] for s in report["sites"]] == site_ids
    overall = report["overall"]
    assert overall["fact_pages_expected"] == sum(len(entries[i]["facts"]) for i in site_ids)
    assert overall["fact_pages_reached"] == sum(s["facts_reached"] for s in report["sites"])
    assert overall["requests_total"] == sum(s["requests"] for s in report["sites"]) > 0
    for site in report["sites"]:
        assert site["requests"] >= 2  # at least robots.txt and the home page, seen by the server
        reached = [f for f in site["facts"] if f["reached"]]
        assert all(f["ambiti_extracted"] for f in reached), site["id"]  # a reached fact page was archived

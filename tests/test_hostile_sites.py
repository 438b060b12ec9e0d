"""A crawl of hostile pages (tests/faultweb.py) with production settings: every URL it does not
archive is named with a reason, what can be archived is, and one slow site does not hold the crawl.

`--fast` only removes the politeness delays (a web of our own); retries, timeouts, size caps and
redirect limits are production's, on 127.0.0.1 as anywhere (loopback is not special).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from conftest import run_ambiti
from faultweb import CHAIN, DEEP_TARGET, FAULTS, FLAKY_FAILURES, MAXSIZE, FaultWeb, P

from crawler.archive import read_index
from crawler.datadir import DataDir

BUDGET = 120
ONLY_THE_FAULTS = ["Allow: /guasti/", "Disallow: /"]  # not the demo pages its sitemap lists
pytestmark = pytest.mark.slow  # every test crawls the fault web


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[FaultWeb, DataDir, str, str]:
    tmp = tmp_path_factory.mktemp("hostile")
    with FaultWeb() as web:
        web.faults.robots_extra = [f"Disallow: {FAULTS['robots']}"] + ONLY_THE_FAULTS
        web.faults.hub = [key for key in web.faults.hub if key != "many"]  # the budget has a test of its own
        seeds = tmp / "seeds.txt"
        seeds.write_text(web.hub() + "\n")
        done = run_ambiti("crawl", "--fast", "--seeds", str(seeds), "--data-dir", str(tmp / "d"), "-q")
        yield web, DataDir(tmp / "d"), done.stderr, web.url
    assert done.returncode == 0, done.stderr


def report(data: DataDir) -> dict:
    (crawl_id,) = data.crawl_ids()
    return json.loads((data.crawls / crawl_id / "report.json").read_text(encoding="utf-8"))


def test_every_dropped_url_is_named_with_its_reason(hostile) -> None:
    _, data, stderr, base = hostile
    found = report(data)
    by_url = {d["url"]: d for d in found["dropped"] if d["reason"] != "budget"}
    assert {u.removeprefix(base): d["reason"] for u, d in by_url.items() if "lunghissimo" not in u} == {
        FAULTS["huge"]: "size-cap",
        FAULTS["stream"]: "size-cap",
        FAULTS["bomb"]: "size-cap",
        FAULTS["loop"]: "redirect-loop",
        FAULTS["chain"]: "too-many-redirects",  # the URL the page linked to, not the 20th hop
        FAULTS["forbidden"]: "http-status",
        FAULTS["robots"]: "robots",
    }
    assert by_url[base + FAULTS["forbidden"]]["detail"] == "HTTP 403"
    assert str(MAXSIZE) in by_url[base + FAULTS["bomb"]]["detail"]
    assert "salto-20.html" in by_url[base + FAULTS["chain"]]["detail"]
    assert "giro-b.html" in by_url[base + FAULTS["loop"]]["detail"]
    (long_url,) = [d for d in found["dropped"] if "lunghissimo" in d["url"]]
    assert long_url["reason"] == "too-long" and len(long_url["url"]) > 8192
    assert found["summary"]["size-cap"] == 3 and "budget" not in found["summary"]
    assert "dropped URLs by reason:" in stderr and "3 size-cap" in stderr


def test_what_can_be_archived_is_and_builds(hostile) -> None:
    web, data, _, base = hostile
    (crawl_id,) = data.crawl_ids()
    snaps = {s.url.removeprefix(base): s for s in read_index(data.crawls / crawl_id)}
    assert snaps[FAULTS["flaky"]].status == 200  # retried on loopback too (it fails twice first)
    assert web.stats.paths[FAULTS["flaky"]] == FLAKY_FAILURES + 1
    assert snaps[DEEP_TARGET].status == 200  # linked after 3,000 unclosed <div>: lxml alone drops it
    assert snaps[FAULTS["gone"]].status == 410
    for key in ("charset", "binary", "pdf"):
        assert snaps[FAULTS[key]].status == 200
    assert f"{P}salto-{CHAIN}.html" not in snaps
    built = run_ambiti("build", "--data-dir", str(data.root), "-q")
    assert built.returncode == 0, built.stderr


def test_a_site_gets_no_more_than_its_page_budget(tmp_path: Path) -> None:
    with FaultWeb() as web:
        web.faults.many = 300  # 601 pages
        web.faults.robots_extra = ONLY_THE_FAULTS
        seeds = tmp_path / "seeds.txt"
        seeds.write_text(web.url + FAULTS["many"] + "\n")
        args = ("crawl", "--fast", "--seeds", str(seeds), "--data-dir", str(tmp_path / "d"), "-q")
        done = run_ambiti(*args, "--max-pages-per-site", str(BUDGET))
        site_key = web.hub().split("://", 1)[1]  # a site is a seed's host and directory
    assert done.returncode == 0, done.stderr
    data = DataDir(tmp_path / "d")
    (crawl_id,) = data.crawl_ids()
    assert len(read_index(data.crawls / crawl_id)) <= BUDGET
    site = report(data)["sites"][site_key]
    assert site["stopped"] == "budget spent" and site["requests"] <= BUDGET and site["dropped"]["budget"] > 0
    assert f"spent their request budget of {BUDGET}" in done.stderr


@pytest.mark.waits  # ~20 s of a hanging page's 15 s timeout and production's delays, little CPU (conftest.py)
def test_a_trickling_and_a_hanging_page_do_not_hold_their_site(tmp_path: Path) -> None:
    """Production settings, no --fast: two per site, delays, AutoThrottle, a 15 s timeout not retried."""
    with FaultWeb() as web:
        web.faults.hub = ["slow", "hang", "flaky", "charset", "pdf", "gone"]
        web.faults.robots_extra = ONLY_THE_FAULTS
        seeds = tmp_path / "seeds.txt"
        seeds.write_text(web.hub() + "\n")
        started = time.monotonic()
        done = run_ambiti("crawl", "--seeds", str(seeds), "--data-dir", str(tmp_path / "d"), "-q")
        seconds = time.monotonic() - started
        requests = dict(web.stats.paths)
    assert done.returncode == 0, done.stderr
    assert seconds < 45  # was ~90 s: 30 s x 3 tries for each
    data = DataDir(tmp_path / "d")
    found = {d["url"].rsplit("/", 1)[-1]: d for d in report(data)["dropped"]}
    for key in ("slow", "hang"):
        name = FAULTS[key].rsplit("/", 1)[-1]
        assert found[name]["reason"] == "unreachable" and "Timeout" in found[name]["detail"]
        assert requests[FAULTS[key]] == 1  # a timeout is not retried
    (crawl_id,) = data.crawl_ids()
    archived = {s.url.rsplit("/", 1)[-1] for s in read_index(data.crawls / crawl_id)}
    assert {FAULTS[k].rsplit("/", 1)[-1] for k in ("flaky", "charset", "pdf", "gone")} <= archived


@pytest.mark.waits  # production's retries, delayed (conftest.py)
def test_loopback_gets_production_retries_without_fast(tmp_path: Path) -> None:
    with FaultWeb() as web:
        web.faults.robots_extra = ONLY_THE_FAULTS
        seeds = tmp_path / "seeds.txt"
        seeds.write_text(web.url + FAULTS["flaky"] + "\n")
        done = run_ambiti("crawl", "--seeds", str(seeds), "--data-dir", str(tmp_path / "d"), "-q")
        assert done.returncode == 0, done.stderr
        assert web.stats.paths[FAULTS["flaky"]] == FLAKY_FAILURES + 1
    data = DataDir(tmp_path / "d")
    (snap,) = read_index(data.crawls / data.crawl_ids()[0])
    assert snap.status == 200

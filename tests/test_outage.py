"""One bad night must never rewrite history: outages between good crawls, against a real local web.

An unreachable site is not a site whose pages vanished: a failed recrawl is recorded `failed` and
left out of the graph; pages that could not be fetched keep their facts, flagged, with their
last-seen time unchanged; only a 404/410, or N unreachable crawls in a row, ends a fact.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import copy_data_dir, run_ambiti
from faultweb import Faults, FaultWeb

from crawler.archive import read_index
from crawler.datadir import DataDir
from graph.oxigraph_store import OxigraphStore

ARCISATE = "/ambito-arcisate/"
SITES = (ARCISATE, "/comune-azzate/", "/ambito-legnano/", "/ambito-bormio/")  # a third of the demo web: quicker
pytestmark = pytest.mark.slow  # every test crawls the fault web


def crawl(data: Path, seeds: Path, *extra: str) -> tuple[int, str]:
    done = run_ambiti("crawl", "--fast", "--seeds", str(seeds), "--data-dir", str(data), "-q", *extra)
    return done.returncode, done.stderr


def recrawl(data: Path, *extra: str) -> tuple[int, str]:
    done = run_ambiti("recrawl", "--fast", "--data-dir", str(data), "-q", *extra)
    return done.returncode, done.stderr


def build_and_ask(data: Path) -> tuple[list[bytes], str, str]:
    """(the dataset, a query's answer, the diff's answer) as a researcher sees them after `build`."""
    built = run_ambiti("build", "--data-dir", str(data), "-q")
    assert built.returncode == 0, built.stderr
    store = OxigraphStore(data / "store")
    dataset = sorted(store.dump_nquads().splitlines())
    store.close()
    query = run_ambiti("query", "capofila-per-ambito", "--data-dir", str(data), "--format", "csv")
    assert query.returncode == 0, query.stderr
    diff = run_ambiti("diff", "--data-dir", str(data), "--format", "json")
    assert diff.returncode == 0, diff.stderr
    return dataset, query.stdout, diff.stdout


def newest(data: Path) -> str:
    return DataDir(data).crawl_ids(status=None)[-1]


def only_the_sites() -> Faults:
    """No fault switched on; robots.txt lets the crawler into the four sites only (not its sitemap's others)."""
    return Faults(robots_extra=[f"Allow: {path}" for path in SITES] + ["Disallow: /"])


@pytest.fixture(scope="module")
def fault_web() -> Iterator[FaultWeb]:
    with FaultWeb() as web:
        yield web


@pytest.fixture(scope="module")
def first_crawl(fault_web: FaultWeb, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first crawl of the four sites, once for the module: every test started with the same one,
    and each now changes a copy of it (a crawl costs a child process and seconds)."""
    folder = tmp_path_factory.mktemp("outage-first-crawl")
    seeds = folder / "seeds.txt"
    seeds.write_text("".join(f"{fault_web.url}{path}\n" for path in SITES))
    fault_web.faults = only_the_sites()
    assert crawl(folder / "d", seeds)[0] == 0
    return folder / "d"


@pytest.fixture
def crawled(fault_web: FaultWeb, first_crawl: Path, tmp_path: Path) -> Iterator[tuple[FaultWeb, Path]]:
    """The web as the first crawl found it, and a copy of that crawl's data dir; the web is up again after."""
    fault_web.faults = only_the_sites()
    fault_web.stats.reset()
    try:
        yield fault_web, copy_data_dir(first_crawl, tmp_path / "d")
    finally:
        fault_web.up()


def test_an_outage_between_two_good_crawls_changes_nothing(crawled: tuple[FaultWeb, Path]) -> None:
    web, data = crawled
    assert recrawl(data)[0] == 0
    good = DataDir(data).latest_crawl()
    before = build_and_ask(data)
    assert before[1].count("\n") > 5  # capofila rows

    web.down()
    code, stderr = recrawl(data)
    assert code == 1 and "nothing could be fetched" in stderr
    record = DataDir(data).crawl_record(newest(data))
    assert record.status == "failed" and not record.consolidated and record.reached == 0
    assert DataDir(data).latest_crawl() == good
    assert build_and_ask(data) == before  # build, queries and diff exactly as without the outage

    web.up()
    web.stats.reset()
    assert recrawl(data)[0] == 0
    after = DataDir(data).crawl_record(newest(data))
    assert after.status == "complete" and after.previous == good  # incremental against the last good crawl
    assert web.stats.not_modified > 0.8 * (web.stats.requests - 2)  # robots.txt and sitemap aside: 304s


def test_unreachable_pages_keep_their_facts_flagged_until_the_limit(crawled: tuple[FaultWeb, Path]) -> None:
    web, data = crawled
    first = DataDir(data).latest_crawl() or ""
    first_snaps = {s.url: s for s in read_index(data / "crawls" / first)}
    web.faults.failing = {ARCISATE: 503}  # one site's pages answer 503 after every retry

    code, stderr = recrawl(data, "--unreachable-limit", "2", "--max-age", "0")  # every page asked, none trusted
    assert code == 0, stderr
    second = newest(data)
    record = DataDir(data).crawl_record(second)
    assert record.status == "partial" and record.consolidated and record.unreachable > 0
    carried = [s for s in read_index(data / "crawls" / second) if s.carried == "unreachable"]
    arcisate = sorted(u for u in first_snaps if ARCISATE in u and first_snaps[u].status == 200)
    assert sorted(s.url for s in carried) == arcisate
    for snap in carried:  # the last time the server answered, not this crawl's
        assert snap.fetched_at == first_snaps[snap.url].fetched_at and snap.unreachable == 1

    _, _, diff_text = build_and_ask(data)
    diff = json.loads(diff_text)
    assert diff["pages"]["vanished"] == [] and diff["pages"]["unreachable"] == arcisate
    assert diff["left"] == [] and diff["moved_comuni"] == []
    started = DataDir(data).crawl_record(first).started
    store = OxigraphStore(data / "store")
    rows = store.query(
        """PREFIX amb: <https://w3id.org/ambiti/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT DISTINCT ?last ?gone WHERE { GRAPH <https://w3id.org/ambiti/graph/history> {
          ?o rdf:subject <https://w3id.org/ambiti/id/ambito/arcisate> ; rdf:predicate org:hasMember ;
             amb:lastSeen ?last . OPTIONAL { ?o amb:goneSince ?gone } } }"""
    ).rows
    store.close()
    assert [(r[0].value, r[1]) for r in rows] == [(started, None)]  # still members, last seen before the outage

    code, _ = recrawl(data, "--unreachable-limit", "2", "--max-age", "0")  # unreachable twice in a row: let go
    assert code == 0
    diff = json.loads(build_and_ask(data)[2])
    assert diff["pages"]["vanished"] == arcisate and diff["pages"]["unreachable"] == []


def test_a_crawl_that_reaches_less_than_half_is_kept_but_not_used(crawled: tuple[FaultWeb, Path]) -> None:
    web, data = crawled
    good = DataDir(data).latest_crawl()
    web.faults.failing = {path: 503 for path in SITES[1:]}  # all sites but one fail

    code, stderr = recrawl(data)
    assert code == 1 and "--accept-partial" in stderr
    record = DataDir(data).crawl_record(newest(data))
    assert record.status == "partial" and not record.consolidated and "less than 50%" in (record.note or "")
    assert DataDir(data).latest_crawl() == good

    code, stderr = recrawl(data, "--accept-partial")
    assert code == 0, stderr
    accepted = DataDir(data).crawl_record(newest(data))
    assert accepted.consolidated and accepted.accepted_partial and accepted.previous == good

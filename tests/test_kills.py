"""Crawls and builds killed at chosen points: SIGKILL (a crash, an OOM kill), SIGINT (Ctrl-C) and
SIGTERM (a container stop). Every test checks what was kept: the index, the record, the store.

A resumed crawl must fetch every URL a clean crawl fetches, request almost nothing already
archived (at most 10 % more requests than one clean crawl over both runs), and index no URL twice.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections import Counter
from pathlib import Path

import forked
import pytest
from conftest import ROOT, copy_data_dir, run_ambiti
from faultweb import FAULTS, FaultWeb

from crawler.archive import INDEX, read_index
from crawler.datadir import DataDir

ITEMS = 200  # the list page links 200 pages, each linking one more: 401 pages at depths 0-2
CRAWL = ("crawl", "--fast", "--max-pages-per-site", "1000")  # a budget above the 401 pages
pytestmark = pytest.mark.slow  # every test crawls or builds in a child process, and kills it


def start(*args: str) -> forked.Child:
    """`ambiti ...` in its own process group, as a terminal or a container runs it (forked from the
    test process's fork server: tests/forked.py)."""
    return forked.start(list(args), cwd=ROOT, session=True)


def indexed(data: DataDir) -> int:
    """Lines in the newest crawl's index (what a kill at this moment would leave)."""
    ids = data.crawl_ids(status=None) if data.crawls.exists() else []
    path = data.crawls / ids[-1] / INDEX if ids else None
    return path.read_bytes().count(b"\n") if path and path.exists() else 0


def kill_when(child: forked.Child, data: DataDir, lines: int, sig: signal.Signals) -> tuple[int, str]:
    deadline = time.monotonic() + 60
    while indexed(data) < lines and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert child.poll() is None, "the crawl ended before the kill point"
    os.killpg(child.pid, sig)
    _, stderr = child.communicate(timeout=60)
    return child.returncode, stderr


def reading_the_archive(child: forked.Child, data: DataDir) -> None:
    """Wait until the child has a file of the data dir open, or has ended.

    A fixed sleep is not enough: on a slow machine the child can still be importing modules when
    it runs out, and a Ctrl-C there is Python's, not ours (no exit code 130, no one-line note).
    """
    fds = Path(f"/proc/{child.pid}/fd")
    deadline = time.monotonic() + 60
    while child.poll() is None and time.monotonic() < deadline:
        try:
            if any(str(fd.readlink()).startswith(str(data.root)) for fd in fds.iterdir()):
                return
        except OSError:  # a descriptor closed while we looked
            pass
        time.sleep(0.005)


def index_urls(data: DataDir, crawl_id: str) -> list[str]:
    lines = (data.crawls / crawl_id / INDEX).read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["url"] for line in lines]


@pytest.fixture(scope="module")
def web():  # noqa: ANN201
    with FaultWeb() as web:
        web.faults.many = ITEMS
        web.faults.delay = 0.01
        allowed = ("/guasti/", "/ambito-arcisate/", "/comune-azzate/")  # not the rest of the demo sitemap
        web.faults.robots_extra = [f"Allow: {path}" for path in allowed] + ["Disallow: /"]
        yield web


@pytest.fixture(scope="module")
def clean(web: FaultWeb, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str], int]:
    """(seeds file, URLs, requests) of one crawl that nobody interrupts."""
    tmp = tmp_path_factory.mktemp("clean")
    seeds = tmp / "seeds.txt"
    seeds.write_text(web.url + FAULTS["many"] + "\n")
    web.stats.reset()
    done = run_ambiti(*CRAWL, "--seeds", str(seeds), "--data-dir", str(tmp / "d"), "-q")
    assert done.returncode == 0, done.stderr
    data = DataDir(tmp / "d")
    urls = {s.url for s in read_index(data.crawls / data.crawl_ids()[0])}
    assert len(urls) == 2 * ITEMS + 1
    return seeds, urls, web.stats.requests


@pytest.mark.parametrize("kill_at", [40, 300])
def test_a_sigkilled_crawl_resumes_without_losing_or_repeating_work(web, clean, tmp_path: Path, kill_at: int) -> None:
    seeds, urls, clean_requests = clean
    data = DataDir(tmp_path / "d")
    web.stats.reset()
    child = start(*CRAWL, "--seeds", str(seeds), "--data-dir", str(data.root), "-q")
    code, _ = kill_when(child, data, kill_at, signal.SIGKILL)
    assert code == -signal.SIGKILL
    (crawl_id,) = data.crawl_ids(status="running")  # killed: still running, nothing says complete
    before = set(index_urls(data, crawl_id))
    assert kill_at <= len(before) < len(urls)

    again = run_ambiti(*CRAWL, "--seeds", str(seeds), "--data-dir", str(data.root), "-q")
    assert again.returncode == 0, again.stderr
    assert "resuming the interrupted crawl" in again.stderr
    assert data.crawl_ids() == [crawl_id] and data.crawl_record(crawl_id).status == "complete"
    archived = index_urls(data, crawl_id)
    assert set(archived) == urls  # every URL a clean crawl fetches
    assert [u for u, n in Counter(archived).items() if n > 1] == []  # none archived twice
    assert web.stats.requests <= 1.10 * clean_requests, (web.stats.requests, clean_requests)


def test_a_crawl_killed_twice_still_completes(web, clean, tmp_path: Path) -> None:
    seeds, urls, _ = clean
    data = DataDir(tmp_path / "d")
    args = (*CRAWL, "--seeds", str(seeds), "--data-dir", str(data.root), "-q")
    kill_when(start(*args), data, 100, signal.SIGKILL)
    kill_when(start(*args), data, 250, signal.SIGKILL)  # killed again while resuming
    assert run_ambiti(*args).returncode == 0
    (crawl_id,) = data.crawl_ids()
    archived = index_urls(data, crawl_id)
    assert set(archived) == urls and len(archived) == len(urls)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_sigterm_stops_politely_and_the_same_command_resumes(web, clean, tmp_path: Path, sig) -> None:
    seeds, urls, _ = clean
    data = DataDir(tmp_path / "d")
    args = (*CRAWL, "--seeds", str(seeds), "--data-dir", str(data.root), "-q")
    code, stderr = kill_when(start(*args), data, 100, sig)
    assert code == 130, stderr
    assert "interrupted" in stderr and "run the same command to resume" in stderr
    assert "Traceback" not in stderr and "Unhandled error" not in stderr
    (crawl_id,) = data.crawl_ids(status=None)
    record = data.crawl_record(crawl_id)
    assert record.status == "interrupted" and not record.consolidated
    assert data.crawl_ids() == []  # nothing to build from: an interrupted crawl is not a complete one
    again = run_ambiti(*args)
    assert again.returncode == 0 and "resuming" in again.stderr
    assert data.crawl_ids() == [crawl_id]
    archived = index_urls(data, crawl_id)
    assert set(archived) == urls and len(archived) == len(urls)


def test_ctrl_c_during_the_demo_is_reported_not_swallowed(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "d")
    code, stderr = kill_when(start("demo", "--data-dir", str(data.root), "-q"), data, 3, signal.SIGINT)
    assert code == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert data.crawl_ids() == []  # no "complete" crawl that was not
    assert [data.crawl_record(c).status for c in data.crawl_ids(status=None)] == ["interrupted"]


@pytest.fixture(scope="module")
def built(web: FaultWeb, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Two demo pages crawled and built once for the module (a child process and seconds), with the
    answer its store gives; each build-killing test works on a copy."""
    tmp = tmp_path_factory.mktemp("built")
    data, demo_seeds = tmp / "d", tmp / "demo-seeds.txt"
    demo_seeds.write_text(web.url + "/ambito-arcisate/\n" + web.url + "/comune-azzate/\n")
    assert run_ambiti(*CRAWL, "--seeds", str(demo_seeds), "--data-dir", str(data), "-q").returncode == 0
    assert run_ambiti("build", "--data-dir", str(data), "-q").returncode == 0
    answer = run_ambiti("query", "capofila-per-ambito", "--data-dir", str(data), "--format", "csv").stdout
    assert answer.count("\n") >= 2
    return data, answer


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_a_build_killed_midway_leaves_the_last_store_working(built, tmp_path: Path, sig: signal.Signals) -> None:
    data = DataDir(copy_data_dir(built[0], tmp_path / "d"))
    answer = built[1]
    child = start("build", "--data-dir", str(data.root), "-q", "--reextract", "--workers", "1")
    reading_the_archive(child, data)  # in extraction: the new store is swapped in by a rename, or not at all
    os.killpg(child.pid, sig)
    _, stderr = child.communicate(timeout=60)
    if sig == signal.SIGINT:
        assert child.returncode in (0, 130) and "Traceback" not in stderr, stderr
    again = run_ambiti("query", "capofila-per-ambito", "--data-dir", str(data.root), "--format", "csv")
    assert again.returncode == 0 and again.stdout == answer
    assert run_ambiti("build", "--data-dir", str(data.root), "-q").returncode == 0

"""A crawl shared by worker processes through a Redis frontier (crawler/frontier.py, crawler/worker.py):
the demo web crawled by two workers gives the graph one process gives, also when a worker is
killed with SIGKILL mid-crawl. Redis is a private redis-server per test (tests/redisserver.py)."""

from __future__ import annotations

import http.server
import inspect
import itertools
import json
import os
import re
import signal
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import forked
import pytest
import redis
import test_resume
from conftest import ROOT, run_ambiti
from redisserver import private_redis
from scrapy import Request, Spider
from scrapy.core.engine import ExecutionEngine
from scrapy.core.scraper import Scraper, Slot
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy_redis import picklecompat
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from serving import in_background
from test_graph import canonical_nquads

from crawler.archive import INDEX, parts, read_index
from crawler.datadir import DataDir
from crawler.demo import server as demo_server
from crawler.demo.server import DemoWeb, start_urls
from crawler.frontier import CURRENT, CrawlSpec, Frontier
from crawler.outcomes import read_dropped
from crawler.spiders.budget import SETTLED_STOP


@pytest.fixture(scope="module")
def web() -> Iterator[DemoWeb]:
    with DemoWeb(version=1) as running:
        yield running


@pytest.fixture(scope="module")
def seeds(web: DemoWeb, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seeds") / "seeds.txt"
    path.write_text("\n".join(start_urls(web.url)) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def one_process(seeds: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, set[str], dict[str, Any]]:
    """The graph of the demo web crawled the usual way (no frontier), crawl ids and times aside, its pages,
    and the per-site figures of its report."""
    data = tmp_path_factory.mktemp("single") / "data"
    assert run_ambiti("crawl", "--fast", "--seeds", str(seeds), "--data-dir", str(data), "-q").returncode == 0
    graph = comparable(data)
    assert graph.count(b"\n") > 1000  # a real graph: pages, members, contacts
    crawl_dir = data / "crawls" / (DataDir(data).latest_crawl() or "?")
    return graph, {snap.url for snap in read_index(crawl_dir)}, site_figures(crawl_dir)


def site_figures(crawl_dir: Path) -> dict[str, Any]:
    """The report's per-site figures that two workers and one process share: lists as sets, without those
    that follow the order pages come in or a worker's own seen-set. Which pages are fact pages (`candidates`)
    and at what depth: a line that speaks of the ambito is a site's boilerplate from its third page on, and a
    page's depth is that of the first link found to it, in one process too. Links `beyond_bounds` and the
    reserve (`released`, `held`, and so whether a site `stopped` at its reserve floor): a worker does not know
    the links the other queued, and may count one beyond bounds that one process had already seen."""
    sites = json.loads((crawl_dir / "report.json").read_text())["sites"]
    order = ("candidates", "beyond_bounds", "released", "held")
    return {
        site: {
            name: sorted(value) if isinstance(value, list) else value
            for name, value in figures.items()
            if name not in order
        }
        | {"stopped": figures.get("stopped") if figures.get("stopped") in ("budget spent", SETTLED_STOP) else "dry"}
        for site, figures in sites.items()
    }


def comparable(root: Path) -> bytes:
    """Sorted N-Quads with what differs between two crawls of the same pages made neutral:
    the crawl id, times, and where in the WARC parts a body sits."""
    built = run_ambiti("build", "--data-dir", str(root), "-q")
    assert built.returncode == 0, built.stderr
    text = canonical_nquads(DataDir(root)).decode()
    crawl_id = DataDir(root).latest_crawl() or "?"
    text = text.replace(crawl_id, "CRAWL")
    text = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", "TIME", text)
    text = re.sub(r"pages-[\w.-]*?\d{5}\.warc\.gz[^\"> ]*", "WARC", text)
    return "\n".join(sorted(set(text.splitlines()))).encode()


def index_lines(crawl_dir: Path) -> Counter[str]:
    """How many index lines each URL has, over every worker's part."""
    return Counter(json.loads(line)["url"] for p in parts(crawl_dir, INDEX) for line in p.read_text().splitlines())


@pytest.mark.slow
def test_two_workers_give_the_graph_and_report_of_one_process(
    seeds: Path, one_process: tuple[bytes, set[str], dict[str, Any]], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    with private_redis(tmp_path) as url:
        done = run_ambiti(
            "crawl", "--fast", "--seeds", str(seeds), "--data-dir", str(data), "--frontier", url, "--workers", "2", "-q"
        )
    assert done.returncode == 0, done.stderr
    crawl_dir = data / "crawls" / (DataDir(data).latest_crawl() or "?")
    assert len(list(crawl_dir.glob("index-*.jsonl"))) == 2  # one index part per worker
    assert max(index_lines(crawl_dir).values()) == 1  # no page archived twice
    same_graph(comparable(data), one_process[0])
    got, want = site_figures(crawl_dir), one_process[2]  # summed over the workers (crawler/spiders/sitestate.py)
    assert got == want, [
        (s, k, got[s].get(k), want[s].get(k)) for s in want for k in want[s] if got[s].get(k) != want[s][k]
    ]


def same_graph(got: bytes, want: bytes) -> None:
    """Equal, or fail with the lines that differ (not two screens of N-Quads)."""
    extra, missing = set(got.splitlines()) - set(want.splitlines()), set(want.splitlines()) - set(got.splitlines())
    assert got == want, f"{len(extra)} extra: {sorted(extra)[:5]}; {len(missing)} missing: {sorted(missing)[:5]}"


@pytest.mark.slow
def test_a_worker_killed_mid_crawl_loses_nothing(
    seeds: Path, one_process: tuple[bytes, set[str], dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = demo_server._Handler._answer

    def slowly(handler: demo_server._Handler, send_body: bool) -> None:
        time.sleep(0.3)  # slow enough that a worker is killed with pages in flight
        answer(handler, send_body)

    monkeypatch.setattr(demo_server._Handler, "_answer", slowly)
    data = tmp_path / "data"
    with private_redis(tmp_path) as url:
        args = ["crawl", "--fast", "--seeds", str(seeds), "--data-dir", str(data), "--frontier", url, "--workers", "2"]
        coordinator = forked.start([*args, "-q"], cwd=ROOT)  # forked from the fork server (tests/forked.py)
        try:
            os.kill(busy_worker(url, deadline=time.monotonic() + 120), signal.SIGKILL)
            _, err = coordinator.communicate(timeout=240)
        finally:
            if coordinator.poll() is None:
                coordinator.kill()
    assert coordinator.returncode == 0, err
    held = re.search(r"stopped \(exit -9\): (\d+) request\(s\) queued again", err)
    assert held and int(held[1]) > 0, err  # killed with pages in flight, which went back to the queue
    crawl_dir = data / "crawls" / (DataDir(data).latest_crawl() or "?")
    assert max(index_lines(crawl_dir).values()) == 1
    archived = {snap.url for snap in read_index(crawl_dir)}
    # Nothing lost: a page of the crawl in one process is archived, or journaled as settled: its site
    # had yielded a fact page when a worker took the link (a slow web and a kill change that order;
    # 1 run in 10 settled one page here). Then the graph lacks what that page said.
    settled = {d.url for d in read_dropped(crawl_dir) if d.reason == "settled"}
    assert archived <= one_process[1] <= archived | settled, sorted(one_process[1] - archived)
    if archived == one_process[1]:
        same_graph(comparable(data), one_process[0])
        # the killed worker's requests in flight were uncounted when they went back to the queue
        requests = {site: figures["requests"] for site, figures in site_figures(crawl_dir).items()}
        assert requests == {site: figures["requests"] for site, figures in one_process[2].items()}


def busy_worker(url: str, deadline: float) -> int:
    """The PID of a worker holding at least two requests in flight, once the crawl is under way."""
    server = redis.Redis.from_url(url)
    while time.monotonic() < deadline:
        crawl = server.get(CURRENT)
        if crawl:
            frontier = Frontier(url, crawl.decode())
            archived = server.scard(frontier.archived_key)
            for name in frontier.workers():
                pid = server.get(frontier.alive_key(name.decode()))
                if archived >= 3 and pid and server.hlen(frontier.inflight_key(name.decode())) >= 2:
                    return int(pid)
        time.sleep(0.02)
    raise AssertionError("no worker ever held two requests in flight")


@pytest.mark.slow
def test_a_worker_obeys_robots_txt_for_the_requests_it_pops_before_reading_it(web: DemoWeb, tmp_path: Path) -> None:
    """A worker joining a crawl pops a batch of other workers' links at once, all waiting for the
    site's robots.txt; Scrapy's own middleware let every one but the first through, ours
    (crawler/spiders/robots.py) does not. The batch here: three Corsico pages, then the page the
    demo's robots.txt disallows."""
    corsico = f"{web.url}/ambito-corsico/"
    private = corsico + "riservata/bozza-verbale-assemblea.html"
    pages = [corsico, corsico + "link-utili.html", corsico + "comuni-ambito.html", private]
    data = tmp_path / "data"
    with private_redis(tmp_path) as url:
        frontier = Frontier(url, "robots")
        frontier.publish(CrawlSpec("robots", seeds=[corsico], fast=True))
        assert frontier.claim_seeding()  # the worker queues no seed: the batch is all it takes first
        queue = PriorityQueue(frontier.server, Spider("queued-by-another-worker"), frontier.queue_key, picklecompat)
        for priority, page in enumerate(reversed(pages)):
            queue.push(Request(page, priority=priority))
        args = ["--frontier", url, "--data-dir", str(data), "--worker", "w1"]
        done = forked.run_cli(args, dict(os.environ), ROOT, 120, module="crawler.worker")  # tests/forked.py
    assert done.returncode == 0, done.stderr
    crawl_dir = data / "crawls" / "robots"
    archived = {snap.url for snap in read_index(crawl_dir)}
    assert set(pages[:3]) <= archived  # the batch was crawled
    assert private not in archived
    assert [d.reason for d in read_dropped(crawl_dir) if d.url == private] == ["robots"]


def test_the_private_scrapy_internals_the_acknowledgement_uses_are_there() -> None:
    """crawler/frontier.py wraps the scraper slot's finish_response (the one place a response is
    done with, items archived and requests queued) and pokes the engine's idle poll; crawler/spiders/robots.py
    reads the rules Scrapy's robots.txt middleware stores for a site before its waiters resume."""
    assert list(inspect.signature(Slot.finish_response).parameters) == ["self", "result", "request"]
    assert "self.slot" in inspect.getsource(Scraper.open_spider_async)
    assert "self._slot.nextcall.schedule()" in inspect.getsource(ExecutionEngine.crawl)
    assert {"_decode_request", "_encode_request"} <= set(dir(PriorityQueue))
    assert {"request_fingerprint", "log"} <= set(dir(RFPDupeFilter))  # AckScheduler's atomic enqueue
    assert "key" in inspect.signature(RFPDupeFilter).parameters
    assert {"server", "key"} <= set(inspect.signature(PriorityQueue).parameters)
    assert "self._parsers[netloc] = rp\n" in inspect.getsource(RobotsTxtMiddleware._parse_robots)  # spiders/robots.py


class PacedSite(test_resume.SlowSite):
    """test_resume's site (a home page linking to PAGES pages), keeping the time of every request."""

    arrivals: list[float] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        PacedSite.arrivals.append(time.monotonic())
        super().do_GET()


@pytest.mark.waits  # ~13 s of the 0.5 s delays it measures (conftest.py)
def test_two_workers_keep_one_pace_per_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --fast: requests to one site start at least DOWNLOAD_DELAY (0.5 s) apart, whichever
    worker makes them (each worker alone would keep that pace only for its own requests)."""
    monkeypatch.setattr(test_resume, "PAGES", 12)
    site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PacedSite)
    seeds = tmp_path / "seeds.txt"
    seeds.write_text(f"http://127.0.0.1:{site.server_address[1]}/\n")
    PacedSite.arrivals = []
    with in_background(site), private_redis(tmp_path) as url:
        args = ["--seeds", str(seeds), "--data-dir", str(tmp_path / "data"), "--frontier", url, "--workers", "2"]
        done = run_ambiti("crawl", *args, "-q")
    assert done.returncode == 0, done.stderr
    assert len(read_index(tmp_path / "data" / "crawls" / (DataDir(tmp_path / "data").latest_crawl() or "?"))) == 13
    gaps = [b - a for a, b in itertools.pairwise(sorted(PacedSite.arrivals))]
    assert len(gaps) >= 14 and min(gaps) >= 0.45, gaps  # robots.txt (each worker), sitemap, 13 pages

"""A shared crawl's per-site state (crawler/spiders/sitestate.py): workers spend one request budget
per site between them, a site settled by one worker is settled for all, and the crawl's report sums
their figures. Real workers, a real redis-server (tests/redisserver.py), pages fetched over HTTP."""

from __future__ import annotations

import http.server
import json
import os
from pathlib import Path

import forked
import pytest
import test_resume
from conftest import ROOT, run_ambiti
from redisserver import private_redis
from scrapy import Request, Spider
from scrapy_redis import picklecompat
from scrapy_redis.queue import PriorityQueue
from serving import in_background
from test_distributed import index_lines

from crawler.archive import read_index
from crawler.datadir import DataDir
from crawler.frontier import CrawlSpec, Frontier
from crawler.outcomes import read_dropped
from crawler.spiders.budget import SETTLED_STOP
from crawler.spiders.sitestate import SiteState


@pytest.mark.slow
def test_a_crawl_with_two_workers_spends_a_site_budget_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A site linking 30 pages, a budget of 12 requests: `ambiti crawl` with two workers makes 12 requests
    to it (each counting its own made up to 12 each), archives and reports what one process does."""
    monkeypatch.setattr(test_resume, "PAGES", 30)
    site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), test_resume.SlowSite)
    seeds = tmp_path / "seeds.txt"
    seeds.write_text(f"http://127.0.0.1:{site.server_address[1]}/\n")
    reports = []
    with in_background(site), private_redis(tmp_path) as url:
        for name, shared in (("one", []), ("two", ["--frontier", url, "--workers", "2"])):
            data = tmp_path / name
            args = ["--seeds", str(seeds), "--data-dir", str(data), "--max-pages-per-site", "12", "--fast", "-q"]
            done = run_ambiti("crawl", *args, *shared)
            assert done.returncode == 0, done.stderr
            crawl_dir = data / "crawls" / (DataDir(data).latest_crawl() or "?")
            figures = json.loads((crawl_dir / "report.json").read_text())["sites"][
                f"127.0.0.1:{site.server_address[1]}/"
            ]
            reports.append((figures["requests"], figures["unvisited"], figures["stopped"], len(read_index(crawl_dir))))
    assert max(index_lines(crawl_dir).values()) == 1
    # robots.txt and sitemap.xml (the spider's own requests, not archived) count too
    assert reports[0][:3] == (12, 20, "budget spent") and reports[1] == reports[0], reports


def run_worker(url: str, data: Path, name: str) -> None:
    """`python -m crawler.worker`, forked from the fork server (tests/forked.py): Scrapy and the crawler
    imported already, where a new interpreter spends ~1 s of CPU importing them."""
    args = ["--frontier", url, "--data-dir", str(data), "--worker", name]
    done = forked.run_cli(args, dict(os.environ), ROOT, 120, module="crawler.worker")
    assert done.returncode == 0, done.stderr


class AnotherWorker(Spider):
    """What encodes a request's errback by name in the queue (the sites spider's `failed` journals a drop)."""

    name = "another-worker"

    def failed(self, failure: object) -> None:
        raise NotImplementedError  # only its name travels


def queue(frontier: Frontier, site: str, pages: list[str], **meta: object) -> None:
    """Requests for `pages` in the crawl's queue, as another worker's parse queues its links."""
    spider = AnotherWorker()
    shared = PriorityQueue(frontier.server, spider, frontier.queue_key, picklecompat)
    for page in pages:
        shared.push(Request(page, errback=spider.failed, priority=1, meta={"site": site, "hops": 1, **meta}))


@pytest.mark.slow
def test_workers_spend_one_budget_per_site_between_them(tmp_path: Path) -> None:
    """Worker w1 makes 3 requests to a site with a budget of 5; worker w2, given 6 more links of it, makes
    the 2 left and leaves 4 (counting its own, it made 5)."""
    web = http.server.ThreadingHTTPServer(("127.0.0.1", 0), test_resume.SlowSite)
    home = f"http://127.0.0.1:{web.server_address[1]}/"
    site = home.removeprefix("http://")
    data = tmp_path / "data"
    with in_background(web), private_redis(tmp_path) as url:
        frontier = Frontier(url, "budget")
        frontier.publish(CrawlSpec("budget", seeds=[home], fast=True, budget=5))
        assert frontier.claim_seeding()
        queue(frontier, site, [f"{home}servizi-sociali-{i}.html" for i in range(3)])
        run_worker(url, data, "w1")
        queue(frontier, site, [f"{home}servizi-sociali-{i}.html" for i in range(3, 9)])
        run_worker(url, data, "w2")
        figures = SiteState(frontier).report()[site]
    crawl_dir = data / "crawls" / "budget"
    assert [len(part.read_text().splitlines()) for part in sorted(crawl_dir.glob("index-*.jsonl"))] == [3, 2]
    assert [d.reason for d in read_dropped(crawl_dir)] == ["budget"] * 4
    assert (figures["requests"], figures["unvisited"], figures["stopped"]) == (5, 4, "budget spent")


@pytest.mark.slow
@pytest.mark.parametrize("settled_first", [True, False])
def test_a_site_settled_by_one_worker_is_settled_for_the_next(tmp_path: Path, settled_first: bool) -> None:
    """Worker w1 fetches two pages of a site that speak of the ambito (fact pages: the site settles);
    then worker w2 pops links of the lowest priority of that site (what `settles` marks: far from any
    planning word) and leaves them, as one process would. Without w1's pages w2 fetches them."""
    web = http.server.ThreadingHTTPServer(("127.0.0.1", 0), test_resume.SlowSite)
    home = f"http://127.0.0.1:{web.server_address[1]}/"
    site = home.removeprefix("http://")
    facts = [f"{home}servizi-sociali-{i}.html" for i in range(2)]  # "Ufficio di Piano": fact pages
    low = [f"{home}page-{i}.html" for i in range(4)]  # answered 404: archived, and no fact pages
    data = tmp_path / "data"
    with in_background(web), private_redis(tmp_path) as url:
        frontier = Frontier(url, "settled")
        frontier.publish(CrawlSpec("settled", seeds=[home], fast=True))
        assert frontier.claim_seeding()  # the workers queue no seed: what the test queues is all they take
        if settled_first:
            queue(frontier, site, facts)
            run_worker(url, data, "w1")
        queue(frontier, site, low, settles=True, chain=2)
        run_worker(url, data, "w2")
        figures = SiteState(frontier).report()[site]
    crawl_dir = data / "crawls" / "settled"
    archived = {snap.url for snap in read_index(crawl_dir)}
    settled = {d.url for d in read_dropped(crawl_dir) if d.reason == "settled"}
    if settled_first:
        assert archived == set(facts) and settled == set(low)
        assert {c["url"] for c in figures["candidates"]} == set(facts)
        assert (figures["requests"], figures["settled"], figures["stopped"]) == (2, 4, SETTLED_STOP)
    else:
        assert archived == set(low) and not settled
        assert (figures["requests"], figures["settled"]) == (4, 0)

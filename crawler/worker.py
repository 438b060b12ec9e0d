"""Workers of a crawl shared through a Redis frontier: one worker process, and N of them on this machine.

`ambiti crawl --frontier URL --workers N` opens the crawl's record (crawler/crawls.py), publishes
the crawl in the frontier and runs N worker processes (`python -m crawler.worker`); `ambiti
crawl-worker` starts one more on any machine that reaches the Redis server. A worker that dies
is noticed at once here (its in-flight requests are queued again for the others) or, on another
machine, by its expired heartbeat. The crawl is complete when the queue is empty and no worker
holds a request; if every local worker is gone before that, a new round of workers takes up the rest.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from crawler.archive import read_index
from crawler.datadir import DataDir
from crawler.frontier import CrawlSpec, Frontier, current_spec
from crawler.process import crawl_gc, crawler_process
from crawler.spiders.shared import SharedSitesSpider

ROUNDS = 4  # rounds of local workers before a crawl with work left is recorded as interrupted


def frontier_settings(url: str, crawl_id: str, worker: str) -> dict[str, Any]:
    """scrapy-redis's scheduler and dupefilter on this crawl's keys, with acknowledged pops."""
    prefix = f"ambiti:{crawl_id}:"
    return {
        "SCHEDULER": "crawler.frontier.AckScheduler",
        "SCHEDULER_QUEUE_CLASS": "crawler.frontier.AckQueue",
        "SCHEDULER_QUEUE_KEY": prefix + "requests",
        "SCHEDULER_DUPEFILTER_KEY": prefix + "seen",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,  # the crawl's state outlives any worker
        "REDIS_URL": url,
        "AMBITI_WORKER": worker,
        "REMOTE_CONTROL_ENABLED": False,  # no job file per process left behind by a killed worker
    }


def run_worker(url: str, root: Path, worker: str) -> bool:
    """One worker until the whole crawl is done (True) or it is stopped (False)."""
    spec = current_spec(url)
    data = DataDir(root).ensure()
    crawl_dir = data.crawls / spec.crawl_id
    crawl_dir.mkdir(parents=True, exist_ok=True)
    overrides = {
        "AMBITI_CRAWL_DIR": str(crawl_dir),
        "AMBITI_CRAWL_ID": spec.crawl_id,
        "AMBITI_PROGRESS": False,
        **frontier_settings(url, spec.crawl_id, worker),
    }
    if spec.depth is not None:
        overrides["DEPTH_LIMIT"] = spec.depth
    if spec.budget is not None:
        overrides["AMBITI_SITE_BUDGET"] = spec.budget
    process = crawler_process(overrides, fast=spec.fast)
    crawler = process.create_crawler(SharedSitesSpider)
    previous = data.crawls / spec.previous if spec.previous else None
    process.crawl(
        crawler,
        seeds=spec.seeds,
        previous_crawl=str(previous) if previous and previous.exists() else None,  # else plain requests
        unreachable_limit=spec.unreachable_limit,
    )
    with crawl_gc():
        process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    return stats.get("finish_reason") == "finished"


def run_workers(frontier: Frontier, spec: CrawlSpec, root: Path, count: int) -> bool:
    """N local workers until the frontier is empty (True), or ROUNDS of them could not empty it.
    A local worker that dies is found at once, and what it held goes back to the queue but the
    pages in its index (a kill may fall between a page's index line and the `archived` set)."""
    frontier.publish(spec)
    host = socket.gethostname().split(".")[0] or "local"
    for round_ in range(1, ROUNDS + 1):
        names = [f"{host}-{round_}-{i}" for i in range(1, count + 1)]
        procs = {name: spawn(frontier.url, root, name) for name in names}
        try:
            while procs:
                time.sleep(0.2)
                for name, proc in list(procs.items()):
                    if proc.poll() is not None:
                        del procs[name]
                        if proc.returncode != 0:  # killed: what it held goes back to the queue now
                            indexed = {snap.url for snap in read_index(root / "crawls" / spec.crawl_id)}
                            held = frontier.requeue(name, indexed)
                            frontier.server.srem(frontier.workers_key, name)
                            note = f"worker {name} stopped (exit {proc.returncode}): {held} request(s) queued again"
                            print(note, file=sys.stderr, flush=True)
        finally:
            for proc in procs.values():
                proc.terminate()
            for proc in procs.values():
                proc.wait()
        while frontier.pending() and frontier.workers():  # workers on other machines are still busy
            time.sleep(1)
            frontier.requeue_dead()
        if not frontier.pending():
            return True
    return False


def spawn(url: str, root: Path, name: str) -> subprocess.Popen[bytes]:
    args = [sys.executable, "-m", "crawler.worker", "--frontier", url, "--data-dir", str(root), "--worker", name]
    return subprocess.Popen(args)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.worker", description="one worker of a shared crawl")
    parser.add_argument("--frontier", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--worker", required=True)
    args = parser.parse_args(argv)
    return 0 if run_worker(args.frontier, Path(args.data_dir), args.worker) else 1


if __name__ == "__main__":
    sys.exit(main())

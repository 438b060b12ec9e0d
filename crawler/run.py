"""Run a crawl into a data dir: new, resumed after a kill or a Ctrl-C, or a recrawl of the last one."""

from __future__ import annotations

import time
from dataclasses import dataclass

from crawler.crawls import MIN_SHARE, finish_crawl, open_crawl
from crawler.datadir import DataDir
from crawler.errors import CrawlInterrupted
from crawler.frontier import CrawlSpec, Frontier, connect
from crawler.process import crawl_gc, crawler_process
from crawler.records import CrawlRecord, CrawlReport
from crawler.spiders.sites import SitesSpider
from crawler.spiders.sitestate import SiteState
from crawler.worker import run_workers

__all__ = ["CrawlInterrupted", "CrawlResult", "run_crawl"]


@dataclass
class CrawlResult:
    record: CrawlRecord
    report: CrawlReport
    seconds: float  # this run's engine time

    @property
    def crawl_id(self) -> str:
        return self.record.id

    @property
    def pages(self) -> int:
        return self.record.pages

    @property
    def by_status(self) -> dict[int, int]:
        return {int(k): v for k, v in self.record.by_status.items()}

    @property
    def resumed(self) -> bool:
        return self.record.resumed > 0

    @property
    def sites(self) -> dict[str, dict[str, object]]:
        """Each site's figures (crawler/spiders/budget.py, and its drops by reason)."""
        return self.report.sites


def run_crawl(
    data: DataDir,
    seeds: list[str],
    *,
    fresh: bool = False,
    recrawl: bool = False,
    progress: bool = True,
    depth: int | None = None,
    max_age: float = 30,
    revalidate_all: bool = False,
    fast: bool = False,
    budget: int | None = None,
    unreachable_limit: int = 4,
    accept_partial: bool = False,
    min_share: float = MIN_SHARE,
    frontier: str | None = None,
    workers: int = 1,
) -> CrawlResult:
    """Crawl the seeds into a new (or the unfinished) crawl dir and record how it ended.

    A killed or interrupted crawl is resumed by the next run (unless `fresh`) from its own index,
    links and drop journal (crawler/spiders/sites.py); the previous consolidated crawl is never
    touched. A recrawl carries pages the sitemap vouches for (`max_age`, `revalidate_all`) and
    pages that cannot be reached (up to `unreachable_limit` crawls in a row). `budget`: requests
    per site (crawler/spiders/budget.py). `fast`: no delays, for a web of one's own. `frontier`
    (redis://...): `workers` processes share the crawl through Redis (crawler/worker.py). Raises
    CrawlInterrupted after a polite stop.
    """
    if frontier:
        connect(frontier)  # an unreachable Redis stops here, before a crawl is opened
    record = open_crawl(data, seeds, fresh=fresh, recrawl=recrawl, accept_partial=accept_partial)
    if frontier:  # N worker processes sharing a Redis frontier (crawler/worker.py)
        spec = CrawlSpec(
            record.id,
            record.seeds,
            depth,
            fast,
            budget,
            unreachable_limit,
            record.previous,
        )
        shared = Frontier(frontier, record.id)
        started = time.monotonic()
        try:
            finished = run_workers(shared, spec, data.root, workers)
        except KeyboardInterrupt:  # the workers stopped politely too: the frontier keeps the rest
            finished = False
        record, report = finish_crawl(
            data,
            record,
            finished=finished,
            seconds=time.monotonic() - started,
            response_bytes=shared.response_bytes(),
            min_share=min_share,
            sites=SiteState(shared).report(),  # each site's figures, summed over the workers
        )
        if not finished:
            raise CrawlInterrupted(record)
        shared.clear()
        return CrawlResult(record, report, record.seconds)
    crawl_dir = data.crawls / record.id
    overrides: dict[str, object] = {
        "AMBITI_CRAWL_DIR": str(crawl_dir),
        "AMBITI_CRAWL_ID": record.id,
        "AMBITI_PROGRESS": progress,
    }
    if depth is not None:
        overrides["DEPTH_LIMIT"] = depth
    if budget is not None:
        overrides["AMBITI_SITE_BUDGET"] = budget
    process = crawler_process(overrides, fast=fast)
    crawler = process.create_crawler(SitesSpider)
    prev_dir = str(data.crawls / record.previous) if record.previous else None
    process.crawl(
        crawler,
        seeds=record.seeds,
        previous_crawl=prev_dir,
        max_age=max_age,
        revalidate_all=revalidate_all,
        resume=record.resumed > 0,
        unreachable_limit=unreachable_limit,
    )
    started = time.monotonic()  # the engine's run: Scrapy's set-up and imports are not the crawl
    with crawl_gc():
        process.start()
    seconds = time.monotonic() - started
    stats = crawler.stats.get_stats() if crawler.stats else {}
    finished = stats.get("finish_reason") == "finished"
    record, report = finish_crawl(
        data,
        record,
        finished=finished,
        seconds=seconds,
        response_bytes=int(stats.get("downloader/response_bytes", 0)),
        min_share=min_share,
        sites=crawler.spider.site_report() if crawler.spider else {},  # type: ignore[attr-defined]
    )
    if not finished:
        raise CrawlInterrupted(record)
    return CrawlResult(record, report, seconds)

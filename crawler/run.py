"""Run a crawl into a data dir: new, resumed after a crash, or a recrawl of the previous one."""

from __future__ import annotations

import gc
import ipaddress
import shutil
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler import settings as default_settings
from crawler.archive import now_iso, read_index
from crawler.datadir import DataDir
from crawler.spiders.sites import SitesSpider


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class CrawlResult:
    crawl_id: str
    pages: int
    by_status: dict[int, int] = field(default_factory=dict)
    seconds: float = 0.0
    resumed: bool = False
    failures: list[str] = field(default_factory=list)
    disallowed: list[str] = field(default_factory=list)
    not_modified: int = 0  # answered 304
    carried: int = 0  # not requested: unchanged according to the site's sitemap
    bytes: int = 0
    sites: dict[str, dict[str, object]] = field(default_factory=dict)  # per site: requests, budget, candidates


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
    budget: int | None = None,
) -> CrawlResult:
    """Crawl the seeds into a new (or the unfinished) crawl dir and mark it complete.

    An interrupted crawl keeps its Scrapy JOBDIR and index: the next run resumes it (unless
    `fresh`), and the previous complete crawl is never touched. A recrawl does not request a page
    whose sitemap lastmod is older than its last fetch, if that fetch is younger than `max_age`
    days, unless `revalidate_all` (crawler/spiders/sites.py).
    """
    previous = data.latest_crawl() if recrawl else None
    crawl_id = None if fresh else data.unfinished_crawl()
    resumed = crawl_id is not None
    if fresh:
        for stale in data.crawl_ids(status="running"):
            shutil.rmtree(data.crawls / stale)
    if crawl_id is None:
        crawl_id = data.new_crawl_id()
    crawl_dir = data.crawls / crawl_id
    crawl_dir.mkdir(parents=True, exist_ok=True)
    meta = data.crawl_meta(crawl_id) if resumed else {}
    meta.update(
        id=crawl_id,
        status="running",
        seeds=seeds,
        previous=meta.get("previous", previous),
        started=meta.get("started", now_iso()),
    )
    data.write_crawl_meta(crawl_id, meta)

    settings = Settings()
    settings.setmodule(default_settings, priority="project")
    if all(is_loopback(u) for u in seeds):
        settings.setdict(default_settings.LOOPBACK_OVERRIDES, priority="cmdline")
    if depth is not None:
        settings.set("DEPTH_LIMIT", depth, priority="cmdline")
    if budget is not None:
        settings.set("AMBITI_SITE_BUDGET", budget, priority="cmdline")
    settings.setdict(
        {
            "JOBDIR": str(crawl_dir / "job"),
            "AMBITI_CRAWL_DIR": str(crawl_dir),
            "AMBITI_CRAWL_ID": crawl_id,
            "AMBITI_PROGRESS": progress,
        },
        priority="cmdline",
    )
    prev_dir = str(data.crawls / meta["previous"]) if meta.get("previous") else None
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(SitesSpider)
    process.crawl(crawler, seeds=seeds, previous_crawl=prev_dir, max_age=max_age, revalidate_all=revalidate_all)
    gc.freeze()  # start-up objects (modules, settings, the previous index) need no more collecting
    started = time.monotonic()  # the engine's run: Scrapy's set-up and imports are not the crawl
    try:
        process.start()
    finally:
        gc.unfreeze()
    seconds = time.monotonic() - started
    spider: SitesSpider = crawler.spider  # type: ignore[assignment]
    snaps = read_index(crawl_dir)
    result = CrawlResult(
        crawl_id=crawl_id,
        pages=len(snaps),
        seconds=seconds,
        resumed=resumed,
        failures=list(spider.failures),
        disallowed=list(spider.disallowed),
        not_modified=sum(1 for s in snaps if s.not_modified and not s.carried),
        carried=sum(1 for s in snaps if s.carried),
        sites={site: fig.to_dict() for site, fig in sorted(spider.figures.items())},
    )
    for s in snaps:
        result.by_status[s.status] = result.by_status.get(s.status, 0) + 1
    stats = crawler.stats.get_stats() if crawler.stats else {}
    result.bytes = int(stats.get("downloader/response_bytes", 0))
    if crawler.stats and stats.get("finish_reason") not in ("finished", None):
        return result  # shut down (Ctrl-C): stays "running", resumable
    meta.update(
        status="complete",
        finished=now_iso(),
        pages=result.pages,
        by_status={str(k): v for k, v in result.by_status.items()},
        seconds=round(seconds, 3),
        failures=result.failures,
        disallowed_by_robots=result.disallowed,
        not_modified=result.not_modified,
        carried=result.carried,
        response_bytes=result.bytes,
        sites=result.sites,
    )
    data.write_crawl_meta(crawl_id, meta)
    shutil.rmtree(crawl_dir / "job", ignore_errors=True)
    return result

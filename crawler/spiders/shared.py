"""The sites spider as one worker of a crawl shared through a Redis frontier (crawler/frontier.py).

The queue, the seen-set and what each worker holds in flight live in Redis; this subclass only
says what differs from a crawl in one process: the first worker queues the seeds and sitemaps (the
others take work from the queue), requests keep to one per-site pace across all workers, and a
recrawl sends every page a conditional request (a sitemap's lastmod is read by whichever worker
fetched the sitemap, so no worker could trust it for the pages the others fetch).
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler

from crawler.frontier import Frontier
from crawler.spiders.budget import SiteFigures
from crawler.spiders.sites import SitesSpider


class FiguresOfAnySite(dict[str, SiteFigures]):
    """A worker's per-site figures (the budget middleware's counts). A request popped from the
    frontier may name a site this worker never met (another worker queued its seed, or followed its
    redirect to a new host): it is counted from there, against the same budget."""

    def __init__(self, budget: int) -> None:
        super().__init__()
        self.budget = budget

    def __missing__(self, site: str) -> SiteFigures:
        self[site] = figures = SiteFigures(budget=self.budget)
        return figures


class SharedSitesSpider(SitesSpider):
    name = "sites-shared"
    custom_settings = {
        "DOWNLOADER_MIDDLEWARES": SitesSpider.custom_settings["DOWNLOADER_MIDDLEWARES"],
        "DOWNLOAD_HANDLERS": {scheme: "crawler.frontier.PacedDownloadHandler" for scheme in ("http", "https")},
        "SPIDER_MIDDLEWARES": {"crawler.frontier.LinksFirst": 950},  # next to the callback: sees its output first
        "EXTENSIONS": {"crawler.frontier.Acknowledge": 500},
    }

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.trust_sitemaps = False

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> SharedSitesSpider:
        spider: SharedSitesSpider = super().from_crawler(crawler, *args, **kwargs)  # type: ignore[assignment]
        spider.figures = FiguresOfAnySite(crawler.settings.getint("AMBITI_SITE_BUDGET"))
        return spider

    async def start(self) -> Any:
        """The first worker queues the seeds and sitemaps at once, before any download: a worker
        killed later has handed them all to the frontier (Scrapy takes start requests lazily)."""
        if not Frontier(self.settings["REDIS_URL"], self.crawl_id).claim_seeding():
            return
        async for output in super().start():
            if isinstance(output, Request):
                self.crawler.engine.crawl(output)  # type: ignore[union-attr]
            else:
                yield output

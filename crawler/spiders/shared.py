"""The sites spider as one worker of a crawl shared through a Redis frontier (crawler/frontier.py).

The queue, the seen-set and what each worker holds in flight live in Redis; this subclass only
says what differs from a crawl in one process: the first worker queues the seeds and sitemaps (the
others take work from the queue), requests keep to one per-site pace across all workers, each
site's budget and settled state are the crawl's (crawler/spiders/sitestate.py), and a recrawl
sends every page a conditional request (a sitemap's lastmod is read by whichever worker fetched
the sitemap, so no worker could trust it for the pages the others fetch).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import scrapy
from redis.client import Pipeline
from scrapy import Request
from scrapy.crawler import Crawler

from crawler.frontier import Frontier
from crawler.spiders.budget import BUDGET_MIDDLEWARE_ORDER, SiteBudget, SiteFigures
from crawler.spiders.sitecount import VERDICT
from crawler.spiders.sites import SitesSpider
from crawler.spiders.sitestate import Shown, SiteState, WorkerFigures


class SharedSitesSpider(SitesSpider):
    name = "sites-shared"
    custom_settings = {
        "DOWNLOADER_MIDDLEWARES": SitesSpider.custom_settings["DOWNLOADER_MIDDLEWARES"]
        | {
            "crawler.spiders.budget.SiteBudget": None,
            "crawler.spiders.shared.SharedSiteBudget": BUDGET_MIDDLEWARE_ORDER,
        },
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
        settings = crawler.settings
        spider.figures = WorkerFigures(settings.getint("AMBITI_SITE_BUDGET"))
        spider.news = Shown()
        spider.state = SiteState(Frontier(settings["REDIS_URL"], spider.crawl_id), settings["AMBITI_WORKER"])
        return spider

    def share(self, pipe: Pipeline, final: bool = False) -> None:
        """Add to `pipe` what this worker counted since it last shared (crawler/spiders/sitestate.py); when
        it is `final`, the links its reserve still holds too (`held`)."""
        if final:
            self.state.hold(pipe, self.reserve.links)
        self.state.share(pipe, self.figures, self.news)

    def _common_lines(self, site: str, lines: frozenset[str]) -> frozenset[str]:
        known = self.ambito_lines.setdefault(site, Counter())
        return self.state.common_lines(site, lines, known) if lines else frozenset()

    def idle(self) -> None:
        """A site's reserve is given back when the whole crawl has run dry, as in one process: not while a
        request is queued or in flight anywhere (it may settle the site or spend its budget), and with the
        room the crawl's own counts leave."""
        if self.state.frontier.pending():
            return
        self.state.refresh(self.figures, self.reserve.sites())
        super().idle()

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


class SharedSiteBudget(SiteBudget):
    """The budget middleware of a worker: a request counted, or refused, against its site's figures for the
    whole crawl (crawler/spiders/sitestate.py), so that N workers spend one budget between them."""

    def count(self, site: str, fig: SiteFigures, request: scrapy.Request, low: bool) -> tuple[str, int]:
        """Counted when the frontier popped it (crawler/spiders/sitecount.py), or now."""
        verdict = request.meta.pop(VERDICT, None)
        return verdict or self.crawler.spider.state.count(request, low, fig.budget)  # type: ignore[union-attr]

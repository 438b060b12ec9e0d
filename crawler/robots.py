"""Scrapy's RobotsTxtMiddleware, with the rules given to every request that waits for a robots.txt.

Scrapy 2.19's middleware makes the requests to a site that arrive while its robots.txt is being
downloaded await one shared Deferred through `asFuture`, which consumes the Deferred's result:
the first waiter gets the rules, every later one gets None, "no robots.txt", and is let through.
A crawl in one process starts every seed of a host at once (the demo and benchmark webs hold many
sites on one host; a seeds file may name several pages of one site), and a worker of a shared crawl
(crawler/frontier.py) pops up to CONCURRENT_REQUESTS requests from the frontier at once, other
workers' links among them: both fetched the demo's disallowed page. Here a request reads the rules
the middleware stored for the site once that wait is over, whoever got the result.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

SCRAPY_MIDDLEWARE = "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware"
ORDER = 100  # Scrapy's own place for it: before the budget (crawler/spiders/budget.py) and retries


class RobotsTxt(RobotsTxtMiddleware):
    async def robot_parser(self, request: Request) -> RobotParser | None:
        waited = await super().robot_parser(request)
        stored = self._parsers[urlparse_cached(request).netloc]  # set before the wait ends
        return waited if isinstance(stored, Deferred) else stored


def robots_middlewares() -> dict[str, int | None]:
    """DOWNLOADER_MIDDLEWARES entries that put RobotsTxt in the place of Scrapy's middleware."""
    return {SCRAPY_MIDDLEWARE: None, f"{__name__}.RobotsTxt": ORDER}

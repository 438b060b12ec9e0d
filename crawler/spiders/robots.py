"""robots.txt: Scrapy's RobotsTxtMiddleware, obeyed by every request that waits for a site's
robots.txt, and fetched once per host (the spider reads the same answer for its Sitemap lines).

Scrapy 2.19's middleware makes the requests to a site that arrive while its robots.txt is being
downloaded await one shared Deferred through `asFuture`, which consumes the Deferred's result:
the first waiter gets the rules, every later one gets None, "no robots.txt", and is let through.
A crawl in one process starts every seed of a host at once (the demo and benchmark webs hold many
sites on one host; a seeds file may name several pages of one site), and a worker of a shared crawl
(crawler/frontier.py) pops up to CONCURRENT_REQUESTS requests from the frontier at once, other
workers' links among them: both fetched the demo's disallowed page. Here a request reads the rules
the middleware stored for the site once that wait is over, whoever got the result.

The spider asks for robots.txt too, for its Sitemap lines (crawler/spiders/sites.py): that request
waits for the middleware's download like any other and is answered with the same response, so a
site spends one request of its budget on robots.txt, not two (~5 % of a small site's requests).
"""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Response
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

SCRAPY_MIDDLEWARE = "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware"
ORDER = 100  # Scrapy's own place for it: before the budget (crawler/spiders/budget.py): a reuse costs nothing


class RobotsTxt(RobotsTxtMiddleware):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.answers: dict[str, Response] = {}  # robots.txt URL -> its 200 answer

    async def process_request(self, request: Request, spider: Spider | None = None) -> Response | None:
        await super().process_request(request)  # refuses a disallowed request
        kept = self.answers.get(request.url)
        return kept.replace(request=request) if kept is not None else None

    async def robot_parser(self, request: Request) -> RobotParser | None:
        waited = await super().robot_parser(request)
        stored = self._parsers[urlparse_cached(request).netloc]  # set before the wait ends
        return waited if isinstance(stored, Deferred) else stored

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status == 200:  # under the URL asked too: an old address's robots.txt redirects to the new one's
            self.answers[response.url] = self.answers[urljoin(request.url, "/robots.txt")] = response
        await super()._parse_robots(response, netloc, request)


def robots_middlewares() -> dict[str, int | None]:
    """DOWNLOADER_MIDDLEWARES entries that put RobotsTxt in the place of Scrapy's middleware."""
    return {SCRAPY_MIDDLEWARE: None, f"{__name__}.RobotsTxt": ORDER}

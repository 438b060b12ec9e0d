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

A site's `Crawl-delay` is obeyed too (Scrapy reads it and leaves it unused): its requests then go
one at a time through a download slot of their own, at least that many seconds apart (capped by
AMBITI_MAX_CRAWL_DELAY; `--fast`, a web of one's own, sets the cap to 0 and ignores it), and
AutoThrottle no longer lowers that pace; a frontier worker's site token lasts as long
(crawler/frontier.py).
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
        self.delays: dict[str, float] = {}  # netloc -> the Crawl-delay its robots.txt asks for
        self.max_delay = crawler.settings.getfloat("AMBITI_MAX_CRAWL_DELAY")

    async def process_request(self, request: Request, spider: Spider | None = None) -> Response | None:
        await super().process_request(request)  # refuses a disallowed request
        netloc = urlparse_cached(request).netloc
        if netloc in self.delays:
            self._pace(request, netloc, self.delays[netloc])
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
        parser = self._parsers.get(netloc)
        if self.max_delay > 0 and isinstance(parser, RobotParser):
            asked = parser.crawl_delay(self._robotstxt_useragent or self._default_useragent)
            if asked:
                self.delays[netloc] = min(float(asked), self.max_delay)

    def _pace(self, request: Request, netloc: str, delay: float) -> None:
        """Send the request through the site's own slot (the downloader keys slots by host name, so
        that sites on one host with other ports keep theirs), one at a time, `delay` apart."""
        request.meta["download_slot"] = netloc
        request.meta["crawl_delay"] = delay
        request.meta["autothrottle_dont_adjust_delay"] = True
        downloader = self.crawler.engine.downloader
        downloader.per_slot_settings[netloc] = {"concurrency": 1, "delay": delay, "jitter": 0}
        slot = downloader.slots.get(netloc)
        if slot is not None:  # made before the rules were known
            slot.concurrency, slot.delay, slot.jitter = 1, max(slot.delay, delay), 0


def robots_middlewares() -> dict[str, int | None]:
    """DOWNLOADER_MIDDLEWARES entries that put RobotsTxt in the place of Scrapy's middleware."""
    return {SCRAPY_MIDDLEWARE: None, f"{__name__}.RobotsTxt": ORDER}

"""Downloader middlewares of the sites spider: what Scrapy's own do not say or do.

- `RedirectLoops`: Scrapy follows A -> B -> A until REDIRECT_MAX_TIMES, or its dupe filter drops
  the second A without a word; here a redirect back into its own chain fails as a loop, with the chain.
- `SiteHealth`: a per-site back-off. After `AMBITI_SITE_FAILURES` network failures in a row
  (timeouts, refused, DNS; no answer between), the site is given up for the rest of the crawl: its
  other requests fail at once as `site-unreachable` instead of each waiting out timeouts and
  retries. A 5xx is an answer: the site is there, the page is retried and reported on its own.
- `SkipArchived`: a redirect to a URL this crawl already archived or carried is not fetched again,
  nor the second copy of a list's page the spider asked again at a higher priority.
"""

from __future__ import annotations

import logging
from collections import Counter
from urllib.parse import urljoin, urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from crawler.outcomes import RedirectLoop, SiteGivenUp

logger = logging.getLogger(__name__)


class AlreadyArchived(IgnoreRequest):
    """A redirect to a page this crawl holds already: not a loss, the page is in the crawl."""


class RedirectLoops:
    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        location = response.headers.get("Location")
        if 300 <= response.status < 400 and location:
            target = urljoin(request.url, location.decode("latin-1"))
            chain = [*request.meta.get("redirect_urls", []), request.url]
            if target in chain:
                raise RedirectLoop(" -> ".join([*chain, target]))
        return response


class SiteHealth:
    def __init__(self, crawler: Crawler) -> None:
        self.limit = crawler.settings.getint("AMBITI_SITE_FAILURES", 8)
        self.failures: Counter[str] = Counter()
        self.given_up: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteHealth:
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        host = urlsplit(request.url).netloc
        if host in self.given_up:
            raise SiteGivenUp(f"{host} failed {self.limit} times in a row")

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        self.failures.pop(urlsplit(request.url).netloc, None)
        return response

    def process_exception(self, request: Request, exception: Exception, spider: Spider | None = None) -> None:
        if isinstance(exception, IgnoreRequest):
            return
        host = urlsplit(request.url).netloc
        self.failures[host] += 1
        if self.limit and self.failures[host] >= self.limit and host not in self.given_up:
            self.given_up.add(host)
            logger.warning("giving up %s for this crawl: %d failures in a row", host, self.failures[host])


class SkipArchived:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SkipArchived:
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        spider = self.crawler.spider
        archived = getattr(spider, "archived", ())
        if request.meta.get("redirect_urls") and request.url in archived:
            raise AlreadyArchived(f"redirect to {request.url}, already in this crawl")
        if request.url in archived and request.url in getattr(spider, "promoted", ()):
            raise AlreadyArchived(f"{request.url} asked twice, already in this crawl")

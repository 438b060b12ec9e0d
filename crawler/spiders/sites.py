"""The one spider: fetch seeds, archive every response, follow relevant links on the same site.

It never extracts facts (that runs later, from the archive, on every core): a callback that
parses pages with BeautifulSoup holds Scrapy's single reactor thread and drops a crawl from
~180 to ~29 pages/s. Links are scored before a Request is created.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure

from crawler.archive import read_body, read_index, read_links
from crawler.records import PageSnapshot
from crawler.scoring import link_score
from crawler.spiders.links import RelevantLinks


class SitesSpider(scrapy.Spider):
    name = "sites"
    handle_httpstatus_list = [304, 404, 410]  # archived too: 404/410 mean "gone" on a recrawl

    def __init__(
        self,
        seeds: list[str] | None = None,
        previous_crawl: str | None = None,
        seeds_file: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if seeds_file:  # `scrapy crawl sites -a seeds_file=...` and scrapyd's schedule.json
            from crawler.run import read_seeds

            seeds = read_seeds(Path(seeds_file))
        self.seeds = list(seeds or [])
        self.hosts = {urlsplit(u).netloc for u in self.seeds}
        self.previous: dict[str, PageSnapshot] = {}
        self.previous_links: dict[str, list[str]] = {}
        self.crawls_dir: Path | None = None
        if previous_crawl:
            prev = Path(previous_crawl)
            self.crawls_dir = prev.parent
            self.previous = {s.url: s for s in read_index(prev) if s.status == 200}
            self.previous_links = read_links(prev)
        self.links = RelevantLinks()
        self.seen: set[str] = set()
        self.failures: list[str] = []
        self.disallowed: list[str] = []

    def _request(self, url: str, depth_hint: int = 0, **meta: Any) -> scrapy.Request:
        headers = {}
        prev = self.previous.get(url)
        if prev is not None:
            if prev.etag:
                headers["If-None-Match"] = prev.etag
            if prev.last_modified:
                headers["If-Modified-Since"] = prev.last_modified
        self.seen.add(url)
        return scrapy.Request(url, callback=self.parse, errback=self.failed, headers=headers, meta=meta)

    async def start(self) -> Any:
        for url in self.seeds:
            yield self._request(url, seed=True)
        for host in sorted(self.hosts):
            scheme = urlsplit(next(u for u in self.seeds if urlsplit(u).netloc == host)).scheme
            yield scrapy.Request(
                f"{scheme}://{host}/sitemap.xml",
                callback=self.parse_sitemap,
                errback=self.failed_quietly,
                meta={"handle_httpstatus_list": [404]},
            )

    def parse(self, response: Response) -> Iterator[Any]:
        original = (response.request.meta.get("redirect_urls") or [response.url])[0]
        links = self._outlinks(response, original)
        yield {
            "url": original,
            "final_url": response.url,
            "status": response.status,
            "headers": [(k.decode("latin-1"), b", ".join(v).decode("latin-1")) for k, v in response.headers.items()],
            "body": response.body,
            "previous": self.previous.get(original),
            "links": links,
        }
        for url in links or []:
            if url not in self.seen and urlsplit(url).netloc in self.hosts:
                yield self._request(url)

    def _outlinks(self, response: Response, url: str) -> list[str] | None:
        """The relevant links of a page; for a 304, those the last crawl found on the same bytes
        (no archive read, no parse), else the archived body's."""
        if response.status == 304:
            if url in self.previous_links:
                return self.previous_links[url]
            response = self._archived(response, url)  # type: ignore[assignment]
        if response is None or response.status != 200 or not isinstance(response, TextResponse):
            return None
        return [link.url for link in self.links.extract_links(response)]  # already scored > 0

    def _archived(self, response: Response, url: str) -> Response | None:
        """The body a 304 stands for, so link discovery goes on through unchanged pages."""
        prev = self.previous.get(url)
        if prev is None or self.crawls_dir is None or "html" not in prev.content_type.lower():
            return None  # a PDF has no links to follow
        body = read_body(self.crawls_dir, prev)
        return TextResponse(
            url=prev.final_url,
            status=200,
            body=body,
            headers={"Content-Type": prev.content_type},
            request=response.request,
        )

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        if response.status != 200:
            return
        try:
            sitemap = Sitemap(response.body)
        except Exception as exc:  # a broken sitemap is the site's problem, not the crawl's
            self.logger.warning("unreadable sitemap %s: %s", response.url, exc)
            return
        for entry in sitemap:
            url = entry.get("loc", "")
            if url and url not in self.seen and urlsplit(url).netloc in self.hosts and link_score(url) > 0:
                yield self._request(url)

    def failed(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        reason = failure.getErrorMessage() or failure.type.__name__
        if failure.check(IgnoreRequest) and "robots.txt" in reason:
            self.disallowed.append(request.url)  # the site asked us not to: not a failure
            return
        self.failures.append(f"{request.url}: {reason}")
        self.logger.warning("cannot fetch %s: %s", request.url, reason)

    def failed_quietly(self, failure: Failure) -> None:
        """A site without sitemap.xml is normal."""

"""Reference spiders for the crawl benchmark, with the product's own Scrapy settings.

    bare    fetches a list of URLs and does nothing with them (the floor of what Scrapy costs)
    follow  starts from the seeds and does `response.follow_all(css="a")` on every page
    bs4     fetches a list of URLs and parses each page with BeautifulSoup in the callback

Run by tests/benchmarks/run.py in a child process (Scrapy's reactor cannot restart):

    python -m tests.benchmarks.spiders KIND --urls FILE --jobdir DIR --out RESULT.json [--max-pages N]

Every request goes through `LoopbackOnly`: anything but 127.0.0.1 is dropped before it leaves.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.settings import Settings

from crawler import settings as default_settings

from .scaleweb import LOOPBACK, require_loopback

PHONE = re.compile(r"\b0\d{1,3}[ .]?\d{5,8}\b")


class LoopbackOnly:
    """Downloader middleware: no request leaves for a host other than 127.0.0.1."""

    def process_request(self, request: scrapy.Request, spider: Any = None) -> None:
        if urlsplit(request.url).hostname != LOOPBACK:
            raise IgnoreRequest(f"benchmark: not {LOOPBACK}: {request.url}")


class _Base(scrapy.Spider):
    def __init__(self, urls: list[str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        for u in urls:
            require_loopback(u)
        self.urls = urls
        self.pages = 0
        self.requests_made = 0

    async def start(self) -> Any:
        for url in self.urls:
            self.requests_made += 1
            yield scrapy.Request(url, callback=self.parse)


class BareSpider(_Base):
    name = "bench-bare"

    def parse(self, response: Response) -> None:
        self.pages += 1


class FollowAllSpider(_Base):
    name = "bench-follow"
    allowed_domains = [LOOPBACK]

    def parse(self, response: Response) -> Iterator[scrapy.Request]:
        self.pages += 1
        for request in response.follow_all(css="a", callback=self.parse):
            self.requests_made += 1
            yield request


class SoupSpider(_Base):
    name = "bench-bs4"

    def parse(self, response: Response) -> None:
        from bs4 import BeautifulSoup

        self.pages += 1
        soup = BeautifulSoup(response.body, "lxml")
        for tag in soup(["script", "style", "nav", "footer", "header"]):
            tag.decompose()
        text = soup.get_text(" ", strip=True)
        self.found = getattr(self, "found", 0) + len(soup.select("ul.comuni-ambito li"))
        self.found += len(soup.select("table.comune"))
        self.found += len(PHONE.findall(text))
        self.found += len([a["href"] for a in soup.find_all("a", href=True)])


KINDS = {"bare": BareSpider, "follow": FollowAllSpider, "bs4": SoupSpider}


def bench_settings(jobdir: str, max_pages: int | None) -> Settings:
    """The product's settings, loopback overrides included, as crawler/run.py builds them."""
    s = Settings()
    s.setmodule(default_settings, priority="project")
    s.setdict(default_settings.FAST, priority="cmdline")
    s.setdict(
        {
            "JOBDIR": jobdir,
            "ITEM_PIPELINES": {},
            "LOG_INSTALL_ROOT_HANDLER": False,
            "DOWNLOADER_MIDDLEWARES": {"tests.benchmarks.spiders.LoopbackOnly": 1},
        },
        priority="cmdline",
    )
    if max_pages:
        s.set("CLOSESPIDER_PAGECOUNT", max_pages, priority="cmdline")
    return s


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("kind", choices=sorted(KINDS))
    p.add_argument("--urls", required=True, help="file with one URL per line (127.0.0.1 only)")
    p.add_argument("--jobdir", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--max-pages", type=int)
    args = p.parse_args(argv)
    urls = [u for u in Path(args.urls).read_text(encoding="utf-8").split() if u]
    for u in urls:
        require_loopback(u)
    process = CrawlerProcess(bench_settings(args.jobdir, args.max_pages))
    crawler = process.create_crawler(KINDS[args.kind])
    process.crawl(crawler, urls=urls)
    started = time.monotonic()
    process.start()
    seconds = time.monotonic() - started
    spider = crawler.spider
    stats = crawler.stats.get_stats() if crawler.stats else {}
    usage = resource.getrusage(resource.RUSAGE_SELF)
    result = {
        "kind": args.kind,
        "pages": spider.pages,  # type: ignore[union-attr]
        "seconds": seconds,
        "requests_made": spider.requests_made,  # type: ignore[union-attr]
        "status_200": int(stats.get("downloader/response_status_count/200", 0)),
        "responses": int(stats.get("response_received_count", 0)),
        "bytes": int(stats.get("downloader/response_bytes", 0)),
        "dupefilter_filtered": int(stats.get("dupefilter/filtered", 0)),
        "offsite_filtered": int(stats.get("offsite/filtered", 0)),
        "finish_reason": stats.get("finish_reason"),
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
    }
    Path(args.out).write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The one way this project starts Scrapy: the project settings, then explicit overrides.

Crawls (crawler/run.py), registry downloads and `ambiti extract URL` all come through here, so
every request obeys robots.txt and sends the project's User-Agent, with the same retries and
caps. Speed settings for a local test web are an explicit `fast` choice, never a property of the host.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler import settings as project_settings
from crawler.errors import FetchError
from crawler.spiders.registries import RegistrySpider


def crawler_process(overrides: dict[str, Any] | None = None, *, fast: bool = False) -> CrawlerProcess:
    settings = Settings()
    settings.setmodule(project_settings, priority="project")
    if fast:
        settings.setdict(project_settings.FAST, priority="cmdline")
    settings.setdict({"LOG_INSTALL_ROOT_HANDLER": False, **(overrides or {})}, priority="cmdline")
    return CrawlerProcess(settings)


# A crawl makes many short-lived objects a response (requests, deferreds, headers): at Python's default
# threshold of 700 the young generation was collected 1,765 times and the oldest 13 times in a crawl of
# 5,412 pages, 2.2 s of its ~45 s of CPU; at 20,000 for the engine run, 0.28 s in all (docs/benchmarks.md,
# "Issue 17: the crawl's CPU per response", branch crawlcpu3).
CRAWL_GC_THRESHOLD = 20_000


@contextmanager
def crawl_gc() -> Iterator[None]:
    """The cycle collector for a crawl's engine run: start-up objects (modules, settings, the
    previous index) frozen out of it, and the young generation collected less often."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(CRAWL_GC_THRESHOLD, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


@dataclass
class Fetched:
    body: bytes
    content_type: str | None


def fetch(url: str, *, maxsize: int | None = None) -> Fetched:
    """One download, as a crawl makes it (robots.txt, User-Agent, retries)."""
    got: list[Fetched] = []
    process = crawler_process({"DOWNLOAD_MAXSIZE": maxsize} if maxsize else None)
    crawler = process.create_crawler(RegistrySpider)
    process.crawl(crawler, url=url, on_body=lambda body, ctype: got.append(Fetched(body, ctype)))
    process.start()
    if not got:
        error = getattr(crawler.spider, "error", None)
        raise FetchError(error or f"{url}: nothing downloaded; check the URL and the network")
    return got[0]

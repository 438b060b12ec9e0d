"""The one way this project starts Scrapy: the project settings, then explicit overrides.

Crawls (crawler/run.py), registry downloads and `ambiti extract URL` all come through here, so
every request obeys robots.txt and sends the project's User-Agent, with the same retries and
caps. Speed settings for a local test web are an explicit `fast` choice, never a property of the host.
"""

from __future__ import annotations

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

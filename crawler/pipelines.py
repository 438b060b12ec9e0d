"""Item pipeline: archive every fetched response (WARC + index) and report progress."""

from __future__ import annotations

import sys
import time
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from crawler.archive import ArchiveWriter


class ArchivePipeline:
    """Archives into the spider's crawl dir; the crawl's record is kept by crawler/crawls.py."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.progress = crawler.settings.getbool("AMBITI_PROGRESS")
        self.writer: ArchiveWriter | None = None
        self.count = 0  # responses
        self.carried = 0  # pages not requested (crawler/spiders/sites.py)
        self.by_status: dict[int, int] = {}
        self.bytes = 0
        self._last = 0.0
        self._start = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        return cls(crawler)

    def open_spider(self, spider: Spider | None = None) -> None:
        spider = spider or self.crawler.spider
        worker = self.crawler.settings.get("AMBITI_WORKER")  # one of a frontier's workers (crawler/frontier.py)
        self.writer = ArchiveWriter(spider.crawl_dir, spider.crawl_id, worker)  # type: ignore[union-attr]

    def close_spider(self, spider: Spider | None = None) -> None:
        if self.writer:
            self.writer.close()
        if self.progress:
            self._report(final=True)

    def process_item(self, item: dict[str, Any], spider: Spider | None = None) -> dict[str, Any]:
        assert self.writer is not None
        if item.get("links") is not None:  # before the index line: a page in the index has its links on file
            where = {k: item[k] for k in ("hops", "chain", "priorities") if item.get(k) is not None}
            self.writer.write_links(item["url"], item["links"], **where)
        if item.get("carried"):  # not requested or not reachable: the previous snapshot stands, as for a 304
            self.writer.carry(item["previous"], item["carried"])
            self.carried += 1
        else:
            self.writer.write(
                item["url"],
                item["final_url"],
                item["status"],
                item["headers"],
                item["body"],
                previous=item.get("previous"),
            )
            self.count += 1
            self.by_status[item["status"]] = self.by_status.get(item["status"], 0) + 1
            self.bytes += len(item["body"])
        if self.progress and time.monotonic() - self._last > 1.0:
            self._report()
        return {"url": item["url"], "status": item.get("status"), "carried": item.get("carried")}

    def _report(self, final: bool = False) -> None:
        self._last = time.monotonic()
        rate = self.count / max(self._last - self._start, 1e-6)
        statuses = " ".join(f"{k}:{v}" for k, v in sorted(self.by_status.items()))
        end = "\n" if final else "\r"
        carried = f", {self.carried} carried (unchanged by the sitemap)" if self.carried else ""
        sys.stderr.write(
            f"crawl: {self.count} responses archived ({rate:.0f}/s, {self.bytes / 1e6:.1f} MB) [{statuses}]"
            f"{carried}{end}"
        )
        sys.stderr.flush()

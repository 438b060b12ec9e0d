"""Item pipeline: archive every fetched response (WARC + index) and report progress."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from crawler.archive import ArchiveWriter, now_iso
from crawler.datadir import DataDir, default_data_dir


class ArchivePipeline:
    def __init__(self, crawl_dir: Path, crawl_id: str, progress: bool) -> None:
        self.crawl_dir = crawl_dir
        self.crawl_id = crawl_id
        self.progress = progress
        self.writer: ArchiveWriter | None = None
        self.count = 0  # responses
        self.carried = 0  # pages not requested (crawler/spiders/sites.py)
        self.by_status: dict[int, int] = {}
        self.bytes = 0
        self._last = 0.0
        self._start = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        s = crawler.settings
        if s.get("AMBITI_CRAWL_DIR"):
            return cls(Path(s["AMBITI_CRAWL_DIR"]), s["AMBITI_CRAWL_ID"], s.getbool("AMBITI_PROGRESS"))
        # started by `scrapy crawl` or scrapyd rather than `ambiti crawl`: own the crawl's metadata
        data = DataDir(default_data_dir()).ensure()
        crawl_id = data.new_crawl_id()
        pipeline = cls(data.crawls / crawl_id, crawl_id, progress=False)
        pipeline.data = data
        pipeline.crawler = crawler
        return pipeline

    data: DataDir | None = None
    crawler: Crawler | None = None

    def open_spider(self, spider: Spider | None = None) -> None:
        self.writer = ArchiveWriter(self.crawl_dir, self.crawl_id)
        if self.data is not None:
            seeds = list(getattr(self.crawler.spider if self.crawler else spider, "seeds", []))
            self.data.write_crawl_meta(
                self.crawl_id, {"id": self.crawl_id, "status": "running", "seeds": seeds, "started": now_iso()}
            )

    def close_spider(self, spider: Spider | None = None) -> None:
        if self.writer:
            self.writer.close()
        if self.data is not None:
            meta = self.data.crawl_meta(self.crawl_id)
            meta.update(status="complete", finished=now_iso(), pages=self.count + self.carried, carried=self.carried)
            self.data.write_crawl_meta(self.crawl_id, meta)
        if self.progress:
            self._report(final=True)

    def process_item(self, item: dict[str, Any], spider: Spider | None = None) -> dict[str, Any]:
        assert self.writer is not None
        if item.get("carried"):  # not requested: the previous snapshot stands, as for a 304
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
        if item.get("links") is not None:
            self.writer.write_links(item["url"], item["links"])
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

"""The product crawl with proposed patches applied in this process only (no product file changes).

    A2. link discovery on the raw bytes: one regex finds each <a href="...">text</a>, then the same
        keyword pre-check and exact `link_score` as crawler/spiders/links.py (patch A, in the product).
        The crawl then never builds an lxml tree for a page (~1.2 ms per 100 KB page) nor walks its
        elements (~2.5 ms): the page is only archived, and parsed once later by the extractor.
    B2. archive in a writer thread: the pipeline hands each item to a thread that writes the WARC
        record and the index (zlib and hashlib release the GIL), so archiving overlaps the reactor.

The benchmark runs this beside the product's crawl to show what the patch would buy (row 1).
Run as `python -m tests.benchmarks.patched --seeds FILE --data-dir DIR [--recrawl]`.
"""

from __future__ import annotations

import argparse
import html
import queue
import re
import threading
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urljoin

from scrapy.http import Response, TextResponse
from scrapy.link import Link
from scrapy.utils.response import get_base_url

from crawler.scoring import KEYWORDS, SKIP_EXTENSIONS, link_score

from .scaleweb import require_loopback

ANY_KEYWORD = re.compile("|".join(f"(?:{p})" for p in KEYWORDS), re.I)
SKIP_SCHEMES = ("#", "mailto:", "javascript:", "tel:", "data:")
ANCHOR = re.compile(
    r"""<(?:a|area)\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))[^>]*>(?:(.*?)</a\s*>)?""",
    re.I | re.S,
)
TAG = re.compile(r"<[^>]*>")


class RegexLinks:
    """Drop-in for crawler.spiders.links.RelevantLinks that reads the decoded text, not a tree."""

    def extract_links(self, response: Response) -> list[Link]:
        if not isinstance(response, TextResponse):
            return []
        text_all = response.text
        base: str | None = None
        seen: set[str] = set()
        out: list[Link] = []
        for m in ANCHOR.finditer(text_all):
            href = html.unescape((m.group(1) or m.group(2) or m.group(3) or "").strip())
            if not href or href.startswith(SKIP_SCHEMES):
                continue
            inner = m.group(4) or ""
            if not ANY_KEYWORD.search(unquote(href)) and not ANY_KEYWORD.search(inner):
                continue
            text = " ".join(html.unescape(TAG.sub(" ", inner)).split())
            base = base or get_base_url(response)
            url = urldefrag(urljoin(base, href))[0]
            if url in seen or SKIP_EXTENSIONS.search(url) or link_score(url, text) <= 0:
                continue
            seen.add(url)
            out.append(Link(url, text))
        return out


def threaded_pipeline() -> type:
    from crawler.pipelines import ArchivePipeline

    class ThreadedArchivePipeline(ArchivePipeline):
        """Patch B2: the same writes, in order, on one writer thread; errors surface on the next item."""

        def open_spider(self, spider: Any = None) -> None:
            super().open_spider(spider)
            self._queue: queue.Queue[dict[str, Any] | None] = queue.Queue(maxsize=256)
            self._error: BaseException | None = None
            self._thread = threading.Thread(target=self._drain, name="archive-writer", daemon=True)
            self._thread.start()

        def _drain(self) -> None:
            while (item := self._queue.get()) is not None:
                try:
                    assert self.writer is not None
                    self.writer.write(item["url"], item["final_url"], item["status"], item["headers"], item["body"],
                                      previous=item.get("previous"))
                    if item.get("links") is not None:
                        self.writer.write_links(item["url"], item["links"])
                except BaseException as exc:  # reported on the reactor thread
                    self._error = exc

        def process_item(self, item: dict[str, Any], spider: Any = None) -> dict[str, Any]:
            if self._error is not None:
                raise self._error
            self._queue.put(item)
            self.count += 1
            self.by_status[item["status"]] = self.by_status.get(item["status"], 0) + 1
            self.bytes += len(item["body"])
            return {"url": item["url"], "status": item["status"]}

        def close_spider(self, spider: Any = None) -> None:
            self._queue.put(None)
            self._thread.join()
            super().close_spider(spider)
            if self._error is not None:
                raise self._error

    return ThreadedArchivePipeline


def apply(patches: str = "A2,B2") -> None:
    import crawler.pipelines
    import crawler.spiders.sites

    if "A2" in patches:
        crawler.spiders.sites.RelevantLinks = RegexLinks  # type: ignore[misc,assignment]
    if "B2" in patches:
        crawler.pipelines.ArchivePipeline = threaded_pipeline()  # type: ignore[misc]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--seeds", help="seeds file (not needed with --recrawl)")
    p.add_argument("--data-dir", required=True)
    p.add_argument("--recrawl", action="store_true", help="recrawl the data dir's last crawl")
    p.add_argument("--patches", default="A2,B2", help="comma-separated: A2, B2 (default both)")
    args = p.parse_args(argv)
    from crawler.datadir import DataDir
    from crawler.run import read_seeds, run_crawl

    data = DataDir(Path(args.data_dir)).ensure()
    seeds = data.crawl_meta(data.latest_crawl() or "")["seeds"] if args.recrawl else read_seeds(Path(args.seeds))
    for s in seeds:
        require_loopback(s)
    apply(args.patches)
    result = run_crawl(data, seeds, fresh=not args.recrawl, recrawl=args.recrawl, progress=False)
    print(f"crawl {result.crawl_id}: {result.pages} URLs archived in {result.seconds:.3f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The product crawl with two proposed patches applied in this process only (no product file changes).

    A. link discovery: score the raw href and anchor text of each <a> first and resolve (urljoin,
       normalise, Link objects) only the few that pass, instead of Scrapy's LinkExtractor on all
       ~230 links of a page (~9.5 ms per 100 KB page) followed by link_score (~2.6 ms).
    B. WARC compression at zlib level 1 instead of warcio's hard-coded level 9 (~2.9 ms per page).

    C. recrawl: remember each page's relevant outlinks (links.jsonl beside the index); on a 304 re-issue
       them instead of reading the archived body back from the WARC and running link discovery again.

The benchmark runs this beside the unpatched crawl to show what the patches in docs/benchmarks.md
would buy. Run as `python -m tests.benchmarks.patched --seeds FILE --data-dir DIR [--patches ABC] [--recrawl]`.
"""

from __future__ import annotations

import argparse
import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from scrapy.http import Response, TextResponse
from scrapy.link import Link
from scrapy.utils.response import get_base_url
from warcio.warcwriter import GzippingWrapper, WARCWriter

from crawler.scoring import KEYWORDS, SKIP_EXTENSIONS, link_score

from .scaleweb import require_loopback

ANY_KEYWORD = re.compile("|".join(f"(?:{p})" for p in KEYWORDS), re.I)
SKIP_SCHEMES = ("#", "mailto:", "javascript:", "tel:", "data:")


class RelevantLinks:
    """Patch A: a drop-in for `LinkExtractor(unique=True, deny_extensions=[])` in SitesSpider that
    only builds Links whose raw href + anchor text can score > 0 (exact link_score re-checked)."""

    def extract_links(self, response: Response) -> list[Link]:
        root = response.selector.root  # the lxml tree Scrapy parses anyway (parsel, cached)
        base = None
        seen: set[str] = set()
        out: list[Link] = []
        for el in root.iter("a", "area"):
            href = el.get("href")
            if not href:
                continue
            href = href.strip()
            if href.startswith(SKIP_SCHEMES):
                continue
            text = " ".join("".join(el.itertext()).split())
            raw = unquote(href)
            if not ANY_KEYWORD.search(raw) and not ANY_KEYWORD.search(text):
                continue
            if base is None:
                base = get_base_url(response)
            url = urldefrag(urljoin(base, href))[0]
            if url in seen or SKIP_EXTENSIONS.search(url) or link_score(url, text) <= 0:
                continue
            seen.add(url)
            out.append(Link(url, text))
        return out


class FastGzipWARCWriter(WARCWriter):
    """Patch B: one gzip member per record, as warcio writes them, at level 1."""

    def _write_warc_record(self, out: Any, record: Any) -> None:
        wrapped = GzippingWrapper(out)
        wrapped.compressor = zlib.compressobj(1, zlib.DEFLATED, zlib.MAX_WBITS + 16)
        self.gzip = False
        try:
            super()._write_warc_record(wrapped, record)
        finally:
            self.gzip = True


def patched_spider(patches: str) -> type:
    from crawler.spiders.sites import SitesSpider

    class PatchedSitesSpider(SitesSpider):
        def __init__(self, *args: Any, previous_crawl: str | None = None, **kwargs: Any) -> None:
            super().__init__(*args, previous_crawl=previous_crawl, **kwargs)
            if "A" in patches:
                self.links = RelevantLinks()
            self.prev_links: dict[str, list[str]] = {}
            if "C" in patches and previous_crawl and (Path(previous_crawl) / "links.jsonl").exists():
                for line in (Path(previous_crawl) / "links.jsonl").read_text(encoding="utf-8").splitlines():
                    entry = json.loads(line)
                    self.prev_links[entry["url"]] = entry["links"]
            self._links_out: Any = None

        def _remember(self, url: str, links: list[str]) -> None:
            if "C" not in patches:
                return
            if self._links_out is None:
                crawl_dir = Path(self.crawler.settings["AMBITI_CRAWL_DIR"])
                self._links_out = (crawl_dir / "links.jsonl").open("a", encoding="utf-8")
            self._links_out.write(json.dumps({"url": url, "links": links}) + "\n")

        def closed(self, reason: str) -> None:
            if self._links_out is not None:
                self._links_out.close()

        def parse(self, response: Response) -> Iterator[Any]:
            original = (response.request.meta.get("redirect_urls") or [response.url])[0]
            yield {
                "url": original, "final_url": response.url, "status": response.status,
                "headers": [(k.decode("latin-1"), b", ".join(v).decode("latin-1"))
                            for k, v in response.headers.items()],
                "body": response.body, "previous": self.previous.get(original),
            }
            if response.status == 304 and original in self.prev_links:
                links = self.prev_links[original]
                self._remember(original, links)
                for url in links:
                    if url not in self.seen and urlsplit(url).netloc in self.hosts:
                        yield self._request(url)
                return
            if response.status == 304:
                response = self._archived(response, original)  # type: ignore[assignment]
            if response is None or response.status != 200 or not isinstance(response, TextResponse):
                return
            found = []
            for link in self.links.extract_links(response):
                if urlsplit(link.url).netloc not in self.hosts or link_score(link.url, link.text) <= 0:
                    continue
                found.append(link.url)
                if link.url not in self.seen:
                    yield self._request(link.url)
            self._remember(original, found)

    return PatchedSitesSpider


def apply(patches: str) -> None:
    import crawler.archive
    import crawler.run

    crawler.run.SitesSpider = patched_spider(patches)  # type: ignore[misc]
    if "B" in patches:
        crawler.archive.WARCWriter = FastGzipWARCWriter  # type: ignore[misc]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--seeds", help="seeds file (not needed with --recrawl)")
    p.add_argument("--data-dir", required=True)
    p.add_argument("--patches", default="AB")
    p.add_argument("--recrawl", action="store_true", help="recrawl the data dir's last crawl")
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

"""Extraction from the archive, on every core, with a cache keyed by content hash.

A page whose bytes did not change since an earlier crawl (same SHA-256, same extractor version)
is not parsed again: its claims are re-used. `reextract=True` ignores the cache (a new extractor
version re-reads the whole archive without touching the network).
"""

from __future__ import annotations

import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.archive import CorruptArchive, read_body, read_index
from crawler.datadir import DataDir, atomic_write
from crawler.extraction.claims import EXTRACTOR_ID, facts_to_claims
from crawler.parsers.extract import extract
from crawler.parsers.serialize import facts_to_json
from crawler.records import Claim, PageFacts, PageSnapshot

__all__ = ["ClaimsCache", "ExtractionStats", "PageResult", "extract_crawl", "extract_page", "facts_to_json", "pages_of"]


@dataclass
class PageResult:
    sha256: str
    url: str
    page_updated_on: str | None
    skipped_reason: str | None
    claims: list[Claim] = field(default_factory=list)
    extractor: str = EXTRACTOR_ID
    lost: str | None = None  # the WARC file whose record could not be read: never cached, never built

    def to_json(self) -> str:
        return json.dumps(
            {
                "sha256": self.sha256,
                "url": self.url,
                "extractor": self.extractor,
                "page_updated_on": self.page_updated_on,
                "skipped_reason": self.skipped_reason,
                "claims": [c.to_dict() for c in self.claims],
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PageResult:
        return cls(
            d["sha256"],
            d["url"],
            d.get("page_updated_on"),
            d.get("skipped_reason"),
            [Claim.from_dict(c) for c in d["claims"]],
            d.get("extractor", ""),
        )


@dataclass
class ExtractionStats:
    pages: int = 0
    parsed: int = 0
    reused: int = 0
    skipped: int = 0
    claims: int = 0
    seconds: float = 0.0
    skipped_reasons: dict[str, str] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)  # WARC file -> records that could not be read


def extract_page(body: bytes, url: str, content_type: str | None = None) -> PageFacts:
    """One page's facts, exactly as an archived page gets them (`ambiti extract` shows them;
    `facts_to_json` gives them in the shape of the gold files)."""
    return extract(body, url, content_type)


def _extract_one(crawls_dir: str, snap: PageSnapshot) -> PageResult:
    """Runs in a worker process: read the body from the WARC and extract. An unreadable record
    (a truncated or damaged file) costs that page only: the build goes on and says what it lost."""
    try:
        body = read_body(Path(crawls_dir), snap)
    except CorruptArchive as exc:
        where = f"{snap.crawl_id}/{snap.warc_file}"
        return PageResult(snap.sha256, snap.final_url, None, f"unreadable archive record ({exc})", lost=where)
    facts = extract_page(body, snap.final_url, snap.content_type)
    return PageResult(
        snap.sha256,
        snap.final_url,
        facts.page_updated_on,
        facts.skipped_reason,
        facts_to_claims(facts, snap.sha256),
    )


class ClaimsCache:
    """Every page result of the data dir's claims files, read once per build (not once per crawl).

    `files` remembers which content hashes each crawl's file holds, so a crawl whose results are
    all re-used and already on file is not written again.
    """

    def __init__(self, data: DataDir | None = None) -> None:
        self.results: dict[str, PageResult] = {}
        self.files: dict[str, set[str]] = {}
        for path in sorted(data.claims.glob("*.jsonl")) if data else []:
            shas = self.files.setdefault(path.stem, set())
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    result = PageResult.from_dict(json.loads(line))
                except (json.JSONDecodeError, KeyError, TypeError):
                    continue  # a damaged cache line only costs a re-parse
                if result.extractor == EXTRACTOR_ID:
                    self.results.setdefault(result.sha256, result)
                    shas.add(result.sha256)


def pages_of(data: DataDir, crawl_id: str) -> list[PageSnapshot]:
    """The crawl's snapshots that carry a page body (200, or a 304 standing for one)."""
    return [s for s in read_index(data.crawls / crawl_id) if s.status == 200]


def extract_crawl(
    data: DataDir,
    crawl_id: str,
    *,
    reextract: bool = False,
    workers: int | None = None,
    progress: bool = False,
    cache: ClaimsCache | None = None,
) -> tuple[dict[str, PageResult], ExtractionStats]:
    """The results of a crawl's pages. Pass one `cache` to several calls to read the claims files
    once (results parsed here are added to it); `reextract` then means passing an empty one."""
    started = time.monotonic()
    snaps = pages_of(data, crawl_id)
    if cache is None:
        cache = ClaimsCache() if reextract else ClaimsCache(data)
    stats = ExtractionStats(pages=len(snaps))
    results: dict[str, PageResult] = {}
    todo: list[PageSnapshot] = []
    for snap in snaps:
        if snap.sha256 in results:
            continue
        if snap.sha256 in cache.results:
            results[snap.sha256] = cache.results[snap.sha256]
            stats.reused += 1
        else:
            todo.append(snap)
            results[snap.sha256] = None  # type: ignore[assignment]  # placeholder keeps order
    workers = workers or os.cpu_count() or 1
    if todo:
        if workers > 1 and len(todo) > 8:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                done = pool.map(
                    _extract_one,
                    [str(data.crawls)] * len(todo),
                    todo,
                    chunksize=max(1, len(todo) // (workers * 8)),
                )
                for n, result in enumerate(done, 1):
                    results[result.sha256] = result
                    if progress and n % 200 == 0:
                        sys.stderr.write(f"extract: {n}/{len(todo)} pages\r")
        else:
            for snap in todo:
                results[snap.sha256] = _extract_one(str(data.crawls), snap)
        stats.parsed = len(todo) - sum(1 for snap in todo if results[snap.sha256].lost)
    for sha, result in list(results.items()):
        if result.lost:
            stats.lost[result.lost] = stats.lost.get(result.lost, 0) + 1
            del results[sha]
            continue
        cache.results.setdefault(result.sha256, result)
        stats.claims += len(result.claims)
        if result.skipped_reason and not result.claims:
            stats.skipped += 1
            stats.skipped_reasons[result.url] = result.skipped_reason
    if todo or cache.files.get(crawl_id) != set(results):
        atomic_write(data.claims / f"{crawl_id}.jsonl", "".join(r.to_json() + "\n" for r in results.values()))
        cache.files[crawl_id] = set(results)
    stats.seconds = time.monotonic() - started
    return results, stats

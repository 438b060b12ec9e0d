"""Build the dataset of a data dir: extract every complete crawl, build quads, load the store."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from crawler.archive import read_index
from crawler.datadir import DataDir, DataDirError
from graph.build import build_quads, sorted_nquads
from graph.extraction import ExtractionStats, extract_crawl
from graph.store import OxigraphStore


@dataclass
class BuildSummary:
    crawls: list[str]
    quads: int
    named_graphs: int
    extraction: ExtractionStats
    seconds: float
    store_bytes: int
    skipped: dict[str, str] = field(default_factory=dict)


def build_dataset(
    data: DataDir, *, reextract: bool = False, workers: int | None = None, progress: bool = True
) -> tuple[bytes, BuildSummary]:
    """All complete crawls -> canonical N-Quads (oldest crawl first, latest consolidated)."""
    started = time.monotonic()
    crawl_ids = data.crawl_ids()
    if not crawl_ids:
        raise DataDirError(f"{data.root}: no complete crawl to build from: run `ambiti crawl` first")
    crawls = []
    total = ExtractionStats()
    for crawl_id in crawl_ids:
        results, stats = extract_crawl(data, crawl_id, reextract=reextract, workers=workers, progress=progress)
        reextract = False  # once per run: later crawls re-use what this one just parsed
        snaps = [s for s in read_index(data.crawls / crawl_id) if s.status == 200]
        crawls.append((crawl_id, data.crawl_meta(crawl_id), snaps, results))
        for name in ("pages", "parsed", "reused", "skipped", "claims"):
            setattr(total, name, getattr(total, name) + getattr(stats, name))
        total.skipped_reasons.update(stats.skipped_reasons)
        if progress:
            sys.stderr.write(
                f"extract {crawl_id}: {stats.pages} pages, {stats.parsed} parsed, "
                f"{stats.reused} re-used, {stats.claims} claims ({stats.seconds:.1f} s)\n"
            )
    quads = build_quads(crawls)
    nquads = sorted_nquads(quads)
    graphs = len({q.graph_name for q in quads})
    summary = BuildSummary(
        crawls=crawl_ids,
        quads=nquads.count(b"\n"),
        named_graphs=graphs,
        extraction=total,
        seconds=0.0,
        store_bytes=0,
        skipped=total.skipped_reasons,
    )
    summary.seconds = time.monotonic() - started
    return nquads, summary


def build_store(data: DataDir, **kwargs: object) -> BuildSummary:
    nquads, summary = build_dataset(data, **kwargs)  # type: ignore[arg-type]
    started = time.monotonic()
    store = OxigraphStore(data.store)
    store.replace_all(nquads)
    store.close()
    summary.seconds += time.monotonic() - started
    summary.store_bytes = dir_size(data.store)
    return summary


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())

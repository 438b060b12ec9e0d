"""Build the dataset of a data dir: extract every complete crawl, stream the graphs, load the store.

The named graphs are written one by one to an N-Quads file in the data dir and bulk-loaded
from there, so a year of weekly crawls of all Italy builds in a few GB: the quads never sit in
one Python list (docs/benchmarks.md, row 6).
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from crawler.archive import CorruptArchive, archive_gaps, check_archive
from crawler.datadir import DataDir, DataDirError
from crawler.extraction.stage import ClaimsCache, ExtractionStats, extract_crawl, pages_of
from graph.build import Chunk, CrawlInput, build_chunks
from graph.query import records as query_rows
from graph.store import local_store
from graph.store_api import LocalStore


@dataclass
class BuildSummary:
    crawls: list[str]
    quads: int
    named_graphs: int
    extraction: ExtractionStats
    seconds: float
    store_bytes: int
    skipped: dict[str, str] = field(default_factory=dict)


def extract_all(
    data: DataDir, *, reextract: bool = False, workers: int | None = None, progress: bool = True
) -> tuple[list[CrawlInput], ExtractionStats]:
    """Every complete crawl, oldest first, with its pages' results (one claims cache for all)."""
    crawl_ids = data.crawl_ids()
    if not crawl_ids:
        raise DataDirError(f"{data.root}: no complete crawl to build from: run `ambiti crawl` first")
    cache = ClaimsCache() if reextract else ClaimsCache(data)
    crawls: list[CrawlInput] = []
    total = ExtractionStats()
    for crawl_id in crawl_ids:
        results, stats = extract_crawl(data, crawl_id, workers=workers, progress=progress, cache=cache)
        pages = pages_of(data, crawl_id)
        crawls.append((crawl_id, data.crawl_meta(crawl_id), pages, results))
        if not reextract:  # cached claims stand in for the bodies: still say when a file was cut
            stats.lost.update(archive_gaps(data.crawls / crawl_id, pages))
        for name in ("pages", "parsed", "reused", "skipped", "claims"):
            setattr(total, name, getattr(total, name) + getattr(stats, name))
        total.skipped_reasons.update(stats.skipped_reasons)
        for warc, n in stats.lost.items():
            total.lost[warc] = total.lost.get(warc, 0) + n
        if progress:
            sys.stderr.write(
                f"extract {crawl_id}: {stats.pages} pages, {stats.parsed} parsed, "
                f"{stats.reused} re-used, {stats.claims} claims ({stats.seconds:.1f} s)\n"
            )
    return crawls, total


def write_nquads(chunks: Iterable[Chunk], path: Path, *, progress: bool = False) -> int:
    """Stream every chunk to an N-Quads file (duplicates left to the store); returns the named graphs."""
    graphs: set[str] = set()
    last = time.monotonic()
    # Building makes millions of small acyclic objects while millions more stay alive (the claims):
    # the cycle collector would re-scan them over and over (~25 % of the build). Nothing here
    # makes cycles worth collecting before the end.
    gc.disable()
    try:
        with path.open("wb") as out:
            for graph, quads in chunks:
                ox.serialize(quads, out, format=ox.RdfFormat.N_QUADS)
                graphs.add(graph.value)
                if progress and time.monotonic() - last > 1.0:
                    last = time.monotonic()
                    sys.stderr.write(f"build: {len(graphs)} named graphs written\r")
    finally:
        gc.enable()
    return len(graphs)


def load_chunks(
    chunks: Iterable[Chunk], store: LocalStore, work_dir: Path, *, progress: bool = False
) -> tuple[int, int]:
    """Write the chunks to a temporary N-Quads file beside the store and bulk-load it: (quads, graphs)."""
    fd, name = tempfile.mkstemp(dir=work_dir, prefix=".build-", suffix=".nq")
    os.close(fd)
    path = Path(name)
    try:
        graphs = write_nquads(chunks, path, progress=progress)
        if progress:
            sys.stderr.write(f"build: loading {path.stat().st_size / 1e6:.0f} MB of N-Quads into the store\n")
        quads = store.replace_all_from_file(path, lenient=True)  # written by pyoxigraph just now
    finally:
        path.unlink(missing_ok=True)
    return quads, graphs


def build_store(
    data: DataDir, *, reextract: bool = False, workers: int | None = None, progress: bool = True
) -> BuildSummary:
    """Extract, build and swap in a new store for the data dir."""
    started = time.monotonic()
    crawls, stats = extract_all(data, reextract=reextract, workers=workers, progress=progress)
    store = local_store(data.store)
    quads, graphs = load_chunks(build_chunks(crawls), store, data.root, progress=progress)
    store.close()
    return BuildSummary(
        crawls=[c[0] for c in crawls],
        quads=quads,
        named_graphs=graphs,
        extraction=stats,
        seconds=time.monotonic() - started,
        store_bytes=dir_size(data.store),
        skipped=stats.skipped_reasons,
    )


@dataclass
class Verification:
    records: int = 0
    problems: list[str] = field(default_factory=list)  # damage: exit 2
    notes: list[str] = field(default_factory=list)  # not damage (a store older than the last crawl)


def verify(data: DataDir) -> Verification:
    """Every WARC record of every crawl against its index, and the store against the consolidated crawls."""
    out = Verification()
    for crawl_id in data.crawl_ids(status=None):
        try:
            records, problems = check_archive(data.crawls / crawl_id)
        except CorruptArchive as exc:
            records, problems = 0, [str(exc)]
        out.records += records
        out.problems += problems
    want = set(data.crawl_ids())
    if not data.store.exists():
        out.notes.append(f"{data.store}: no store yet: run `ambiti build`")
        return out
    try:
        store = local_store(data.store)
        crawls = [row["crawl"] for row in query_rows(store, "release/crawls")]
        store.close()
    except Exception as exc:  # noqa: BLE001 (whatever the store's library raises, it is damage)
        out.problems.append(f"{data.store}: unreadable ({exc}); run `ambiti build` to rebuild it from the crawls")
        return out
    have = {crawl.value.rsplit("/", 1)[-1] for crawl in crawls if crawl is not None}
    if have - want:
        out.problems.append(f"{data.store}: holds crawls that are not consolidated: {', '.join(sorted(have - want))}")
    if want - have:
        out.notes.append(f"{data.store}: built before crawl(s) {', '.join(sorted(want - have))}: run `ambiti build`")
    return out


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())

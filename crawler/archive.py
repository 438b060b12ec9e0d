"""The crawl archive: every response in WARC files, plus a JSONL index of page snapshots.

The archive, not the live web, is what the graph is built from: extraction can be re-run on it
(`ambiti build --reextract`) without touching a municipal server again. Each process that writes
opens a new WARC part file, so a resumed crawl never appends to a file a crash may have cut.
A worker of a crawl shared through a frontier (crawler/frontier.py) writes its own files, named
after it (`index-<worker>.jsonl`, `pages-<worker>-NNNNN.warc.gz`); readers read every part as one crawl.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import os
import zlib
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParser
from warcio.warcwriter import GzippingWrapper, WARCWriter

from crawler.records import PageSnapshot

INDEX = "index.jsonl"
LINKS = "links.jsonl"  # each page's relevant outlinks: a recrawl follows them on a 304 without re-parsing


class CorruptArchive(RuntimeError):
    """A WARC file or the index cannot be read; the message names the file."""


def part_name(name: str, worker: str) -> str:
    """`index.jsonl` of a crawl's single writer, `index-<worker>.jsonl` of one of its workers."""
    stem, dot, ext = name.partition(".")
    return f"{stem}-{worker}{dot}{ext}" if worker else name


def parts(crawl_dir: Path, name: str) -> list[Path]:
    """A crawl's files of one kind, the single writer's first, then each worker's."""
    stem, dot, ext = name.partition(".")
    return [p for p in [crawl_dir / name, *sorted(crawl_dir.glob(f"{stem}-*{dot}{ext}"))] if p.exists()]


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class FastGzipWARCWriter(WARCWriter):
    """One gzip member per record, as warcio writes them, but at zlib level 1 instead of 9:
    ~3 ms less CPU per 100 KB page in the crawl's single thread, for a slightly larger archive."""

    def _write_warc_record(self, out: Any, record: Any) -> None:
        wrapped = GzippingWrapper(out)
        wrapped.compressor = zlib.compressobj(1, zlib.DEFLATED, zlib.MAX_WBITS + 16)
        self.gzip = False
        try:
            super()._write_warc_record(wrapped, record)
        finally:
            self.gzip = True


def response_record(
    final_url: str, status: int, headers: list[tuple[str, str]], body: bytes, fetched_at: str, record_id: str
) -> bytes:
    """The WARC response record warcio's `create_warc_record` + `write_record` make of a body given
    whole, byte for byte (tests/test_archive.py compares them): its WARC/1.0 fields in warcio's order,
    SHA-1 block and payload digests. Built in one piece: warcio copies the body into a spooled temp
    file and digests it in 16 KB reads from Python, ~0.4 ms of the crawl's CPU a page."""
    http = StatusAndHeaders(f"{status} {_reason(status)}", headers, protocol="HTTP/1.1").to_ascii_bytes()
    block = hashlib.sha1(http)
    block.update(body)
    fields = (
        f"WARC/1.0\r\nWARC-Date: {fetched_at}\r\nWARC-Type: response\r\nWARC-Record-ID: {record_id}\r\n"
        f"WARC-Target-URI: {final_url}\r\nWARC-Payload-Digest: sha1:{_base32(hashlib.sha1(body))}\r\n"
        f"WARC-Block-Digest: sha1:{_base32(block)}\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http) + len(body)}\r\n\r\n"
    )
    return b"".join((fields.encode("utf-8"), http, body, b"\r\n\r\n"))


def _base32(digest: Any) -> str:
    return base64.b32encode(digest.digest()).decode("ascii")


class ArchiveWriter:
    """Appends responses to a new WARC part file and their snapshots to the index."""

    def __init__(self, crawl_dir: Path, crawl_id: str, worker: str = "") -> None:
        self.crawl_dir = crawl_dir
        self.crawl_id = crawl_id
        self.worker = worker
        crawl_dir.mkdir(parents=True, exist_ok=True)
        prefix = f"pages-{worker}-" if worker else "pages-"
        part = len([p for p in crawl_dir.glob(f"{prefix}*.warc.gz") if p.name[len(prefix) :][:5].isdigit()]) + 1
        self.warc_name = f"{prefix}{part:05d}.warc.gz"
        self._warc = (crawl_dir / self.warc_name).open("ab")
        self._writer = FastGzipWARCWriter(self._warc, gzip=True)
        self._index = (crawl_dir / part_name(INDEX, worker)).open("a", encoding="utf-8")
        self._links: Any = None

    def write(
        self,
        url: str,
        final_url: str,
        status: int,
        headers: list[tuple[str, str]],
        body: bytes,
        previous: PageSnapshot | None = None,
    ) -> PageSnapshot:
        """Archive one response. A 304 re-uses the previous snapshot's body and digest."""
        fetched_at = now_iso()
        header_map = {k.lower(): v for k, v in headers}
        if status == 304 and previous is not None:
            return self._revisit(url, final_url, fetched_at, header_map, previous)
        sha = hashlib.sha256(body).hexdigest()
        offset = self._warc.tell()
        compressor = zlib.compressobj(1, zlib.DEFLATED, zlib.MAX_WBITS + 16)
        record = response_record(final_url, status, headers, body, fetched_at, StatusAndHeadersParser.make_warc_id())
        self._warc.write(compressor.compress(record) + compressor.flush())
        snap = PageSnapshot(
            url=url,
            final_url=final_url,
            fetched_at=fetched_at,
            status=status,
            content_type=header_map.get("content-type", ""),
            sha256=sha,
            etag=header_map.get("etag"),
            last_modified=header_map.get("last-modified"),
            warc_file=self.warc_name,
            warc_offset=offset,
            crawl_id=self.crawl_id,
        )
        self._append(snap)
        return snap

    def _revisit(
        self, url: str, final_url: str, fetched_at: str, headers: dict[str, str], prev: PageSnapshot
    ) -> PageSnapshot:
        record = self._writer.create_warc_record(
            final_url,
            "revisit",
            warc_headers_dict={
                "WARC-Date": fetched_at,
                "WARC-Profile": "http://netpreserve.org/warc/1.1/revisit/server-not-modified",
                "WARC-Refers-To-Target-URI": prev.final_url,
                "WARC-Payload-Digest": f"sha256:{prev.sha256}",
            },
        )
        self._writer.write_record(record)
        snap = PageSnapshot(
            url=url,
            final_url=final_url,
            fetched_at=fetched_at,
            status=prev.status,
            content_type=prev.content_type,
            sha256=prev.sha256,
            etag=headers.get("etag", prev.etag),
            last_modified=headers.get("last-modified", prev.last_modified),
            warc_file=prev.warc_file,
            warc_offset=prev.warc_offset,
            crawl_id=prev.crawl_id,  # the body lives in the crawl that downloaded it
            not_modified=True,
        )
        self._append(snap)
        return snap

    def carry(self, prev: PageSnapshot, reason: str) -> PageSnapshot:
        """Index a page that was not requested (its sitemap says it has not changed), or that could
        not be reached, as a 304 is indexed: the previous body, digest, location and fetch time. No
        WARC record: nothing was exchanged with the server, and `fetched_at` stays the last time
        the server answered. An unreachable page counts the crawls in a row it has been so."""
        unreachable = prev.unreachable + 1 if reason == "unreachable" else 0
        snap = replace(prev, not_modified=True, carried=reason, unreachable=unreachable)
        self._append(snap)
        return snap

    def _append(self, snap: PageSnapshot) -> None:
        self._warc.flush()
        self._index.write(json.dumps(snap.to_dict(), sort_keys=True) + "\n")
        self._index.flush()

    def write_links(self, url: str, links: list[str], **where: Any) -> None:
        """A page's outlinks worth a request, and (`where`) its depth, its distance from planning
        words and the links' priorities, flushed: a resumed crawl rebuilds its frontier from them."""
        if self._links is None:
            self._links = (self.crawl_dir / part_name(LINKS, self.worker)).open("a", encoding="utf-8")
        self._links.write(json.dumps({"url": url, "links": links, **where}) + "\n")
        self._links.flush()

    def close(self) -> None:
        if self._links is not None:
            self._links.close()
        for fh in (self._warc, self._index):
            fh.flush()
            os.fsync(fh.fileno())
            fh.close()


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def read_index(crawl_dir: Path) -> list[PageSnapshot]:
    """The crawl's snapshots (all parts), last one per URL; a torn last line (crash) is ignored."""
    by_url: dict[str, PageSnapshot] = {}
    for path in parts(crawl_dir, INDEX):
        lines = path.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines, 1):
            try:
                snap = PageSnapshot.from_dict(json.loads(line))
            except (json.JSONDecodeError, TypeError, KeyError) as exc:
                if n == len(lines):
                    break  # the write a crash interrupted
                raise CorruptArchive(f"{path}: line {n} is not a page snapshot ({exc})") from exc
            by_url[snap.url] = snap
    return list(by_url.values())


@dataclass(frozen=True)
class LinkRecord:
    """One line of links.jsonl: a page's outlinks as the crawl chose them."""

    links: list[str]
    hops: int = 0  # the page's depth
    chain: int = 0  # hops since the last link that spoke of planning (crawler/spiders/sites.py)
    priorities: list[list[Any]] | None = None  # per link: Priority fields (value, strong, pager)


def read_link_records(crawl_dir: Path) -> dict[str, LinkRecord]:
    """URL -> the page's LinkRecord, last one per URL; a torn line is ignored."""
    out: dict[str, LinkRecord] = {}
    for path in parts(crawl_dir, LINKS):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
                out[entry["url"]] = LinkRecord(
                    entry["links"], int(entry.get("hops", 0)), int(entry.get("chain", 0)), entry.get("priorities")
                )
            except (json.JSONDecodeError, KeyError, TypeError, ValueError):
                continue
    return out


def read_links(crawl_dir: Path) -> dict[str, list[str]]:
    """URL -> relevant outlinks found on it by that crawl (a torn last line is ignored)."""
    return {url: record.links for url, record in read_link_records(crawl_dir).items()}


def read_body(crawls_dir: Path, snap: PageSnapshot) -> bytes:
    """The archived body of a snapshot (following a 304 to the crawl that downloaded it)."""
    if snap.warc_file is None or snap.warc_offset is None or snap.crawl_id is None:
        raise CorruptArchive(f"snapshot of {snap.url} has no archive location")
    path = crawls_dir / snap.crawl_id / snap.warc_file
    try:
        with path.open("rb") as fh:
            fh.seek(snap.warc_offset)
            for record in ArchiveIterator(fh):
                body = record.content_stream().read()
                if hashlib.sha256(body).hexdigest() != snap.sha256:
                    raise CorruptArchive(f"{path}: record at {snap.warc_offset} fails its digest")
                return body
    except (OSError, gzip.BadGzipFile, EOFError, ValueError, ArchiveLoadFailed) as exc:
        raise CorruptArchive(f"{path}: cannot read the record at {snap.warc_offset} ({exc})") from exc
    raise CorruptArchive(f"{path}: no record at offset {snap.warc_offset}")


def archive_gaps(crawl_dir: Path, snaps: list[PageSnapshot]) -> dict[str, int]:
    """WARC file -> index entries of this crawl a truncated file lost: those past its end, plus the
    last record before the end if it cannot be read. Cheap enough for every build (file sizes and
    one record per file), which otherwise re-uses cached claims and never reads a body."""
    out: dict[str, int] = {}
    sizes: dict[str, int] = {}
    last: dict[str, PageSnapshot] = {}
    for snap in snaps:
        if snap.crawl_id != crawl_dir.name or snap.warc_file is None or snap.warc_offset is None:
            continue
        if snap.warc_file not in sizes:
            path = crawl_dir / snap.warc_file
            sizes[snap.warc_file] = path.stat().st_size if path.exists() else -1
        key = f"{crawl_dir.name}/{snap.warc_file}"
        if snap.warc_offset >= sizes[snap.warc_file]:
            out[key] = out.get(key, 0) + 1
        elif snap.warc_file not in last or snap.warc_offset > (last[snap.warc_file].warc_offset or 0):
            last[snap.warc_file] = snap
    for name, snap in last.items():
        try:
            read_body(crawl_dir.parent, snap)
        except CorruptArchive:
            key = f"{crawl_dir.name}/{name}"
            out[key] = out.get(key, 0) + 1
    return out


def check_archive(crawl_dir: Path) -> tuple[int, list[str]]:
    """(records read, problems) of one crawl: every WARC file read through, and every index entry
    whose body this crawl downloaded read back at its offset and checked against its digest."""
    problems: list[str] = []
    records = 0
    for warc in sorted(crawl_dir.glob("pages-*.warc.gz")):
        try:
            with warc.open("rb") as fh:
                for record in ArchiveIterator(fh):
                    record.content_stream().read()
                    records += 1
        except (OSError, gzip.BadGzipFile, EOFError, ValueError, ArchiveLoadFailed, zlib.error) as exc:
            problems.append(f"{warc}: unreadable after {records} records ({exc})")
    bad: dict[str, int] = {}
    for snap in read_index(crawl_dir):
        if snap.crawl_id != crawl_dir.name or snap.not_modified or snap.carried:
            continue  # its body lives in the crawl that downloaded it, checked there
        try:
            read_body(crawl_dir.parent, snap)
        except CorruptArchive:
            key = str(crawl_dir / (snap.warc_file or "?"))
            bad[key] = bad.get(key, 0) + 1
    problems += [f"{warc}: {n} indexed record(s) unreadable or failing their digest" for warc, n in sorted(bad.items())]
    return records, problems

"""The data directory: crawls (WARC + index), claims, the store, exports' defaults, a lock.

Layout (format 1):
    ambiti-data.json            {"format": 1}
    crawls/<crawl_id>/          crawl.json (CrawlRecord), index.jsonl, links.jsonl, pages-NNNNN.warc.gz,
                                dropped.jsonl (journal while it runs), report.json (CrawlReport)
    claims/<crawl_id>.jsonl     the claims extracted from that crawl
    store/                      the embedded Oxigraph store
    verdicts/<rules>.json       `ambiti validate`'s verdicts on page graphs, by content digest (a cache)
    lock                        held while a crawl or build writes
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawler.records import CrawlRecord

FORMAT = 1
MARKER = "ambiti-data.json"


class DataDirError(RuntimeError):
    """A data dir we must not touch; the message says which and what to do."""


def default_data_dir() -> Path:
    return Path(os.environ.get("AMBITI_DATA_DIR") or "ambiti-data")


def atomic_write(path: Path, data: bytes | str) -> None:
    """Write to a temp file beside the target, fsync, rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~current_umask())  # mkstemp makes 0600: a file the user shares must not be
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


CONSOLIDATED = "consolidated"  # crawl_ids(): the crawls that feed the graph, whatever their status


class DataDir:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.crawls = root / "crawls"
        self.claims = root / "claims"
        self.store = root / "store"
        self.verdicts = root / "verdicts"

    def ensure(self) -> DataDir:
        """Create or open; refuse a dir written by a newer version or not ours."""
        marker = self.root / MARKER
        if marker.exists():
            try:
                fmt = json.loads(marker.read_text(encoding="utf-8")).get("format")
            except (json.JSONDecodeError, AttributeError) as exc:
                raise DataDirError(f"{marker} is unreadable ({exc}); restore it or use another --data-dir") from exc
            if not isinstance(fmt, int) or fmt > FORMAT:
                raise DataDirError(
                    f"{self.root} was written by a newer ambiti (data format {fmt}, this version "
                    f"reads {FORMAT}): upgrade ambiti or use another --data-dir"
                )
        elif self.root.exists() and any(self.root.iterdir()):
            raise DataDirError(f"{self.root} is not empty and is not an ambiti data dir: choose another --data-dir")
        else:
            atomic_write(marker, json.dumps({"format": FORMAT}) + "\n")
        self.crawls.mkdir(parents=True, exist_ok=True)
        self.claims.mkdir(parents=True, exist_ok=True)
        return self

    def must_exist(self) -> DataDir:
        if not (self.root / MARKER).exists():
            raise DataDirError(f"{self.root} holds no crawl yet: run `ambiti crawl` or `ambiti demo` first")
        return self.ensure()

    @contextmanager
    def lock(self, what: str) -> Iterator[None]:
        """One writer at a time per data dir (a second crawl would interleave WARC parts)."""
        self.root.mkdir(parents=True, exist_ok=True)
        with (self.root / "lock").open("a+") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                fh.seek(0)
                holder = fh.read().strip() or "another process"
                raise DataDirError(f"{self.root} is in use ({holder}); wait for it to finish") from exc
            fh.seek(0)
            fh.truncate()
            fh.write(f"{what} (pid {os.getpid()})\n")
            fh.flush()
            try:
                yield
            finally:
                fh.seek(0)
                fh.truncate()
                fcntl.flock(fh, fcntl.LOCK_UN)

    # crawls ------------------------------------------------------------------------------
    def crawl_record(self, crawl_id: str) -> CrawlRecord:
        path = self.crawls / crawl_id / "crawl.json"
        if not path.exists():
            return CrawlRecord(id=crawl_id, status="unknown")
        try:
            return CrawlRecord.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (json.JSONDecodeError, TypeError, AttributeError) as exc:
            raise DataDirError(f"{path} is unreadable ({exc}); run `ambiti verify`") from exc

    def crawl_meta(self, crawl_id: str) -> dict[str, Any]:
        """The crawl's record as a dict, for readers that pass it on (graph/build.py, exports)."""
        return self.crawl_record(crawl_id).to_dict()

    def write_crawl_record(self, record: CrawlRecord) -> None:
        """Only crawler/run.py calls this: one writer for a crawl's record."""
        atomic_write(self.crawls / record.id / "crawl.json", json.dumps(record.to_dict(), indent=2, sort_keys=True))

    def crawl_ids(self, status: str | None = CONSOLIDATED) -> list[str]:
        """Crawl ids, oldest first: the consolidated ones (default), those with a status, or all (None)."""
        if not self.crawls.exists():
            return []
        ids = sorted(p.name for p in self.crawls.iterdir() if p.is_dir())
        if status is None:
            return ids
        records = (self.crawl_record(i) for i in ids)
        return [r.id for r in records if (r.consolidated if status == CONSOLIDATED else r.status == status)]

    def latest_crawl(self) -> str | None:
        """The newest consolidated crawl: what the graph shows and what a recrawl revisits."""
        ids = self.crawl_ids()
        return ids[-1] if ids else None

    def unfinished_crawl(self) -> str | None:
        """The newest crawl that was killed or interrupted, if it is the newest crawl of all."""
        ids = self.crawl_ids(status=None)
        if ids and self.crawl_record(ids[-1]).status in ("running", "interrupted"):
            return ids[-1]
        return None

    @staticmethod
    def new_crawl_id() -> str:
        return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")

"""The demo data dirs of the session (conftest.py), loaded into memory once and shared as the
`demo` and `recrawled` fixtures by every test module that reads the graph (conftest re-exports them)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from graph.oxigraph_store import OxigraphStore

if TYPE_CHECKING:
    from conftest import Recrawled

    from crawler.extraction.stage import PageResult
    from crawler.records import PageSnapshot


@dataclass
class Dataset:
    """A built data dir and its graph in an in-memory Oxigraph store (the disk store stays free for
    the CLI)."""

    data: Path
    ox: OxigraphStore
    quads: int

    def crawls(self) -> list[tuple[str, dict, list[PageSnapshot]]]:
        from crawler.archive import read_index
        from crawler.datadir import DataDir

        data = DataDir(self.data)
        return [
            (c, data.crawl_meta(c), [s for s in read_index(data.crawls / c) if s.status == 200])
            for c in data.crawl_ids()
        ]

    def results(self) -> dict[str, PageResult]:
        from crawler.extraction.stage import PageResult

        out = {}
        for path in sorted((self.data / "claims").glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                result = PageResult.from_dict(json.loads(line))
                out[result.sha256] = result
        return out

    def started(self) -> list[str]:
        return [meta["started"] for _, meta, _ in self.crawls()]


_BUILT: dict[str, Dataset] = {}  # each data dir is loaded once per session


def _load(data: Path) -> Dataset:
    disk = OxigraphStore(data / "store")
    nquads = disk.dump_nquads()
    disk.close()
    memory = OxigraphStore(None)
    return Dataset(data, memory, memory.replace_all(nquads))


def loaded(name: str, data: Path) -> Dataset:
    """The session data dir (conftest.py) loaded into memory, once per session."""
    if name not in _BUILT:
        _BUILT[name] = _load(data)
    return _BUILT[name]


@pytest.fixture(scope="session")
def demo(demo_data: Path) -> Dataset:
    return loaded("demo", demo_data)


@pytest.fixture(scope="session")
def recrawled(recrawled_data: Recrawled) -> Dataset:
    return loaded("recrawled", recrawled_data.data)

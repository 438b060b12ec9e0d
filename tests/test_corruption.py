"""A damaged archive or store is named in one line; nothing built before is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import copy_data_dir, run_ambiti


@pytest.fixture
def crawled(demo_data: Path, tmp_path: Path) -> Path:
    """A copy of the session's crawled and built demo data dir (conftest.py), to damage."""
    return copy_data_dir(demo_data, tmp_path / "data")


def test_a_corrupted_warc_is_named_and_the_store_is_kept(crawled: Path) -> None:
    warc = next((crawled / "crawls").glob("*/pages-00001.warc.gz"))
    raw = bytearray(warc.read_bytes())
    raw[len(raw) // 2 : len(raw) // 2 + 64] = b"\x00" * 64
    warc.write_bytes(bytes(raw))
    store_files = sorted(p.name for p in (crawled / "store").iterdir())
    done = run_ambiti("build", "--data-dir", str(crawled), "--reextract", "-q")
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("ambiti build:")]
    assert len(errors) == 1 and "pages-00001.warc.gz" in errors[0]
    assert sorted(p.name for p in (crawled / "store").iterdir()) == store_files
    assert run_ambiti("query", "capofila-per-ambito", "--data-dir", str(crawled)).returncode == 0


def test_a_corrupted_store_is_named(crawled: Path) -> None:
    for path in (crawled / "store").iterdir():
        if path.is_file():
            path.write_bytes(b"garbage")
    done = run_ambiti("query", "capofila-per-ambito", "--data-dir", str(crawled))
    assert done.returncode == 1
    assert "store" in done.stderr and len(done.stderr.strip().splitlines()) == 1

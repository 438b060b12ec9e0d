"""A damaged archive or store is named; a damaged record costs its page only, and `verify` finds it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import copy_data_dir, run_ambiti

from crawler.archive import read_index


@pytest.fixture
def crawled(demo_data: Path, tmp_path: Path) -> Path:
    """A copy of the session's crawled and built demo data dir (conftest.py), to damage."""
    return copy_data_dir(demo_data, tmp_path / "data")


def quads(data: Path) -> int:
    done = run_ambiti("build", "--data-dir", str(data), "-q")
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[1])  # "built N quads ..."


def test_a_corrupted_warc_record_costs_its_page_only(crawled: Path) -> None:
    assert run_ambiti("verify", "--data-dir", str(crawled)).returncode == 0
    whole = quads(crawled)
    warc = next((crawled / "crawls").glob("*/pages-00001.warc.gz"))
    pages = sorted((s.warc_offset or 0) for s in read_index(warc.parent) if s.status == 200)
    middle = pages[len(pages) // 2]  # inside one page's record
    raw = bytearray(warc.read_bytes())
    raw[middle + 40 : middle + 104] = b"\x00" * 64
    warc.write_bytes(bytes(raw))
    done = run_ambiti("build", "--data-dir", str(crawled), "--reextract", "-q")
    assert done.returncode == 0, done.stderr
    (warning,) = [line for line in done.stderr.splitlines() if "unreadable" in line]
    assert "pages-00001.warc.gz: 1 record(s) unreadable" in warning
    built = int(done.stdout.split()[1])
    assert 0.8 * whole < built < whole  # built from the rest: one page's facts fewer
    assert run_ambiti("query", "capofila-per-ambito", "--data-dir", str(crawled)).returncode == 0
    check = run_ambiti("verify", "--data-dir", str(crawled))
    assert check.returncode == 2 and "pages-00001.warc.gz" in check.stderr


def test_a_truncated_warc_is_said_by_build_and_reextract_and_verify(crawled: Path) -> None:
    warc = next((crawled / "crawls").glob("*/pages-00001.warc.gz"))
    (crawl_dir,) = {warc.parent}
    snaps = read_index(crawl_dir)
    cut = sorted(s.warc_offset for s in snaps if s.warc_offset)[-5]  # the last five records lost
    lost = sum(1 for s in snaps if s.status == 200 and (s.warc_offset or 0) >= cut)  # pages (a 404 has none)
    assert lost > 0
    with warc.open("r+b") as fh:
        fh.truncate(cut + 10)
    plain = run_ambiti("build", "--data-dir", str(crawled), "-q")  # cached claims: still said
    assert plain.returncode == 0 and f"pages-00001.warc.gz: {lost} record(s) unreadable" in plain.stderr
    again = run_ambiti("build", "--data-dir", str(crawled), "--reextract", "-q")
    assert again.returncode == 0, again.stderr
    assert f"pages-00001.warc.gz: {lost} record(s) unreadable" in again.stderr
    assert run_ambiti("query", "capofila-per-ambito", "--data-dir", str(crawled)).returncode == 0
    check = run_ambiti("verify", "--data-dir", str(crawled))
    assert check.returncode == 2 and "pages-00001.warc.gz" in check.stderr


def test_a_corrupted_store_is_named(crawled: Path) -> None:
    for path in (crawled / "store").iterdir():
        if path.is_file():
            path.write_bytes(b"garbage")
    done = run_ambiti("query", "capofila-per-ambito", "--data-dir", str(crawled))
    assert done.returncode == 1
    assert "store" in done.stderr and len(done.stderr.strip().splitlines()) == 1

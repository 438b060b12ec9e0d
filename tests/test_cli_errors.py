"""Bad input gets one clear line (which file or URL, what to do), exit code 1, and loses nothing."""

from __future__ import annotations

import json
import socket
from pathlib import Path

from conftest import run_ambiti

from crawler.datadir import MARKER


def one_line_error(done, *words: str) -> None:
    assert done.returncode == 1, (done.stdout, done.stderr)
    lines = [line for line in done.stderr.strip().splitlines() if line.startswith("ambiti ")]
    assert len(lines) == 1, done.stderr
    for word in words:
        assert word in lines[0], lines[0]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_missing_seeds_file(tmp_path: Path) -> None:
    done = run_ambiti("crawl", "--seeds", str(tmp_path / "nope.txt"), "--data-dir", str(tmp_path / "d"))
    one_line_error(done, "nope.txt", "no such seeds file")
    assert not (tmp_path / "d").exists()


def test_malformed_seeds_line_names_file_and_line(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds.txt"
    seeds.write_text("# ok\nhttp://127.0.0.1:1/\nftp://example/x\n")
    done = run_ambiti("crawl", "--seeds", str(seeds), "--data-dir", str(tmp_path / "d"))
    one_line_error(done, "seeds.txt:3", "not an http(s) URL")


def test_data_dir_from_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / MARKER).write_text(json.dumps({"format": 99}))
    seeds = tmp_path / "seeds.txt"
    seeds.write_text("http://127.0.0.1:1/\n")
    done = run_ambiti("crawl", "--seeds", str(seeds), "--data-dir", str(data))
    one_line_error(done, "newer ambiti", "upgrade")
    assert sorted(p.name for p in data.iterdir()) == [MARKER]


def test_a_foreign_non_empty_directory_is_not_used(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "thesis.docx").write_text("precious")
    seeds = tmp_path / "seeds.txt"
    seeds.write_text("http://127.0.0.1:1/\n")
    done = run_ambiti("crawl", "--seeds", str(seeds), "--data-dir", str(tmp_path / "d"))
    one_line_error(done, "not an ambiti data dir")


def test_unreachable_url_is_reported_and_the_crawl_exits_1(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds.txt"
    url = f"http://127.0.0.1:{free_port()}/"
    seeds.write_text(url + "\n")
    done = run_ambiti("crawl", "--seeds", str(seeds), "--data-dir", str(tmp_path / "d"), "-q")
    assert done.returncode == 1
    assert url in done.stderr and "Connection refused" in done.stderr


def test_build_and_query_without_a_crawl_say_what_to_run(tmp_path: Path) -> None:
    one_line_error(run_ambiti("build", "--data-dir", str(tmp_path / "empty")), "ambiti crawl")
    one_line_error(run_ambiti("query", "capofila-per-ambito", "--data-dir", str(tmp_path / "empty")), "ambiti build")


def test_extract_of_a_missing_file_and_of_a_page_without_facts(tmp_path: Path) -> None:
    one_line_error(run_ambiti("extract", str(tmp_path / "missing.html")), "missing.html")
    binary = tmp_path / "logo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    done = run_ambiti("extract", str(binary))
    assert done.returncode == 0
    assert json.loads(done.stdout)["ambiti"] == []
    assert "no facts" in done.stderr


def test_unknown_query_lists_the_available_ones(tmp_path: Path) -> None:
    done = run_ambiti("query", "no-such-query", "--data-dir", str(tmp_path))
    one_line_error(done, "no-such-query", "available", "capofila-per-ambito")


def test_help_explains_every_command() -> None:
    top = run_ambiti("--help")
    assert top.returncode == 0
    for command in ("demo", "crawl", "recrawl", "build", "query", "export", "validate", "diff", "eval", "extract"):
        assert command in top.stdout
        sub = run_ambiti(command, "--help")
        assert sub.returncode == 0 and len(sub.stdout) > 200, command

"""Bad input gets one clear line (which file or URL, what to do), exit code 1, and loses nothing."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import pytest
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
    done = run_ambiti("crawl", "--seeds", str(tmp_path / "nope.txt"), "--data-dir", str(tmp_path / "d"), refused=True)
    one_line_error(done, "nope.txt", "no such seeds file")
    assert not (tmp_path / "d").exists()


def test_malformed_seeds_line_names_file_and_line(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds.txt"
    seeds.write_text("# ok\nhttp://127.0.0.1:1/\nftp://example/x\n")
    done = run_ambiti("crawl", "--seeds", str(seeds), "--data-dir", str(tmp_path / "d"), refused=True)
    one_line_error(done, "seeds.txt:3", "not an http(s) URL")


def test_data_dir_from_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / MARKER).write_text(json.dumps({"format": 99}))
    seeds = tmp_path / "seeds.txt"
    seeds.write_text("http://127.0.0.1:1/\n")
    done = run_ambiti("crawl", "--seeds", str(seeds), "--data-dir", str(data), refused=True)
    one_line_error(done, "newer ambiti", "upgrade")
    assert sorted(p.name for p in data.iterdir()) == [MARKER]


def test_a_foreign_non_empty_directory_is_not_used(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "thesis.docx").write_text("precious")
    seeds = tmp_path / "seeds.txt"
    seeds.write_text("http://127.0.0.1:1/\n")
    done = run_ambiti("crawl", "--seeds", str(seeds), "--data-dir", str(tmp_path / "d"), refused=True)
    one_line_error(done, "not an ambiti data dir")


@pytest.mark.waits  # Scrapy in a child process, with its retries (conftest.py)
def test_unreachable_url_is_reported_and_the_crawl_exits_1(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds.txt"
    url = f"http://127.0.0.1:{free_port()}/"
    seeds.write_text(url + "\n")
    # --fast: no politeness delay between the retries (they still happen); what is reported is the point
    done = run_ambiti("crawl", "--fast", "--seeds", str(seeds), "--data-dir", str(tmp_path / "d"), "-q")
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


# usage, messages and settings ----------------------------------------------------------------
def test_usage_errors_exit_1_like_every_user_error_and_2_stays_for_failed_checks(tmp_path: Path) -> None:
    for argv in (["query", "--bogus"], ["no-such-command"], ["export"], ["query", "--format", "xml"]):
        done = run_ambiti(*argv, "--data-dir", str(tmp_path)) if argv[0] != "no-such-command" else run_ambiti(*argv)
        assert done.returncode == 1, (argv, done.stderr)
        assert "error:" in done.stderr and done.stderr.startswith("usage: ambiti"), done.stderr
    top = run_ambiti("--help")
    assert "1 a user error (bad file, URL, option or usage); 2 a failed check" in top.stdout


def test_version() -> None:
    done = run_ambiti("--version")
    assert done.returncode == 0 and re.fullmatch(r"ambiti \d+\.\d+\.\d+\S*\n", done.stdout), done.stdout


def test_a_missing_data_dir_is_named_once(tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere")
    for argv in (["query", "ambito-members"], ["build"], ["export", "--out", str(tmp_path / "out")], ["validate"]):
        done = run_ambiti(*argv, "--data-dir", missing)
        one_line_error(done, missing)
        assert done.stderr.count(missing) == 1, done.stderr


def test_extract_of_a_directory_says_so(tmp_path: Path) -> None:
    one_line_error(run_ambiti("extract", str(tmp_path)), str(tmp_path), "is a directory")


def test_extract_as_text_names_the_comuni_and_shows_evidence_on_request() -> None:
    page = "crawler/demo/site/comune-azzate/ufficio-di-piano.html"
    plain = run_ambiti("extract", page, "--format", "text")
    assert plain.returncode == 0, plain.stderr
    assert "capofila Azzate (012006)" in plain.stdout and "Brunello (012023)" in plain.stdout
    assert "evidence" not in plain.stdout
    with_evidence = run_ambiti("extract", page, "--format", "text", "--evidence")
    assert "evidence capofila: Il Comune di Azzate è ente capofila" in with_evidence.stdout


def test_every_setting_is_documented_in_help_and_docs() -> None:
    from crawler import settings as crawler_settings
    from graph.settings import SETTINGS

    names = {s.name for s in SETTINGS}
    root = Path(__file__).resolve().parent.parent
    read = set()
    for path in [*root.glob("graph/*.py"), *root.glob("crawler/**/*.py")]:
        read |= set(re.findall(r"\"(AMBITI_[A-Z_]+)\"", path.read_text(encoding="utf-8")))
    # Scrapy settings, not environment variables: crawler/settings.py's, and those run.py hands the pipeline
    scrapy_settings = {n for n in vars(crawler_settings) if n.startswith("AMBITI_")}
    scrapy_settings |= {"AMBITI_CRAWL_DIR", "AMBITI_CRAWL_ID", "AMBITI_PROGRESS"}
    assert read - scrapy_settings <= names, read - scrapy_settings - names
    help_text = run_ambiti("--help").stdout
    doc = (root / "docs" / "configuration.md").read_text(encoding="utf-8")
    for name in names:
        assert name in help_text, name
        assert f"`{name}`" in doc, name


def test_the_licence_is_an_spdx_expression() -> None:
    """The SPDX string form (PEP 639): setuptools warns twice per install about the old table form."""
    from importlib.metadata import metadata

    assert metadata("ambiti").get("License-Expression") == "EUPL-1.2"

"""A crawl killed half-way resumes: nothing archived is lost, the previous crawl is untouched."""

from __future__ import annotations

import http.server
import os
import signal
import time
from pathlib import Path

import forked
import pytest
from conftest import ROOT, run_ambiti
from serving import in_background

from crawler.archive import read_index
from crawler.datadir import DataDir

PAGES = 80


class SlowSite(http.server.BaseHTTPRequestHandler):
    """A home page linking to PAGES 'servizi sociali' pages, each answered after a pause."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path == "/robots.txt":
            body = b"User-agent: *\n"
        elif self.path == "/":
            links = "".join(f'<a href="/servizi-sociali-{i}.html">Servizi sociali {i}</a>' for i in range(PAGES))
            body = f"<html><body>{links}</body></html>".encode()
        elif self.path.startswith("/servizi-sociali-"):
            time.sleep(0.15)
            body = f"<html><body><h1>Ufficio di Piano {self.path}</h1></body></html>".encode()
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.slow
def test_killed_crawl_resumes_and_completes(tmp_path: Path) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SlowSite)
    seeds = tmp_path / "seeds.txt"
    seeds.write_text(f"http://127.0.0.1:{server.server_address[1]}/\n")
    data = DataDir(tmp_path / "d")
    with in_background(server):
        child = forked.start(  # in its own process group, forked from the fork server (tests/forked.py)
            ["crawl", "--fast", "--seeds", str(seeds), "--data-dir", str(data.root)], cwd=ROOT, session=True
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            running = data.unfinished_crawl() if data.crawls.exists() else None
            if running and len(read_index(data.crawls / running)) >= 10:
                break
            time.sleep(0.05)
        os.killpg(child.pid, signal.SIGKILL)  # a crash, not a polite stop
        child.wait(timeout=30)
        crawl_id = data.unfinished_crawl()
        assert crawl_id is not None
        before = {s.url for s in read_index(data.crawls / crawl_id)}
        assert 10 <= len(before) < PAGES + 1
        again = run_ambiti("crawl", "--fast", "--seeds", str(seeds), "--data-dir", str(data.root), "-q")
        assert again.returncode == 0, again.stderr
        assert "resuming the interrupted crawl" in again.stderr
    assert data.crawl_ids() == [crawl_id]
    after = {s.url for s in read_index(data.crawls / crawl_id)}
    assert before <= after and len(after) == PAGES + 1
    assert len(list((data.crawls / crawl_id).glob("pages-*.warc.gz"))) == 2

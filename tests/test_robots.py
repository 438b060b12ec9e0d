"""robots.txt in a crawl in one process: every request waiting for a site's robots.txt obeys it.

Scrapy 2.19's RobotsTxtMiddleware gave the rules to the first request waiting for a site's
robots.txt only (crawler/spiders/robots.py); several seeds on one host all wait together. It also
read a site's Crawl-delay and left it unused.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import run_ambiti
from serving import QuietHandler, in_background

from crawler.archive import read_index
from crawler.datadir import DataDir
from crawler.demo.server import DemoWeb
from crawler.outcomes import read_dropped


@pytest.fixture(scope="module")
def web() -> Iterator[DemoWeb]:
    with DemoWeb(version=1) as running:
        yield running


@pytest.mark.slow
def test_seeds_on_one_host_all_obey_its_robots_txt(web: DemoWeb, tmp_path: Path) -> None:
    """Four seeds of one site, the third one the page the demo's robots.txt disallows (not the
    first: the first waiter always got the rules)."""
    corsico = f"{web.url}/ambito-corsico/"
    private = corsico + "riservata/bozza-verbale-assemblea.html"
    seeds = tmp_path / "seeds.txt"
    seeds.write_text("\n".join([corsico, corsico + "link-utili.html", private, corsico + "comuni-ambito.html"]))
    data = tmp_path / "data"
    done = run_ambiti("crawl", "--fast", "--seeds", str(seeds), "--data-dir", str(data), "-q")
    assert done.returncode == 0, done.stderr
    crawl_dir = data / "crawls" / (DataDir(data).latest_crawl() or "?")
    archived = {snap.url for snap in read_index(crawl_dir)}
    assert corsico + "comuni-ambito.html" in archived  # the seeds after it were crawled
    assert private not in archived
    assert [d.reason for d in read_dropped(crawl_dir) if d.url == private] == ["robots"]


CRAWL_DELAY = 1.6  # above the most a polite crawl waits otherwise: AutoThrottle's 1 s start x 1.5 jitter
PAGES = ["/", "/servizi-sociali/", "/ufficio-di-piano/", "/piano-di-zona/", "/ambito-territoriale/"]


@pytest.fixture
def slow_site() -> Iterator[tuple[str, list[tuple[float, str]]]]:
    """A small comune site whose robots.txt asks for CRAWL_DELAY seconds between requests; the
    server notes when each request arrives."""
    arrivals: list[tuple[float, str]] = []
    links = "".join(f'<li><a href="{p}">{p.strip("/").replace("-", " ")}</a></li>' for p in PAGES[1:])

    class Handler(QuietHandler):
        def do_GET(self) -> None:  # noqa: N802
            arrivals.append((time.monotonic(), self.path))
            if self.path == "/robots.txt":
                body, kind = f"User-agent: *\nCrawl-delay: {CRAWL_DELAY}\n".encode(), "text/plain"
            elif self.path in PAGES:
                title = "Comune di Cesate" + (" - " + self.path.strip("/") if self.path != "/" else "")
                body = f"<html><head><title>{title}</title></head><body><ul>{links}</ul></body></html>".encode()
                kind = "text/html; charset=utf-8"
            else:
                self.send_error(404)
                return
            self.answer(body, kind)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    with in_background(server):
        yield f"http://127.0.0.1:{server.server_address[1]}", arrivals


@pytest.mark.waits  # ~8 s of the Crawl-delay it measures, little CPU (conftest.py)
def test_a_polite_crawl_keeps_the_crawl_delay_robots_txt_asks_for(
    slow_site: tuple[str, list[tuple[float, str]]], tmp_path: Path
) -> None:
    """Without --fast, every request after robots.txt starts at least Crawl-delay seconds after the
    one before (one at a time: the pages answer at once, so starts are what a site feels)."""
    base, arrivals = slow_site
    seeds = tmp_path / "seeds.txt"
    seeds.write_text(base + "/\n")
    done = run_ambiti("crawl", "--seeds", str(seeds), "--data-dir", str(tmp_path / "data"), "-q")
    assert done.returncode == 0, done.stderr
    paths = [path for _, path in arrivals]
    assert paths[0] == "/robots.txt" and set(PAGES) <= set(paths)
    times = [at for at, _ in arrivals[1:]]
    gaps = [later - earlier for earlier, later in zip(times, times[1:], strict=False)]
    # the arrivals are stamped by the server's thread, which a loaded machine wakes up to ~0.1 s late (a clean-clone
    # run at load 7 saw 1.53 s after 1.60); a delay ignored, or randomised as Scrapy's default does (0.5-1.5 times),
    # gives gaps of 0.8 s or less
    assert min(gaps) >= CRAWL_DELAY - 0.15, gaps

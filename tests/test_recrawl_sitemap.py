"""Recrawls that trust a site's sitemap lastmod, for real (`ambiti recrawl` over HTTP on 127.0.0.1):
a page listed as older than its last fetch is carried into the new crawl without a request; a page
listed as newer, not listed, or fetched longer ago than --max-age gets a conditional request; a
broken or missing sitemap means conditional requests for everything."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import copy_data_dir, run_ambiti
from serving import in_background

from crawler.archive import read_index, read_links
from crawler.datadir import DataDir
from crawler.demo.server import DemoWeb, start_urls
from crawler.extraction.stage import extract_crawl, pages_of
from crawler.records import PageSnapshot
from crawler.spiders.sites import CARRIED, lastmod_value, unchanged_since_fetch

# --- the policy ---------------------------------------------------------------------------------

FETCHED = "2026-11-20T10:00:00Z"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
MONTH = timedelta(days=30)


@pytest.mark.parametrize(
    ("lastmod", "trusted"),
    [
        ("2026-11-19", True),  # the day before the fetch
        ("2026-11-20", False),  # same day: may be later that day
        ("2026-11-21", False),
        ("2026-11-20T09:59:59Z", True),
        ("2026-11-20T10:00:00+00:00", False),  # not strictly older
        ("2026-11-20T11:30:00+02:00", True),  # 09:30 UTC
        ("2026-11-20T09:00:00", False),  # no zone: only its date counts
        ("2026-11-20T10:00:00.5Z", False),
        ("2026-11", False),  # coarser than a day
        ("2026", False),
        ("yesterday", False),
        ("", False),
        (None, False),
    ],
)
def test_a_lastmod_older_than_the_fetch_is_trusted(lastmod: str | None, trusted: bool) -> None:
    assert unchanged_since_fetch(lastmod, FETCHED, MONTH, NOW) is trusted


def test_a_sitemap_is_not_trusted_for_ever() -> None:
    assert unchanged_since_fetch("2020-01-01", FETCHED, timedelta(days=6), NOW)
    assert not unchanged_since_fetch("2020-01-01", FETCHED, timedelta(days=5), NOW)
    assert not unchanged_since_fetch("2020-01-01", FETCHED, timedelta(0), NOW)


def test_lastmod_values() -> None:
    assert lastmod_value(" 2025-01-06 ") == date(2025, 1, 6)
    assert lastmod_value("2025-01-06T08:00:00+01:00") == datetime(2025, 1, 6, 7, 0, tzinfo=UTC)
    assert lastmod_value("2025-01-06T08:00") == date(2025, 1, 6)


# --- a small site whose sitemap the test writes -------------------------------------------------


@dataclass
class Site:
    """Home -> three 'servizi sociali' pages (a, b listed in the sitemap, c not); a -> d (listed)."""

    version: dict[str, int] = field(default_factory=lambda: {p: 1 for p in ("/", "/a", "/b", "/c", "/d")})
    lastmod: dict[str, str] = field(default_factory=dict)
    sitemap: bytes | None = None  # None: built from `lastmod`; b"": 404
    index: bool = False  # serve /sitemap.xml as a sitemap index of /sitemap-pagine.xml
    requests: list[str] = field(default_factory=list)

    def body(self, path: str) -> bytes:
        links = {"/": ["/a", "/b", "/c"], "/a": ["/d"]}.get(path, [])
        anchors = "".join(f'<a href="{p}.html">Servizi sociali {p}</a>' for p in links)
        return f"<html><body><h1>Ufficio di Piano {path} v{self.version[path]}</h1>{anchors}</body></html>".encode()

    def urlset(self, base: str) -> bytes:
        rows = "".join(
            f"<url><loc>{base}{p if p == '/' else p + '.html'}</loc><lastmod>{m}</lastmod></url>"
            for p, m in self.lastmod.items()
        )
        return f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>'.encode()


@dataclass
class Server:
    """The module's one web server and the site it serves now: each test gets a fresh `Site`."""

    base: str = ""
    site: Site = field(default_factory=Site)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    served = Server()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            state = served.site
            state.requests.append(self.path)
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            path = self.path.removesuffix(".html")
            status, ctype, body = 200, "text/html; charset=utf-8", b""
            if self.path == "/robots.txt":
                ctype, body = "text/plain", b"User-agent: *\n"
            elif self.path == "/sitemap.xml" and state.index:
                loc = f"{base}/sitemap-pagine.xml"
                body = f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{loc}</loc>'
                body = (body + "</sitemap></sitemapindex>").encode()
            elif self.path in ("/sitemap.xml", "/sitemap-pagine.xml"):
                body = state.urlset(base) if state.sitemap is None else state.sitemap
                status = 200 if body else 404
            elif path in state.version:
                body = state.body(path)
                etag = f'"{path}-{state.version[path]}"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
            else:
                status = 404
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            if path in state.version:
                self.send_header("ETag", f'"{path}-{state.version[path]}"')
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    served.base = f"http://127.0.0.1:{server.server_address[1]}"
    with in_background(server):
        yield served


def listed_as_old() -> Site:
    """The site as every test first crawls it: the sitemap lists /, a, b and d as of 2020 (c is not listed)."""
    return Site(lastmod={p: "2020-01-01" for p in ("/", "/a", "/b", "/d")})


def crawl(data: Path, state: Site, *args: str, seeds: Path | None = None) -> list[PageSnapshot]:
    """One crawl (`seeds`) or recrawl; the requests it sent are in state.requests."""
    state.requests.clear()
    if seeds:
        done = run_ambiti("crawl", "--fast", "--seeds", str(seeds), "--data-dir", str(data), "-q")
    else:
        done = run_ambiti("recrawl", "--fast", "--data-dir", str(data), "-q", *args)
    assert done.returncode == 0, done.stderr
    return read_index(data / "crawls" / DataDir(data).latest_crawl())  # type: ignore[operator]


def pages(requests: list[str]) -> set[str]:
    return {r for r in requests if r not in ("/robots.txt", "/sitemap.xml", "/sitemap-pagine.xml")}


@pytest.fixture(scope="module")
def first_crawl(server: Server, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[PageSnapshot]]:
    """The first crawl of the site, once for the module: each test recrawls a copy of it. Every test
    started from the same fresh site anyway, and a crawl costs a child process and seconds."""
    server.site = listed_as_old()
    folder = tmp_path_factory.mktemp("sitemap-first-crawl")
    seeds = folder / "seeds.txt"
    seeds.write_text(server.base + "/\n")
    first = crawl(folder / "d", server.site, seeds=seeds)
    assert pages(server.site.requests) == {"/", "/a.html", "/b.html", "/c.html", "/d.html"}
    return folder / "d", first


@pytest.fixture
def crawled(
    server: Server, first_crawl: tuple[Path, list[PageSnapshot]], tmp_path: Path
) -> tuple[Site, Path, list[PageSnapshot]]:
    """A copy of the first crawl's data dir, and the site as it was then, for the test to change."""
    server.site = listed_as_old()
    data, first = first_crawl
    return server.site, copy_data_dir(data, tmp_path / "d"), first


def test_listed_pages_older_than_their_fetch_are_carried_without_a_request(crawled) -> None:
    state, data, first = crawled
    second = crawl(data, state)
    assert pages(state.requests) == {"/c.html"}  # the one page the sitemap does not list
    assert state.requests.index("/sitemap.xml") < state.requests.index("/c.html")  # found via the carried home
    by_url = {s.url: s for s in first}
    carried = {s.url: s for s in second if s.carried}
    assert {u.rsplit("/", 1)[1] for u in carried} == {"", "a.html", "b.html", "d.html"}
    for url, snap in carried.items():
        assert snap.carried == CARRIED and snap.not_modified
        before = by_url[url]
        assert (snap.sha256, snap.warc_file, snap.warc_offset, snap.crawl_id) == (
            before.sha256,
            before.warc_file,
            before.warc_offset,
            before.crawl_id,
        )
        assert snap.fetched_at == before.fetched_at  # the last time the server was asked
    meta = DataDir(data).crawl_meta(DataDir(data).latest_crawl() or "")
    assert meta["carried"] == 4 and meta["not_modified"] == 1
    first_id, second_id = DataDir(data).crawl_ids()
    assert read_links(data / "crawls" / second_id) == read_links(data / "crawls" / first_id)
    # extraction sees a carried page as it sees a 304: the earlier body, from the earlier crawl
    dd = DataDir(data)
    assert [s.sha256 for s in pages_of(dd, second_id)] and {s.sha256 for s in pages_of(dd, second_id)} == {
        s.sha256 for s in pages_of(dd, first_id)
    }
    results, stats = extract_crawl(dd, second_id, workers=1)
    assert stats.pages == 5 and set(results) == {s.sha256 for s in first}
    # and the next recrawl carries them again, from the first fetch
    third = crawl(data, state)
    assert pages(state.requests) == {"/c.html"} and sum(1 for s in third if s.carried) == 4


def test_a_page_listed_as_newer_is_requested_and_its_change_found(crawled) -> None:
    state, data, first = crawled
    state.version["/a"] = 2
    state.lastmod["/a"] = datetime.now(UTC).isoformat(timespec="seconds")
    state.lastmod["/b"] = datetime.now(UTC).date().isoformat()  # the day of the first fetch: may be later
    second = crawl(data, state)
    assert pages(state.requests) == {"/a.html", "/b.html", "/c.html"}
    by_url = {s.url.rsplit("/", 1)[1]: s for s in second}
    old = {s.url.rsplit("/", 1)[1]: s for s in first}
    assert not by_url["a.html"].not_modified and by_url["a.html"].sha256 != old["a.html"].sha256
    assert by_url["b.html"].not_modified and not by_url["b.html"].carried  # a 304
    assert by_url["d.html"].carried  # a's new body still links to d, listed as old


@pytest.mark.parametrize("args", [("--max-age", "0"), ("--revalidate-all",)])
def test_max_age_0_and_revalidate_all_request_every_page(crawled, args: tuple[str, ...]) -> None:
    state, data, _ = crawled
    second = crawl(data, state, *args)
    assert pages(state.requests) == {"/", "/a.html", "/b.html", "/c.html", "/d.html"}
    assert not any(s.carried for s in second) and all(s.not_modified for s in second)


@pytest.mark.parametrize("sitemap", [b"", b"<urlset><url><loc>oops", b"<html>not a sitemap</html>"])
def test_a_missing_or_broken_sitemap_means_conditional_requests(crawled, sitemap: bytes) -> None:
    state, data, _ = crawled
    state.sitemap = sitemap
    second = crawl(data, state)
    assert pages(state.requests) == {"/", "/a.html", "/b.html", "/c.html", "/d.html"}
    assert not any(s.carried for s in second) and all(s.not_modified for s in second)


def test_the_sitemaps_of_a_sitemap_index_are_read(crawled) -> None:
    state, data, _ = crawled
    state.index = True
    second = crawl(data, state)
    assert "/sitemap-pagine.xml" in state.requests
    assert pages(state.requests) == {"/c.html"} and sum(1 for s in second if s.carried) == 4


@pytest.mark.slow
def test_the_demo_web_recrawl_carries_what_its_sitemap_lists(tmp_path: Path) -> None:
    data = tmp_path / "d"
    seeds = tmp_path / "seeds.txt"
    with DemoWeb(version=1) as web:
        seeds.write_text("\n".join(start_urls(web.url)) + "\n")
        assert run_ambiti("crawl", "--fast", "--seeds", str(seeds), "--data-dir", str(data), "-q").returncode == 0
        web.stats.reset()
        done = run_ambiti("recrawl", "--fast", "--data-dir", str(data))
        assert done.returncode == 0, done.stderr
        requested, base = dict(web.stats.paths), web.url
    snaps = read_index(data / "crawls" / DataDir(data).latest_crawl())  # type: ignore[operator]
    carried = {s.url.removeprefix(base) for s in snaps if s.carried}
    assert len(carried) == 16  # every page of sitemap.xml: listed 2025-02-03, fetched today
    assert not carried & requested.keys()
    assert requested["/sitemap.xml"] == 1
    assert "16 carried (sitemap)" in done.stdout and "16 carried" in done.stderr

"""Safety of the benchmark suite (the benchmark itself is not run by pytest).

- it talks to 127.0.0.1 only: other hosts are refused by the server, the URL checks and the spiders;
- the scale web's pages are real pages: the product's extractor finds the members on them, the server
  answers them with validators and 304s;
- temp dirs, servers and child processes are cleaned up on an exception and on SIGTERM/SIGINT.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from parsel import Selector
from scrapy import Request
from scrapy.exceptions import IgnoreRequest

from crawler.parsers.extract import extract
from crawler.scoring import link_score

from .run import ROOT, Workspace
from .scaleweb import NotLoopback, ScaleServer, ScaleWeb, require_loopback
from .spiders import BareSpider, LoopbackOnly


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> ScaleWeb:
    return ScaleWeb(tmp_path_factory.mktemp("scaleweb"), pages=60, weeks=2).generate()


# --- 127.0.0.1 only ----------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.org", "localhost", "::1", ""])
def test_server_refuses_any_host_but_127_0_0_1(web: ScaleWeb, host: str) -> None:
    with pytest.raises(NotLoopback):
        ScaleServer(web, host=host)


@pytest.mark.parametrize("url", ["http://example.org/", "https://www.comune.azzate.va.it/x", "http://10.0.0.1:8000/",
                                 "http://localhost:8000/", "http://127.0.0.1.example.org/"])
def test_urls_off_loopback_are_refused(web: ScaleWeb, url: str) -> None:
    with pytest.raises(NotLoopback):
        require_loopback(url)
    with pytest.raises(NotLoopback):
        BareSpider(urls=[url])
    with pytest.raises(IgnoreRequest):
        LoopbackOnly().process_request(Request(url))
    base = url.split("/", 3)[:3]
    with pytest.raises(NotLoopback):
        web.seeds("/".join(base))


def test_loopback_passes() -> None:
    require_loopback("http://127.0.0.1:8000/s/x/")
    assert LoopbackOnly().process_request(Request("http://127.0.0.1:8000/")) is None


# --- the generator's pages are real pages -------------------------------------------------------


def test_pages_are_big_with_many_links_and_few_relevant(web: ScaleWeb) -> None:
    a = web.ambiti[0]
    for path in (f"/s/{a.site}/", f"/s/{a.site}/ufficio-di-piano.html", f"/s/{a.site}/comuni-aderenti.html"):
        body = web.tables[0][path].file.read_bytes()
        assert 80_000 < len(body) < 130_000
        links = Selector(text=body.decode()).css("a::attr(href)").getall()
        assert 200 <= len(links) <= 270
        assert 1 <= sum(link_score(f"http://127.0.0.1{h}" if h.startswith("/") else h) > 0 for h in links) <= 25


def test_the_extractor_reads_the_generated_pages(web: ScaleWeb) -> None:
    a = web.ambiti[0]
    base = "http://127.0.0.1:8000"
    for page in ("ufficio-di-piano.html", "piano-di-zona.html", "comuni-aderenti.html"):
        body = web.tables[0][f"/s/{a.site}/{page}"].file.read_bytes()
        facts = extract(body, f"{base}/s/{a.site}/{page}", "text/html; charset=utf-8")
        assert facts.ambiti, page
        found = facts.ambiti[0]
        assert set(found.members) == set(a.members), page
        assert found.capofila == a.capofila, page
    body = web.tables[0][f"/s/{a.site}/piano-di-zona.html"].file.read_bytes()
    facts = extract(body, f"{base}/s/{a.site}/piano-di-zona.html", "text/html; charset=utf-8")
    assert {(p.start_year, p.end_year) for p in facts.ambiti[0].plans} >= {(2018, 2020), (2021, 2023)}


def test_weekly_snapshots_change_a_few_percent(web: ScaleWeb) -> None:
    pages = len(web.tables[0])
    for week in (1, 2):
        assert 0 < len(web.changed[week]) < 0.15 * pages
        for path in web.changed[week]:
            before, after = web.tables[week - 1].get(path), web.tables[week].get(path)
            assert before is None or after is None or before.etag != after.etag, path
        unchanged = set(web.tables[week]) - web.changed[week]
        assert all(web.tables[week][p] == web.tables[week - 1][p] for p in unchanged)


def test_server_validators_304_and_counts(web: ScaleWeb) -> None:
    a = web.ambiti[0]
    with ScaleServer(web) as server:
        url = f"{server.url}/s/{a.site}/ufficio-di-piano.html"
        with urllib.request.urlopen(url, timeout=10) as resp:  # noqa: S310 - 127.0.0.1
            etag, body = resp.headers["ETag"], resp.read()
            assert resp.headers["Last-Modified"]
        assert len(body) > 80_000
        req = urllib.request.Request(url, headers={"If-None-Match": etag})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(req, timeout=10)  # noqa: S310
        assert err.value.code == 304
        nav = f"{server.url}/s/{a.site}/amministrazione/giunta-comunale.html"
        with urllib.request.urlopen(nav, timeout=10) as resp:  # noqa: S310
            assert resp.status == 200
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"{server.url}/s/{a.site}/nope.html", timeout=10)  # noqa: S310
        assert err.value.code == 404
        with urllib.request.urlopen(f"{server.url}/robots.txt", timeout=10) as resp:  # noqa: S310
            assert f"{server.url}/sitemap.xml" in resp.read().decode()
        assert server.stats.requests == 5 and server.stats.not_modified == 1 and server.stats.bodies == 4
        server.version = 1
        assert server.web.lookup(f"/s/{a.site}/", 1) is not None


# --- cleanup ------------------------------------------------------------------------------------


def _port_closed(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) != 0


def test_workspace_cleans_up_on_exception(web: ScaleWeb) -> None:
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(RuntimeError, match="boom"), Workspace() as ws:
        root = ws.root
        (ws.path("crawl/x/file.txt")).write_text("x")
        port = ws.serve(web).port
        proc = ws.spawn([sys.executable, "-c", "import time; time.sleep(60)"], ws.path("c.out"), ws.path("c.err"))
        assert root.exists() and not _port_closed(port)
        raise RuntimeError("boom")
    assert not root.exists()
    assert _port_closed(port)
    assert proc.poll() is not None or proc.returncode is not None
    assert signal.getsignal(signal.SIGTERM) == before


SCRIPT = """
import sys, time
from tests.benchmarks.run import Workspace
with Workspace() as ws:
    p = ws.spawn([sys.executable, "-c", "import time; time.sleep(60)"], ws.path("c.out"), ws.path("c.err"))
    (ws.path("data/a.txt")).write_text("a")
    print(ws.root, p.pid, flush=True)
    time.sleep(60)
"""


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_workspace_cleans_up_on_signal(sig: signal.Signals) -> None:
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        root_s, pid_s = proc.stdout.readline().split()
        root, child = Path(root_s), int(pid_s)
        assert root.exists()
        proc.send_signal(sig)
        proc.wait(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert not root.exists()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{child}/stat", encoding="ascii") as fh:
                alive = fh.read().split()[2] != "Z"
        except OSError:
            alive = False
        if not alive:
            break
        time.sleep(0.05)
    assert not alive, "the benchmark's child process outlived it"

"""Where the project overrides a library's private internals, an upgrade that changes them must
fail here, loudly, instead of silently turning the override off.

- crawler/archive.py `FastGzipWARCWriter` overrides warcio's `WARCWriter._write_warc_record` and
  sets `GzippingWrapper.compressor` and `WARCWriter.gzip` (level-1 gzip in the crawl's thread);
- graph/remote.py `_Wrapper` overrides SPARQLWrapper's `_query` (its own opener and a float
  timeout) and sets `queryString`, `queryType` and reads `returnFormat`, `_createRequest`.

Both libraries are pinned in pyproject.toml to the versions checked here; raise a pin only with
these tests passing.
"""

from __future__ import annotations

import gzip
import inspect
import io
import json
import urllib.request
import zlib
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from importlib.metadata import version
from pathlib import Path

import pytest
import SPARQLWrapper as sw
import warcio.warcwriter
from serving import QuietHandler, in_background
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders

from crawler.archive import FastGzipWARCWriter
from graph.remote import _Wrapper

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def _pinned(name: str) -> str:
    for line in PYPROJECT.read_text(encoding="utf-8").splitlines():
        spec = line.strip().strip('",').split("#")[0].strip().strip('",')
        if spec.lower().startswith(name.lower() + "=="):
            return spec.split("==", 1)[1]
    raise AssertionError(f"{name} is not pinned with == in pyproject.toml")


@pytest.mark.parametrize(("dist", "name"), [("warcio", "warcio"), ("SPARQLWrapper", "sparqlwrapper")])
def test_the_installed_version_is_the_pinned_one(dist: str, name: str) -> None:
    assert version(dist) == _pinned(name)


# --- warcio -------------------------------------------------------------------------------------
def test_warcio_still_has_the_internals_the_writer_overrides() -> None:
    params = list(inspect.signature(warcio.warcwriter.WARCWriter._write_warc_record).parameters)
    assert params == ["self", "out", "record"]
    assert "self._write_warc_record(" in inspect.getsource(warcio.warcwriter.WARCWriter)  # write_record's path
    source = inspect.getsource(warcio.warcwriter.WARCWriter._write_warc_record)
    assert "if self.gzip:" in source and "GzippingWrapper(out)" in source
    assert "self.compressor" in inspect.getsource(warcio.warcwriter.GzippingWrapper)


def _gzip_members(data: bytes) -> list[bytes]:
    """The 10-byte header of every gzip member in `data`."""
    headers, rest = [], data
    while rest:
        headers.append(rest[:10])
        d = zlib.decompressobj(16 + 15)
        d.decompress(rest)
        rest = d.unused_data
    return headers


def test_each_record_is_its_own_level_1_gzip_member() -> None:
    out = io.BytesIO()
    writer = FastGzipWARCWriter(out, gzip=True)
    for n in range(2):
        body = f"<html><body>pagina {n} del Comune di Azzate</body></html>".encode()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"http://127.0.0.1/{n}.html", "response", payload=io.BytesIO(body), http_headers=http
        )
        writer.write_record(record)
    data = out.getvalue()
    members = _gzip_members(data)
    assert len(members) == 2
    # gzip's XFL byte: 4 = the fastest level, 2 = the best (warcio's default, 9)
    assert [m[8] for m in members] == [4, 4]
    assert writer.gzip is True  # restored after each record
    bodies = [r.content_stream().read() for r in ArchiveIterator(io.BytesIO(data))]
    assert bodies == [f"<html><body>pagina {n} del Comune di Azzate</body></html>".encode() for n in range(2)]
    assert gzip.decompress(data).count(b"WARC/1.") == 2


# --- SPARQLWrapper ------------------------------------------------------------------------------
def test_sparqlwrapper_still_has_the_internals_the_wrapper_overrides() -> None:
    base = sw.SPARQLWrapper
    assert "self._query()" in inspect.getsource(base.query)  # query() still calls the overridden method
    assert list(inspect.signature(base._query).parameters) == ["self"]
    assert list(inspect.signature(base._createRequest).parameters) == ["self"]
    wrapper = base("http://127.0.0.1:9/sparql")
    for attribute in ("queryString", "queryType", "returnFormat"):
        assert hasattr(wrapper, attribute), attribute
    # SPARQLWrapper.query() unpacks what _query returns as (response, format)
    assert "response, self.returnFormat" in inspect.getsource(base._query)


@pytest.fixture
def endpoint() -> Iterator[tuple[str, list[dict[str, str]]]]:
    seen: list[dict[str, str]] = []

    class Handler(QuietHandler):
        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            seen.append({"accept": self.headers.get("Accept", ""), "body": self.rfile.read(length).decode()})
            body = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": []}}).encode()
            self.answer(body, "application/sparql-results+json")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    with in_background(server):
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql", seen


def test_the_wrapper_sends_through_its_own_opener(endpoint: tuple[str, list[dict[str, str]]]) -> None:
    url, seen = endpoint
    opened: list[tuple[str, float]] = []

    class Recording(urllib.request.OpenerDirector):
        def open(self, req, data=None, timeout=None):  # type: ignore[no-untyped-def]
            opened.append((req.full_url, timeout))
            return urllib.request.build_opener().open(req, data, timeout)

    before = urllib.request._opener  # type: ignore[attr-defined]
    wrapper = _Wrapper(url, url, Recording(), 2.5)
    wrapper.setMethod(sw.POST)
    wrapper.setOnlyConneg(True)
    wrapper.queryString = "SELECT ?x WHERE { ?x ?p ?o }"
    wrapper.queryType = sw.SELECT
    wrapper.addCustomHttpHeader("Accept", "application/sparql-results+json")
    with wrapper.query().response as response:
        assert json.loads(response.read())["head"]["vars"] == ["x"]
    assert opened == [(url, 2.5)]  # our opener, our timeout (not truncated to whole seconds)
    assert urllib.request._opener is before  # type: ignore[attr-defined]  # no process-wide opener installed
    assert len(seen) == 1 and "SELECT" in seen[0]["body"] and seen[0]["accept"] == "application/sparql-results+json"

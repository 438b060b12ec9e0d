"""`ambiti serve` over real HTTP on 127.0.0.1: the SPARQL 1.1 Protocol, the pages, content
negotiation, limits, hostile input, and a store swapped while serving.

The graph is the demo web crawled twice (version 1, then version 2), built once per session by
tests/conftest.py; the server reads its on-disk store as `ambiti serve` does.
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import forked
import pyoxigraph as ox
import pytest
from conftest import ROOT, Recrawled, run_ambiti
from demo_graphs import Dataset, loaded
from serving import Served, serving
from test_queries import EXPECTED

from crawler.datadir import DataDir
from graph.dcat import ReleaseSettings
from graph.export import export
from graph.oxigraph_store import OxigraphStore
from graph.serve.app import href
from graph.store_api import Term

ID = "https://w3id.org/ambiti/id/"
AZZATE = next(a for a in EXPECTED["v1"]["ambiti"] if a["place"] == "Azzate")
SELECT = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?label WHERE { <%s> rdfs:label ?label }"
CONSTRUCT = "CONSTRUCT { ?a ?p ?o } WHERE { GRAPH <https://w3id.org/ambiti/graph/consolidated> { ?a ?p ?o } "
CONSTRUCT += "VALUES ?a { <%s> } }"
HUGE = "SELECT * WHERE { ?s ?p ?o }"  # the demo graph's every quad: far beyond the test's size limit
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # hours, cut by the time limit


@pytest.fixture(scope="module")
def ds(recrawled_data: Recrawled) -> Dataset:
    return loaded("recrawled", recrawled_data.data)


@pytest.fixture(scope="module")
def srv(ds: Dataset) -> Served:
    with serving(ds.data / "store", timeout=2.0, max_bytes=300_000) as served:
        yield served


def get(
    srv: Served,
    path: str,
    accept: str | None = None,
    method: str = "GET",
    body: bytes | None = None,
    content_type: str | None = None,
) -> tuple[int, dict[str, str], bytes]:
    """A raw request: the path goes on the wire exactly as written (no client-side normalisation)."""
    host, port = srv.url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    headers = {}
    if accept:
        headers["Accept"] = accept
    if content_type:
        headers["Content-Type"] = content_type
    conn.request(method, path, body=body, headers=headers)
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    return resp.status, {k.lower(): v for k, v in resp.getheaders()}, data


def q(text: str, **extra: str) -> str:
    return "/sparql?" + urllib.parse.urlencode({"query": text, **extra})


# the protocol ----------------------------------------------------------------------------------
def test_select_in_every_results_format(srv: Served) -> None:
    query = q(SELECT % (ID + "ambito/azzate"))
    status, headers, body = get(srv, query, "application/sparql-results+json")
    assert status == 200 and headers["content-type"].startswith("application/sparql-results+json")
    labels = {b["label"]["value"] for b in json.loads(body)["results"]["bindings"]}
    assert AZZATE["name"] in labels
    status, headers, body = get(srv, query, "application/sparql-results+xml")
    assert status == 200 and b"<sparql" in body and AZZATE["name"].encode() in body
    status, headers, body = get(srv, query, "text/csv")
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert status == 200 and rows[0] == ["label"] and [AZZATE["name"]] in rows
    status, headers, body = get(srv, query, "text/tab-separated-values")
    assert status == 200 and body.decode().splitlines()[0] == "?label"
    assert headers["vary"] == "Accept" and headers["access-control-allow-origin"] == "*"


def test_construct_as_turtle_ntriples_and_jsonld(srv: Served) -> None:
    query = q(CONSTRUCT % (ID + "ambito/azzate"))
    members = {ID + "comune/" + i for i in AZZATE["members"]}
    for accept, fmt in (("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES)):
        status, headers, body = get(srv, query, accept)
        assert status == 200 and headers["content-type"].startswith(accept)
        triples = list(ox.parse(body, format=fmt))
        assert {t.object.value for t in triples if t.predicate.value.endswith("org#hasMember")} == members
    status, headers, body = get(srv, query, "application/ld+json")
    assert status == 200 and isinstance(json.loads(body), list)


def test_post_body_form_and_format_parameter(srv: Served) -> None:
    text = SELECT % (ID + "ambito/azzate")
    by_get = get(srv, q(text), "text/csv")[2]
    by_body = get(srv, "/sparql", "text/csv", "POST", text.encode(), "application/sparql-query")[2]
    form = urllib.parse.urlencode({"query": text}).encode()
    by_form = get(srv, "/sparql", "text/csv", "POST", form, "application/x-www-form-urlencoded")[2]
    assert by_get == by_body == by_form and AZZATE["name"].encode() in by_get
    status, headers, _ = get(srv, q(text, format="tsv"), "application/sparql-results+json")
    assert status == 200 and headers["content-type"].startswith("text/tab-separated-values")
    assert get(srv, q(text), "image/png")[0] == 406
    assert get(srv, "/sparql", "text/csv")[0] == 400  # no query at all
    status, headers, _ = get(srv, "/sparql", "text/html,*/*;q=0.8")  # a browser: the query page
    assert status == 303 and headers["location"] == "/query"
    status, headers, _ = get(srv, "/sparql", method="OPTIONS")
    assert status == 204 and "POST" in headers["access-control-allow-methods"]


def test_update_is_refused_and_changes_nothing(srv: Served, ds: Dataset) -> None:
    before = get(srv, q("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), "text/csv")[2]
    drop = "DROP ALL"
    assert get(srv, "/sparql", None, "POST", drop.encode(), "application/sparql-update")[0] == 403
    form = urllib.parse.urlencode({"update": drop}).encode()
    assert get(srv, "/sparql", None, "POST", form, "application/x-www-form-urlencoded")[0] == 403
    status, _, body = get(srv, q("PREFIX x: <http://x/>\nINSERT DATA { x:a x:b x:c }"))
    assert status == 403 and b"read-only" in body
    assert get(srv, "/id/ambito/azzate", None, "PUT", b"x")[0] == 405
    status, _, body = get(srv, q("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"))
    assert status == 403 and b"SERVICE" in body  # the server fetches no URL a client names
    assert get(srv, q("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), "text/csv")[2] == before


def test_malformed_query_gives_400_with_line_and_column(srv: Served) -> None:
    status, headers, body = get(
        srv, q("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?x\nWHERE { ?x rdfs:label }")
    )
    assert status == 400 and headers["content-type"].startswith("text/plain")
    assert b"line 3, column " in body and b"Traceback" not in body


def test_a_query_over_the_time_limit_is_stopped_and_the_server_goes_on(srv: Served) -> None:
    started = time.monotonic()
    status, _, body = get(srv, q(SLOW))
    assert status == 503 and b"time limit (2 s)" in body
    assert time.monotonic() - started < 10
    assert get(srv, q(SELECT % (ID + "ambito/azzate")), "text/csv")[0] == 200


def test_an_answer_over_the_result_limit_is_refused(srv: Served) -> None:
    status, _, body = get(srv, q(HUGE), "text/csv")
    assert status == 422 and b"result limit (300000 bytes)" in body
    assert get(srv, q(HUGE + " LIMIT 5"), "text/csv")[0] == 200


@pytest.mark.parametrize(
    "path",
    [
        "/../../etc/passwd",
        "/static/../app.py",
        "/static/..%2fapp.py",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/static/style.css/../../../pyproject.toml",
        "/id/comune/012006/../../../graph/serve/app.py",
        "/id/ambito/%00",
        "/id/ambito/azzate%0d%0aSet-Cookie:x=1",
        "/templates/base.html",
        "/graph/serve/app.py",
        "/query?name=../../etc/passwd",
        "/query?name=members-of-ambito&p_ambito=x%22%20%7D%20DROP%20ALL",
        "/query?name=stale-pages&p_years=3;DROP",
        "/sparql?query=%00",
        "/sparql?query=" + "%7B" * 5000,
        "/sparql?query=SELECT&query=ASK",
        "/id/ambito/" + "a" * 5000,
        "/source/not-a-hash",
    ],
)
def test_hostile_paths_and_query_strings_give_4xx_without_traceback_or_files(srv: Served, path: str) -> None:
    status, _, body = get(srv, path, "text/html")
    assert 400 <= status < 500, (path, status, body[:300])
    for leak in (b"Traceback", b"root:x:", b"def route", b"[project]", b"{% block"):
        assert leak not in body


def test_unknown_iri_is_404_with_a_search_hint(srv: Served) -> None:
    status, headers, body = get(srv, "/id/comune/999999", "text/html")
    assert status == 404 and headers["content-type"].startswith("text/html")
    assert b'id="hint"' in body and b'name="p_name"' in body
    status, _, body = get(srv, "/id/comune/999999", "text/turtle")
    assert status == 404 and body.startswith(b"nothing in the graph is called")


# pages and content negotiation -----------------------------------------------------------------
def test_links_go_to_local_pages_or_web_pages_only() -> None:
    assert href(Term.iri(ID + "comune/012006")) == "/id/comune/012006"
    assert href(Term.iri("http://www.comune.azzate.va.it/piano.pdf")) == "http://www.comune.azzate.va.it/piano.pdf"
    for hostile in ("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>", "file:///etc/passwd"):
        assert href(Term.iri(hostile)) == "#"


def test_ambito_page_for_people_and_machines(srv: Served) -> None:
    status, headers, body = get(srv, "/id/ambito/azzate", "text/html")
    page = body.decode()
    assert status == 200 and headers["vary"] == "Accept"
    for istat in AZZATE["members"]:
        assert f'href="/id/comune/{istat}"' in page and f"<td>{istat}</td>" in page
    assert 'href="/id/comune/012006">Azzate</a>' in page.split('id="capofila"')[1].split("</dd>")[0]
    assert AZZATE["ufficio_di_piano"]["responsible"] in page
    assert "2021–2023" in page and 'class="source" href="/source/' in page and "ambiti-extract/" in page
    status, headers, body = get(srv, "/id/ambito/azzate", "text/turtle;q=0.9, application/ld+json;q=0.5")
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    triples = list(ox.parse(body, format=ox.RdfFormat.TURTLE))
    members = {t.object.value for t in triples if t.predicate.value.endswith("org#hasMember")}
    assert members == {ID + "comune/" + i for i in AZZATE["members"]}
    status, headers, body = get(srv, "/id/ambito/azzate?format=jsonld", "text/html")
    assert status == 200 and headers["content-type"].startswith("application/ld+json")
    doc = json.loads(body)  # compacted with ontology/context.jsonld, as the export
    assert "@context" in doc and doc["id"] == ID + "ambito/azzate" and len(doc["members"]) == len(AZZATE["members"])


def test_changes_across_crawls_and_a_comune_over_time(srv: Served) -> None:
    v1 = next(a for a in EXPECTED["v1"]["ambiti"] if a["place"] == "Desio")
    v2 = next(a for a in EXPECTED["v2"]["ambiti"] if a["place"] == "Desio")
    assert v1["capofila"] != v2["capofila"]  # the demo web's version 2 moves Desio's capofila
    page = get(srv, "/id/ambito/desio", "text/html")[2].decode()
    changes = page.split('id="changes"')[1].split("</table>")[0]
    assert f'href="/id/comune/{v2["capofila"]}"' in changes and f'href="/id/comune/{v1["capofila"]}"' in changes
    status, _, body = get(srv, "/id/comune/012006", "text/html")
    assert status == 200 and b'href="/id/ambito/azzate"' in body.split(b'id="history"')[1]


def test_overview_lists_ambiti_coverage_and_crawls(srv: Served, ds: Dataset) -> None:
    page = get(srv, "/", "text/html")[2].decode()
    for a in EXPECTED["v2"]["ambiti"]:
        if a["members"]:
            assert f">{len(a['members'])}</td>" in page
    assert page.count('class="ambito"') >= len(EXPECTED["v2"]["ambiti"]) - 1
    assert "Comuni of Lombardy in no ambito" in page
    crawls = page.split('id="crawls"')[1]
    assert all(f">{c}</a>" in crawls for c in DataDir(ds.data).crawl_ids())


def test_overview_and_ambito_pages_draw_the_map_on_the_server(srv: Served) -> None:
    page = get(srv, "/", "text/html")[2].decode()
    svg = page.split('<figure id="map">')[1].split("</svg>")[0]
    assert svg.count('<path class="ambito"') >= len(EXPECTED["v2"]["ambiti"]) - 1 and "url(#no-ambito)" in svg
    assert '<a href="/id/ambito/azzate">' in svg and "<script" not in page
    page = get(srv, "/id/ambito/azzate", "text/html")[2].decode()
    svg = page.split('<figure id="map">')[1].split("</svg>")[0]
    assert svg.count('<path class="comune"') == len(AZZATE["members"])
    assert 'id="map"' not in get(srv, "/id/comune/012023", "text/html")[2].decode()


def test_source_page_names_its_url_fetch_date_and_extractor(srv: Served) -> None:
    ambito = get(srv, "/id/ambito/azzate", "text/html")[2].decode()
    link = ambito.split('class="source" href="')[1].split('"')[0]
    status, _, body = get(srv, link, "text/html")
    page = body.decode()
    assert status == 200 and "demo" not in link and 'id="extractor">ambiti-extract/' in page
    assert "Last fetched" in page and 'href="/id/ambito/azzate"' in page


def test_query_page_runs_a_library_query_and_gives_csv(srv: Served) -> None:
    listing = get(srv, "/query", "text/html")[2].decode()
    assert 'id="q-members-of-ambito"' in listing and "Which comuni belong to this ambito" in listing
    path = "/query?name=members-of-ambito&p_ambito=" + urllib.parse.quote(ID + "ambito/azzate")
    page = get(srv, path, "text/html")[2].decode()
    assert f"{len(AZZATE['members'])} rows" in page and "<td>012023</td>" in page
    assert '<td><a href="/id/ambito/azzate">azzate</a></td>' in page  # IRIs are linked
    status, headers, body = get(srv, path + "&format=csv")
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert status == 200 and "attachment" in headers["content-disposition"]
    assert {r["istat"] for r in rows} == set(AZZATE["members"])
    status, _, body = get(srv, "/query?name=members-of-ambito&p_ambito=" + urllib.parse.quote('x" y'), "text/html")
    assert status == 400 and b"is not an ambito id" in body
    status, _, body = get(srv, "/query?" + urllib.parse.urlencode({"sparql": "SELECT ?x WHERE { ?x }"}), "text/html")
    assert status == 400 and b"line 1, column" in body


def test_void_agrees_with_the_export_and_follows_base_iri(srv: Served, ds: Dataset, tmp_path: Path) -> None:
    def endpoint(turtle: bytes) -> set[str]:
        return {
            t.object.value
            for t in ox.parse(turtle, format=ox.RdfFormat.TURTLE, base_iri="http://release.example/")
            if t.predicate.value == "http://rdfs.org/ns/void#sparqlEndpoint"
        }

    served = endpoint(get(srv, "/void")[2])
    assert served == {"https://w3id.org/ambiti/sparql"}
    # the export states an endpoint only when one is configured (`export --endpoint`), and then the served one
    exported = export(ds.ox, tmp_path / "out", "ttl", settings=ReleaseSettings(endpoint=served.pop()))
    unserved = export(ds.ox, tmp_path / "none", "ttl", settings=ReleaseSettings())
    assert endpoint((tmp_path / "out" / "void.ttl").read_bytes()) == {"https://w3id.org/ambiti/sparql"}
    assert endpoint((tmp_path / "none" / "void.ttl").read_bytes()) == set()
    assert {p.name for p in exported.files} == {p.name for p in unserved.files}
    with serving(ds.data / "store", base_iri="https://ambiti.example.org/") as other:
        assert endpoint(get(other, "/void")[2]) == {"https://ambiti.example.org/sparql"}


def test_a_rebuilt_store_is_swapped_in_and_the_old_one_serves_until_then(ds: Dataset, tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    shutil.copytree(ds.data / "store", store_dir)
    count = q("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    with serving(store_dir, timeout=5.0) as served:
        before = get(served, count, "text/csv")[2]
        statuses: list[int] = []
        stop = threading.Event()

        def hammer() -> None:
            while not stop.is_set():
                statuses.append(get(served, count, "text/csv")[0])
                statuses.append(get(served, "/id/ambito/azzate", "text/html")[0])

        thread = threading.Thread(target=hammer)
        thread.start()
        try:
            smaller = b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n"
            OxigraphStore(store_dir, writable=True).replace_all(smaller)
            deadline = time.monotonic() + 20
            while get(served, count, "text/csv")[2] == before and time.monotonic() < deadline:
                time.sleep(0.1)
        finally:
            stop.set()
            thread.join()
        assert get(served, count, "text/csv")[2].split() == [b"n", b"1"]
        assert statuses and set(statuses) <= {200, 404}  # azzate is gone from the new graph: 404, never 5xx
        assert statuses[0] == 200


# the command ----------------------------------------------------------------------------------
@pytest.mark.slow
def test_demo_serve_ends_with_the_graph_on_127_0_0_1(tmp_path: Path) -> None:
    """`ambiti demo --serve` forked from the fork server (tests/forked.py), as run_ambiti runs a crawl:
    a fresh interpreter would import Scrapy and the project first (~1.2 s of CPU)."""
    argv = ["demo", "--data-dir", str(tmp_path / "data"), "-q", "--serve", "--port", "0"]
    proc = forked.start(argv, cwd=ROOT)
    try:
        url = None
        deadline = time.monotonic() + 240
        while url is None and time.monotonic() < deadline and proc.poll() is None:
            found = re.search(r"serving the graph on (http://127\.0\.0\.1:\d+/)", proc.output_so_far())
            if found:
                url = found.group(1)
            else:
                time.sleep(0.05)
        assert url, proc.communicate()[1] if proc.poll() is not None else "no URL printed"
        with urllib.request.urlopen(url + "id/ambito/azzate", timeout=30) as resp:
            assert resp.status == 200 and AZZATE["name"].encode() in resp.read()
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl-C: the server stops its query processes and exits 0
        try:
            code = proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()  # never leave a server behind; its query processes end with it (their pipe closes)
            proc.wait()
            raise
    assert code == 0


def test_serve_errors_are_one_line(tmp_path: Path, ds: Dataset) -> None:
    done = run_ambiti("serve", "--data-dir", str(tmp_path / "nothing"))
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "ambiti demo" in done.stderr
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        done = run_ambiti("serve", "--data-dir", str(ds.data), "--port", str(busy.getsockname()[1]))
    assert done.returncode == 1 and "choose another --port" in done.stderr and "Traceback" not in done.stderr

"""`ambiti serve` benchmark rows (not timed tests): `python -m tests.benchmarks.serve`.

Rows: the ambito page's p50 over HTTP; library queries through /sparql against the same queries
in-process (`graph.query.run`, what `ambiti query` does); 50 concurrent clients mixing pages and
/sparql, with their error count. The server runs in its own process, as `ambiti serve` does, so
clients and server do not share a GIL. With `oxigraph` (the PyPI package's binary) on PATH, the
same library queries through Oxigraph's own `serve-read-only` are measured too: the comparison
behind running our own endpoint.

    python -m tests.benchmarks.serve --data-dir ambiti-data            # e.g. after `ambiti demo`
    python -m tests.benchmarks.serve --synthetic 52                    # Lombardy-size, 52 weekly crawls
"""

from __future__ import annotations

import argparse
import http.client
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from graph.oxigraph_store import OxigraphStore
from graph.query import bind, find_query, run
from graph.sparql_params import bind_values

QUERIES = ["members-of-ambito", "ambito-members", "capofila-per-ambito", "crawl-summary"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(port: int, path: str = "/void") -> None:
    for _ in range(600):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            conn.request("GET", path)
            conn.getresponse().read()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing answers on port {port}")


def start_server(store: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    code = (
        "import sys; from pathlib import Path; from graph.serve.app import Settings, serve_forever; "
        f"serve_forever(Settings(Path({str(store)!r}), timeout=60), '127.0.0.1', {port}, lambda m: None)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL)
    wait_until_up(port)
    return proc, port


def timed(fn: Callable[[], object], n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def ms(xs: list[float]) -> str:
    xs = sorted(xs)
    return f"p50 {statistics.median(xs):8.2f} ms   p90 {xs[int(0.9 * (len(xs) - 1))]:8.2f} ms"


class Client:
    """One keep-alive connection, as a browser or a SPARQL library keeps one."""

    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def get(self, path: str, accept: str = "text/html") -> int:
        self.conn.request("GET", path, headers={"Accept": accept})
        resp = self.conn.getresponse()
        resp.read()
        return resp.status

    def sparql(self, text: str, path: str = "/sparql") -> int:
        self.conn.request(
            "POST",
            path,
            body=text.encode("utf-8"),
            headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
        )
        resp = self.conn.getresponse()
        resp.read()
        return resp.status


def first_ambito(store: OxigraphStore) -> str:
    rows = store.query(
        "SELECT ?a WHERE { GRAPH <https://w3id.org/ambiti/graph/consolidated> "
        "{ ?a a <https://w3id.org/ambiti/ontology#AmbitoTerritoriale> } } ORDER BY ?a LIMIT 1"
    ).rows
    return rows[0][0].value


def synthetic_store(snapshots: int, work: Path) -> Path:
    """The product's build of a synthetic Lombardy history (tests/benchmarks/synthgraph.py)."""
    from graph.build import build_chunks
    from graph.dataset import load_chunks

    from .synthgraph import synthetic_crawls

    t = time.perf_counter()
    store = OxigraphStore(work / "store", writable=True)
    quads, graphs = load_chunks(build_chunks(synthetic_crawls("Lombardia", snapshots)), store, work)
    store.close()
    print(
        f"built a synthetic Lombardy graph: {snapshots} crawls, {quads:,} quads, {graphs:,} graphs "
        f"in {time.perf_counter() - t:.0f} s"
    )
    return work / "store"


def bench(store_dir: Path, n: int, clients: int) -> None:
    local = OxigraphStore(store_dir)
    ambito = first_ambito(local)
    path = "/" + ambito.split("/ambiti/", 1)[1]
    texts = {}
    for name in QUERIES:
        query = find_query(name)
        params = {p.name: ambito for p in query.params if p.type == "iri" and p.name == "ambito"}
        texts[name] = (query, params, bind_values(query.text, bind(query, params)))
    proc, port = start_server(store_dir)
    try:
        client = Client(port)
        t = time.perf_counter()
        client.get("/")
        print(f"overview, first request after start (computed, then cached): {(time.perf_counter() - t) * 1000:.0f} ms")
        client.get(path)
        print(f"ambito page {path:<40} {ms(timed(lambda: client.get(path), n))}")
        client.get("/")
        print(f"overview (cached)  {'':<34} {ms(timed(lambda: client.get('/'), n))}")
        print("library query                 in-process (graph.query.run)       via /sparql (JSON)            ratio")
        for name, (query, params, text) in texts.items():
            inproc = timed(lambda q=query, p=params: run(local, q, p), n)
            client.sparql(text)
            http_ = timed(lambda t=text: client.sparql(t), n)
            ratio = statistics.median(http_) / max(statistics.median(inproc), 1e-6)
            print(f"  {name:<26} {ms(inproc)}   {ms(http_)}   {ratio:4.2f}x")
        concurrent(port, path, texts["members-of-ambito"][2], clients)
    finally:
        proc.terminate()
        proc.wait()
    oxigraph_server(store_dir, texts, n)


def concurrent(port: int, path: str, text: str, clients: int, per_client: int = 20) -> None:
    errors: list[str] = []
    latencies: list[float] = []
    lock = threading.Lock()

    def one(k: int) -> None:
        client = Client(port)
        for i in range(per_client):
            t = time.perf_counter()
            try:
                kind = (k + i) % 3
                status = client.get(path) if kind == 0 else client.get("/") if kind == 1 else client.sparql(text)
            except OSError as exc:
                status, client = -1, Client(port)
                errors.append(str(exc))
            with lock:
                latencies.append((time.perf_counter() - t) * 1000)
                if status not in (200, -1):
                    errors.append(str(status))

    t = time.perf_counter()
    threads = [threading.Thread(target=one, args=(k,)) for k in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    took = time.perf_counter() - t
    print(
        f"{clients} concurrent clients x {per_client} requests (ambito page, overview, /sparql): "
        f"{len(latencies)} done, {len(errors)} errors, {len(latencies) / took:.0f} req/s, {ms(latencies)}"
    )


def oxigraph_server(store_dir: Path, texts: dict, n: int) -> None:
    binary = shutil.which("oxigraph")
    if not binary:
        print("(oxigraph binary not on PATH: Oxigraph's own server not measured)")
        return
    port = free_port()
    proc = subprocess.Popen(
        [
            binary,
            "serve-read-only",
            "--location",
            str(store_dir),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up(port, "/")
        client = Client(port)
        print("the same through Oxigraph's own serve-read-only:")
        for name, (_q, _p, text) in texts.items():
            client.sparql(text, "/query")
            print(f"  {name:<26} {ms(timed(lambda t=text: client.sparql(t, '/query'), n))}")
    finally:
        proc.terminate()
        proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="serve this data dir's store")
    parser.add_argument("--synthetic", type=int, metavar="SNAPSHOTS", help="build a Lombardy-size synthetic graph")
    parser.add_argument("-n", type=int, default=50, help="requests per sequential row (default 50)")
    parser.add_argument("--clients", type=int, default=50)
    args = parser.parse_args()
    if not args.data_dir and not args.synthetic:
        parser.error("give --data-dir DIR or --synthetic SNAPSHOTS")
    if args.data_dir:
        bench(Path(args.data_dir) / "store", args.n, args.clients)
        return
    work = Path(tempfile.mkdtemp(prefix="ambiti-serve-bench-"))
    try:
        bench(synthetic_store(args.synthetic, work), args.n, args.clients)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""The SPARQL 1.1 Protocol's query operation, read-only, with a time limit and a size limit.

A query runs in one of a few child processes, each with the store open read-only: pyoxigraph
cannot cancel a query, so a query over the time limit is stopped by killing its process (a fresh
one takes its place). The answer is serialised by Oxigraph in the child, into a buffer that stops
at the size limit. Updates are refused before anything runs.
"""

from __future__ import annotations

import io
import multiprocessing
import queue
import re
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from graph.serve.live import LiveStore
from graph.serve.negotiation import GRAPHS, RESULTS, Representation, choose
from graph.sparql_params import query_form, tokens

BY_NAME = {r.name: r for r in RESULTS + GRAPHS}
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


class ProtocolError(Exception):
    """A request the endpoint answers with an error status and one plain line."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Answer:
    status: int
    media_type: str
    body: bytes


def is_update(text: str) -> bool:
    """Not a query, and it has an Update keyword (INSERT, DELETE, DROP...): an Update operation."""
    if query_form(text) is not None:
        return False
    return any(kind == "word" and tok.upper() in UPDATE_WORDS for kind, tok, _s, _e in tokens(text))


def representation(text: str, accept: str | None, fmt: str | None) -> Representation:
    """What to answer in: results formats for SELECT/ASK, RDF formats for CONSTRUCT/DESCRIBE."""
    if is_update(text):
        raise ProtocolError(403, "this endpoint is read-only: SPARQL Update is refused")
    if any(kind == "word" and tok.upper() == "SERVICE" for kind, tok, _s, _e in tokens(text)):
        # the server would fetch any URL a client names, hosts behind its firewall included
        raise ProtocolError(
            403, "federated queries (SERVICE) are disabled on this endpoint: run them with `ambiti query`"
        )
    form = query_form(text)
    if form is None:
        raise ProtocolError(400, "not a SPARQL query: it must be a SELECT, ASK, CONSTRUCT or DESCRIBE")
    offers = GRAPHS if form in ("CONSTRUCT", "DESCRIBE") else RESULTS
    try:
        return choose(offers, accept, fmt)
    except ValueError as exc:
        raise ProtocolError(406, str(exc)) from exc


class _Capped(io.RawIOBase):
    """A write buffer that refuses to grow past `limit` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.buffer = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if len(self.buffer) + len(data) > self.limit:
            raise OSError("result limit")
        self.buffer += data
        return len(data)


def answer(store: ox.Store, text: str, rep: Representation, max_bytes: int) -> Answer:
    """Run the query on a pyoxigraph store and serialise it; errors become 400 with line and column."""
    try:
        result = store.query(text, use_default_graph_as_union=True)
        out = _Capped(max_bytes)
        if rep.rdf is not None:
            if not isinstance(result, ox.QueryTriples):
                return Answer(406, "text/plain", b"a SELECT or ASK answer has no RDF graph format\n")
            result.serialize(out, format=rep.rdf)
        else:
            if isinstance(result, ox.QueryTriples):
                return Answer(406, "text/plain", b"a CONSTRUCT or DESCRIBE answer is a graph, not a results table\n")
            result.serialize(out, format=rep.results)
    except SyntaxError as exc:
        return Answer(400, "text/plain", (syntax_error(str(exc)) + "\n").encode())
    except OSError as exc:
        if str(exc) == "result limit":
            message = f"the answer is larger than the result limit ({max_bytes} bytes): add a LIMIT or narrow the query"
            return Answer(422, "text/plain", (message + "\n").encode())
        return Answer(500, "text/plain", f"the store could not answer: {exc}\n".encode())
    return Answer(200, rep.media_type, bytes(out.buffer))


def syntax_error(message: str) -> str:
    """Oxigraph's "error at 2:9: expected ..." as "SPARQL syntax error at line 2, column 9: expected ..."."""
    found = re.match(r"error at (\d+):(\d+):?\s*(.*)", message, re.S)
    if not found:
        return f"SPARQL syntax error: {message}"
    return f"SPARQL syntax error at line {found.group(1)}, column {found.group(2)}: {found.group(3).strip()}"


def _worker(conn: Connection, store_dir: str, max_bytes: int) -> None:
    """A child process: answer (query, representation) jobs from the store, reopened after a swap."""
    live = LiveStore(Path(store_dir))
    while True:
        try:
            text, name = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        try:
            found = answer(live.current().store, text, BY_NAME[name], max_bytes)
        except Exception as exc:  # e.g. the store directory vanished: say so, and keep serving
            found = Answer(500, "text/plain", f"the store could not answer: {exc}\n".encode())
        conn.send(found)


class _Worker:
    def __init__(self, store_dir: Path, max_bytes: int) -> None:
        ctx = multiprocessing.get_context("spawn")  # no fork of a threaded server holding a store
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker, args=(child, str(store_dir), max_bytes), daemon=True)
        self.process.start()
        child.close()

    def stop(self) -> None:
        self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class QueryWorkers:
    """A pool of query processes; `run` waits at most `timeout` seconds for a free one and its answer."""

    def __init__(self, store_dir: Path, *, size: int = 2, timeout: float = 10.0, max_bytes: int = 16_000_000) -> None:
        self.store_dir, self.timeout, self.max_bytes = store_dir, timeout, max_bytes
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        for _ in range(size):
            self._add()

    def _add(self) -> None:
        worker = _Worker(self.store_dir, self.max_bytes)
        with self._lock:
            self._all.add(worker)
        self._idle.put(worker)

    def run(self, text: str, rep: Representation) -> Answer:
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise ProtocolError(503, f"every query worker is busy for {self.timeout:g} s: try again later") from None
        try:
            worker.conn.send((text, rep.name))  # pyoxigraph's format objects do not pickle
            if worker.conn.poll(self.timeout):
                result: Answer = worker.conn.recv()
                self._idle.put(worker)
                return result
        except (OSError, EOFError):
            pass  # the child died (out of memory?): replace it like a timed-out one
        with self._lock:
            self._all.discard(worker)
        worker.stop()
        self._add()
        raise ProtocolError(
            503,
            f"the query ran longer than the time limit ({self.timeout:g} s) and was stopped: narrow it or add a LIMIT",
        )

    def close(self) -> None:
        with self._lock:
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.stop()


def query_text(method: str, params: dict[str, list[str]], content_type: str, body: bytes) -> str:
    """The query of a Protocol request: GET ?query=, POST form query=, or POST application/sparql-query."""
    media = content_type.split(";")[0].strip().lower()
    if method == "POST" and media == "application/sparql-update" or "update" in params:
        raise ProtocolError(403, "this endpoint is read-only: SPARQL Update is refused")
    if method == "POST" and media == "application/sparql-query":
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            raise ProtocolError(400, "the query is not UTF-8 text") from None
    queries = params.get("query", [])
    if len(queries) != 1:
        raise ProtocolError(400, "give exactly one query: ?query=... or a POST body (application/sparql-query)")
    text = queries[0]
    if re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", text):
        raise ProtocolError(400, "the query contains control characters")
    return text

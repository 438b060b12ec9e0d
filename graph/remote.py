"""A SPARQL 1.1 endpoint as a `Store`, through SPARQLWrapper (tested against OpenLink Virtuoso 7).

Reading: `query()` sends SELECT/ASK/CONSTRUCT/DESCRIBE by POST and maps the JSON (or N-Triples)
answer to `Term`s exactly as the embedded backends do, so rows from Oxigraph and from a server
compare equal. The union of the named graphs is the default graph (Virtuoso's default), and
`GRAPH <iri> { }` reads one source page's graph.

Parameters: each binding becomes a `VALUES ?name { term }` block (graph/sparql_params.py), as
for the embedded store.

Writing: `replace_all()` drops the dataset's graphs and loads each named graph again. Only graphs
under `graph_prefix` (the IRI base, https://w3id.org/ambiti/ by default) belong to this store:
a server also holds its own graphs (Virtuoso: virtrdf#, DAV/, owl#, ...), which `count()`,
`dump_nquads()` and `replace_all()` never see or touch. Loading uses SPARQL 1.1 Update
`INSERT DATA { GRAPH <g> { ... } }` in chunks of 1,000 triples by default, or the Graph Store
HTTP Protocol (one PUT per graph) when `gsp_url` is given; see `replace_all` for why.

Limits: Virtuoso stops answers at its ResultSetMaxRows (10000 by default). For SELECT it says so
in an X-SPARQL-MaxRows header, and `query()` then raises instead of returning a short answer;
CONSTRUCT answers are cut without any sign. `dump_nquads()` pages below that limit.

Errors: every failure (refused connection, timeout, HTTP error, a rejected query) is a
`StoreError` with one line naming the URL and what to do. A remote load is not atomic: readers may
see a half-loaded dataset while `replace_all` runs, and a failure part-way says so.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Iterable

import pyoxigraph as ox
from SPARQLWrapper import INSERT, POST, SELECT, SPARQLWrapper

from graph import iris
from graph.sparql_params import bind_values, iri_ref, query_form, sparql_term
from graph.store_api import QueryResult, StoreError, Term, from_ox, to_ox

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
ENV_USER, ENV_PASSWORD = "AMBITI_SPARQL_USER", "AMBITI_SPARQL_PASSWORD"
# triples per INSERT DATA request: Virtuoso 7.2 compiles INSERT DATA to SQL and refuses more than
# ~2,400 triples ("generated SQL text has exceeded 10000 lines"; ~4,990 exhaust its parser)
CHUNK_TRIPLES = 1000
PAGE_ROWS = 5000  # rows per page of dump_nquads; below Virtuoso's default ResultSetMaxRows (10000)
SUBJECTS_PER_PAGE = 50  # subjects per page of a large graph: at most a few hundred triples
RESULTS_JSON = "application/sparql-results+json"
RDF_ACCEPT = "application/n-triples, text/turtle;q=0.8"


# --- JSON results -> Term --------------------------------------------------------------------
_TRAILING_ZEROS = re.compile(r"\.(\d*?)0+(?=$|[Z+-])")


def term_from_json(cell: dict[str, str] | None) -> Term | None:
    if cell is None:
        return None
    kind, value = cell.get("type"), cell.get("value", "")
    if kind == "uri":
        return Term.iri(value)
    if kind == "bnode":  # Virtuoso names them nodeID://b10006; keep a label N-Triples accepts
        return Term("bnode", re.sub(r"[^A-Za-z0-9_]", "_", value.removeprefix("nodeID://")) or "b")
    if kind in ("literal", "typed-literal"):  # "typed-literal": Virtuoso still writes the 2007 draft's name
        lang = cell.get("xml:lang") or cell.get("lang")
        datatype = cell.get("datatype")
        if datatype == RDF_LANG_STRING:
            datatype = None
        if datatype == XSD + "boolean" and value in ("1", "0"):
            value = "true" if value == "1" else "false"  # Virtuoso's JSON writes booleans as 1/0
        elif datatype in (XSD + "dateTime", XSD + "time") and "." in value:
            # Virtuoso pads fractional seconds to milliseconds ("30.5" comes back "30.500");
            # the canonical form, which Oxigraph gives, has no trailing zeros
            value = _TRAILING_ZEROS.sub(lambda m: "." + m.group(1) if m.group(1) else "", value)
        # language tags are case-insensitive; Oxigraph and Virtuoso both give them in lower case
        return Term.literal(value, datatype, lang.lower() if lang else None)
    raise StoreError(f"unsupported term in SPARQL results: {cell!r}")


# --- the store --------------------------------------------------------------------------------
class _Wrapper(SPARQLWrapper):
    """SPARQLWrapper whose requests go through a private opener.

    SPARQLWrapper's own digest support installs a process-wide urllib opener on every request
    and truncates the timeout to whole seconds; this subclass keeps both per store, and leaves
    the HTTP status to `RemoteStore._send`, which turns it into a one-line StoreError.
    """

    def __init__(
        self, endpoint: str, update_endpoint: str, opener: urllib.request.OpenerDirector, timeout: float
    ) -> None:
        super().__init__(endpoint, updateEndpoint=update_endpoint)
        self._opener = opener
        self._timeout = timeout

    def _query(self):  # type: ignore[no-untyped-def]
        return self._opener.open(self._createRequest(), timeout=self._timeout), self.returnFormat


class _SignFirst(urllib.request.HTTPDigestAuthHandler):
    """HTTP authentication that signs a request before its body is sent.

    urllib answers a 401 challenge by sending the whole request again, but Virtuoso answers 401
    before it reads a large body and closes the connection: a big upload fails with "broken
    pipe". So, like curl, this asks for the challenge with a bodiless HEAD once per URL path,
    then signs every request with a body (digest: the same nonce, counted up; basic: the
    credentials). A stale nonce still gets the usual 401-and-retry, and refreshes the cache.
    """

    handler_order = 400  # before the basic handler

    def __init__(self, passwords: urllib.request.HTTPPasswordMgr, timeout: float) -> None:
        super().__init__(passwords)
        self._timeout = timeout
        self._challenges: dict[str, str | None] = {}

    def http_request(self, req: urllib.request.Request) -> urllib.request.Request:
        if req.data is None or req.has_header("Authorization"):
            return req
        key = req.full_url.split("?", 1)[0]
        if key not in self._challenges:
            self._challenges[key] = self._probe(req.full_url)
        challenge = self._challenges[key]
        if challenge and challenge[:6].lower() == "digest":
            chal = urllib.request.parse_keqv_list(filter(None, urllib.request.parse_http_list(challenge[7:])))
            auth = self.get_authorization(req, chal)
            if auth:
                req.add_unredirected_header(self.auth_header, f"Digest {auth}")
        elif challenge and challenge[:5].lower() == "basic":
            user, password = self.passwd.find_user_password(None, req.full_url)
            if user is not None:
                token = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
                req.add_unredirected_header("Authorization", f"Basic {token}")
        return req

    https_request = http_request

    def http_error_401(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        self._challenges[req.full_url.split("?", 1)[0]] = headers.get("WWW-Authenticate")
        return super().http_error_401(req, fp, code, msg, headers)

    def _probe(self, url: str) -> str | None:
        try:
            with urllib.request.build_opener().open(urllib.request.Request(url, method="HEAD"), timeout=self._timeout):
                return None
        except urllib.error.HTTPError as exc:
            return exc.headers.get("WWW-Authenticate") if exc.code == 401 else None
        except (urllib.error.URLError, OSError, http.client.HTTPException):
            return None  # the real request will report the problem


class RemoteStore:
    """Any SPARQL 1.1 endpoint: queries through `query_url`, writes through `update_url` (default:
    the same URL) or, when given, the Graph Store HTTP Protocol at `gsp_url`."""

    name = "remote"

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        gsp_url: str | None = None,
        user: str | None = None,
        password: str | None = None,
        timeout: float = 30,
        *,
        graph_prefix: str | None = None,
    ) -> None:
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.gsp_url = gsp_url
        self.user = user if user is not None else os.environ.get(ENV_USER) or None
        self.password = password if password is not None else os.environ.get(ENV_PASSWORD) or None
        self.timeout = timeout
        self.graph_prefix = graph_prefix if graph_prefix is not None else iris.BASE
        # basic or digest, whichever the server asks for (Virtuoso's *-auth endpoints use digest)
        handlers: list[urllib.request.BaseHandler] = []
        if self.user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in {self.query_url, self.update_url, self.gsp_url} - {None}:
                passwords.add_password(None, url, self.user, self.password or "")  # type: ignore[arg-type]
            handlers += [_SignFirst(passwords, timeout), urllib.request.HTTPBasicAuthHandler(passwords)]
        self._opener = urllib.request.build_opener(*handlers)
        self._writes = 0  # successful writes of the running replace_all

    def __repr__(self) -> str:
        return f"RemoteStore({self.query_url!r})"

    # -- HTTP ----------------------------------------------------------------------------------
    def _fail(self, url: str, exc: BaseException) -> StoreError:
        """One line: the URL, what went wrong, what to do."""
        if isinstance(exc, urllib.error.HTTPError):
            try:
                body = exc.read().decode("utf-8", "replace")
            except Exception:  # the status alone is enough
                body = ""
            # Virtuoso echoes the whole query after its message: keep the message
            detail = " ".join(body.split(" SPARQL query:")[0].split())[:200]
            if exc.code in (401, 403):
                what = (
                    f"HTTP {exc.code}: not allowed; set {ENV_USER}/{ENV_PASSWORD} for an account "
                    "that may read (and, to load, update) the endpoint"
                )
            elif exc.code == 404:
                what = "HTTP 404: no SPARQL service at this URL; check --store"
            elif exc.code == 400:
                what = f"HTTP 400: the endpoint rejected the request: {detail}"
            else:
                what = f"HTTP {exc.code} {exc.reason}: {detail or 'no details'}"
            return StoreError(f"{url}: {what}")
        reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        if isinstance(reason, TimeoutError | socket.timeout):
            return StoreError(
                f"{url}: no answer within {self.timeout:g} s; is the endpoint overloaded? "
                "check --store or raise the timeout"
            )
        if isinstance(reason, ConnectionRefusedError):
            return StoreError(f"{url}: connection refused; is the endpoint running? check --store")
        if isinstance(reason, socket.gaierror):
            return StoreError(f"{url}: unknown host; check the --store URL")
        text = " ".join(str(reason).split()) or type(reason).__name__
        return StoreError(f"{url}: cannot reach the endpoint ({text}); is it running? check --store")

    def _send(self, text: str, *, update: bool = False, accept: str = RESULTS_JSON) -> tuple[bytes, str]:
        """POST a query (or update) through SPARQLWrapper; the body and its media type."""
        wrapper = _Wrapper(self.query_url, self.update_url, self._opener, self.timeout)
        wrapper.setMethod(POST)
        wrapper.setOnlyConneg(True)  # no format=/output= parameters: Accept alone picks the format
        # the form is set here, not guessed by setQuery(): SPARQLWrapper strips only every other line
        # of a comment header and then finds "ADD" in "# example: added | ..." (queries/*.rq), which
        # would send a SELECT to the update endpoint as an update
        wrapper.queryString = text
        wrapper.queryType = (INSERT if update else query_form(text)) or SELECT
        wrapper.addCustomHttpHeader("Accept", accept)
        url = self.update_url if update else self.query_url
        try:
            response = wrapper.query().response
            with response:
                body = response.read()
                ctype = response.headers.get("Content-Type", "") or ""
                truncated = response.headers.get("X-SPARQL-MaxRows")
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            raise self._fail(url, exc) from exc
        if truncated and not update:
            raise StoreError(
                f"{url}: the endpoint cut the answer at {truncated} rows (Virtuoso ResultSetMaxRows); "
                "add LIMIT/OFFSET to the query or raise the server's limit"
            )
        return body, ctype.split(";")[0].strip().lower()

    # -- Store protocol ------------------------------------------------------------------------
    def query(self, sparql: str, bindings: dict[str, Term] | None = None) -> QueryResult:
        text = bind_values(sparql, bindings or {})
        form = query_form(text)
        if form is None:
            raise StoreError(f"{self.query_url}: only SELECT, ASK, CONSTRUCT and DESCRIBE can be run as queries")
        if form in ("CONSTRUCT", "DESCRIBE"):
            body, ctype = self._send(text, accept=RDF_ACCEPT)
            fmt = ox.RdfFormat.TURTLE if ctype in ("text/turtle", "application/x-turtle") else ox.RdfFormat.N_TRIPLES
            try:
                triples = list(ox.parse(body, format=fmt))
            except SyntaxError as exc:
                raise StoreError(f"{self.query_url}: unreadable {ctype or 'RDF'} answer ({exc})") from exc
            rows = [[from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)] for t in triples]
            return QueryResult(["subject", "predicate", "object"], rows)
        body, ctype = self._send(text)
        try:
            data = json.loads(body)
        except ValueError as exc:
            start = " ".join(body[:120].decode("utf-8", "replace").split())
            raise StoreError(
                f"{self.query_url}: expected SPARQL JSON results, got {ctype or 'no type'}: {start}"
            ) from exc
        if "boolean" in data:
            return QueryResult([], [], bool(data["boolean"]))
        names = list(data.get("head", {}).get("vars", []))
        rows = [[term_from_json(b.get(n)) for n in names] for b in data.get("results", {}).get("bindings", [])]
        return QueryResult(names, rows)

    def _update(self, text: str) -> None:
        self._send(text, update=True, accept="*/*")
        self._writes += 1

    def _own(self, var: str = "?g") -> str:
        return f"FILTER(STRSTARTS(STR({var}), {sparql_term(Term.literal(self.graph_prefix))}))"

    def graphs(self) -> list[str]:
        rows = self.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._own()} }}").rows
        return sorted(row[0].value for row in rows if row[0] is not None)

    def count(self) -> int:
        rows = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._own()} }}").rows
        return int(rows[0][0].value) if rows and rows[0][0] is not None else 0

    def dump_nquads(self) -> bytes:
        """Every quad of the store's graphs as sorted N-Quads, read graph by graph in pages."""
        lines: list[str] = []
        for graph in self.graphs():
            g = ox.NamedNode(graph)
            for s, p, o in self._graph_rows(graph):
                lines.append(str(ox.Quad(to_ox(s), to_ox(p), to_ox(o), g)))  # type: ignore[arg-type]
        lines.sort()
        return "".join(line + " .\n" for line in lines).encode("utf-8")

    def _graph_rows(self, graph: str) -> list[list[Term | None]]:
        """A graph's triples: in one request when it fits a page, else by pages of its subjects.

        Why not pages of sorted triples: Virtuoso sorts through a temporary row that holds ?o and
        refuses a long literal there (SR319, SR...: "sorting key too long"; the WKT of a comune's or
        an ambito's territory is one). Subjects are IRIs (the dataset has no blank nodes), short
        enough to sort, and each has few triples, so a page of subjects fits one answer."""
        where = f"GRAPH {iri_ref(graph)} {{ ?s ?p ?o }}"
        rows = self.query(f"SELECT ?s ?p ?o WHERE {{ {where} }} LIMIT {PAGE_ROWS + 1}").rows
        if len(rows) <= PAGE_ROWS:
            return rows
        rows, offset = [], 0
        while True:
            # ORDER BY in a subquery, LIMIT/OFFSET outside: Virtuoso refuses a sorted window
            # that ends past ResultSetMaxRows (SR353) but pages the outer query fine
            subjects = self.query(
                f"SELECT ?s WHERE {{ {{ SELECT DISTINCT ?s WHERE {{ {where} }} ORDER BY ?s }} }} "
                f"LIMIT {SUBJECTS_PER_PAGE} OFFSET {offset}"
            ).rows
            if subjects:
                values = " ".join(iri_ref(row[0].value) for row in subjects if row[0] is not None)
                rows += self.query(f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }} {where} }}").rows
            if len(subjects) < SUBJECTS_PER_PAGE:
                return rows
            offset += SUBJECTS_PER_PAGE

    def replace_all(self, nquads: bytes) -> int:
        """Drop this dataset's graphs, then load every named graph of `nquads`; returns count().

        Why SPARQL Update by default: it is the one write interface every SPARQL 1.1 server
        offers at the endpoint itself, with the endpoint's own authentication, so `--store URL`
        alone is enough; each request is text built here with the same escaping as query
        parameters, so nothing depends on the server's content-type handling or Turtle parser.
        With Virtuoso it needs care, handled here: INSERT DATA is compiled to SQL, so requests
        carry 1,000 triples (2,500 already fail; a chunk the server still refuses is split in
        halves); "3"^^xsd:decimal would be stored as an integer, so whole decimals are written
        "3.0"; blank nodes are refused (SP031), so triples with blank nodes go in one
        `INSERT { } WHERE { }` per graph (one request keeps each blank node one node).

        The Graph Store HTTP Protocol (`gsp_url`; Virtuoso: /sparql-graph-crud-auth with digest
        authentication) is used when configured: one PUT per graph, about 3x faster on the demo
        dataset, blank nodes included, but a separate service that is often absent or has other
        credentials. Both paths are tested against Virtuoso in tests/test_remote.py.
        """
        try:
            quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
        except SyntaxError as exc:
            raise StoreError(f"the N-Quads to load are not valid: {exc}") from exc
        by_graph: dict[str, list[ox.Quad]] = defaultdict(list)
        for q in quads:
            if isinstance(q.graph_name, ox.DefaultGraph):
                raise StoreError(
                    f"{self.update_url}: a triple outside any named graph ({q.triple}); "
                    "the remote store keeps named graphs only"
                )
            if not isinstance(q.graph_name, ox.NamedNode) or not q.graph_name.value.startswith(self.graph_prefix):
                raise StoreError(
                    f"{self.update_url}: graph {q.graph_name} is not under {self.graph_prefix}; "
                    "this store only manages graphs under that prefix"
                )
            by_graph[q.graph_name.value].append(q)
        # nothing is dropped unless the endpoint answers first
        old = self.graphs()
        drop = sorted(set(old) | set(by_graph))
        self._writes = 0
        try:
            for i in range(0, len(drop), 50):
                self._update(" ;\n".join(f"DROP SILENT GRAPH {iri_ref(g)}" for g in drop[i : i + 50]))
            for graph in sorted(by_graph):
                if self.gsp_url:
                    self._put_graph(graph, by_graph[graph])
                else:
                    self._insert_graph(graph, by_graph[graph])
        except StoreError as exc:
            state = "the endpoint now holds a partial dataset: load again" if self._writes else "nothing was changed"
            hint = ""
            if re.search(r"permission|not allowed|SR186|HTTP 40[13]", str(exc), re.IGNORECASE):
                hint = (
                    f"; loading needs write access: an update endpoint and {ENV_USER}/{ENV_PASSWORD} that "
                    "may update (Virtuoso: /sparql-auth), or the Graph Store Protocol"
                )
            raise StoreError(f"{exc} ({state}){hint}") from exc
        return self.count()

    def _insert_graph(self, graph: str, quads: list[ox.Quad]) -> None:
        g = iri_ref(graph)
        plain = [q for q in quads if not _has_bnode(q)]
        blank = [q for q in quads if _has_bnode(q)]
        for i in range(0, len(plain), CHUNK_TRIPLES):
            self._insert_data(g, plain[i : i + CHUNK_TRIPLES])
        if blank:
            self._update(f"INSERT {{ GRAPH {g} {{\n{_ntriples(blank)}}} }} WHERE {{ }}")

    def _insert_data(self, g: str, quads: list[ox.Quad]) -> None:
        """One INSERT DATA; a chunk the server finds too big (Virtuoso: "generated SQL text has
        exceeded 10000 lines", "memory exhausted") is split in halves down to ~50 triples."""
        try:
            self._update(f"INSERT DATA {{ GRAPH {g} {{\n{_ntriples(quads)}}} }}")
        except StoreError as exc:
            if len(quads) <= 50 or not re.search(r"HTTP (400|413|500)", str(exc)):
                raise
            half = len(quads) // 2
            self._insert_data(g, quads[:half])
            self._insert_data(g, quads[half:])

    def _put_graph(self, graph: str, quads: list[ox.Quad]) -> None:
        """Graph Store HTTP Protocol: PUT the graph as N-Triples (sent as text/turtle, which every
        implementation reads; Virtuoso 7 does not know application/n-triples there)."""
        assert self.gsp_url
        # Virtuoso's own spelling is ?graph-uri=; the W3C protocol's is ?graph=
        param = "graph-uri" if "sparql-graph-crud" in self.gsp_url else "graph"
        sep = "&" if "?" in self.gsp_url else "?"
        url = f"{self.gsp_url}{sep}{urllib.parse.urlencode({param: graph})}"
        request = urllib.request.Request(
            url,
            data=_ntriples(quads).encode("utf-8"),
            method="PUT",
            headers={"Content-Type": "text/turtle; charset=utf-8"},
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                response.read()
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            raise self._fail(self.gsp_url, exc) from exc
        self._writes += 1


def _has_bnode(q: ox.Quad) -> bool:
    return isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)


def _data_term(term: object) -> str:
    """N-Triples text of a term of the data: blank nodes keep their label, the rest as in VALUES."""
    if isinstance(term, ox.BlankNode):
        return str(term)
    return sparql_term(from_ox(term))  # type: ignore[arg-type]


def _ntriples(quads: Iterable[ox.Quad]) -> str:
    return "".join(f"{_data_term(q.subject)} {_data_term(q.predicate)} {_data_term(q.object)} .\n" for q in quads)

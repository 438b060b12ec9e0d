"""The HTTP side: routes, errors as one clear line or a small page, never a traceback.

A threaded stdlib server is enough here: every page is a few millisecond queries, free SPARQL
runs in the query processes (graph/serve/sparql.py), and it adds no web framework to install.
"""

from __future__ import annotations

import json
import re
import signal
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlencode, urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from graph import iris
from graph.export import _compact_jsonld
from graph.geomap import render_svg
from graph.query import QueryError, bind, library
from graph.serve import pages
from graph.serve.live import LiveStore
from graph.serve.negotiation import GRAPHS, HTML, NotAcceptable, choose
from graph.serve.sparql import Answer, ProtocolError, QueryWorkers, answer, query_text, representation
from graph.sparql_params import bind_values
from graph.store_api import LocalStore, StoreError, Term
from graph.territory import read_territory

MAX_BODY = 1_000_000  # a query or form larger than this is refused (413)
STATIC = {"style.css": "text/css; charset=utf-8"}
THING_PATH = re.compile(r"^/((?:id|crawl|source)/[A-Za-z0-9._~-]+(?:/[A-Za-z0-9._~-]+)*)$")
KINDS = {"ambito": pages.ambito, "comune": pages.comune}


@dataclass
class Settings:
    store_dir: Path
    base_iri: str = iris.BASE  # where this deployment publishes (its /sparql, its pages)
    timeout: float = 10.0  # seconds a free query may run
    max_bytes: int = 16_000_000  # largest answer /sparql sends
    workers: int = 2  # query processes


class Site:
    """Everything a request needs: the live store, the query processes, the templates, caches."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.live = LiveStore(settings.store_dir)
        self.workers = QueryWorkers(
            settings.store_dir, size=settings.workers, timeout=settings.timeout, max_bytes=settings.max_bytes
        )
        self.library = library()
        self.env = Environment(loader=PackageLoader("graph.serve"), autoescape=select_autoescape(["html"]))
        self.env.filters["href"] = href
        self.env.filters["short"] = short
        self.env.globals.update(site=self, urlencode=urlencode)
        self._cache: dict[str, tuple[int, Any]] = {}
        self._lock = threading.Lock()
        # the overview reads the whole graph (~1 s on a 52-crawl Lombardy graph): start it now, not at the first visit
        threading.Thread(target=self.overview, daemon=True).start()

    def cached(self, name: str, compute: Callable[[LocalStore], Any]) -> Any:
        """What depends on the whole graph, computed once per store (a swap makes it stale)."""
        store = self.live.current()
        generation = self.live.generation
        with self._lock:
            if name not in self._cache or self._cache[name][0] != generation:
                self._cache[name] = (generation, compute(store))
            return self._cache[name][1]

    def overview(self) -> pages.Overview:
        return self.cached("overview", pages.overview)

    def map_svg(self, focus: str | None = None) -> Markup:
        """The map of the ambiti (graph/geomap.py), zoomed on `focus` (an ambito IRI) if given; empty
        for a graph built without boundaries. Lombardy's map depends on the whole graph: cached."""
        territory = self.cached("territory", read_territory)
        if not territory.ambiti and not territory.comuni:
            return Markup("")
        if focus is None:
            return self.cached("map", lambda _: Markup(render_svg(territory, link=lambda a: href(a.iri))))
        if focus not in {a.iri for a in territory.ambiti}:
            return Markup("")
        return Markup(render_svg(territory, focus=focus, link=lambda a: href(a.iri)))

    def render(self, template: str, **context: Any) -> bytes:
        return self.env.get_template(template).render(**context).encode("utf-8")

    def void(self) -> bytes:
        """The endpoint's VoID: the same dataset IRI and endpoint as `ambiti export`'s void.ttl."""
        base = self.settings.base_iri
        triples = self.cached("size", lambda store: store.count())  # Oxigraph counts by scanning: ~1 s at 2 M
        return (
            "@prefix void: <http://rdfs.org/ns/void#> .\n"
            "@prefix dct: <http://purl.org/dc/terms/> .\n"
            f"<{iris.BASE}dataset> a void:Dataset ;\n"
            '  dct:title "Ambiti territoriali sociali della Lombardia"@it ;\n'
            f"  void:triples {triples} ;\n"
            f'  void:uriSpace "{iris.BASE}id/" ;\n'
            f"  void:sparqlEndpoint <{base}sparql> .\n"
        ).encode()


def href(term: Any) -> str:
    """A link for an IRI: a local path for the graph's own things, the IRI itself for a web page.

    Other schemes (`javascript:`, `data:`...) get no link: page URLs come from crawled sites."""
    value = term.value if isinstance(term, Term) else str(term or "")
    if value.startswith(iris.BASE):
        return "/" + value[len(iris.BASE) :]
    return value if value.lower().startswith(("http://", "https://")) else "#"


def short(term: Any) -> str:
    """An IRI's last segment or fragment, a literal's text: what a table cell shows."""
    value = term.value if isinstance(term, Term) else str(term or "")
    if isinstance(term, Term) and term.kind == "iri":
        return re.split(r"[#/]", value.rstrip("/"))[-1] or value
    return value


class Handler(BaseHTTPRequestHandler):
    server_version = "ambiti"
    protocol_version = "HTTP/1.1"  # keep-alive: every answer has a Content-Length
    disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms delayed-ACK stall
    site: Site  # set on the subclass that serve() makes

    # plumbing ------------------------------------------------------------------------------
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the stdlib's name)
        pass  # quiet: one line per request is noise for a local browser session

    def send(self, status: int, media_type: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        charset = "; charset=utf-8" if media_type.startswith("text/") or media_type.endswith(("json", "xml")) else ""
        self.send_header("Content-Type", media_type + ("" if "charset" in media_type else charset))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; form-action 'self'")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def error(self, status: int, message: str, *, hint: bool = False) -> None:
        """An error as HTML for browsers, one plain line for everyone else."""
        wants_html = "text/html" in (self.headers.get("Accept") or "") and not self.path.startswith("/sparql")
        if wants_html:
            page = self.site.render(
                "error.html", status=status, reason=HTTPStatus(status).phrase, message=message, hint=hint
            )
            self.send(status, "text/html", page)
        else:
            self.send(status, "text/plain", (message + "\n").encode("utf-8"))

    def params(self, body: bytes = b"") -> dict[str, list[str]]:
        query = parse_qs(urlsplit(self.path).query, keep_blank_values=True, max_num_fields=100)
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/x-www-form-urlencoded":
            form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True, max_num_fields=100)
            for key, values in form.items():
                query.setdefault(key, []).extend(values)
        return query

    def body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise ProtocolError(400, "Content-Length is not a number") from None
        if length > MAX_BODY:
            raise ProtocolError(413, f"the request body is larger than {MAX_BODY} bytes")
        return self.rfile.read(length) if length > 0 else b""

    def do_OPTIONS(self) -> None:  # CORS preflight
        self.send(
            204,
            "text/plain",
            b"",
            {
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": "Content-Type, Accept",
            },
        )

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        self.dispatch(b"")

    def do_POST(self) -> None:
        try:
            body = self.body()
        except ProtocolError as exc:
            self.error(exc.status, str(exc))
            return
        self.dispatch(body)

    def do_PUT(self) -> None:
        self.error(405, "this server is read-only")

    do_DELETE = do_PATCH = do_PUT

    def dispatch(self, body: bytes) -> None:
        try:
            path = urlsplit(self.path).path
            if "\x00" in self.path or ".." in path or "//" in path:
                raise ProtocolError(404, f"no page at {quote(path[:200])}")
            if self.command == "POST" and path not in ("/sparql", "/query"):
                raise ProtocolError(405, f"{path} is read-only: use GET")
            self.route(path, body)
        except ProtocolError as exc:
            self.error(exc.status, str(exc), hint=exc.status == 404)
        except (StoreError, QueryError) as exc:
            self.error(400, str(exc))
        except (BrokenPipeError, ConnectionResetError):
            pass
        except Exception:  # a bug: log it for the operator, give the client one line without a traceback
            traceback.print_exc(file=sys.stderr)
            self.error(500, "internal error: the server log has the details")

    # routes ----------------------------------------------------------------------------------
    def route(self, path: str, body: bytes) -> None:
        site = self.site
        if path == "/":
            self.send(200, "text/html", site.render("overview.html", o=site.overview()))
        elif path == "/sparql":
            self.sparql(body)
        elif path == "/query":
            self.query_page(body)
        elif path in ("/void", "/.well-known/void"):
            self.send(200, "text/turtle", site.void())
        elif path.startswith("/static/") and path[len("/static/") :] in STATIC:
            name = path[len("/static/") :]
            data = resources.files("graph.serve").joinpath("static", name).read_bytes()
            self.send(200, STATIC[name], data, {"Cache-Control": "max-age=3600"})
        elif match := THING_PATH.match(path):
            self.thing(match.group(1))
        else:
            raise ProtocolError(404, f"no page at {quote(path[:200])}")

    def sparql(self, body: bytes) -> None:
        params = self.params(body)
        if not params.get("query") and self.command == "GET" and "text/html" in (self.headers.get("Accept") or ""):
            self.send(303, "text/plain", b"the query page is at /query\n", {"Location": "/query"})
            return
        text = query_text(self.command, params, self.headers.get("Content-Type") or "", body)
        rep = representation(text, self.headers.get("Accept"), (params.get("format") or [None])[0])
        self.reply(self.site.workers.run(text, rep))

    def reply(self, ans: Answer) -> None:
        if ans.status != 200:
            raise ProtocolError(ans.status, ans.body.decode("utf-8", "replace").strip())
        self.send(200, ans.media_type, ans.body, {"Vary": "Accept"})

    def thing(self, local: str) -> None:
        site = self.site
        iri = iris.BASE + local
        params = self.params()
        try:
            rep = choose([HTML, *GRAPHS], self.headers.get("Accept"), (params.get("format") or [None])[0])
        except NotAcceptable as exc:
            raise ProtocolError(406, str(exc)) from exc
        store = site.live.current()
        parts = local.split("/")
        if parts[0] == "source" and len(parts) == 2:
            data, template = pages.source(store, iri), "source.html"
        elif parts[0] == "id" and len(parts) == 3 and parts[1] in KINDS:
            data, template = KINDS[parts[1]](store, iri), f"{parts[1]}.html"
        else:
            data, template = pages.thing(store, iri), "thing.html"
        if data is None:
            raise ProtocolError(404, f"nothing in the graph is called {iri}")
        if rep is HTML:
            alternates = ", ".join(f'<?format={g.name}>; rel="alternate"; type="{g.media_type}"' for g in GRAPHS)
            page = site.render(template, d=data, formats=GRAPHS)
            self.send(200, "text/html", page, {"Vary": "Accept", "Link": alternates})
        else:
            text = bind_values(pages.PREFIXES + pages.DESCRIBE, {"s": Term.iri(iri)})
            ans = answer(store.store, text, rep, site.settings.max_bytes)
            if ans.status == 200 and rep.name == "jsonld":  # compacted as the export's: "name", "members"...
                ans.body = _compact_jsonld(ans.body)
            self.reply(ans)

    def query_page(self, body: bytes) -> None:
        """The library with a form per query; a run shows a table (or a CSV download)."""
        site = self.site
        params = self.params(body)
        one = {k: v[0] for k, v in params.items() if v}
        name, free = one.get("name", ""), one.get("sparql", "")
        context: dict[str, Any] = {"library": site.library, "name": name, "free": free, "given": one}
        if name or free:
            if name:
                if name not in site.library:
                    raise ProtocolError(404, f"no query called {name!r} in the library")
                chosen = site.library[name]
                given = {p.name: one[f"p_{p.name}"] for p in chosen.params if one.get(f"p_{p.name}")}
                text = bind_values(chosen.text, bind(chosen, given))
            else:
                text = free
            context["text"] = text
            wants_csv = one.get("format") == "csv"
            rep = representation(text, "text/csv" if wants_csv else "application/sparql-results+json", None)
            ans = site.workers.run(text, rep)
            if ans.status != 200:
                context["error"] = ans.body.decode("utf-8", "replace").strip()
            elif wants_csv:
                filename = (name or "query") + ".csv"
                self.send(200, "text/csv", ans.body, {"Content-Disposition": f'attachment; filename="{filename}"'})
                return
            else:
                context["result"] = table(ans.body)
            context["csv_link"] = "/query?" + urlencode({**one, "format": "csv"})
        self.send(200 if "error" not in context else 400, "text/html", site.render("query.html", **context))


def table(body: bytes) -> dict[str, Any]:
    """SPARQL JSON results as columns and rows of Terms, for the HTML table."""
    data = json.loads(body)
    if "boolean" in data:
        return {"variables": ["answer"], "rows": [[Term.literal(str(data["boolean"]).lower())]]}
    variables = data["head"]["vars"]
    out = []
    for binding in data["results"]["bindings"]:
        row = []
        for var in variables:
            cell = binding.get(var)
            if cell is None:
                row.append(None)
            elif cell["type"] == "uri":
                row.append(Term.iri(cell["value"]))
            else:
                row.append(Term.literal(cell["value"], cell.get("datatype"), cell.get("xml:lang")))
        out.append(row)
    return {"variables": variables, "rows": out}


class Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a browser's idle keep-alive connection must not hold up Ctrl-C
    request_queue_size = 128  # 50 clients connecting at once must not overflow the listen backlog


def make_server(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> tuple[ThreadingHTTPServer, Site]:
    handler = type("SiteHandler", (Handler,), {})
    server = Server((host, port), handler)  # bind first: a busy port fails before any process starts
    try:
        handler.site = Site(settings)
    except BaseException:
        server.server_close()
        raise
    return server, handler.site


def serve_forever(settings: Settings, host: str, port: int, announce: Callable[[str], None]) -> None:
    """Serve until Ctrl-C or SIGTERM; the query processes are stopped on the way out."""
    server, site = make_server(settings, host, port)
    # after `ambiti demo`, Scrapy's own SIGINT handler is still installed: Ctrl-C must stop the server
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    bound_host, bound_port = server.server_address[:2]
    announce(f"serving the graph on http://{bound_host}:{bound_port}/ (SPARQL: /sparql, queries: /query); Ctrl-C stops")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        site.workers.close()

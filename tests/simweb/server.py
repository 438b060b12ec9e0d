"""Serve the simulated web on 127.0.0.1: one port per site, and a log of every request.

The pages are generated in memory (tests/simweb/build.py) and checked against the frozen manifest
before anything is served. Each site gets its own free port, so that it has its own robots.txt,
sitemap and search, and the crawler sees as many sites (host:port) as the web has; Scrapy keys its
download slots by host name, so all sites share the one loopback slot, as the demo web's sites do.
Besides the generated pages the server answers dynamic kinds of URL, as real CMSs do: the site
search (WordPress `?s=`, Designers Italia `/ricerca/?q=`, Joomla `?searchword=`), an endless events
calendar, links that carry a fresh session id in every answer (in the query, or in the path as
`;jsessionid=`), print and format variants of every page, and faceted filters of a listing. Which
of them a site has is written in its manifest entry (`traps`), so that the second web
(tests/simweb2/) is served by the same code: a `WebSpec` names the web's manifest and generator.

By hand: `python -m tests.simweb.server` prints each site's start URL; Ctrl-C stops.
"""

from __future__ import annotations

import contextlib
import html
import itertools
import json
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from .build import MANIFEST, build_web

LOOPBACK = "127.0.0.1"
SESSION_PARAM = "sid"
SESSION_PARAMS = {SESSION_PARAM, "PHPSESSID"}  # query parameters that only carry a session
MAX_SEARCH_HITS = 10

_CONTENT_TYPES = {".pdf": "application/pdf", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8"}
_HREF = re.compile(r'href="(/[^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class WebSpec:
    """One simulated web: its name, its frozen manifest and the generator that must reproduce it."""

    name: str
    manifest: Path
    build: Callable[[list[str] | None], tuple[dict[str, dict[str, bytes]], dict[str, Any]]]


SIMWEB = WebSpec("simweb", MANIFEST, build_web)


def load_manifest(path: Path = MANIFEST) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def canonical(target: str) -> str:
    """path?query with session ids (query or `;jsessionid=` path parameter) dropped and the parameters
    sorted: one key per resource."""
    parts = urlsplit(target)
    params = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in SESSION_PARAMS)
    path = unquote(parts.path).partition(";")[0] or "/"
    return path + ("?" + urlencode(params) if params else "")


def fold(text: str) -> str:
    """Case- and accent-free text, for the site search."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(plain.casefold().split())


def content_type(url: str) -> str:
    return _CONTENT_TYPES.get(Path(urlsplit(url).path).suffix, "text/html; charset=utf-8")


@dataclass
class SiteLog:
    """What the crawler asked of one site: every request target in order, and the answers' statuses."""

    requests: list[tuple[str, int]] = field(default_factory=list)  # (target as requested, status)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, target: str, status: int) -> None:
        with self._lock:
            self.requests.append((target, status))


class SimSite:
    """One site's files, search index and traps, served on its own port."""

    def __init__(self, entry: dict[str, Any], files: dict[str, bytes]) -> None:
        self.entry = entry
        self.id: str = entry["id"]
        self.files = {canonical(url): body for url, body in files.items()}
        self.log = SiteLog()
        self.base_url = ""
        self._sessions = itertools.count(1)
        self.traps = {t["kind"]: t for t in entry["traps"]}
        self._index = [
            (url, fold(html.unescape(_TAG.sub(" ", body.decode("utf-8")))), self._title(body))
            for url, body in self.files.items()
            if content_type(url).startswith("text/html")
        ]

    @staticmethod
    def _title(body: bytes) -> str:
        found = _TITLE.search(body.decode("utf-8"))
        return html.unescape(found.group(1)).strip() if found else ""

    def answer(self, target: str) -> tuple[int, str, bytes, dict[str, str]]:
        """Status, content type, body and extra headers for one GET."""
        key = canonical(target)
        path, _, query = key.partition("?")
        params = dict(parse_qsl(query, keep_blank_values=True))
        search = self.entry.get("search")
        if search and path == search["path"] and search["param"] in params:
            return 200, "text/html; charset=utf-8", self._search(params[search["param"]]), {}
        calendar = self.traps.get("calendar")
        if calendar and path == calendar["prefix"]:
            page = self._calendar(params.get(calendar.get("param", "mese"), ""))
            return (200, "text/html; charset=utf-8", page, {}) if page else self._not_found()
        facets = self.traps.get("facets")
        if facets and path == facets["prefix"] and set(params) & set(facets["params"]):
            return 200, "text/html; charset=utf-8", self._facet_page(params), {}
        variant = self.traps.get("variant")
        if variant and set(params) & set(variant["params"]):  # a print or format view: the same page again
            kept = [(k, v) for k, v in params.items() if k not in variant["params"]]
            key = path + ("?" + urlencode(kept) if kept else "")
        body = self.files.get(key)
        if body is None:
            if not path.endswith("/") and canonical(path + "/") in self.files and not query:
                return 301, "text/html; charset=utf-8", b"", {"Location": self.base_url + path + "/"}
            return self._not_found()
        ctype = content_type(path)
        if path.endswith((".xml", ".txt")):
            body = body.replace(b"__BASE_URL__", self.base_url.encode("ascii"))
        elif ctype.startswith("text/html") and "session-id" in self.traps:
            body = self._with_session_ids(body)
        return 200, ctype, body, {}

    def is_trap(self, target: str, repeat: bool) -> bool:
        """Whether a request went into one of this site's traps (repeat: its resource was asked before)."""
        key = canonical(target)
        path, _, query = key.partition("?")
        params = {k for k, _ in parse_qsl(query, keep_blank_values=True)}
        calendar, facets, variant = (self.traps.get(k) for k in ("calendar", "facets", "variant"))
        return bool(
            (calendar and path == calendar["prefix"])
            or ("session-id" in self.traps and repeat)
            or (facets and path == facets["prefix"] and params & set(facets["params"]))
            or (variant and params & set(variant["params"]))
        )

    def _not_found(self) -> tuple[int, str, bytes, dict[str, str]]:
        body = b'<!DOCTYPE html><html><body><h1>Pagina non trovata</h1><p><a href="/">Home</a></p></body></html>'
        return 404, "text/html; charset=utf-8", body, {}

    def _search(self, query: str) -> bytes:
        """All words of the query, anywhere in a page; pages with the whole phrase first."""
        words, phrase = fold(query).split(), fold(query)
        hits = [
            (phrase not in text, url, title)
            for url, text, title in self._index
            if words and all(w in text for w in words)
        ]
        hits.sort()
        items = "".join(
            f'<li><a href="{html.escape(u)}">{html.escape(t)}</a></li>' for _, u, t in hits[:MAX_SEARCH_HITS]
        )
        shown = html.escape(query)
        result = f'<ol class="search-results">{items}</ol>' if hits else f"<p>Nessun risultato per {shown}.</p>"
        return self._plain_page(f"Risultati della ricerca: {shown}", result)

    def _calendar(self, month: str) -> bytes | None:
        """A month of events with links to the month before and after, for any month: an endless trap."""
        found = _MONTH.match(month)
        if not found or not 1 <= int(found.group(2)) <= 12:
            return None
        year, mon = int(found.group(1)), int(found.group(2))
        prev = f"{year - (mon == 1)}-{12 if mon == 1 else mon - 1:02d}"
        nxt = f"{year + (mon == 12)}-{1 if mon == 12 else mon + 1:02d}"
        trap = self.traps["calendar"]
        prefix, param = trap["prefix"], trap.get("param", "mese")
        body = (
            f"<p>Eventi di {month}: mercato, concerti, incontri in biblioteca.</p>"
            f'<p><a href="{prefix}?{param}={prev}">« Mese precedente</a> | '
            f'<a href="{prefix}?{param}={nxt}">Mese successivo »</a></p>'
        )
        return self._plain_page(f"Calendario eventi {month}", body)

    def _facet_page(self, chosen: dict[str, str]) -> bytes:
        """A filtered listing that links every other choice of every filter: combinations without end."""
        trap = self.traps["facets"]
        links = []
        for name, values in trap["params"].items():
            for value in values:
                query = urlencode(sorted({**chosen, name: value}.items()))
                links.append(f'<li><a href="{trap["prefix"]}?{html.escape(query)}">{html.escape(value)}</a></li>')
        shown = html.escape(", ".join(f"{k}: {v}" for k, v in sorted(chosen.items())))
        return self._plain_page(f"Documenti filtrati ({shown})", f"<p>Nessun documento.</p><ul>{''.join(links)}</ul>")

    def _plain_page(self, title: str, body: str) -> bytes:
        site = html.escape(self.entry["title"])
        return (
            f'<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>{title} - {site}</title></head>'
            f'<body><p><a href="/">{site}</a></p><h1>{title}</h1>{body}</body></html>'
        ).encode()

    def _with_session_ids(self, body: bytes) -> bytes:
        """Every internal link gets this answer's fresh session id, as old CMSs without cookies do."""
        token = f"{next(self._sessions) * 7919:08x}"
        trap = self.traps["session-id"]
        param = trap.get("param", SESSION_PARAM)

        def add(m: re.Match[str]) -> str:
            url = m.group(1)
            if trap.get("in") == "path":  # Java servlet containers: /a/b;jsessionid=X?q=1
                path, sep, query = url.partition("?")
                return f'href="{path};{param}={token}{sep}{query}"'
            sep = "&amp;" if "?" in url else "?"
            return f'href="{url}{sep}{param}={token}"'

        return _HREF.sub(add, body.decode("utf-8")).encode("utf-8")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: SimSite


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "SimWeb/1.0"
    sys_version = ""
    timeout = 30

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        """Quiet: the site log records every request."""

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        self._reply(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802 - stdlib naming
        self._reply(send_body=False)

    def _reply(self, send_body: bool) -> None:
        site = self.server.site
        status, ctype, body, headers = site.answer(self.path)
        site.log.record(self.path, status)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class SimWeb:
    """All sites (or the named ones) of a simulated web, each on a free loopback port."""

    def __init__(self, site_ids: list[str] | None = None, web: WebSpec = SIMWEB) -> None:
        frozen = {e["id"]: e for e in load_manifest(web.manifest)["sites"]}
        unknown = set(site_ids or []) - set(frozen)
        if unknown:
            raise ValueError(f"no such site in {web.name}/{web.manifest.name}: {sorted(unknown)}")
        files, generated = web.build(site_ids)
        changed = [e["id"] for e in generated["sites"] if e != frozen[e["id"]]]
        if changed:
            raise ValueError(
                f"the generated sites {changed} differ from the frozen {web.name}/{web.manifest.name}: "
                "restore the generator"
            )
        self.sites = {e["id"]: SimSite(frozen[e["id"]], files[e["id"]]) for e in generated["sites"]}
        self._servers: list[tuple[_Server, threading.Thread]] = []

    def start(self) -> SimWeb:
        for site in self.sites.values():
            server = _Server((LOOPBACK, 0), _Handler)
            server.site = site
            site.base_url = f"http://{LOOPBACK}:{server.server_address[1]}"
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
            thread.start()
            self._servers.append((server, thread))
        return self

    def stop(self) -> None:
        for server, thread in self._servers:
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)
        self._servers = []

    def start_urls(self) -> list[str]:
        """Each site's home page: the seeds of a crawl (the crawler discovers the rest)."""
        return [site.base_url + site.entry["start"] for site in self.sites.values()]

    def __enter__(self) -> SimWeb:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def main(web: WebSpec = SIMWEB) -> None:
    """Serve the whole web by hand until Ctrl-C."""
    with SimWeb(web=web) as web:
        for url in web.start_urls():
            print(url, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()

"""Local HTTP server for the bundled demo web, so crawls and tests run offline and reproducibly.

The demo web lives in ``site/`` (version 1); ``site-v2/`` holds only the files that differ in
version 2 plus a ``REMOVED`` list of paths that answer 404 there.  The server behaves like a
well-mannered real web server (validators, conditional requests, redirects, robots, sitemap) so
that the crawler's politeness and recrawl logic can be tested against it.

Run by hand with ``python -m crawler.demo.server [--version N] [--port P]``.
"""

from __future__ import annotations

import argparse
import hashlib
import ipaddress
import re
import socket
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

DEMO_DIR = Path(__file__).resolve().parent
SITE_DIRS: dict[int, Path] = {1: DEMO_DIR / "site", 2: DEMO_DIR / "site-v2"}

# Fixed per-version dates, so that validators do not depend on file mtimes or checkouts.
VERSION_DATES: dict[int, datetime] = {
    1: datetime(2025, 2, 3, 8, 0, 0, tzinfo=UTC),
    2: datetime(2025, 3, 17, 8, 0, 0, tzinfo=UTC),
}

# Old URLs that answer 301 with the new location (both root-relative).
REDIRECTS: dict[str, str] = {
    "/comune-rho/servizi-sociali/ufficio-piano.asp": "/comune-rho/ufficio-di-piano.html",
}

# The entry page of each site of the demo web: the seeds of a demo crawl.
ENTRY_PATHS: tuple[str, ...] = (
    "/comune-azzate/",
    "/comune-rho/",
    "/comune-bergamo/",
    "/comune-desio/",
    "/comune-cantu/",
    "/ambito-pioltello/",
    "/ambito-corsico/",
    "/ambito-bormio/",
    "/ambito-arcisate/",
    "/ambito-suzzara/",
    "/ambito-legnano/",
    "/notizie/",
)

# Files whose text refers to the server's own absolute URL (robots.txt Sitemap line, sitemap locs).
BASE_URL_PLACEHOLDER = b"__BASE_URL__"
_TEMPLATED_SUFFIXES = (".xml", ".txt")

_CONTENT_TYPES: dict[str, str] = {
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
    ".xml": "application/xml",
    ".txt": "text/plain",
}

_NOT_FOUND_BODY = (
    b'<!DOCTYPE html>\n<html lang="it"><head><meta charset="utf-8"><title>Pagina non trovata</title>'
    b"</head><body><h1>404 - Pagina non trovata</h1><p>La pagina richiesta non esiste.</p>"
    b'<p><a href="/">Torna alla pagina iniziale</a></p></body></html>\n'
)


def start_urls(base_url: str) -> list[str]:
    """Seed URLs of a demo crawl: each site's entry page (the crawler must discover the rest)."""
    base = base_url.rstrip("/")
    return [base + path for path in ENTRY_PATHS]


@dataclass
class DemoStats:
    """Counters that let tests prove what a crawl cost (e.g. that a recrawl got mostly 304s)."""

    requests: int = 0
    bodies: int = 0
    bytes_sent: int = 0
    not_modified: int = 0
    by_status: dict[int, int] = field(default_factory=dict)
    paths: dict[str, int] = field(default_factory=dict)  # requests per URL path
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def record(self, status: int, body_bytes: int, path: str = "") -> None:
        """Count one answered request; handler threads call this concurrently."""
        with self._lock:
            self.requests += 1
            self.paths[path] = self.paths.get(path, 0) + 1
            self.by_status[status] = self.by_status.get(status, 0) + 1
            if status == 304:
                self.not_modified += 1
            if body_bytes > 0:
                self.bodies += 1
                self.bytes_sent += body_bytes

    def reset(self) -> None:
        """Zero all counters, e.g. between a first crawl and a recrawl."""
        with self._lock:
            self.requests = 0
            self.bodies = 0
            self.bytes_sent = 0
            self.not_modified = 0
            self.by_status = {}
            self.paths = {}


@dataclass(frozen=True)
class _Resource:
    body: bytes
    content_type: str
    etag: str
    last_modified: datetime
    version: int  # the version that last changed it


def _content_type(path: str, body: bytes) -> str:
    """Pick the media type from the suffix; for text, declare the charset the bytes really use."""
    suffix = Path(path).suffix.lower()
    media = _CONTENT_TYPES.get(suffix, "application/octet-stream")
    if media.startswith("text/"):
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return f"{media}; charset=windows-1252"
        return f"{media}; charset=utf-8"
    return media


def _collect(root: Path) -> dict[str, Path]:
    """Map every servable file under root to its root-relative URL path."""
    files: dict[str, Path] = {}
    for file in sorted(root.rglob("*")):
        if file.is_file() and file.name != "REMOVED":
            files["/" + file.relative_to(root).as_posix()] = file
    return files


def removed_paths(version: int) -> list[str]:
    """Paths listed in site-vN/REMOVED: they answer 404 in that version."""
    if version == 1:
        return []
    listing = SITE_DIRS[version] / "REMOVED"
    if not listing.exists():
        return []
    lines = listing.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _build_version(version: int, base_url: str) -> dict[str, _Resource]:
    """Overlay the versions up to `version`; Last-Modified is the date of the version that last changed a file."""
    sources: dict[str, tuple[Path, int]] = {}
    for v in range(1, version + 1):
        for path, file in _collect(SITE_DIRS[v]).items():
            sources[path] = (file, v)
        for path in removed_paths(v):
            sources.pop(path, None)
    table: dict[str, _Resource] = {}
    for path, (file, v) in sources.items():
        body = file.read_bytes()
        if path.endswith(_TEMPLATED_SUFFIXES):
            body = body.replace(BASE_URL_PLACEHOLDER, base_url.encode("ascii"))
        etag = '"' + hashlib.sha256(body).hexdigest() + '"'
        table[path] = _Resource(body, _content_type(path, body), etag, VERSION_DATES[v], v)
    return table


# One <url> of sitemap.xml: (indent, <loc> and <lastmod> up to its value), the URL, the value, the rest.
_SITEMAP_URL = re.compile(rb"([ \t]*<url>\s*<loc>(.*?)</loc>\s*<lastmod>)(.*?)(</lastmod>\s*</url>\n?)", re.S)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    web: DemoWeb
    base_url: str


class _Server6(_Server):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    """Serve the current version's table; everything is in memory, nothing touches the disk per request."""

    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "AmbitiDemo/1.0"
    sys_version = ""
    timeout = 30

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        """Stay quiet: tests and crawls would otherwise flood stderr."""

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802 - stdlib naming
        self._answer(send_body=False)

    def _answer(self, send_body: bool) -> None:
        web = self.server.web
        path = unquote(urlsplit(self.path).path) or "/"
        if path in REDIRECTS:
            self._redirect(self.server.base_url + REDIRECTS[path], send_body)
            return
        table = web._table()
        lookup = path + "index.html" if path.endswith("/") else path
        resource = table.get(lookup)
        if lookup == "/sitemap.xml":
            resource = web._sitemap()
        if resource is None:
            if not path.endswith("/") and path + "/index.html" in table:
                self._redirect(self.server.base_url + path + "/", send_body)
            else:
                self._send(404, "text/html; charset=utf-8", _NOT_FOUND_BODY, {}, send_body)
            return
        validators = {
            "ETag": resource.etag,
            "Last-Modified": format_datetime(resource.last_modified, usegmt=True),
            "Cache-Control": "no-cache",
        }
        if self._not_modified(resource):
            web.stats.record(304, 0, path)
            self.send_response(304)
            for name, value in validators.items():
                self.send_header(name, value)
            self.end_headers()
            return
        self._send(200, resource.content_type, resource.body, validators, send_body)

    def _not_modified(self, resource: _Resource) -> bool:
        """RFC 9110 order: If-None-Match wins; If-Modified-Since only when it is absent."""
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = [tag.strip() for tag in if_none_match.split(",")]
            return "*" in tags or any(tag.removeprefix("W/") == resource.etag for tag in tags)
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since:
            try:
                since = parsedate_to_datetime(if_modified_since)
            except (TypeError, ValueError):
                return False
            if since.tzinfo is None:
                since = since.replace(tzinfo=UTC)
            return resource.last_modified <= since
        return False

    def _redirect(self, location: str, send_body: bool) -> None:
        link = f'<a href="{location}">{location}</a>'
        body = f"<!DOCTYPE html>\n<html><body><p>Pagina spostata: {link}</p></body></html>\n"
        self._send(301, "text/html; charset=utf-8", body.encode("utf-8"), {"Location": location}, send_body)

    def _send(self, status: int, content_type: str, body: bytes, headers: dict[str, str], send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        # counted before the response leaves, so a client that has its answer sees the count
        self.server.web.stats.record(status, len(body) if send_body else 0, unquote(urlsplit(self.path).path))
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class DemoWeb:
    """The demo web on a loopback port; `version` can be switched while it runs to simulate site changes."""

    handler: type[_Handler] = _Handler  # a test server may answer some paths otherwise (tests/faultweb.py)

    def __init__(self, version: int = 1, host: str = "127.0.0.1", port: int = 0) -> None:
        if not _is_loopback(host):
            raise ValueError(f"the demo web binds loopback addresses only, not {host!r}")
        self.host = host
        self.port = port
        self.stats = DemoStats()
        self.published: dict[int, datetime] = {1: VERSION_DATES[1]}  # version -> when it went live
        self._version = 1
        self.version = version
        self._tables: dict[int, dict[str, _Resource]] = {}
        self._sitemaps: dict[int, _Resource] = {}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def version(self) -> int:
        """Which content is served (1 or 2)."""
        return self._version

    @version.setter
    def version(self, value: int) -> None:
        if value not in SITE_DIRS:
            raise ValueError(f"unknown demo web version {value!r}; known: {sorted(SITE_DIRS)}")
        self._version = value
        self.published.setdefault(value, datetime.now(UTC).replace(microsecond=0))

    @property
    def url(self) -> str:
        """Base URL without trailing slash, e.g. http://127.0.0.1:8123."""
        if self._server is None:
            raise RuntimeError("DemoWeb not started")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def _table(self) -> dict[str, _Resource]:
        return self._tables[self._version]

    def _sitemap(self) -> _Resource:
        """sitemap.xml as a CMS keeps it: the listed pages the current version still has, each dated
        by the version that last changed it. A version after the first is dated when it went live,
        not by VERSION_DATES: a recrawl compares sitemap dates with its own clock."""
        if self._version not in self._sitemaps:
            table = self._table()
            base = self.url.encode("ascii")

            def entry(m: re.Match[bytes]) -> bytes:
                path = m.group(2).removeprefix(base).decode("utf-8")
                page = table.get(path + "index.html" if path.endswith("/") else path)
                if page is None:
                    return b""
                when = self.published[page.version]
                value = when.date().isoformat() if page.version == 1 else when.isoformat()
                return m.group(1) + value.encode("ascii") + m.group(4)

            body = _SITEMAP_URL.sub(entry, table["/sitemap.xml"].body)
            etag = '"' + hashlib.sha256(body).hexdigest() + '"'
            self._sitemaps[self._version] = _Resource(
                body, "application/xml", etag, self.published[self._version], self._version
            )
        return self._sitemaps[self._version]

    def start(self) -> DemoWeb:
        """Bind (port 0 picks a free port), load both versions, serve in a daemon thread."""
        if self._server is not None:
            return self
        bind_host = "127.0.0.1" if self.host == "localhost" else self.host
        server_class: type[_Server] = _Server6 if ":" in bind_host else _Server
        server = server_class((bind_host, self.port), self.handler)
        server.web = self
        self._server = server
        self.port = server.server_address[1]
        server.base_url = self.url
        self._tables = {v: _build_version(v, self.url) for v in SITE_DIRS}
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and free the port."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> DemoWeb:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    """Serve the demo web by hand until Ctrl-C."""
    parser = argparse.ArgumentParser(description="Serve the ambiti demo web on a loopback port.")
    parser.add_argument("--version", type=int, default=1, choices=sorted(SITE_DIRS))
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args(argv)
    web = DemoWeb(version=args.version, host=args.host, port=args.port).start()
    print(f"Demo web v{web.version} at {web.url}/  (Ctrl-C stops)", flush=True)
    for url in start_urls(web.url):
        print("  " + url, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        web.stop()


if __name__ == "__main__":
    main()

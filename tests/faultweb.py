"""A hostile web on 127.0.0.1: the demo web plus the faults real municipal sites have, and switches.

`FaultWeb` serves the bundled demo web (so crawls find real facts) and, under `/guasti/`, pages
that each break a crawler in one way: huge, streamed and gzip-bomb bodies, a page that trickles
and one that never answers, redirect loops and chains, 5xx bursts, a calendar trap, wrong
charsets, binary served as HTML, a broken PDF, thousands of links, markup lxml gives up on, an
8 KB URL. Switches: `down()`/`up()` make the whole site unreachable (connection refused) and
back on the same port; `failing` answers chosen path prefixes with an error status; `delay`
slows every demo page and every page that the list of `many` links leads to; `robots_extra`
adds robots.txt rules between crawls.

Every path linked from the hub `/guasti/` carries "servizi sociali" so the crawler's link scoring
follows it. `web.stats` counts the requests per path (crawler/demo/server.py).
"""

from __future__ import annotations

import contextlib
import gzip
import random
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urlsplit

from crawler.demo.server import DemoWeb, _Handler

HUB = "/guasti/"
MAXSIZE = 10 * 1024 * 1024  # crawler/settings.py DOWNLOAD_MAXSIZE
P = HUB + "servizi-sociali-"

FAULTS = {
    "huge": P + "enorme.html",  # declares 11 MB
    "stream": P + "flusso.html",  # streams 11 MB, no Content-Length
    "bomb": P + "bomba.html",  # 20 MB of zeros gzipped to ~20 KB
    "slow": P + "lento.html",  # one byte a second
    "hang": P + "fermo.html",  # never answers
    "loop": P + "giro-a.html",  # -> giro-b -> giro-a
    "chain": P + "salto-0.html",  # 0 -> 1 -> ... -> 30
    "flaky": P + "instabile.html",  # 500, 500, then 200
    "forbidden": P + "riservato.html",  # 403
    "gone": P + "rimosso.html",  # 410
    "calendar": P + "calendario.html?giorno=0",  # always a next day
    "charset": P + "latino.html",  # says UTF-8, is Latin-1
    "binary": P + "binario.html",  # random bytes as text/html
    "pdf": P + "delibera.pdf",  # not a PDF
    "many": P + "elenco.html",  # `Faults.many` links to pages that link one page each
    "deep": P + "annidato.html",  # 3,000 unclosed <div>, then a link
    "long": P + "lungo.html",  # links an 8 KB URL
    "robots": P + "vietato.html",  # disallowed by robots.txt
}
DEEP_TARGET = P + "in-fondo.html"
FLAKY_FAILURES = 2
CHAIN = 30


@dataclass
class Faults:
    failing: dict[str, int] = field(default_factory=dict)  # path prefix -> status answered
    delay: float = 0.0  # seconds before each demo page
    robots_extra: list[str] = field(default_factory=list)
    flaky_seen: dict[str, int] = field(default_factory=dict)
    slow_seconds: int = 60
    many: int = 3000
    hub: list[str] = field(default_factory=lambda: [k for k in FAULTS if k not in ("slow", "hang")])  # linked faults


def _html(title: str, body: str) -> bytes:
    head = f'<head><meta charset="utf-8"><title>{title}</title></head>'
    return f'<!DOCTYPE html><html lang="it">{head}<body>{body}</body></html>'.encode()


def _links(paths: list[str]) -> str:
    return "".join(f'<p><a href="{p}">Servizi sociali {n}</a></p>' for n, p in enumerate(paths))


class FaultHandler(_Handler):
    server_version = "FaultWeb/1.0"

    def handle(self) -> None:
        with contextlib.suppress(OSError):  # the crawler hung up on a page it would not take: expected here
            super().handle()

    def _answer(self, send_body: bool) -> None:
        web: FaultWeb = self.server.web  # type: ignore[assignment]
        faults = web.faults
        web.user_agents.add(self.headers.get("User-Agent", ""))
        raw_path = urlsplit(self.path).path
        path = unquote(raw_path)
        if path == "/robots.txt" and faults.robots_extra:
            body = "User-agent: *\n" + "".join(f"{line}\n" for line in faults.robots_extra)
            self._send(200, "text/plain", body.encode(), {}, send_body)
            return
        for prefix, status in faults.failing.items():
            if path.startswith(prefix):
                self._send(status, "text/html; charset=utf-8", _html("Errore", "<p>Errore</p>"), {}, send_body)
                return
        if path.startswith(HUB):
            self._fault(path, send_body)
            return
        if faults.delay:
            time.sleep(faults.delay)
        super()._answer(send_body)

    def _fault(self, path: str, send_body: bool) -> None:  # noqa: C901 (one branch per fault, on purpose)
        faults: Faults = self.server.web.faults  # type: ignore[attr-defined]
        query = parse_qs(urlsplit(self.path).query)
        ok = "text/html; charset=utf-8"
        if path == HUB:
            self._send(200, ok, _html("Guasti", _links([FAULTS[k] for k in faults.hub])), {}, send_body)
        elif path == FAULTS["huge"]:
            self.send_response(200)
            self.send_header("Content-Type", ok)
            self.send_header("Content-Length", str(MAXSIZE + 1024 * 1024))
            self.end_headers()
            self._record(200, path)
            self._write_slowly(b"x" * 65536, 4)
        elif path == FAULTS["stream"]:
            self.send_response(200)
            self.send_header("Content-Type", ok)
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            self._record(200, path)
            self._write_slowly(b"<p>" + b"a" * 65533, (MAXSIZE // 65536) + 20)
        elif path == FAULTS["bomb"]:
            body = gzip.compress(b"\0" * (2 * MAXSIZE), compresslevel=9)
            self._send(200, ok, body, {"Content-Encoding": "gzip"}, send_body)
        elif path == FAULTS["slow"]:
            self.send_response(200)
            self.send_header("Content-Type", ok)
            self.send_header("Content-Length", str(faults.slow_seconds))
            self.end_headers()
            self._record(200, path)
            self._write_slowly(b"x", faults.slow_seconds, pause=1.0)
        elif path == FAULTS["hang"]:
            self._record(0, path)
            time.sleep(faults.slow_seconds)
        elif path in (FAULTS["loop"], P + "giro-b.html"):
            other = P + ("giro-b.html" if path.endswith("giro-a.html") else "giro-a.html")
            self._send(302, ok, b"", {"Location": other}, send_body)
        elif path.startswith(P + "salto-"):
            n = int(path.removeprefix(P + "salto-").removesuffix(".html"))
            if n < CHAIN:
                self._send(302, ok, b"", {"Location": f"{P}salto-{n + 1}.html"}, send_body)
            else:
                self._send(200, ok, _html("Arrivo", "<p>Arrivo</p>"), {}, send_body)
        elif path == FAULTS["flaky"]:
            seen = faults.flaky_seen[path] = faults.flaky_seen.get(path, 0) + 1
            if seen <= FLAKY_FAILURES:
                self._send(500, ok, _html("Errore", "<p>Errore interno</p>"), {}, send_body)
            else:
                page = _html("Servizi sociali", "<h1>Servizi sociali</h1><p>Di nuovo qui</p>")
                self._send(200, ok, page, {}, send_body)
        elif path == FAULTS["forbidden"]:
            self._send(403, ok, _html("Vietato", "<p>Vietato</p>"), {}, send_body)
        elif path == FAULTS["gone"]:
            self._send(410, ok, _html("Rimosso", "<p>Rimosso</p>"), {}, send_body)
        elif path == P + "calendario.html":
            day = int(query.get("giorno", ["0"])[0])
            link = f'<a href="{P}calendario.html?giorno={day + 1}">Servizi sociali: giorno dopo</a>'
            self._send(200, ok, _html(f"Giorno {day}", link), {}, send_body)
        elif path == FAULTS["charset"]:
            body = "<html><body><h1>Servizi sociali di Cantù, più vicini</h1></body></html>".encode("latin-1")
            self._send(200, ok, body, {}, send_body)
        elif path == FAULTS["binary"]:
            self._send(200, ok, random.Random(7).randbytes(50_000), {}, send_body)
        elif path == FAULTS["pdf"]:
            self._send(200, "application/pdf", b"%PDF-1.7\n1 0 obj <<broken" + b"\xff" * 500, {}, send_body)
        elif path == FAULTS["many"]:
            items = _links([f"{P}voce-{i}.html" for i in range(faults.many)])
            self._send(200, ok, _html("Elenco", items), {}, send_body)
        elif path == FAULTS["deep"]:
            body = "<div>" * 3000 + f'<a href="{DEEP_TARGET}">Servizi sociali in fondo</a>'
            self._send(200, ok, _html("Annidato", body), {}, send_body)
        elif path == FAULTS["long"]:
            long_link = P + "lunghissimo.html?q=" + "x" * 8192
            self._send(200, ok, _html("Lungo", f'<a href="{long_link}">Servizi sociali, URL lungo</a>'), {}, send_body)
        elif path.startswith(P + "voce-"):  # one level more, so a resumed crawl must know depths
            time.sleep(faults.delay)
            child = path.replace("voce-", "scheda-")
            self._send(200, ok, _html("Voce", f'<a href="{child}">Servizi sociali, scheda</a>'), {}, send_body)
        elif path.startswith(P):  # every other page of the hub's site: a small page
            time.sleep(faults.delay)
            self._send(200, ok, _html("Servizi sociali", f"<p>{path}</p>"), {}, send_body)
        else:
            self._send(404, ok, _html("Non trovato", "<p>Non trovato</p>"), {}, send_body)

    def _record(self, status: int, path: str) -> None:
        self.server.web.stats.record(status, 0, path)

    def _write_slowly(self, chunk: bytes, times: int, pause: float = 0.0) -> None:
        try:
            for _ in range(times):
                self.wfile.write(chunk)
                self.wfile.flush()
                if pause:
                    time.sleep(pause)
        except OSError:
            pass  # the crawler hung up, as it should


class FaultWeb(DemoWeb):
    handler = FaultHandler

    def __init__(self, version: int = 1) -> None:
        super().__init__(version=version)
        self.faults = Faults()
        self.user_agents: set[str] = set()
        self._held: socket.socket | None = None  # the port, while the site is down

    def down(self) -> None:
        """The site is unreachable: nothing listens on its port (connection refused). The port stays
        bound, not listening, so that no other server or connection of a parallel test takes it."""
        bind_host = self._server.server_address[0] if self._server is not None else "127.0.0.1"
        self.stop()
        held = socket.socket(socket.AF_INET6 if ":" in bind_host else socket.AF_INET)
        held.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # the server's closed connections wait
        held.bind((bind_host, self.port))
        self._held = held

    def up(self) -> None:
        """Back on the same port."""
        self.stop()
        self.start()

    def stop(self) -> None:
        """Stop serving and free the port, also while the site is down."""
        super().stop()
        if self._held is not None:
            self._held.close()
            self._held = None

    def hub(self) -> str:
        return self.url + HUB

"""`ambiti serve` in a background thread on a free loopback port, for the HTTP and browser tests;
`in_background`, any test's loopback server in a thread; `QuietHandler`, a test server's handler."""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from graph.serve.app import Settings, make_server


@dataclass
class Served:
    url: str  # http://127.0.0.1:PORT (no trailing slash)
    settings: Settings


class QuietHandler(BaseHTTPRequestHandler):
    """A test server's request handler: `answer` sends a whole body, and requests are not logged to stderr."""

    def answer(self, body: bytes, kind: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def in_background(server: socketserver.BaseServer) -> Iterator[None]:
    """`server` answers from a thread for the block, then is closed. The thread waits for a request
    without a timeout; at the end a connection of its own, which asks nothing, wakes it to see that it
    is stopped. serve_forever looks for its shutdown every `poll_interval` instead: at socketserver's
    0.5 s each server's stop cost its test up to half a second of waiting, and at 0.05 s the dev web's
    224 idle servers woke 4,500 times a second (~0.6 s of CPU every 10 s of its crawl)."""
    stopped = threading.Event()

    def serve() -> None:
        while not stopped.is_set():
            server.handle_request()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stopped.set()
        with contextlib.suppress(OSError):
            socket.create_connection(server.server_address[:2], timeout=10).close()  # type: ignore[index]
        thread.join()
        server.server_close()


@contextlib.contextmanager
def serving(store_dir: Path, **options: object) -> Iterator[Served]:
    settings = Settings(store_dir, **options)  # type: ignore[arg-type]
    server, site = make_server(settings, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with in_background(server):
            urllib.request.urlopen(url + "/void", timeout=30).read()
            yield Served(url, settings)
    finally:
        site.workers.close()

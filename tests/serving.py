"""`ambiti serve` in a background thread on a free loopback port, for the HTTP and browser tests."""

from __future__ import annotations

import contextlib
import threading
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.serve.app import Settings, make_server


@dataclass
class Served:
    url: str  # http://127.0.0.1:PORT (no trailing slash)
    settings: Settings


@contextlib.contextmanager
def serving(store_dir: Path, **options: object) -> Iterator[Served]:
    settings = Settings(store_dir, **options)  # type: ignore[arg-type]
    server, site = make_server(settings, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        urllib.request.urlopen(url + "/void", timeout=30).read()
        yield Served(url, settings)
    finally:
        server.shutdown()
        server.server_close()
        site.workers.close()

"""A private redis-server for one test: a child process on a unix socket in the test's tmp dir,
never the system's service (docs/testing.md). Skips the test when redis-server is not installed
(scripts/install-system-tools installs Debian's)."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis


@contextmanager
def private_redis(folder: Path) -> Iterator[str]:
    """The URL of a fresh Redis database, stopped (by its PID) on exit."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (scripts/install-system-tools installs it)")
    socket = folder / "redis.sock"
    args = [binary, "--port", "0", "--unixsocket", str(socket), "--unixsocketperm", "700", "--save", "",
            "--appendonly", "no", "--daemonize", "no", "--dir", str(folder)]  # fmt: skip
    with (folder / "redis.log").open("w") as log:
        server = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
    url = f"unix://{socket}?db=0"
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis.from_url(url).ping()
                break
            except redis.RedisError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError(f"redis-server did not start: {(folder / 'redis.log').read_text()}") from None
                time.sleep(0.02)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)

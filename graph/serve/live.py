"""The data dir's store, reopened when a build swaps a new directory in.

`ambiti build` writes the new store beside the old one and renames it into place
(graph/store.py). A reader that keeps its open store answers from the old graph until the
directory at the path is a different one; then the next request opens the new store and the old
handle is dropped. While the path is missing (between the two renames) the old store keeps serving.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from graph.store import local_store
from graph.store_api import LocalStore


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class LiveStore:
    def __init__(self, path: Path, check_every: float = 0.5) -> None:
        self.path = path
        self.check_every = check_every
        self._lock = threading.Lock()
        self._identity = _identity(path)
        self._store = self._open()
        self._checked = time.monotonic()
        self.generation = 0  # how many swaps were seen: caches keyed on it go stale at a swap

    def _open(self) -> LocalStore:
        store = local_store(self.path)
        _ = store.store  # open now: a StoreError names the path at start-up, not at the first request
        return store

    def current(self) -> LocalStore:
        now = time.monotonic()
        if now - self._checked < self.check_every:
            return self._store
        with self._lock:
            self._checked = now
            found = _identity(self.path)
            if found is not None and found != self._identity:
                fresh = self._open()
                self._store, self._identity = fresh, found
                self.generation += 1
        return self._store

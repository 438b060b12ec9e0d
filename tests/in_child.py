"""Run a function in a forked child process and return its result.

A Scrapy crawl runs Twisted's reactor, which cannot start twice in one process: two tests that call
`run_crawl` in the same pytest-xdist worker would fail the second time. Each crawls in a child of its own.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")


def in_child(function: Callable[..., T], /, *args: object, **kwargs: object) -> T:
    """`function(*args, **kwargs)` in a forked child (its arguments and result are pickled)."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        return pool.submit(function, *args, **kwargs).result()

"""One test for a set or a chunk of pages that checks every page and names every page that fails.

A page's own check here (its links in four modes, its gold's shape) takes a millisecond or a few, and pytest's
and pytest-xdist's own work for a test took ~2.4 ms of CPU more (docs/testing.md, round speed13): with one test
a page, most of the everyday lane's CPU was pytest's. Checking the pages of a chunk in one test keeps every
assertion and, through the failure message, which pages broke it and how."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")


def check_each(check: Callable[[T], object], items: Iterable[T], name: Callable[[T], str]) -> None:
    """Runs `check` on every item, then fails once, naming each item whose check failed and its error."""
    failed = []
    for item in items:
        try:
            check(item)
        except Exception as error:  # noqa: BLE001 (named in the failure, with its type)
            failed.append(f"{name(item)}: {type(error).__name__}: {error}")
    assert not failed, f"{len(failed)} failed:\n" + "\n".join(failed)


def chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """Consecutive slices of at most `size` items."""
    return [items[i : i + size] for i in range(0, len(items), size)]

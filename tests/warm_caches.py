"""The bytecode caches of the test run written once, by pytest-xdist's controller, while its workers start.

On a clean clone (CI) every worker found no cache: each rewrote the asserts of all 97 test modules and compiled
the test helpers and the project's modules it imports, at the same moment as the others (~3 s of CPU a worker:
6.9 s before its first test against 3.9 s with the caches written). The controller imports no test module, so it
mostly waits meanwhile: a thread of it writes what the workers would, the test modules from the last one (the
workers collect from the first: they meet in the middle and find the rest written). It writes what the import system
and pytest write themselves (pytest's own rewriting, `compileall`'s plain caches), the same way (an atomic rename),
so a worker that gets there first only does the work it did before.
"""

from __future__ import annotations

import compileall
import py_compile
import re
import sys
import threading
from pathlib import Path

import pytest
from _pytest.assertion import rewrite  # pytest's rewriting, private: a change of it turns this off (below)

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
# the test modules, which pytest rewrites: not compiled plain
TEST_MODULE = re.compile(r"[/\\]test_[^/\\]*\.py$")
SKIPPED = {"fixtures", "__pycache__"}


def start(config: pytest.Config) -> None:
    """In pytest-xdist's controller (workers to come) where bytecode is written: write the caches in a thread."""
    workers = getattr(config.option, "numprocesses", None)
    if workers and not hasattr(config, "workerinput") and not sys.dont_write_bytecode:
        threading.Thread(target=_write, args=(config,), name="warm-caches", daemon=True).start()


def _write(config: pytest.Config) -> None:
    try:
        state = config.stash[rewrite.assertstate_key]
        folders = [TESTS, *(folder for folder, _ in _helpers())]
        for module in sorted((m for folder in folders for m in folder.glob("test_*.py")), reverse=True):
            pyc = rewrite.get_cache_dir(module) / (module.name[:-3] + rewrite.PYC_TAIL)
            if rewrite._read_pyc(module, pyc, state.trace) is None and rewrite.try_makedirs(pyc.parent):
                source_stat, code = rewrite._rewrite_test(module, config)
                rewrite._write_pyc(state, code, source_stat, pyc)
    except (AttributeError, KeyError, TypeError):  # another pytest's internals, or asserts not rewritten: skip
        pass
    for folder, depth in _plain_folders():
        compileall.compile_dir(
            folder, maxlevels=depth, rx=TEST_MODULE, quiet=2, invalidation_mode=py_compile.PycInvalidationMode.TIMESTAMP
        )


def _plain_folders() -> list[tuple[Path, int]]:
    """The project's packages, the tests' folder and its helpers' folders, with how deep to go."""
    return [(ROOT / "crawler", 10), (ROOT / "graph", 10), (TESTS, 0), *_helpers()]


def _helpers() -> list[tuple[Path, int]]:
    """The tests' folders of helpers (the simulated webs, the dev web, the benchmarks), not tests/fixtures: pages,
    and the held-out sets, which no one but their own test reads."""
    return [(folder, 10) for folder in sorted(TESTS.iterdir()) if folder.is_dir() and folder.name not in SKIPPED]

"""The session crawls, builds and validations (conftest.py's `made_once`) kept between runs in pytest's
cache dir, under a key of the code that makes them: the crawler, the graph, the ontology, the dev web,
the test helpers that run them, the installed packages, Python and the AMBITI_* variables. A run with
the same key copies the folder back (milliseconds) instead of making it again (the dev web's crawl
alone ~20 s of CPU); any change to that code makes them anew. A clean clone, a CI run and
`pytest --cache-clear` have no cache: everything is made."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# what the session's folders are made of: a change to any of these files makes them anew
CODE = ["crawler", "graph", "ontology", "tests/discovery_web", "pyproject.toml"] + [
    f"tests/{name}.py" for name in ("conftest", "kept", "dev_web", "in_child", "forked", "demo_graphs")
]


@cache
def code_key() -> str:
    """A digest of CODE's files (names and bytes), the installed distributions, Python and AMBITI_*."""
    digest = hashlib.sha256()
    for top in CODE:
        path = ROOT / top
        for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if file.is_file() and "__pycache__" not in file.parts:
                digest.update(f"{file.relative_to(ROOT)}\0".encode() + file.read_bytes() + b"\0")
    packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    variables = sorted((k, v) for k, v in os.environ.items() if k.startswith("AMBITI_"))
    digest.update(json.dumps([sys.version, packages, variables]).encode())
    return digest.hexdigest()[:20]


def kept(store: Path, name: str, make: Callable[[Path], dict], key: str) -> Callable[[Path], dict]:
    """`make`, or a copy of what it made with the same `key` (code_key) in an earlier run, kept in
    `store`. A folder made anew replaces the ones of other keys (written aside, then renamed: a run
    that stops midway keeps nothing)."""

    def make_or_copy(folder: Path) -> dict:
        hit = store / f"{name}@{key}"
        if (hit / "made.json").is_file():
            shutil.copytree(hit / "folder", folder, dirs_exist_ok=True, ignore=shutil.ignore_patterns("lock"))
            return json.loads((hit / "made.json").read_text(encoding="utf-8"))
        made = make(folder)
        aside = store / f".{hit.name}.{os.getpid()}"
        shutil.rmtree(aside, ignore_errors=True)
        shutil.copytree(folder, aside / "folder", ignore=shutil.ignore_patterns("lock"))
        (aside / "made.json").write_text(json.dumps(made), encoding="utf-8")
        for old in store.glob(f"{name}@*"):
            shutil.rmtree(old, ignore_errors=True)
        try:
            aside.rename(hit)
        except OSError:  # another run in this checkout kept the same meanwhile
            shutil.rmtree(aside, ignore_errors=True)
        return made

    return make_or_copy

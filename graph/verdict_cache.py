"""Validation verdicts of page graphs, kept by content digest in the data dir.

A page graph changes only when a crawl sees its page again (and then it is a new digest), so a
validation after a weekly recrawl re-validates the pages that crawl touched, not a year of them.
One JSON file per digest of the shapes, the ontology and the engine: a change to any of them
starts an empty cache instead of trusting old verdicts.
"""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version
from pathlib import Path

from crawler.datadir import atomic_write

Verdict = list[dict[str, str]]  # the findings of one graph (graph/validate.py Finding as a dict)


def rules_digest(*files: Path) -> str:
    h = hashlib.sha256(f"pyshacl-turbo {version('pyshacl-turbo')}\n".encode())
    for path in files:
        h.update(path.read_bytes() if path.exists() else b"")
    return h.hexdigest()[:32]


def graph_digest(ntriples: bytes) -> str:
    """Digest of a graph's N-Triples, independent of the order the store wrote them in."""
    return hashlib.sha256(b"\n".join(sorted(ntriples.splitlines()))).hexdigest()


class VerdictCache:
    def __init__(self, directory: Path | None, rules: str) -> None:
        self.path = directory / f"{rules}.json" if directory else None
        self.verdicts: dict[str, Verdict] = {}
        if self.path and self.path.exists():
            try:
                self.verdicts = json.loads(self.path.read_text())
            except (OSError, ValueError):  # a damaged cache only costs a full validation
                self.verdicts = {}
        self.dirty = False

    def get(self, digest: str) -> Verdict | None:
        return self.verdicts.get(digest)

    def put(self, digest: str, verdict: Verdict) -> None:
        self.verdicts[digest] = verdict
        self.dirty = True

    def save(self, keep: set[str]) -> None:
        """Write the verdicts of the graphs in `keep` (the store's), dropping those of graphs gone."""
        if not self.path or not (self.dirty or self.verdicts.keys() - keep):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, json.dumps({d: v for d, v in self.verdicts.items() if d in keep}))
        for stale in self.path.parent.glob("*.json"):  # verdicts under rules that are no longer these
            if stale != self.path:
                stale.unlink(missing_ok=True)

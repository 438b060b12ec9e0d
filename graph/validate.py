"""SHACL validation of a built graph (ontology/shapes.ttl) with pyshacl-turbo, a Rust SHACL engine.

Shapes see the union of every named graph, as queries do. The ontology and the intervention
areas are given as the ontology graph, with RDFS entailment, so class targets follow
rdfs:subClassOf. pyshacl-turbo reads the Oxigraph store natively, with no rdflib graph of the data:
pure-Python pyshacl needed one and took 13-17 s on the 22k-quad demo alone (figures in
docs/benchmarks.md). tests/test_shapes.py runs both engines and expects the same results.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
SH = Namespace("http://www.w3.org/ns/shacl#")
HEARTBEAT_SECONDS = 15.0

Progress = Callable[[str], None]


@dataclass
class Finding:
    severity: str  # Violation | Warning | Info
    shape: str
    focus: str
    message: str


@dataclass
class ValidationReport:
    conforms: bool
    findings: list[Finding] = field(default_factory=list)

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Warning"]

    def summary(self, limit: int = 20) -> str:
        lines = []
        by_shape = Counter((f.severity, f.shape) for f in self.findings)
        for (severity, shape), n in sorted(by_shape.items()):
            first = next(f for f in self.findings if f.shape == shape)
            lines.append(f"{severity}: {shape.rsplit('#', 1)[-1]} × {n}, e.g. {first.message}")
        return "\n".join(lines[:limit]) + ("" if len(lines) <= limit else f"\n... {len(lines) - limit} more")


def shapes_graph() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")


def ontology_graph() -> Graph:
    g = Graph()
    for name in ("ambiti.ttl", "areas.ttl"):
        path = ONTOLOGY_DIR / name
        if path.exists():
            g.parse(path, format="turtle")
    return g


@contextmanager
def heartbeat(progress: Progress | None, what: str) -> Iterator[None]:
    """'still validating, N s' every HEARTBEAT_SECONDS while the engine runs (it reports nothing itself)."""
    if progress is None:
        yield
        return
    started = time.monotonic()
    done = threading.Event()

    def beat() -> None:
        while not done.wait(HEARTBEAT_SECONDS):
            progress(f"{what}: {time.monotonic() - started:.0f} s")

    thread = threading.Thread(target=beat, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()


def validate_store(data: ox.Store, progress: Progress | None = None) -> ValidationReport:
    """Validate every named graph of an Oxigraph store, read in place."""
    from pyshacl_turbo import validate

    if progress:
        progress(f"validating {len(data):,} quads against ontology/shapes.ttl (pyshacl-turbo; every named graph, "
                 "the ontology, RDFS entailment)")
    with heartbeat(progress, "still validating"):
        _, results, _ = validate(
            data,
            shacl_graph=shapes_graph(),
            ont_graph=ontology_graph(),
            inference="rdfs",
            advanced=True,
            allow_warnings=True,
        )
    findings = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        findings.append(
            Finding(
                severity=severity,
                shape=str(results.value(result, SH.sourceShape)),
                focus=str(results.value(result, SH.focusNode)),
                message=str(results.value(result, SH.resultMessage) or ""),
            )
        )
    findings.sort(key=lambda f: (f.severity, f.shape, f.focus, f.message))
    return ValidationReport(conforms=not any(f.severity == "Violation" for f in findings), findings=findings)


def validate_nquads(nquads: bytes, progress: Progress | None = None) -> ValidationReport:
    """Validate an N-Quads dump (of an rdflib store or a SPARQL endpoint), loaded into memory first."""
    data = ox.Store()
    data.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    return validate_store(data, progress)

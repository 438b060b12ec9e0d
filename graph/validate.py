"""SHACL validation of a built graph with pyshacl (ontology/shapes.ttl).

Shapes see the union of every named graph, as queries do. The ontology and the intervention
areas are given to pyshacl as the ontology graph, so class targets follow rdfs:subClassOf.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
SH = Namespace("http://www.w3.org/ns/shacl#")


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


def validate_graph(data: Graph) -> ValidationReport:
    from pyshacl import validate

    conforms, results, _ = validate(
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


def union_graph(nquads: bytes) -> Graph:
    """The triples of every graph of `nquads` in one Graph (what the shapes see, as queries do); parsed as
    one N-Triples document, not through an rdflib Dataset (which warns about its own calls, rdflib#3475)."""
    triples = [quad.triple for quad in ox.parse(nquads, format=ox.RdfFormat.N_QUADS)]
    return Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")


def validate_nquads(nquads: bytes) -> ValidationReport:
    return validate_graph(union_graph(nquads))

"""SHACL-SPARQL constraints (sh:sparql with sh:select) evaluated on Oxigraph, one query per focus node.

pyshacl-turbo evaluates a SPARQL constraint with `$this` bound after planning, so each focus node
costs a scan of the whole graph: the seven SPARQL shapes took more than 80 s of CPU on the 205 k
quads of Lombardy x 52 that are not page graphs (docs/benchmarks.md). SHACL defines pre-binding
of `$this` as substituting the focus node, so writing the IRI into the query text gives the same
solutions and lets Oxigraph start from the index of that node: milliseconds per focus node.

The store must already hold the RDFS entailments the SHACL engine would see (graph/validate.py
writes them with graph/entail.py first): targets and the queries read it as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph, Literal
from rdflib.namespace import SH

from graph.entail import TYPE

THIS = re.compile(r"\$this\b")
TEMPLATE = re.compile(r"\{[?$](\w+)\}")
SELECT_HEAD = re.compile(r"SELECT\s+(DISTINCT\s+|REDUCED\s+)?", re.IGNORECASE)
# a target as the (subject, predicate, object) pattern whose subject (or object) is the focus node
TARGETS = {SH.targetClass: "class", SH.targetSubjectsOf: "subjects", SH.targetObjectsOf: "objects"}


@dataclass(frozen=True)
class SparqlShape:
    shape: str
    severity: str  # Violation | Warning | Info
    targets: tuple[tuple[str, str], ...]  # (kind, IRI): how to list the focus nodes
    select: str  # the constraint's SELECT with the prefixes, `$this` still in it
    message: str


@dataclass(frozen=True)
class SparqlResult:
    shape: str
    severity: str
    focus: str
    value: str
    message: str


def sparql_shapes(shapes: Graph) -> list[SparqlShape]:
    """Every shape with a sh:sparql constraint; an unsupported form is an error, never a skipped rule."""
    out = []
    for shape in sorted(set(shapes.subjects(SH.sparql, None))):
        targets = tuple(
            (kind, str(target)) for predicate, kind in TARGETS.items() for target in shapes.objects(shape, predicate)
        )
        others = {p for p, _ in shapes.predicate_objects(shape) if str(p).startswith(str(SH)) and "target" in str(p)}
        if not targets or others - set(TARGETS):
            raise ValueError(f"{shape}: only targetClass, targetSubjectsOf and targetObjectsOf are supported")
        severity = str(shapes.value(shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
        for constraint in shapes.objects(shape, SH.sparql):
            select = shapes.value(constraint, SH.select)
            if select is None:
                raise ValueError(f"{shape}: a SPARQL constraint without sh:select")
            prefixes = "".join(
                f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
                for ontology in shapes.objects(constraint, SH.prefixes)
                for d in shapes.objects(ontology, SH.declare)
            )
            message = shapes.value(constraint, SH.message) or shapes.value(shape, SH.message) or Literal("")
            out.append(SparqlShape(str(shape), severity, targets, prefixes + str(select), str(message)))
    return out


def bound_query(select: str, focus: str) -> str:
    """The SELECT with the focus node written in place of `$this` (kept out of the projection)."""
    head = SELECT_HEAD.search(select)
    where = select.index("{", head.end()) if head else 0
    projection = THIS.sub("", select[:where]) if head else select[:where]
    return projection + THIS.sub(f"<{focus}>", select[where:])


def _binding(row: ox.QuerySolution, name: str) -> str:
    term = row[name]  # None when unbound or not projected
    return "" if term is None else term.value


def evaluate(store: ox.Store, shape: SparqlShape) -> Iterator[SparqlResult]:
    """The results of one SPARQL shape on the union of the store's graphs."""
    for focus in sorted({node.value for node in _focus_nodes(store, shape) if isinstance(node, ox.NamedNode)}):
        for row in store.query(bound_query(shape.select, focus), use_default_graph_as_union=True):
            def value(name: str, row: ox.QuerySolution = row, focus: str = focus) -> str:
                return focus if name == "this" else _binding(row, name)

            message = TEMPLATE.sub(lambda m: value(m.group(1)), shape.message)
            yield SparqlResult(shape.shape, shape.severity, focus, value("value"), message)


def _focus_nodes(store: ox.Store, shape: SparqlShape) -> Iterator[ox.NamedNode | ox.BlankNode | ox.Literal]:
    """The nodes a shape targets, in any graph of the store (RDFS entailments included: see the module doc)."""
    for kind, iri in shape.targets:
        node = ox.NamedNode(iri)
        if kind == "class":
            yield from (q.subject for q in store.quads_for_pattern(None, TYPE, node))
        elif kind == "subjects":
            yield from (q.subject for q in store.quads_for_pattern(None, node, None))
        else:
            yield from (q.object for q in store.quads_for_pattern(None, node, None))

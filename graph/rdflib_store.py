"""The rdflib backend: an in-memory Dataset, slower, but pure Python and the reference implementation.

rdflib is imported when the backend is used: most commands never need it, and it costs ~0.5 s.

rdflib 7.3 deprecated `Dataset.contexts` and `Dataset.default_context` (for `graphs` and
`default_graph`), but its own SPARQL evaluator (`GRAPH ?g`: once per named graph per solution) and
N-Quads parser still call the old names (RDFLib/rdflib#3475, open): ~1,000 DeprecationWarnings per
test run about rdflib's code, not ours. `quiet_dataset` answers the old names with the new ones, and
N-Quads are loaded one named graph at a time as N-Triples (pyoxigraph splits them), which never
reaches the N-Quads parser. Remove both when rdflib's own code stops calling the old names;
tests/test_queries.py fails loudly if an rdflib upgrade brings a warning back.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pyoxigraph as ox

from graph.store_api import QueryResult, StoreError, Term


@cache
def _quiet_dataset_class() -> type:
    from rdflib import Dataset

    class QuietDataset(Dataset):
        @property
        def default_context(self) -> Any:
            return self.default_graph

        @default_context.setter
        def default_context(self, value: Any) -> None:
            self.default_graph = value

        def contexts(self, triple: Any = None) -> Any:
            return self.graphs(triple)

    return QuietDataset


def quiet_dataset(default_union: bool = True) -> Any:
    """An rdflib Dataset whose deprecated names answer without a warning (rdflib calls them itself)."""
    return _quiet_dataset_class()(default_union=default_union)


def load_nquads(ds: Any, nquads: bytes) -> None:
    """N-Quads into the Dataset `ds`, one named graph at a time as N-Triples."""
    from rdflib import URIRef

    by_graph: dict[object, list[ox.Triple]] = {}
    for quad in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
        by_graph.setdefault(quad.graph_name, []).append(quad.triple)
    for name, triples in by_graph.items():
        graph = ds.default_graph if isinstance(name, ox.DefaultGraph) else ds.graph(URIRef(name.value))
        graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")


class RdflibStore:
    """rdflib's in-memory Dataset: slower, but pure Python and the reference implementation."""

    name = "rdflib"

    def __init__(self) -> None:
        self.ds = quiet_dataset()

    def replace_all(self, nquads: bytes) -> int:
        self.ds = quiet_dataset()
        load_nquads(self.ds, nquads)
        return self.count()

    def query(self, sparql: str, bindings: dict[str, Term] | None = None) -> QueryResult:
        from pyparsing import ParseException
        from rdflib import BNode, Literal, URIRef, Variable

        def to_rdflib(t: Term) -> URIRef | Literal | BNode:
            if t.kind == "iri":
                return URIRef(t.value)
            if t.kind == "bnode":
                return BNode(t.value)
            return Literal(t.value, lang=t.lang, datatype=URIRef(t.datatype) if t.datatype else None)

        def back(x: object) -> Term | None:
            if x is None:
                return None
            if isinstance(x, URIRef):
                return Term.iri(str(x))
            if isinstance(x, BNode):
                return Term("bnode", str(x))
            if isinstance(x, Literal):
                return Term.literal(str(x), str(x.datatype) if x.datatype else None, x.language)
            raise StoreError(f"unsupported term {x!r}")

        init = {Variable(k): to_rdflib(t) for k, t in (bindings or {}).items()}
        try:
            res = self.ds.query(sparql, initBindings=init)
        except ParseException as exc:
            raise StoreError(f"SPARQL syntax error: {exc}") from exc
        if res.type == "ASK":
            return QueryResult([], [], bool(res.askAnswer))
        if res.type == "SELECT":
            names = [str(v) for v in res.vars or []]
            return QueryResult(names, [[back(row[n]) for n in names] for row in res])
        return QueryResult(["subject", "predicate", "object"], [[back(a), back(b), back(c)] for a, b, c in res])

    def dump_nquads(self) -> bytes:
        return self.ds.serialize(format="nquads", encoding="utf-8")

    def count(self) -> int:
        return sum(1 for _ in self.ds.quads((None, None, None, None)))

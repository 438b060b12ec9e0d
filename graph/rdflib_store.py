"""The rdflib backend: an in-memory Dataset, slower, but pure Python and the reference implementation.

rdflib is imported when the backend is used: most commands never need it, and it costs ~0.5 s.
"""

from __future__ import annotations

from graph.store_api import QueryResult, StoreError, Term


class RdflibStore:
    """rdflib's in-memory Dataset: slower, but pure Python and the reference implementation."""

    name = "rdflib"

    def __init__(self) -> None:
        from rdflib import Dataset

        self.ds = Dataset(default_union=True)

    def replace_all(self, nquads: bytes) -> int:
        from rdflib import Dataset

        self.ds = Dataset(default_union=True)
        self.ds.parse(data=nquads, format="nquads")
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

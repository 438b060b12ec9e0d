"""The store layer's shared vocabulary: terms, results, errors and the `Store` protocol.

Queries, exports and every backend import this module and nothing else of the store layer (the
shape of oxrdflib's term converter beside its store): only the factory, graph/store.py, imports a
backend. Results come back as plain `Term`s so that answers from different backends compare equal.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox


@dataclass(frozen=True, order=True)
class Term:
    """An RDF term as plain data: kind is iri, literal or bnode."""

    kind: str
    value: str
    datatype: str | None = None
    lang: str | None = None

    def __str__(self) -> str:
        return self.value

    @classmethod
    def iri(cls, value: str) -> Term:
        return cls("iri", value)

    @classmethod
    def literal(cls, value: str, datatype: str | None = None, lang: str | None = None) -> Term:
        if datatype == "http://www.w3.org/2001/XMLSchema#string" or lang:
            datatype = None
        return cls("literal", value, datatype, lang)


@dataclass
class QueryResult:
    variables: list[str]
    rows: list[list[Term | None]]
    boolean: bool | None = None  # for ASK


class StoreError(RuntimeError):
    """The store cannot answer; the message says which store and what to do."""


class Store(Protocol):
    name: str

    def replace_all(self, nquads: bytes) -> int: ...

    def query(self, sparql: str, bindings: dict[str, Term] | None = None) -> QueryResult: ...

    def dump_nquads(self) -> bytes: ...

    def count(self) -> int: ...


class LocalStore(Store, Protocol):
    """The data dir's own store, which `ambiti build` writes by streaming a file into it."""

    path: Path | None

    @property
    def store(self) -> ox.Store:
        """The embedded Oxigraph store itself: `ambiti serve` answers the SPARQL protocol from it natively."""
        ...

    def replace_all_from_file(self, path: Path, *, lenient: bool = False) -> int: ...

    def graphs(self) -> list[str]: ...

    def close(self) -> None: ...


def to_ox(term: Term) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    if term.kind == "iri":
        return ox.NamedNode(term.value)
    if term.kind == "bnode":
        return ox.BlankNode(term.value)
    if term.lang:
        return ox.Literal(term.value, language=term.lang)
    if term.datatype:
        return ox.Literal(term.value, datatype=ox.NamedNode(term.datatype))
    return ox.Literal(term.value)


def from_ox(term: object) -> Term | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Term.iri(term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    if isinstance(term, ox.Literal):
        return Term.literal(term.value, term.datatype.value if term.datatype else None, term.language)
    raise StoreError(f"unsupported term {term!r}")

"""One store interface, several backends: embedded Oxigraph (default), rdflib in memory, remote.

Queries and exports talk to `Store` only, so a research group can move from the embedded store
to a SPARQL server (`--store URL`) without changing a query. Results come back as plain `Term`s
so that answers from different backends compare equal.
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from collections.abc import Callable
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


class OxigraphStore:
    """Embedded Oxigraph: on disk in the data dir (or in memory when path is None)."""

    name = "oxigraph"

    def __init__(self, path: Path | None = None, *, writable: bool = False) -> None:
        self.path = path
        self.writable = writable  # readers open read-only: many queries may run beside each other
        self._store: ox.Store | None = None

    @property
    def store(self) -> ox.Store:
        if self._store is None:
            if self.path is not None and not self.path.exists():
                raise StoreError(f"{self.path}: no graph yet: run `ambiti build` first")
            try:
                if self.path is None:
                    self._store = ox.Store()
                else:
                    self._store = ox.Store(str(self.path)) if self.writable else ox.Store.read_only(str(self.path))
            except OSError as exc:
                raise StoreError(f"{self.path}: the store cannot be opened ({exc})") from exc
        return self._store

    def replace_all(self, nquads: bytes) -> int:
        """Bulk-load into a new directory, then swap it in: readers never see half a graph."""
        return self._replace(lambda store: store.bulk_load(nquads, ox.RdfFormat.N_QUADS))

    def replace_all_from_file(self, path: Path, *, lenient: bool = False) -> int:
        """The same from an N-Quads file: Oxigraph streams it, so the dataset never sits in memory.

        `lenient` skips re-validating the terms (~12 % faster): only for files pyoxigraph itself wrote."""
        return self._replace(
            lambda store: store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS, lenient=lenient)
        )

    def _replace(self, load: Callable[[ox.Store], None]) -> int:
        if self.path is None:
            self._store = ox.Store()
            load(self._store)
            return len(self._store)
        self.close()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=self.path.parent, prefix=".store-new-"))
        try:
            fresh = ox.Store(str(tmp))
            load(fresh)
            fresh.flush()
            size = len(fresh)
            del fresh
            gc.collect()
            old = self.path.with_name(self.path.name + ".old")
            if self.path.exists():
                shutil.rmtree(old, ignore_errors=True)
                self.path.rename(old)
            tmp.rename(self.path)
            shutil.rmtree(old, ignore_errors=True)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return size

    def query(self, sparql: str, bindings: dict[str, Term] | None = None) -> QueryResult:
        from graph.sparql_params import bind_values  # it needs this module's Term and StoreError

        try:
            text = bind_values(sparql, bindings or {})  # not `substitutions`: Oxigraph plans without them
            result = self.store.query(text, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise StoreError(f"SPARQL syntax error: {exc}") from exc
        except (RuntimeError, OSError) as exc:
            raise StoreError(f"{self.path or 'memory store'}: {exc}") from exc
        if isinstance(result, ox.QueryBoolean):
            return QueryResult([], [], bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = [var.value for var in result.variables]
            return QueryResult(names, [[from_ox(sol[n]) for n in names] for sol in result])
        rows = [[from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)] for t in result]
        return QueryResult(["subject", "predicate", "object"], rows)

    def dump_nquads(self) -> bytes:
        return self.store.dump(format=ox.RdfFormat.N_QUADS)

    def count(self) -> int:
        return len(self.store)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs())

    def close(self) -> None:
        self._store = None
        gc.collect()


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


def open_store(spec: str | None, data_store_dir: Path) -> Store:
    """`None`/"oxigraph": the data dir's store; "memory": rdflib; an http(s) URL: remote."""
    if spec in (None, "", "oxigraph"):
        return OxigraphStore(data_store_dir)
    if spec == "rdflib":
        store = RdflibStore()
        disk = OxigraphStore(data_store_dir)
        store.replace_all(disk.dump_nquads())
        disk.close()
        return store
    if spec.startswith(("http://", "https://")):
        from graph.remote import RemoteStore

        return RemoteStore(
            spec,
            update_url=os.environ.get("AMBITI_SPARQL_UPDATE_URL") or None,
            gsp_url=os.environ.get("AMBITI_SPARQL_GSP_URL") or None,
        )
    raise StoreError(f"unknown store {spec!r}: use oxigraph, rdflib or a SPARQL endpoint URL")

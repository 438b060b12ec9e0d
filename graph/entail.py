"""The RDFS entailments the shapes need, computed from the ontology's schema in one pass over the data.

pyshacl-turbo's own RDFS inference costs most of a validation (about 4 of every 7 s on page graphs,
24 of 31 s on the other graphs of Lombardy x 52: docs/benchmarks.md), because it closes the whole
graph with the ontology mixed in. The shapes only see what the schema adds to the data: types from
rdfs:subClassOf, rdfs:domain and rdfs:range, and statements of super-properties from
rdfs:subPropertyOf (rules rdfs2, rdfs3, rdfs7, rdfs9). The schema is small and fixed, so its closure
is taken once and each data triple looked up in it. tests/test_validate_pages.py checks that the
findings equal those of the engine's own inference.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

TYPE = ox.NamedNode(str(RDF.type))
ENTAILED = ox.NamedNode("urn:ambiti:rdfs-entailment")  # the graph the entailments are written to


def _closure(edges: dict[str, set[str]]) -> dict[str, set[str]]:
    """Each node with every node reachable from it, itself included."""
    out: dict[str, set[str]] = {}
    for start in edges:
        seen, todo = {start}, [start]
        while todo:
            for nxt in edges.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        out[start] = seen
    return out


@dataclass(frozen=True)
class Schema:
    supers: dict[str, set[str]]  # class -> itself and its superclasses
    super_properties: dict[str, set[str]]  # property -> itself and its super-properties
    domains: dict[str, set[str]]  # property -> the classes its subjects get (through super-properties)
    ranges: dict[str, set[str]]  # property -> the classes its IRI objects get

    @classmethod
    def of(cls, ontology: Graph) -> Schema:
        def edges(predicate: URIRef) -> dict[str, set[str]]:
            found: dict[str, set[str]] = defaultdict(set)
            for s, o in ontology.subject_objects(predicate):
                if isinstance(s, URIRef) and isinstance(o, URIRef):
                    found[str(s)].add(str(o))
            return found

        supers = _closure(edges(RDFS.subClassOf))
        super_properties = _closure(edges(RDFS.subPropertyOf))
        direct_domains, direct_ranges = edges(RDFS.domain), edges(RDFS.range)
        properties = set(super_properties) | set(direct_domains) | set(direct_ranges)

        def classes(direct: dict[str, set[str]], p: str) -> set[str]:
            named = {c for q in super_properties.get(p, {p}) for c in direct.get(q, ())}
            return {s for c in named for s in supers.get(c, {c})}

        return cls(
            supers,
            super_properties,
            {p: classes(direct_domains, p) for p in properties},
            {p: classes(direct_ranges, p) for p in properties},
        )

    def entailments(self, quads: Iterable[ox.Quad]) -> Iterator[ox.Triple]:
        """What the schema adds to these statements (some may already be stated)."""
        for q in quads:
            s, p, o = q.subject, q.predicate.value, q.object
            if p == TYPE.value:
                if isinstance(o, ox.NamedNode):
                    above = self.supers.get(o.value, ())
                    yield from (ox.Triple(s, TYPE, ox.NamedNode(c)) for c in above if c != o.value)
                continue
            for sp in self.super_properties.get(p, ()):
                if sp != p:
                    yield ox.Triple(s, ox.NamedNode(sp), o)
            yield from (ox.Triple(s, TYPE, ox.NamedNode(c)) for c in self.domains.get(p, ()))
            if not isinstance(o, ox.Literal):
                yield from (ox.Triple(o, TYPE, ox.NamedNode(c)) for c in self.ranges.get(p, ()))


def add_entailments(store: ox.Store, schema: Schema) -> int:
    """Write the entailments of every graph of `store` into ENTAILED; how many were new. Only the
    statements whose predicate (or type) the schema knows are read: most of a graph is claims'."""
    candidates = set(schema.entailments(_known(store, schema)))  # most are said many times over
    new = [t for t in candidates if not _stated(store, t)]
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ENTAILED) for t in new)
    return len(new)


def _known(store: ox.Store, schema: Schema) -> Iterator[ox.Quad]:
    for p in schema.domains.keys() | schema.super_properties.keys():
        if p != TYPE.value:
            yield from store.quads_for_pattern(None, ox.NamedNode(p), None)
    for c, above in schema.supers.items():
        if len(above) > 1:
            yield from store.quads_for_pattern(None, TYPE, ox.NamedNode(c))


def _stated(store: ox.Store, t: ox.Triple) -> bool:
    return next(iter(store.quads_for_pattern(t.subject, t.predicate, t.object)), None) is not None

"""Stable IRIs: one function per kind of thing, all under one configurable base.

The same crawl built twice must give byte-identical N-Quads, so IRIs depend only on identity
(ISTAT code, ambito slug, plan period, content hash), never on order or time.
"""

from __future__ import annotations

import hashlib
import os

from pyoxigraph import NamedNode

from crawler.extraction.identity import slug

BASE = os.environ.get("AMBITI_BASE_IRI", "https://w3id.org/ambiti/")
ONTOLOGY = "https://w3id.org/ambiti/ontology#"


def _iri(path: str) -> NamedNode:
    return NamedNode(BASE + path)


def comune(istat: str) -> NamedNode:
    return _iri(f"id/comune/{istat}")


def ambito(key: str) -> NamedNode:
    return _iri(f"id/ambito/{key}")


def membership(ambito_key: str, istat: str) -> NamedNode:
    return _iri(f"id/ambito/{ambito_key}/membership/{istat}")


def office(ambito_key: str) -> NamedNode:
    return _iri(f"id/ambito/{ambito_key}/ufficio-di-piano")


def plan(ambito_key: str, start: int, end: int) -> NamedNode:
    return _iri(f"id/ambito/{ambito_key}/piano/{start}-{end}")


def plan_period(ambito_key: str, start: int, end: int) -> NamedNode:
    return _iri(f"id/ambito/{ambito_key}/piano/{start}-{end}/periodo")


def instant(day: str) -> NamedNode:
    return _iri(f"id/giorno/{day}")


def health_body(kind: str, name: str) -> NamedNode:
    return _iri(f"id/{kind}/{slug(name)}")


def person(name: str) -> NamedNode:
    return _iri(f"id/person/{slug(name)}")


def area(letter: str) -> NamedNode:
    return _iri(f"id/area/{letter}")


def area_scheme() -> NamedNode:
    return _iri("id/area")


def source(sha256: str) -> NamedNode:
    return _iri(f"source/{sha256}")


def registry(name: str) -> NamedNode:
    return _iri(f"source/registry/{name}")


def crawl(crawl_id: str) -> NamedNode:
    return _iri(f"crawl/{crawl_id}")


def claim(*parts: str) -> NamedNode:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return _iri(f"claim/{digest}")


def consolidated() -> NamedNode:
    return _iri("graph/consolidated")


def term(local: str) -> NamedNode:
    """A term of our ontology: amb:local."""
    return NamedNode(ONTOLOGY + local)


def current() -> NamedNode:
    """The graph of the latest crawl's pages and of the winning facts' sources (graph/current.py)."""
    return _iri("graph/current")


def fact(*parts: str) -> NamedNode:
    """A winning fact of the current-state graph, named by its subject, predicate and object."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return _iri(f"fact/{digest}")


def history() -> NamedNode:
    return _iri("graph/history")


def observation(*parts: str) -> NamedNode:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return _iri(f"observation/{digest}")


def geometry(kind: str, key: str) -> NamedNode:
    """The boundary of a comune (kind "comune", ISTAT code) or an ambito (kind "ambito", slug)."""
    return _iri(f"id/{kind}/{key}/geometria")


def population(kind: str, key: str, year: int) -> NamedNode:
    return _iri(f"id/{kind}/{key}/popolazione/{year}")


def territory() -> NamedNode:
    """The graph of what the build derives from memberships and boundaries (graph/geo.py)."""
    return _iri("graph/territory")

"""What each crawl saw, over time: first seen, last seen, gone since, for every resolved fact.

Every crawl's claims are consolidated on their own; a fact (subject, predicate, object) of the
consolidated view becomes an `amb:Observation` in the `graph/history` named graph with the crawl
times that bracket it. Memberships also get an `org:memberDuring` interval from first seen to
gone since, so "who was in ambito X on date D" and "since when is Y the capofila" are queries.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Quad

from graph import iris
from graph import vocab as v

FACT_PREDICATES = {
    v.ORG_HAS_MEMBER.value,
    *(
        v.amb(p).value
        for p in (
            "capofila",
            "ats",
            "asst",
            "phone",
            "fax",
            "email",
            "pec",
            "website",
            "streetAddress",
            "postalCode",
            "addressMunicipality",
            "responsible",
            "hasPlan",
            "approvedOn",
            "extendedUntil",
            "partnerOf",
            "interventionArea",
            "hasUfficioDiPiano",
        )
    ),
}

Fact = tuple[NamedNode, NamedNode, NamedNode | Literal]


@dataclass(frozen=True)
class CrawlView:
    crawl_id: str
    at: str  # the crawl's start time, ISO
    facts: frozenset[Fact]


def facts_of(consolidated: list[Quad]) -> frozenset[Fact]:
    return frozenset(
        (q.subject, q.predicate, q.object)  # type: ignore[misc]
        for q in consolidated
        if q.predicate.value in FACT_PREDICATES
    )


def history_quads(views: list[CrawlView]) -> list[Quad]:
    """Observation nodes for every fact any crawl saw (views oldest first)."""
    g = iris.history()
    seen: dict[Fact, list[int]] = {}
    for n, view in enumerate(views):
        for fact in view.facts:
            seen.setdefault(fact, []).append(n)
    out: list[Quad] = []
    dt = v.XSD_DATETIME
    for fact in sorted(seen, key=lambda f: (f[0].value, f[1].value, str(f[2]))):
        crawls = seen[fact]
        s, p, o = fact
        node = iris.observation(s.value, p.value, str(o))
        first, last = views[crawls[0]], views[crawls[-1]]
        out += [
            Quad(node, v.TYPE, v.amb("Observation"), g),
            Quad(node, v.SUBJECT, s, g),
            Quad(node, v.PREDICATE, p, g),
            Quad(node, v.OBJECT, o, g),
            Quad(node, v.amb("firstSeen"), Literal(first.at, datatype=dt), g),
            Quad(node, v.amb("lastSeen"), Literal(last.at, datatype=dt), g),
        ]
        gone = views[crawls[-1] + 1] if crawls[-1] + 1 < len(views) else None
        if gone is not None:
            out.append(Quad(node, v.amb("goneSince"), Literal(gone.at, datatype=dt), g))
        if p == v.ORG_HAS_MEMBER:
            out += _membership_interval(s, o, first.at, gone.at if gone else None, g)  # type: ignore[arg-type]
    return out


def _membership_interval(ambito: NamedNode, comune: NamedNode, start: str, end: str | None, g: NamedNode) -> list[Quad]:
    key = ambito.value.rsplit("/", 1)[-1]
    istat = comune.value.rsplit("/", 1)[-1]
    membership = iris.membership(key, istat)
    interval = NamedNode(membership.value + f"/seen/{start[:10]}")
    begin = iris.instant(start[:10])
    out = [
        Quad(membership, v.TYPE, v.ORG_MEMBERSHIP, g),
        Quad(membership, v.ORG_MEMBER, comune, g),
        Quad(membership, v.ORG_ORGANIZATION, ambito, g),
        Quad(membership, v.ORG_MEMBER_DURING, interval, g),
        Quad(interval, v.TYPE, v.TIME_INTERVAL, g),
        Quad(interval, v.TIME_BEGINNING, begin, g),
        Quad(begin, v.TYPE, v.TIME_INSTANT, g),
        Quad(begin, v.TIME_IN_DATE, Literal(start[:10], datatype=v.XSD_DATE), g),
    ]
    if end is not None:
        finish = iris.instant(end[:10])
        out += [
            Quad(interval, v.TIME_END, finish, g),
            Quad(finish, v.TYPE, v.TIME_INSTANT, g),
            Quad(finish, v.TIME_IN_DATE, Literal(end[:10], datatype=v.XSD_DATE), g),
        ]
    return out

"""What each crawl saw, over time: first seen, last seen, gone since, for every resolved fact.

Every crawl's claims are consolidated on their own; a fact (subject, predicate, object) of the
consolidated view becomes an `amb:Observation` in the `graph/history` named graph with the crawl
times that bracket it. Memberships also get an `org:memberDuring` interval from first seen to
gone since, so "who was in ambito X on date D" and "since when is Y the capofila" are queries.

A fact that a later crawl than the first one added also gets `amb:appearedSince` (= its first
seen), as `amb:goneSince` marks the removed ones, and `amb:appearedOn` / `amb:goneOn` with the
day of that crawl: these are the per-crawl change sets, so the changes a crawl found are read by
an index lookup on its day, not by comparing every fact's first seen with the first crawl.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pyoxigraph import Literal, NamedNode, Quad

from graph import iris
from graph import vocab as v
from graph.predicates import HISTORY_IRIS

Fact = tuple[NamedNode, NamedNode, NamedNode | Literal]


def facts_of(consolidated: list[Quad]) -> frozenset[Fact]:
    return frozenset(
        (q.subject, q.predicate, q.object)  # type: ignore[misc]
        for q in consolidated
        if q.predicate.value in HISTORY_IRIS
    )


class History:
    """First and last crawl of every resolved fact, kept crawl by crawl from what changed.

    A weekly recrawl changes a few percent of the facts, so recording only the facts that
    appeared or vanished keeps a year of history linear in the changes, not in crawls x facts.
    """

    def __init__(self) -> None:
        self.times: list[str] = []  # each crawl's start time, ISO, oldest first
        self.first: dict[Fact, int] = {}
        self.last: dict[Fact, int] = {}  # for facts no longer present
        self.present: set[Fact] = set()
        self.unconfirmed: dict[Fact, int] = {}  # present only from unreachable pages since that crawl

    def record(
        self, at: str, appeared: Iterable[Fact], vanished: Iterable[Fact], unconfirmed: Iterable[Fact] = ()
    ) -> None:
        """The next crawl, started at `at`: the facts it resolved that the previous one did not, and
        back; `unconfirmed`: facts it holds only from pages it could not reach (an outage is not
        a sighting: their last-seen time stays that of the last crawl that reached them)."""
        n = len(self.times)
        self.times.append(at)
        for fact in vanished:
            self.present.discard(fact)
            self.last[fact] = self.unconfirmed.pop(fact, n) - 1
        for fact in appeared:
            self.present.add(fact)
            self.first.setdefault(fact, n)
            self.last.pop(fact, None)
        still = set(unconfirmed)
        for fact in [f for f in self.unconfirmed if f not in still]:
            del self.unconfirmed[fact]  # reached again
        for fact in still & self.present:
            self.unconfirmed.setdefault(fact, n)

    def quads(self) -> Iterator[Quad]:
        """Observation nodes for every fact any crawl saw."""
        g = iris.history()
        dt = v.XSD_DATETIME
        final = len(self.times) - 1
        for fact in sorted(self.first, key=lambda f: (f[0].value, f[1].value, str(f[2]))):
            s, p, o = fact
            first = self.times[self.first[fact]]
            present = fact in self.present
            last_index = self.unconfirmed.get(fact, final + 1) - 1 if present else self.last[fact]
            node = iris.observation(s.value, p.value, str(o))
            yield from (
                Quad(node, v.TYPE, v.amb("Observation"), g),
                Quad(node, v.SUBJECT, s, g),
                Quad(node, v.PREDICATE, p, g),
                Quad(node, v.OBJECT, o, g),
                Quad(node, v.amb("firstSeen"), Literal(first, datatype=dt), g),
                Quad(node, v.amb("lastSeen"), Literal(self.times[last_index], datatype=dt), g),
            )
            if self.first[fact]:  # the change set of a later crawl: a lookup, not a scan of every firstSeen
                yield from _change("appeared", node, first, g)
            gone = self.times[last_index + 1] if last_index < final and not present else None
            if gone is not None:
                yield from _change("gone", node, gone, g)
            if p == v.ORG_HAS_MEMBER:
                yield from _membership_interval(s, o, first, gone, g)  # type: ignore[arg-type]


def _change(kind: str, node: NamedNode, at: str, g: NamedNode) -> tuple[Quad, Quad]:
    """amb:appearedSince / amb:goneSince (the crawl's start) and amb:appearedOn / amb:goneOn (its day):
    the day is what a user asks for, so that the changes of one crawl are an index lookup."""
    return (
        Quad(node, v.amb(f"{kind}Since"), Literal(at, datatype=v.XSD_DATETIME), g),
        Quad(node, v.amb(f"{kind}On"), Literal(at[:10], datatype=v.XSD_DATE), g),
    )


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

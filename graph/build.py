"""Claims -> RDF quads: one named graph per page snapshot, one per registry, one consolidated.

Page graphs hold what each page said (the fact triples plus one `amb:Claim` node per fact with
its evidence and confidence) and the page's PROV-O description. The consolidated graph holds
the resolved picture, by these rules, applied to the claims of the latest crawl:

1. Registry facts (ISTAT names and codes) are taken as they are: a page never renames a comune.
2. Single-valued facts (capofila, ATS, ASST, approval and extension dates, street, postal code,
   responsible person): the claim with the highest confidence wins ("stated" capofila beats
   "implied"); ties go to the newer page (its own update date, else its fetch time), then to
   the smaller source hash so that the result never depends on order.
3. The name (rdfs:label) is the spelling with the most confident claim, then the one most pages
   use, then the longest; others become skos:altLabel. (A partner ambito named only in passing,
   "con gli Ambiti di X e Y", gets a weak "Ambito di X" that its own pages override.)
4. Multi-valued facts (members, phones, e-mails, PEC, plans, areas, partners) are the union of
   all claims; the capofila is always a member.
Every accepted claim is typed `amb:AcceptedClaim` in the consolidated graph.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse, serialize

from crawler.extraction.stage import PageResult
from crawler.records import Claim, EntityRef, PageSnapshot
from crawler.reference.comuni import Comune, load_comuni
from graph import iris
from graph import vocab as v
from graph.current import current_graph
from graph.geo import geo_chunks
from graph.history import Fact, History
from graph.predicates import HISTORY_IRIS, Cardinality, Value, kind_of, plan_period, predicate_of
from graph.query import fold_name

REGISTRY_NAME = "istat-comuni-lombardia"


@cache  # the same few thousand entities recur in every page graph and crawl
def entity(ref: EntityRef) -> NamedNode:
    return kind_of(ref.kind).iri(ref.key)


def literal_for(name: str, value: str | int) -> Literal | NamedNode:
    datatype = predicate_of(name).value
    if datatype is Value.DATE:
        return Literal(str(value), datatype=v.XSD_DATE)
    if datatype is Value.IRI:
        return NamedNode(str(value))
    return Literal(str(value))


@cache
def predicate_iri(name: str) -> NamedNode:
    return predicate_of(name).iri


def object_term(claim: Claim) -> NamedNode | Literal:
    if isinstance(claim.object, EntityRef):
        return entity(claim.object)
    return literal_for(claim.predicate, claim.object)


@dataclass
class Snapshot:
    """A page snapshot with the crawl it was seen in."""

    snap: PageSnapshot
    crawl_id: str


def page_graph(snapshots: list[Snapshot], result: PageResult) -> list[Quad]:
    """The named graph of one page content (same bytes = same graph, across crawls)."""
    g = iris.source(result.sha256)
    out = [
        Quad(g, v.TYPE, v.SOURCE_PAGE, g),
        Quad(g, v.TYPE, v.PROV_ENTITY, g),
        Quad(g, v.amb("sha256"), Literal(result.sha256), g),
        Quad(g, v.amb("extractor"), Literal(result.extractor), g),
    ]
    # One generation per content: when it was first fetched. Each later crawl that found the same
    # bytes adds only its prov:wasGeneratedBy, and amb:lastFetched says when it was last confirmed.
    fetched = [s.snap.fetched_at for s in snapshots]
    out += [
        Quad(g, v.PROV_GENERATED_AT, Literal(min(fetched), datatype=v.XSD_DATETIME), g),
        Quad(g, v.amb("lastFetched"), Literal(max(fetched), datatype=v.XSD_DATETIME), g),
    ]
    for s in snapshots:
        out += [
            Quad(g, v.PROV_DERIVED, NamedNode(s.snap.url), g),
            Quad(g, v.amb("finalUrl"), NamedNode(s.snap.final_url), g),
            Quad(g, v.PROV_GENERATED_BY, iris.crawl(s.crawl_id), g),
        ]
        if s.snap.content_type:
            out.append(Quad(g, v.amb("contentType"), Literal(s.snap.content_type), g))
    if result.page_updated_on:
        out.append(Quad(g, v.amb("pageUpdatedOn"), Literal(result.page_updated_on, datatype=v.XSD_DATE), g))
    for claim in result.claims:
        s, p, o = entity(claim.subject), predicate_iri(claim.predicate), object_term(claim)
        c = claim_iri(claim)
        out += [
            Quad(s, p, o, g),
            Quad(c, v.TYPE, v.CLAIM, g),
            Quad(c, v.SUBJECT, s, g),
            Quad(c, v.PREDICATE, p, g),
            Quad(c, v.OBJECT, o, g),
            Quad(c, v.amb("evidence"), Literal(claim.evidence), g),
            Quad(c, v.amb("confidence"), Literal(f"{claim.confidence:.2f}", datatype=v.XSD_DECIMAL), g),
            Quad(c, v.PROV_DERIVED, g, g),
        ]
    return out


def claim_iri(claim: Claim) -> NamedNode:
    obj = claim.object
    obj_key = f"{obj.kind}:{obj.key}" if isinstance(obj, EntityRef) else str(obj)
    return iris.claim(claim.source, claim.subject.kind, claim.subject.key, claim.predicate, obj_key)


def registry_graph(comuni: list[Comune]) -> list[Quad]:
    g = iris.registry(REGISTRY_NAME)
    out = [
        Quad(g, v.TYPE, v.REGISTRY, g),
        Quad(g, v.TYPE, v.PROV_ENTITY, g),
        Quad(
            g,
            v.PROV_DERIVED,
            NamedNode("https://www.istat.it/classificazione/codici-dei-comuni-delle-province-e-delle-regioni/"),
            g,
        ),
        Quad(g, v.LABEL, Literal("ISTAT, Elenco dei comuni italiani (Lombardia)"), g),
    ]
    out += comune_quads(comuni, g, with_cadastral=True)
    # the name as a `name` parameter is folded: finding a comune by name is then a lookup, not a
    # folding of every label in SPARQL (queries/comune-by-name.rq)
    return out + [Quad(iris.comune(c.istat), v.amb("nameKey"), Literal(fold_name(c.name)), g) for c in comuni]


def comune_quads(comuni: list[Comune], g: NamedNode, *, with_cadastral: bool = False) -> list[Quad]:
    """What the registry says of each comune: type, name, ISTAT code, province (, cadastral code)."""
    out = []
    for c in comuni:
        s = iris.comune(c.istat)
        out += [
            Quad(s, v.TYPE, v.COMUNE, g),
            Quad(s, v.LABEL, Literal(c.name), g),
            Quad(s, v.amb("istatCode"), Literal(c.istat), g),
            Quad(s, v.amb("provinceCode"), Literal(c.province), g),
        ]
        if with_cadastral:
            out.append(Quad(s, v.amb("cadastralCode"), Literal(c.cadastral), g))
    return out


def areas_graph() -> list[Quad]:
    """The DGR's intervention areas (ontology/areas.ttl) as their own named graph, so area IRIs have labels."""
    path = Path(__file__).resolve().parent.parent / "ontology" / "areas.ttl"
    g = iris.area_scheme()
    return [Quad(t.subject, t.predicate, t.object, g) for t in parse(path=str(path), format=RdfFormat.TURTLE)]


def _rank(claim: Claim, page_dates: dict[str, str]) -> tuple[float, str, str]:
    # higher is better; the source hash last makes ties deterministic
    return (claim.confidence, page_dates.get(claim.source, ""), claim.source)


Key = tuple[str, str, str]  # (subject kind, subject key, predicate name): plain strings hash fast


@dataclass
class Resolved:
    """One (subject, predicate) resolved by the rules above."""

    quads: list[Quad]
    accepted: list[Claim]
    facts: frozenset[Fact]  # the quads that are facts of the history (graph/history.py)
    by_date: bool  # the winner depends on page dates, which move from crawl to crawl


def resolve(key: Key, claims: list[Claim], page_dates: dict[str, str], g: NamedNode) -> Resolved:
    predicate, s = key[2], entity(claims[0].subject)
    by_date = False
    cardinality = predicate_of(predicate).cardinality
    if cardinality is Cardinality.NAME:
        counts = Counter(str(c.object) for c in claims)
        best_confidence = {n: max(c.confidence for c in claims if c.object == n) for n in counts}
        name = max(counts, key=lambda n: (best_confidence[n], counts[n], len(n), n))
        quads = [Quad(s, v.LABEL, Literal(name), g)]
        quads += [Quad(s, v.ALT_LABEL, Literal(n), g) for n in sorted(counts) if n != name]
        accepted = [c for c in claims if c.object == name]
    elif cardinality is Cardinality.ONE:
        best = max(claims, key=lambda c: _rank(c, page_dates))
        by_date = len({c.object for c in claims if c.confidence == best.confidence}) > 1
        quads = [Quad(s, predicate_iri(predicate), object_term(best), g)]
        accepted = [c for c in claims if c.object == best.object]
    else:
        objects = sorted({object_term(c) for c in claims}, key=str)
        quads = [Quad(s, predicate_iri(predicate), obj, g) for obj in objects]
        accepted = claims
    facts = frozenset((q.subject, q.predicate, q.object) for q in quads if q.predicate.value in HISTORY_IRIS)
    return Resolved(quads, accepted, facts, by_date)  # type: ignore[arg-type]


class Consolidation:
    """The consolidated picture of one crawl, updated crawl by crawl.

    About 3 % of pages change in a week, so a new crawl re-resolves only the (subject,
    predicate) keys that gained or lost a page, plus the few whose winner is decided by page
    dates; a year of weekly crawls costs about one full consolidation plus the changes.
    """

    def __init__(self) -> None:
        self.live: dict[str, list[Key]] = {}  # the live pages by content hash, with the keys they claim
        self.claims: dict[Key, dict[str, list[Claim]]] = {}  # key -> source hash -> its claims
        self.resolved: dict[Key, Resolved] = {}

    def update(self, results: dict[str, PageResult], page_dates: dict[str, str]) -> tuple[set[Fact], set[Fact]]:
        """Make `results` the live pages; return the facts that appeared and those that vanished."""
        dirty = {key for key, r in self.resolved.items() if r.by_date}
        for sha in [sha for sha in self.live if sha not in results]:
            for key in self.live.pop(sha):
                del self.claims[key][sha]
                dirty.add(key)
        for sha in [sha for sha in results if sha not in self.live]:
            grouped = _grouped(results[sha])
            self.live[sha] = list(grouped)
            for key, claims in grouped.items():
                self.claims.setdefault(key, {})[sha] = claims
                dirty.add(key)
        appeared: set[Fact] = set()
        vanished: set[Fact] = set()
        g = iris.consolidated()
        for key in dirty:
            before = self.resolved.pop(key, None)
            by_source = self.claims.get(key)
            if by_source:
                claims = [c for sha in sorted(by_source) for c in by_source[sha]]
                self.resolved[key] = resolve(key, claims, page_dates, g)
            else:
                self.claims.pop(key, None)
            old = before.facts if before else frozenset()
            new = self.resolved[key].facts if key in self.resolved else frozenset()
            appeared |= new - old
            vanished |= old - new
        return appeared, vanished

    def facts_only_from(self, shas: set[str]) -> set[Fact]:
        """The resolved facts that no live page outside `shas` supports (pages carried unreachable)."""
        out: set[Fact] = set()
        for sha in shas & self.live.keys():
            for key in self.live[sha]:
                if key in self.resolved and self.claims[key].keys() <= shas:
                    out |= self.resolved[key].facts
        return out

    def winners(self) -> Iterator[tuple[Quad, set[str]]]:
        """Each winning single-valued fact (rule 2) with the pages (content hashes) of its claims."""
        for key in sorted(self.resolved):
            resolved = self.resolved[key]
            if predicate_of(key[2]).cardinality is Cardinality.ONE:
                yield resolved.quads[0], {c.source for c in resolved.accepted}

    def quads(self, comuni: list[Comune]) -> list[Quad]:
        """The consolidated named graph of the live pages."""
        g = iris.consolidated()
        out = comune_quads(comuni, g)  # rule 1: the registry as it is
        members: dict[str, set[str]] = defaultdict(set)
        capofila: dict[str, str] = {}
        accepted: list[Claim] = []
        for key in sorted(self.resolved):
            resolved = self.resolved[key]
            out += resolved.quads
            accepted += resolved.accepted
            _, subject, predicate = key
            if predicate == "capofila":
                chief = resolved.accepted[0].object
                if isinstance(chief, EntityRef):
                    capofila[subject] = chief.key
            elif predicate == "member":
                members[subject] |= {c.object.key for c in resolved.accepted if isinstance(c.object, EntityRef)}
        refs = {ref for sources in self.claims.values() for ref in _refs(sources)}
        out += _typing(refs, g)
        for key in sorted(set(members) | set(capofila)):
            chief = capofila.get(key)
            for istat in sorted(members[key] | ({chief} if chief else set())):
                m = iris.membership(key, istat)
                out += [
                    Quad(m, v.TYPE, v.ORG_MEMBERSHIP, g),
                    Quad(m, v.ORG_MEMBER, iris.comune(istat), g),
                    Quad(m, v.ORG_ORGANIZATION, iris.ambito(key), g),
                    Quad(m, v.ORG_ROLE, v.CAPOFILA_ROLE if istat == chief else v.MEMBER_ROLE, g),
                ]
        out += [Quad(claim_iri(c), v.TYPE, v.amb("AcceptedClaim"), g) for c in accepted]
        return out


def _grouped(result: PageResult) -> dict[Key, list[Claim]]:
    out: dict[Key, list[Claim]] = defaultdict(list)
    for claim in result.claims:
        out[(claim.subject.kind, claim.subject.key, claim.predicate)].append(claim)
    return out


def _refs(sources: dict[str, list[Claim]]) -> Iterator[EntityRef]:
    """The subject and the entities named as objects by a key's claims."""
    for claims in sources.values():
        yield claims[0].subject
        yield from (c.object for c in claims if isinstance(c.object, EntityRef))


def _typing(refs: set[EntityRef], g: NamedNode) -> list[Quad]:
    """Types, plan periods and unit-of links for every entity the claims mention."""
    out: list[Quad] = []
    for ref in sorted(refs, key=lambda r: (r.kind, r.key)):
        node, of_kind = entity(ref), kind_of(ref.kind)
        if of_kind.rdf_class is not None:
            out.append(Quad(node, v.TYPE, of_kind.rdf_class, g))
        if of_kind.key_is_name:
            out.append(Quad(node, v.LABEL, Literal(ref.key), g))
        if ref.kind == "office":
            out.append(Quad(node, v.ORG_UNIT_OF, iris.ambito(ref.key), g))
        if ref.kind == "plan":
            out += _plan_period(*plan_period(ref.key), g)
    return out


def _plan_period(key: str, start: int, end: int, g: NamedNode) -> list[Quad]:
    plan, period = iris.plan(key, start, end), iris.plan_period(key, start, end)
    begin, finish = iris.instant(f"{start}-01-01"), iris.instant(f"{end}-12-31")
    return [
        Quad(plan, v.amb("ofAmbito"), iris.ambito(key), g),
        Quad(plan, v.amb("startYear"), Literal(str(start), datatype=v.XSD_GYEAR), g),
        Quad(plan, v.amb("endYear"), Literal(str(end), datatype=v.XSD_GYEAR), g),
        Quad(plan, v.amb("period"), period, g),
        Quad(period, v.TYPE, v.TIME_INTERVAL, g),
        Quad(period, v.TIME_BEGINNING, begin, g),
        Quad(period, v.TIME_END, finish, g),
        Quad(begin, v.TYPE, v.TIME_INSTANT, g),
        Quad(begin, v.TIME_IN_DATE, Literal(f"{start}-01-01", datatype=v.XSD_DATE), g),
        Quad(finish, v.TYPE, v.TIME_INSTANT, g),
        Quad(finish, v.TIME_IN_DATE, Literal(f"{end}-12-31", datatype=v.XSD_DATE), g),
    ]


def crawl_graph(crawl_id: str, meta: dict[str, object], claims: list[int]) -> list[Quad]:
    """The crawl as a PROV activity with what it yielded (distinct page contents with a body, those
    with claims, claims: `claims` has one count per page), counted here once so that a report never
    scans every page graph."""
    c = iris.crawl(crawl_id)
    out = [Quad(c, v.TYPE, v.PROV_ACTIVITY, c), Quad(c, v.LABEL, Literal(f"crawl {crawl_id}"), c)]
    for key, pred in (("started", v.PROV_STARTED), ("finished", v.PROV_ENDED)):
        if meta.get(key):
            out.append(Quad(c, pred, Literal(str(meta[key]), datatype=v.XSD_DATETIME), c))
    counts = {"pageCount": len(claims), "pagesWithClaims": sum(map(bool, claims)), "claimCount": sum(claims)}
    out += [Quad(c, v.amb(name), Literal(str(n), datatype=v.XSD_INTEGER), c) for name, n in counts.items()]
    return out


CrawlInput = tuple[str, dict[str, object], list[PageSnapshot], dict[str, PageResult]]
Chunk = tuple[NamedNode, Iterable[Quad]]  # quads of one named graph


def build_chunks(crawls: list[CrawlInput]) -> Iterator[Chunk]:
    """Every named graph of the dataset, one at a time, so a build never holds all quads at once.

    `crawls` (id, metadata, snapshots with a body, results by content hash) is oldest first: page
    graphs for every content any crawl saw, the registry, each crawl's graph, the consolidated
    graph of the last crawl, and the history of when each crawl's resolved facts were seen.
    """
    comuni = load_comuni()
    yield iris.registry(REGISTRY_NAME), registry_graph(comuni)
    yield iris.area_scheme(), areas_graph()
    seen: dict[str, list[Snapshot]] = defaultdict(list)
    results: dict[str, PageResult] = {}
    claim_counts: dict[str, int] = {}  # distinct claims per page content
    lives = [live_pages(snaps, crawl_results) for _, _, snaps, crawl_results in crawls]
    for (crawl_id, meta, snaps, crawl_results), (live, _) in zip(crawls, lives, strict=True):
        for sha, result in live.items():
            if sha not in claim_counts:
                claim_counts[sha] = len({claim_iri(claim) for claim in result.claims})
        yield iris.crawl(crawl_id), crawl_graph(crawl_id, meta, [claim_counts[sha] for sha in live])
        for snap in snaps:
            seen[snap.sha256].append(Snapshot(snap, crawl_id))
        results.update(crawl_results)
    for sha in sorted(seen):
        if sha in results:
            yield iris.source(sha), page_graph(seen[sha], results[sha])
    consolidation, history = Consolidation(), History()
    for (crawl_id, meta, snaps, _), (live, page_dates) in zip(crawls, lives, strict=True):
        appeared, vanished = consolidation.update(live, page_dates)
        unconfirmed = consolidation.facts_only_from(unreachable_contents(snaps))
        history.record(str(meta.get("started") or crawl_id), appeared, vanished, unconfirmed)
    pages = [results[sha] for sha in sorted(seen) if sha in results]
    g = iris.consolidated()
    latest = [Quad(g, v.PROV_GENERATED_BY, iris.crawl(crawls[-1][0]), g)] if crawls else []
    consolidated = latest + consolidation.quads(comuni)
    yield g, consolidated
    if crawls:
        live = lives[-1][0]
        final_urls = {sha: {s.snap.final_url for s in seen[sha]} for sha in live}
        yield iris.current(), current_graph(consolidation.winners(), live, final_urls)
    yield from geo_chunks(consolidated)
    yield iris.history(), [*history.quads(), *claimed_ambiti(pages)]


def claimed_ambiti(pages: Iterable[PageResult]) -> list[Quad]:
    """`<comune> amb:claimedInAmbiti n`: in how many ambiti the pages (every version) put each comune,
    as member or capofila. Counted once here so that a conflict (n > 1) is a lookup, not a scan and a
    grouping of every membership claim of every page version (queries/comuni-in-two-ambiti.rq)."""
    ambiti: dict[NamedNode, set[NamedNode]] = defaultdict(set)
    for result in pages:
        for claim in result.claims:
            if claim.predicate in ("member", "capofila") and isinstance(claim.object, EntityRef):
                ambiti[entity(claim.object)].add(entity(claim.subject))
    g = iris.history()
    return [
        Quad(c, v.amb("claimedInAmbiti"), Literal(str(len(ambiti[c])), datatype=v.XSD_INTEGER), g)
        for c in sorted(ambiti, key=lambda c: c.value)
    ]


def unreachable_contents(snaps: list[PageSnapshot]) -> set[str]:
    """Contents a crawl holds only because their pages could not be reached (carried, not seen)."""
    seen = {s.sha256 for s in snaps if s.carried != "unreachable"}
    return {s.sha256 for s in snaps if s.carried == "unreachable"} - seen


def live_pages(
    snaps: list[PageSnapshot], results: dict[str, PageResult]
) -> tuple[dict[str, PageResult], dict[str, str]]:
    """A crawl's results by content hash, and each page's date for rule 2 (own date, else fetch time)."""
    page_dates = {
        s.sha256: (results[s.sha256].page_updated_on or "") + "|" + s.fetched_at for s in snaps if s.sha256 in results
    }
    return {sha: results[sha] for sha in sorted(page_dates)}, page_dates


def consolidate_crawl(snaps: list[PageSnapshot], results: dict[str, PageResult], comuni: list[Comune]) -> list[Quad]:
    """The consolidated graph of one crawl (its pages' claims, resolved by the rules above)."""
    consolidation = Consolidation()
    consolidation.update(*live_pages(snaps, results))
    return consolidation.quads(comuni)


def sorted_nquads(quads: Iterable[Quad]) -> bytes:
    """Canonical bytes of a dataset: N-Quads, one per line, sorted, no duplicates."""
    raw = serialize(quads, format=RdfFormat.N_QUADS)
    lines = sorted(set(raw.splitlines(keepends=True)))
    return b"".join(lines)


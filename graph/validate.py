"""SHACL validation of a built graph (ontology/shapes.ttl) with pyshacl-turbo, a Rust SHACL engine.

Shapes see the union of every named graph, as queries do. The ontology and the intervention
areas are given as the ontology graph, with RDFS entailment, so class targets follow
rdfs:subClassOf. pyshacl-turbo reads the Oxigraph store natively, with no rdflib graph of the data:
pure-Python pyshacl needed one and took 13-17 s on the 22k-quad demo alone (figures in
docs/benchmarks.md). tests/test_shapes.py runs both engines and expects the same results.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Namespace, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.namespace import RDF
from rdflib.term import Node

from graph.entail import TYPE, Schema, add_entailments
from graph.iris import ONTOLOGY
from graph.shacl_sparql import evaluate, sparql_shapes
from graph.verdict_cache import VerdictCache, graph_digest, rules_digest

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
ONTOLOGY_FILES = (ONTOLOGY_DIR / "ambiti.ttl", ONTOLOGY_DIR / "areas.ttl")
SH = Namespace("http://www.w3.org/ns/shacl#")
AMBSH = Namespace("https://w3id.org/ambiti/shapes#")
HEARTBEAT_SECONDS = 15.0

Progress = Callable[[str], None]


@dataclass
class Finding:
    severity: str  # Violation | Warning | Info
    shape: str
    focus: str
    message: str
    value: str = ""  # the offending value, if the rule names one (two bad phones of one comune are two findings)


@dataclass
class ValidationReport:
    conforms: bool
    findings: list[Finding] = field(default_factory=list)

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Warning"]

    def summary(self, limit: int = 20) -> str:
        lines = []
        by_shape = Counter((f.severity, f.shape) for f in self.findings)
        for (severity, shape), n in sorted(by_shape.items()):
            first = next(f for f in self.findings if f.shape == shape)
            lines.append(f"{severity}: {shape.rsplit('#', 1)[-1]} × {n}, e.g. {first.message}")
        return "\n".join(lines[:limit]) + ("" if len(lines) <= limit else f"\n... {len(lines) - limit} more")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """ontology/shapes.ttl, parsed once per process (page batches may run in worker processes;
    nothing writes to it)."""
    return Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")


@lru_cache(maxsize=1)
def schema() -> Schema:
    """The ontology's class and property hierarchy, domains and ranges, closed once."""
    return Schema.of(ontology_graph())


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The ontology files, parsed once (every pyshacl-turbo call takes it; nothing writes to it)."""
    g = Graph()
    for path in ONTOLOGY_FILES:
        if path.exists():
            g.parse(path, format="turtle")
    return g


@contextmanager
def heartbeat(progress: Progress | None, what: str) -> Iterator[None]:
    """'still validating, N s' every HEARTBEAT_SECONDS while the engine runs (it reports nothing itself)."""
    if progress is None:
        yield
        return
    started = time.monotonic()
    done = threading.Event()

    def beat() -> None:
        while not done.wait(HEARTBEAT_SECONDS):
            progress(f"{what}: {time.monotonic() - started:.0f} s")

    thread = threading.Thread(target=beat, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()


# Shapes whose result on the union is the union of their results on each page graph alone: a value
# is checked on its own (pattern, datatype, node kind), and claims and source pages live in the one
# page graph named after their content (a claim's IRI names its page). The other shapes compare
# things across graphs (memberships, names resolved by the consolidation, the registry) and run on
# the graphs that are not page graphs: the current state, the registry, the history, territory.
VALUE_SHAPES = ("PhoneFaxE164Shape", "EmailShape", "PostalCodeShape", "DateDatatypeShape", "PlanYearDatatypeShape")
NODE_SHAPES = {  # the shapes of a claim and of a source page, which live in the page graph of their content
    ox.NamedNode(f"{ONTOLOGY}Claim"): ("ClaimSourceShape", "ClaimConfidenceShape"),
    ox.NamedNode(f"{ONTOLOGY}SourcePage"): ("SourcePageOriginShape", "SourcePageFetchTimeShape"),
}
PAGE_NODE_SHAPES = tuple(name for names in NODE_SHAPES.values() for name in names)
PAGE_SHAPES = tuple(str(AMBSH[n]) for n in VALUE_SHAPES + PAGE_NODE_SHAPES)
BATCH_QUADS = 60_000  # page graphs validated together: the engine's fixed cost is ~50 ms a call
PARALLEL_FROM_PAGES = 1_000  # fewer page graphs are validated in-process: starting workers costs ~1 s each
MAX_WORKERS = 4
IN_FLIGHT = 2 * MAX_WORKERS  # batches handed out and not yet collected: bounds the N-Triples held in memory
NT = ox.RdfFormat.N_TRIPLES


def _turbo(
    data: ox.Store,
    shapes: Graph,
    use: list[str] | None = None,
    *,
    focus: list[str] | None = None,
    reference: bool = False,
) -> Graph:
    """pyshacl-turbo on the union of `data`'s graphs; its report graph. `data` must have been
    `prepared`; `reference=True` instead gives the engine the ontology and lets it infer RDFS itself
    (the slow path the tests compare with)."""
    from pyshacl_turbo import validate

    engine = {"ont_graph": ontology_graph(), "inference": "rdfs"} if reference else {"inference": "none"}
    _, results, _ = validate(
        data, shacl_graph=shapes, advanced=True, allow_warnings=True, use_shapes=use, focus_nodes=focus, **engine
    )
    return results


def prepared(store: ox.Store) -> ox.Store:
    """The store with its RDFS entailments (graph/entail.py), then the ontology added, as the engine
    would mix it in: given the ontology itself, pyshacl-turbo first serialises and re-parses the whole
    data graph to mix it in (a third of a page batch's validation)."""
    add_entailments(store, schema())
    store.bulk_load(ontology_ntriples(), format=NT)
    return store


@lru_cache(maxsize=1)
def ontology_ntriples() -> bytes:
    return ontology_graph().serialize(format="nt", encoding="utf-8")


def _findings(results: Graph) -> Iterator[tuple[Finding, Node | None]]:
    for result in results.subjects(RDF.type, SH.ValidationResult):
        value = results.value(result, SH.value)
        finding = Finding(
            severity=str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
            shape=str(results.value(result, SH.sourceShape)),
            focus=str(results.value(result, SH.focusNode)),
            message=str(results.value(result, SH.resultMessage) or ""),
            value=str(value) if value is not None else "",
        )
        yield finding, value


def _ox(term: Node) -> ox.NamedNode | ox.Literal | None:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, RdfLiteral):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    return None


Batch = list[tuple[str, str, bytes]]  # (graph IRI, content digest, N-Triples) of page graphs


def _validate_batch(batch: Batch) -> dict[str, list[Finding]]:
    """Page graphs validated together; each finding goes to the graphs that hold its focus (and value)."""
    mem = ox.Store()
    for name, _, ntriples in batch:
        mem.bulk_load(ntriples, format=NT, to_graph=ox.NamedNode(name))
    by_graph: dict[str, list[Finding]] = {name: [] for name, _, _ in batch}
    for finding, value in _findings(_turbo(prepared(mem), shapes_graph(), list(PAGE_SHAPES))):
        focus, obj = ox.NamedNode(finding.focus), _ox(value) if value is not None else None
        for graph in {q.graph_name.value for q in mem.quads_for_pattern(focus, None, obj)} & by_graph.keys():
            by_graph[graph].append(finding)
    return {digest: by_graph[name] for name, digest, _ in batch}


@contextmanager
def batch_runner(pages: int) -> Iterator[Callable[[Batch], Future[dict[str, list[Finding]]]]]:
    """Where page batches run: in worker processes, one per core, when there are enough page graphs
    to repay starting them (the engine, the entailments and the loading are most of a first
    validation), else in this process."""
    workers = min(len(os.sched_getaffinity(0)), MAX_WORKERS)
    if pages < PARALLEL_FROM_PAGES or workers < 2:
        def inline(batch: Batch) -> Future[dict[str, list[Finding]]]:
            done: Future[dict[str, list[Finding]]] = Future()
            done.set_result(_validate_batch(batch))
            return done

        yield inline
        return
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver")) as pool:
        yield lambda batch: pool.submit(_validate_batch, batch)


def validate_pages(
    data: ox.Store, pages: list[ox.NamedNode], cache: VerdictCache, progress: Progress | None
) -> Iterator[Finding]:
    """Each page graph with PAGE_SHAPES, once per content: verdicts of known digests come from the cache."""
    digests: set[str] = set()
    batch: Batch = []
    pending: list[Future[dict[str, list[Finding]]]] = []
    quads = done = cached = 0

    def collect(limit: int) -> Iterator[Finding]:
        """Take finished batches' verdicts until at most `limit` are still running."""
        nonlocal done
        while len(pending) > limit:
            with heartbeat(progress, "still validating page graphs"):
                verdicts = pending.pop(0).result()
            for digest, findings in verdicts.items():
                cache.put(digest, [asdict(f) for f in findings])
                yield from findings
            done += len(verdicts)
            if progress:
                progress(f"page graphs: {done + cached:,} of {len(pages):,} ({cached:,} known from the cache)")

    with batch_runner(len(pages)) as run:
        for name in pages:
            ntriples = data.dump(format=NT, from_graph=name)
            digest = graph_digest(ntriples)
            digests.add(digest)
            known = cache.get(digest)
            if known is not None:
                cached += 1
                yield from (Finding(**f) for f in known)
                continue
            batch.append((name.value, digest, ntriples))
            quads += ntriples.count(b"\n")
            if quads >= BATCH_QUADS:
                pending.append(run(batch))
                batch, quads = [], 0
                yield from collect(IN_FLIGHT)
        if batch:
            pending.append(run(batch))
        yield from collect(0)
    cache.save(keep=digests)
    if progress and not done:
        progress(f"page graphs: all {len(pages):,} known from the cache")


def validate_rest(
    data: ox.Store, pages: list[ox.NamedNode], shapes: Graph, progress: Progress | None
) -> Iterator[Finding]:
    """Every shape on the union of the graphs that are not page graphs (all of them if there are none).

    The SPARQL shapes run as one query per focus node (graph/shacl_sparql.py) on the data with its
    RDFS entailments (graph/entail.py). Claims and source pages that have a page graph were checked there.
    """
    page_set = {p.value for p in pages}
    mem = ox.Store()
    for name in [ox.DefaultGraph(), *(g for g in data.named_graphs() if g.value not in page_set)]:
        mem.bulk_load(data.dump(format=NT, from_graph=name), format=NT, to_graph=name)
    sparql = sparql_shapes(shapes)
    core = sorted({str(s) for s in shapes.subjects(RDF.type, None) if isinstance(s, URIRef)}
                  - {s.shape for s in sparql})
    core = [s for s in core if s.startswith(str(AMBSH))]
    page_only = {str(AMBSH[n]) for n in PAGE_NODE_SHAPES}
    if progress:
        progress(f"the other graphs: {len(mem):,} quads, {len(core)} shapes, then {len(sparql)} SPARQL shapes")
    with heartbeat(progress, "still validating the other graphs"):
        prepared(mem)
        shared = [s for s in core if s not in page_only]
        found = [f for f, _ in _findings(_turbo(mem, shapes, shared))]
        # An accepted claim of the consolidated graph has the rest of it (its source) in its page graph,
        # checked there: the claim and page shapes run here only on claims and pages that have none.
        for kind, names in NODE_SHAPES.items():
            orphans = _without_page_graph(data, mem, kind, page_set)
            if orphans:  # (pyshacl-turbo checks given focus nodes against every shape it is given)
                use = [str(AMBSH[n]) for n in names]
                found += [f for f, _ in _findings(_turbo(mem, shapes, use, focus=orphans))]
        for shape in sparql:
            found += [Finding(r.severity, r.shape, r.focus, r.message, r.value) for r in evaluate(mem, shape)]
    yield from found


def _without_page_graph(data: ox.Store, mem: ox.Store, kind: ox.NamedNode, page_set: set[str]) -> list[str]:
    """Nodes of this kind (claims, source pages) in the other graphs that no page graph describes."""
    nodes = {q.subject for q in mem.quads_for_pattern(None, TYPE, kind)}
    return sorted(
        n.value
        for n in nodes
        if isinstance(n, ox.NamedNode)
        and not any(getattr(q.graph_name, "value", None) in page_set for q in data.quads_for_pattern(n, None, None))
    )


def page_graphs(data: ox.Store) -> list[ox.NamedNode]:
    """The graphs named after the source page they describe (one per fetched content)."""
    source_page = ox.NamedNode(f"{ONTOLOGY}SourcePage")
    return [q.subject for q in data.quads_for_pattern(None, TYPE, source_page) if q.subject == q.graph_name]


def validate_store(data: ox.Store, progress: Progress | None = None, cache_dir: Path | None = None) -> ValidationReport:
    """Validate every named graph of an Oxigraph store, read in place: page graphs one content at a
    time (verdicts cached in `cache_dir` by content digest), the other graphs together."""
    shapes = shapes_graph()
    pages = page_graphs(data)
    if progress:
        progress(f"validating {len(data):,} quads against ontology/shapes.ttl (pyshacl-turbo, the ontology, RDFS): "
                 f"{len(pages):,} page graphs one by one, then the other graphs together")
    rules = (ONTOLOGY_DIR / "shapes.ttl", *ONTOLOGY_FILES, Path(__file__).with_name("entail.py"))
    cache = VerdictCache(cache_dir, rules_digest(*rules))
    unique: dict[tuple[str, ...], Finding] = {}
    for f in [*validate_pages(data, pages, cache, progress), *validate_rest(data, pages, shapes, progress)]:
        unique.setdefault((f.severity, f.shape, f.focus, f.value, f.message), f)
    findings = sorted(unique.values(), key=lambda f: (f.severity, f.shape, f.focus, f.message, f.value))
    return ValidationReport(conforms=not any(f.severity == "Violation" for f in findings), findings=findings)


def validate_nquads(nquads: bytes, progress: Progress | None = None, cache_dir: Path | None = None) -> ValidationReport:
    """Validate an N-Quads dump (of an rdflib store or a SPARQL endpoint), loaded into memory first."""
    data = ox.Store()
    data.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    return validate_store(data, progress, cache_dir)

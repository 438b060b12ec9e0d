"""The build consolidates crawl by crawl from what changed (graph.build.Consolidation) and keeps the
history from the facts that appeared or vanished (graph.history.History). Both must give exactly
what resolving every crawl from scratch gives, conflicts and page-date tie-breaks included."""

from __future__ import annotations

import random

import pytest
from pyoxigraph import Literal, NamedNode

from crawler.extraction.stage import PageResult
from crawler.records import Claim, EntityRef, PageSnapshot
from crawler.reference.comuni import load_comuni
from graph import vocab as v
from graph.build import Consolidation, build_chunks, consolidate_crawl, live_pages
from graph.history import Fact, History, facts_of

COMUNI = load_comuni()[:12]
AMBITI = ["alfa", "beta", "gamma"]


def _claim(rng: random.Random, source: str) -> Claim:
    ambito = EntityRef("ambito", rng.choice(AMBITI))
    comune = EntityRef("comune", rng.choice(COMUNI).istat)
    predicate, obj = rng.choice(
        [
            ("member", comune),
            ("capofila", comune),
            ("label", f"Ambito {ambito.key.title()}{rng.choice(['', ' Nord'])}"),
            ("ats", EntityRef("ats", rng.choice(["ATS Insubria", "ATS Montagna"]))),
            ("approvedOn", rng.choice(["2021-03-01", "2022-01-15"])),
        ]
    )
    return Claim(ambito, predicate, obj, "evidence", source, "test", rng.choice([0.6, 0.9, 0.9, 1.0]))


def _page(rng: random.Random, n: int) -> PageResult:
    sha = f"{n:064x}"
    claims = [_claim(rng, sha) for _ in range(rng.randint(0, 6))]
    updated = rng.choice([None, None, "2024-05-01", "2025-01-10"])
    return PageResult(sha, f"http://127.0.0.1/{n}", updated, None, claims)


def _history(seed: int, crawls: int = 8) -> list[tuple[list[PageSnapshot], dict[str, PageResult]]]:
    """Crawls over a pool of page contents: each week some contents leave, some come, fetch order moves."""
    rng = random.Random(seed)
    pool = [_page(rng, n) for n in range(40)]
    live = set(rng.sample(range(40), 15))
    out = []
    for week in range(crawls):
        live ^= set(rng.sample(range(40), rng.randint(0, 6)))
        snaps = [
            PageSnapshot(
                url=pool[n].url,
                final_url=pool[n].url,
                status=200,
                fetched_at=f"2025-{week + 1:02d}-01T09:{rng.randint(0, 59):02d}:00Z",
                sha256=pool[n].sha256,
                content_type="text/html",
                warc_file="x.warc.gz",
                warc_offset=0,
            )
            for n in sorted(live)
        ]
        out.append((snaps, {pool[n].sha256: pool[n] for n in live}))
    return out


@pytest.mark.parametrize("seed", range(25))
def test_incremental_consolidation_equals_resolving_each_crawl_from_scratch(seed: int) -> None:
    consolidation = Consolidation()
    previous: frozenset[Fact] = frozenset()
    for snaps, results in _history(seed):
        appeared, vanished = consolidation.update(*live_pages(snaps, results))
        scratch = consolidate_crawl(snaps, results, COMUNI)
        assert set(consolidation.quads(COMUNI)) == set(scratch)
        facts = facts_of(scratch)
        assert (appeared, vanished) == (facts - previous, previous - facts)
        previous = facts


def test_some_random_crawls_do_hinge_on_page_dates() -> None:
    """The property above is only worth something if conflicts decided by page dates occur."""
    hinged = 0
    for seed in range(25):
        consolidation = Consolidation()
        for snaps, results in _history(seed):
            consolidation.update(*live_pages(snaps, results))
            hinged += sum(r.by_date for r in consolidation.resolved.values())
    assert hinged > 25


def test_history_brackets_each_fact_between_its_first_and_last_crawl() -> None:
    a, p = NamedNode("https://x/a"), v.ORG_HAS_MEMBER
    back, gone = (a, p, NamedNode("https://x/c1")), (a, p, NamedNode("https://x/c2"))
    history = History()
    history.record("2025-01-01T00:00:00Z", {back, gone}, set())
    history.record("2025-01-08T00:00:00Z", set(), set())
    history.record("2025-01-15T00:00:00Z", set(), {back, gone})
    history.record("2025-01-22T00:00:00Z", {back}, set())
    quads = list(history.quads())

    def seen(obj: str, what: str) -> list[str]:
        nodes = {q.subject for q in quads if q.predicate == v.OBJECT and q.object == NamedNode(obj)}
        return [q.object.value for q in quads if q.subject in nodes and q.predicate == v.amb(what)]

    assert seen("https://x/c1", "firstSeen") == ["2025-01-01T00:00:00Z"]
    assert seen("https://x/c1", "lastSeen") == ["2025-01-22T00:00:00Z"]
    assert seen("https://x/c1", "goneSince") == []
    assert seen("https://x/c2", "lastSeen") == ["2025-01-08T00:00:00Z"]
    assert seen("https://x/c2", "goneSince") == ["2025-01-15T00:00:00Z"]


def test_each_crawl_graph_counts_its_pages_and_claims() -> None:
    history = _history(3, crawls=2)
    crawls = [(f"c{n}", {"started": f"2025-0{n + 1}-01T00:00:00Z"}, s, r) for n, (s, r) in enumerate(history)]
    graphs = dict(build_chunks(crawls))
    for crawl_id, _, _, results in crawls:
        crawl = graphs[NamedNode(f"https://w3id.org/ambiti/crawl/{crawl_id}")]
        counts = {q.predicate.value.rsplit("#", 1)[-1]: q.object for q in crawl}
        claims = [len({(c.subject, c.predicate, str(c.object)) for c in r.claims}) for r in results.values()]
        assert counts["pageCount"] == Literal(str(len(results)), datatype=v.XSD_INTEGER)
        assert counts["pagesWithClaims"] == Literal(str(sum(map(bool, claims))), datatype=v.XSD_INTEGER)
        assert counts["claimCount"] == Literal(str(sum(claims)), datatype=v.XSD_INTEGER)

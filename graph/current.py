"""The current-state graph `graph/current`: what the latest crawl's pages say, indexed for the queries.

The consolidated graph says what is true now; the page graphs say who said so, in every version
of every page. A question about the latest crawl ("which page names this capofila", "which
current pages are stale") would otherwise join the consolidated graph with every page graph and
keep those of the latest crawl: on Oxigraph that reads every page version (docs/queries.md). So
the build writes here, once, what the consolidation already knows:

- each page of the latest crawl (`source/{sha256}`) with its final URLs and its own update date;
- each winning single-valued fact (rule 2: capofila, ATS, ASST, dates, address, responsible) as
  a statement node `fact/{sha1}` with `rdf:subject`/`rdf:predicate`/`rdf:object`, the pages of
  the claims that won (`prov:wasDerivedFrom`) and the first of their final URLs (`amb:sourceUrl`,
  the one a report shows).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pyoxigraph import Literal, NamedNode, Quad

from crawler.extraction.stage import PageResult
from graph import iris
from graph import vocab as v


def current_graph(
    winners: Iterable[tuple[Quad, set[str]]],
    live: Mapping[str, PageResult],
    final_urls: Mapping[str, set[str]],
) -> list[Quad]:
    """`winners`: each winning single-valued fact with the pages (content hashes) of its claims;
    `live`: the latest crawl's pages; `final_urls`: of each of those, every crawl's (as its page
    graph lists them)."""
    g = iris.current()
    urls = {sha: sorted(final_urls[sha]) for sha in live}
    out = [Quad(g, v.PROV_DERIVED, iris.consolidated(), g)]
    for sha, result in live.items():
        page = iris.source(sha)
        out += [Quad(page, v.amb("finalUrl"), NamedNode(url), g) for url in urls[sha]]
        if result.page_updated_on:
            out.append(Quad(page, v.amb("pageUpdatedOn"), Literal(result.page_updated_on, datatype=v.XSD_DATE), g))
    for fact, sources in winners:
        node = iris.fact(fact.subject.value, fact.predicate.value, str(fact.object))
        out += [
            Quad(node, v.SUBJECT, fact.subject, g),
            Quad(node, v.PREDICATE, fact.predicate, g),
            Quad(node, v.OBJECT, fact.object, g),
            Quad(node, v.amb("sourceUrl"), NamedNode(min(urls[sha][0] for sha in sources)), g),
        ]
        out += [Quad(node, v.PROV_DERIVED, iris.source(sha), g) for sha in sorted(sources)]
    return out

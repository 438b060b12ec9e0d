"""Network views (graph/network.py) on the demo graphs, against the demo web's ground truth.

The data dirs are the ones tests/test_queries.py builds (once per session, shared).
"""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
from demo_graphs import Dataset
from test_queries import (
    EXPECTED,
    PARTNER_ONLY,
    PARTNERS,
    iri,
    members_of,
    truth,
)

from crawler.extraction.identity import slug
from graph.network import (
    METRICS_COLUMNS,
    ambiti_graph,
    membership_graph,
    metrics_rows,
    write_network,
)


def edges(g: nx.Graph, kind: str | None = None) -> set[frozenset[str]]:
    return {frozenset((u, v)) for u, v, d in g.edges(data=True) if kind is None or d["kind"] == kind}


def nodes(g: nx.Graph, kind: str) -> set[str]:
    return {n for n, d in g.nodes(data=True) if d["kind"] == kind}


def test_membership_graph_is_the_truth(demo: Dataset) -> None:
    g = membership_graph(demo.ox)
    t = truth()
    assert nodes(g, "ambito") == {iri("ambito", k) for k in t}
    assert nodes(g, "comune") == {iri("comune", i) for a in t.values() for i in members_of(a)}
    assert nodes(g, "ats") == {iri("ats", slug(a["ats"])) for a in t.values() if a["ats"]}
    member_edges = {frozenset((iri("comune", i), iri("ambito", k))) for k, a in t.items() for i in members_of(a)}
    assert edges(g, "member") | edges(g, "capofila") == member_edges
    assert edges(g, "capofila") == {
        frozenset((iri("comune", a["capofila"]), iri("ambito", k))) for k, a in t.items() if a["capofila"]
    }
    assert edges(g, "in_ats") == {
        frozenset((iri("ambito", k), iri("ats", slug(a["ats"])))) for k, a in t.items() if a["ats"]
    }
    assert g.number_of_edges() == len(member_edges) + sum(1 for a in t.values() if a["ats"])


def test_ambiti_graph_has_the_stated_partners(demo: Dataset) -> None:
    g = ambiti_graph(demo.ox)
    assert set(g.nodes) == {iri("ambito", k) for k in set(truth()) | PARTNER_ONLY}
    partners = {frozenset((iri("ambito", a), iri("ambito", b))) for a, b in PARTNERS}
    assert edges(g) == partners  # one crawl: no comune seen in two ambiti
    for u, v, d in g.edges(data=True):
        assert d == {"kind": "partner", "partner": True, "shared_comuni": 0, "comuni": ""}, (u, v)


def test_ambiti_graph_links_ambiti_that_shared_a_comune_over_time(recrawled: Dataset) -> None:
    g = ambiti_graph(recrawled.ox)
    moved = EXPECTED["v2"]["changes"]["moved_comune"]
    pair = frozenset((iri("ambito", slug(moved["from"])), iri("ambito", slug(moved["to"]))))
    assert edges(g, "shared_comuni") == {pair}
    u, v = tuple(pair)
    assert g.edges[u, v] == {"kind": "shared_comuni", "partner": False, "shared_comuni": 1, "comuni": moved["istat"]}
    assert edges(g, "partner") == {frozenset((iri("ambito", a), iri("ambito", b))) for a, b in PARTNERS}


def test_metrics_rows(demo: Dataset) -> None:
    g = nx.compose(membership_graph(demo.ox), ambiti_graph(demo.ox))  # the graph metrics.csv measures
    rows = metrics_rows(g)
    assert [r[0] for r in rows] == sorted(g.nodes, key=lambda n: (g.nodes[n]["kind"], n))
    by_node = {r[0]: dict(zip(METRICS_COLUMNS, r, strict=True)) for r in rows}
    components = list(nx.connected_components(g))
    assert {r["component"] for r in by_node.values()} == {str(n) for n in range(len(components))}
    largest = max(components, key=len)
    assert {n for n, r in by_node.items() if r["component"] == "0"} == largest
    for node, r in by_node.items():
        assert r["kind"] == g.nodes[node]["kind"] and r["label"] == g.nodes[node]["label"]
        assert int(r["degree"]) == g.degree(node)
        assert 0.0 <= float(r["betweenness"]) <= 1.0
    azzate = by_node[iri("ambito", "azzate")]  # its comuni, its ATS, its partner ambiti
    t = truth()["azzate"]
    assert int(azzate["degree"]) == len(members_of(t)) + 1 + sum(1 for a, _ in PARTNERS if a == "azzate")
    assert float(azzate["betweenness"]) > 0
    assert all(float(by_node[iri("comune", i)]["betweenness"]) == 0 for i in members_of(t) if i != t["capofila"])


def _same(g: nx.Graph, h: nx.Graph, drop_edge_keys: tuple[str, ...] = ()) -> None:
    assert not h.is_directed() and not h.is_multigraph()
    assert dict(h.nodes(data=True)) == dict(g.nodes(data=True))
    want = {frozenset((u, v)): d for u, v, d in g.edges(data=True)}
    got = {frozenset((u, v)): {k: x for k, x in d.items() if k not in drop_edge_keys} for u, v, d in h.edges(data=True)}
    assert got == want


def test_write_network_files_read_back_equal(recrawled: Dataset, tmp_path: Path) -> None:
    out = tmp_path / "net"
    written = write_network(recrawled.ox, out)
    names = ["membership.graphml", "membership.gexf", "ambiti.graphml", "ambiti.gexf", "metrics.csv"]
    assert written == [out / n for n in names]
    assert sorted(p.name for p in out.iterdir()) == sorted(names)  # no temp files left behind
    members, ambiti = membership_graph(recrawled.ox), ambiti_graph(recrawled.ox)
    for g, stem in ((members, "membership"), (ambiti, "ambiti")):
        _same(g, nx.read_graphml(out / f"{stem}.graphml"))
        _same(g, nx.read_gexf(out / f"{stem}.gexf"), drop_edge_keys=("id",))  # GEXF edges carry an id
    with (out / "metrics.csv").open(encoding="utf-8", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0] == METRICS_COLUMNS
    assert table[1:] == metrics_rows(nx.compose(members, ambiti))
    again = write_network(recrawled.ox, out)  # overwrites in place, same bytes
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in written]

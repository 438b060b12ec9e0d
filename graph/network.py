"""networkx views of the graph: who belongs with whom, for Gephi and for graph metrics.

Two views, both undirected, every node with a `kind` and a `label`:

- the membership graph: comune - ambito (edge kind `member` or `capofila`) and ambito - ATS
  (`in_ats`), from the consolidated graph;
- the ambito graph: ambito - ambito edges for joint projects (`amb:partnerOf`, symmetric) and for
  comuni the two ambiti shared at any time (a comune seen in one ambito by one crawl and in another
  by a later one, or in both at once), from the history graph. An edge carries `partner` (bool),
  `shared_comuni` (how many) and `comuni` (their ISTAT codes, ";"-separated); `kind` is `partner`,
  `shared_comuni` or `partner+shared_comuni`.

`metrics_rows` measures the union of both views (one row per node; an ambito's degree counts its
comuni, its ATS and its partner/shared-comuni neighbours): connected component (0 = the largest),
degree and betweenness centrality (normalised, 6 decimals). `write_network` writes everything;
every file is written to a temp file beside the target and renamed, so readers never see half a file.
The SPARQL of both views is in queries/network/*.rq.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable
from itertools import combinations
from pathlib import Path

import networkx as nx

from crawler.datadir import current_umask
from graph.query import records
from graph.store_api import Store

METRICS_COLUMNS = ["node", "kind", "label", "component", "degree", "betweenness"]


def membership_graph(store: Store) -> nx.Graph:
    """comune - ambito - ATS: an undirected graph with a `kind` on every node (queries/network/membership.rq)."""
    g = nx.Graph()
    for r in records(store, "network/membership"):
        a, c, ats = r["a"].value, r["c"].value, r["ats"]
        g.add_node(a, kind="ambito", label=r["aname"].value)
        g.add_node(c, kind="comune", label=r["cname"].value)
        g.add_edge(c, a, kind="capofila" if r["role"].value.endswith("CapofilaRole") else "member")
        if ats is not None:
            g.add_node(ats.value, kind="ats", label=r["atsname"].value)
            g.add_edge(a, ats.value, kind="in_ats")
    return g


def ambiti_graph(store: Store) -> nx.Graph:
    """ambito - ambito: joint projects (amb:partnerOf) and comuni shared across crawls."""
    g = nx.Graph()
    labels = {r["a"].value: r["name"].value for r in records(store, "network/ambiti")}
    partners = {tuple(sorted((r["a"].value, r["b"].value))) for r in records(store, "network/partners")}
    seen_in: dict[str, set[str]] = defaultdict(set)  # comune -> ambiti it was ever a member of
    for r in records(store, "network/memberships-ever"):
        seen_in[r["c"].value].add(r["a"].value)
    shared: dict[tuple[str, str], set[str]] = defaultdict(set)
    for comune, ambiti in seen_in.items():
        for pair in combinations(sorted(ambiti), 2):
            shared[pair].add(comune.rsplit("/", 1)[-1])
    for node in sorted(set(labels) | {n for pair in partners | set(shared) for n in pair}):
        g.add_node(node, kind="ambito", label=labels.get(node, node.rsplit("/", 1)[-1]))
    for a, b in sorted(partners | set(shared)):
        comuni = sorted(shared.get((a, b), set()))
        is_partner = (a, b) in partners
        kind = "+".join(k for k, on in (("partner", is_partner), ("shared_comuni", bool(comuni))) if on)
        g.add_edge(a, b, kind=kind, partner=is_partner, shared_comuni=len(comuni), comuni=";".join(comuni))
    return g


def metrics_rows(g: nx.Graph) -> list[list[str]]:
    """One row per node (METRICS_COLUMNS), sorted by kind then node."""
    components = sorted(nx.connected_components(g), key=lambda nodes: (-len(nodes), min(nodes)))
    component_of = {node: n for n, nodes in enumerate(components) for node in nodes}
    betweenness = nx.betweenness_centrality(g, normalized=True)
    rows = []
    for node in sorted(g.nodes, key=lambda n: (str(g.nodes[n].get("kind", "")), n)):
        data = g.nodes[node]
        rows.append(
            [
                node,
                str(data.get("kind", "")),
                str(data.get("label", "")),
                str(component_of[node]),
                str(g.degree(node)),
                f"{betweenness[node]:.6f}",
            ]
        )
    return rows


def _atomic(path: Path, write: Callable[[str], None]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.fchmod(fd, 0o666 & ~current_umask())  # mkstemp makes 0600; an export is for sharing
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_graphml(g: nx.Graph, path: Path) -> Path:
    return _atomic(path, lambda tmp: nx.write_graphml(g, tmp))


def write_gexf(g: nx.Graph, path: Path) -> Path:
    return _atomic(path, lambda tmp: nx.write_gexf(g, tmp))


def write_metrics(rows: list[list[str]], path: Path) -> Path:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(METRICS_COLUMNS)
    writer.writerows(rows)
    return _atomic(path, lambda tmp: Path(tmp).write_text(buf.getvalue(), encoding="utf-8"))


def write_network(store: Store, out_dir: Path) -> list[Path]:
    """membership.graphml/.gexf, ambiti.graphml/.gexf and metrics.csv (of their union) in out_dir."""
    members, ambiti = membership_graph(store), ambiti_graph(store)
    return [
        write_graphml(members, out_dir / "membership.graphml"),
        write_gexf(members, out_dir / "membership.gexf"),
        write_graphml(ambiti, out_dir / "ambiti.graphml"),
        write_gexf(ambiti, out_dir / "ambiti.gexf"),
        write_metrics(metrics_rows(nx.compose(members, ambiti)), out_dir / "metrics.csv"),
    ]

"""networkx views of the graph: who belongs with whom, for Gephi and for graph metrics."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import networkx as nx

from graph.store import Store
from graph.tables import CONSOLIDATED, PREFIXES


def membership_graph(store: Store) -> nx.Graph:
    """comune - ambito - ATS: an undirected graph with a `kind` on every node."""
    g = nx.Graph()
    result = store.query(PREFIXES + f"""SELECT ?a ?aname ?c ?cname ?role ?ats ?atsname WHERE {{
        GRAPH {CONSOLIDATED} {{
          ?m a org:Membership ; org:organization ?a ; org:member ?c ; org:role ?role .
          ?a rdfs:label ?aname . ?c rdfs:label ?cname .
          OPTIONAL {{ ?a amb:ats ?ats . ?ats rdfs:label ?atsname }} }} }}""")
    for a, aname, c, cname, role, ats, atsname in result.rows:
        g.add_node(a.value, kind="ambito", label=aname.value)
        g.add_node(c.value, kind="comune", label=cname.value)
        g.add_edge(c.value, a.value, kind="capofila" if role.value.endswith("CapofilaRole") else "member")
        if ats is not None:
            g.add_node(ats.value, kind="ats", label=atsname.value)
            g.add_edge(a.value, ats.value, kind="in_ats")
    return g


def write_graphml(g: nx.Graph, path: Path) -> Path:
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    nx.write_graphml(g, tmp)
    os.replace(tmp, path)
    return path

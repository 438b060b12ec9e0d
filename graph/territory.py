"""The map's data read back from a store: each comune's and ambito's boundary, name and population.

The GeoJSON export, `ambiti map` and the serve pages all draw from the built graph (never from the
reference files), so what they show is what the graph says, from any store backend.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import shapely

from crawler.reference.projection import to_metres
from graph import iris
from graph.geo import REGISTRY_NAME
from graph.store_api import Store

_PREFIXES = """
PREFIX amb: <https://w3id.org/ambiti/ontology#>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX org: <http://www.w3.org/ns/org#>
"""


def _comuni_query() -> str:
    return _PREFIXES + f"""
SELECT ?c ?istat ?name ?province ?wkt ?population ?year ?ambito WHERE {{
  GRAPH <{iris.registry(REGISTRY_NAME).value}> {{
    ?c geo:hasGeometry ?g . ?g geo:asWKT ?wkt .
    OPTIONAL {{ ?c amb:population ?p . ?p amb:residents ?population ; amb:referenceYear ?year }}
  }}
  GRAPH <{iris.consolidated().value}> {{
    ?c amb:istatCode ?istat ; rdfs:label ?name ; amb:provinceCode ?province .
    OPTIONAL {{ ?ambito org:hasMember ?c }}
  }}
}}"""


def _ambiti_query() -> str:
    # no property paths: Oxigraph took 1 s on the demo with them, 0.1 s without
    return _PREFIXES + f"""
SELECT ?a ?name ?wkt ?population ?year ?parts ?ats WHERE {{
  GRAPH <{iris.territory().value}> {{
    ?a amb:territoryParts ?parts ; geo:hasGeometry ?g . ?g geo:asWKT ?wkt .
    OPTIONAL {{ ?a amb:population ?p . ?p amb:residents ?population ; amb:referenceYear ?year }}
  }}
  GRAPH <{iris.consolidated().value}> {{
    ?a rdfs:label ?name .
    OPTIONAL {{ ?a amb:ats ?health . ?health rdfs:label ?ats }}
  }}
}}"""


@dataclass
class Area:
    """A comune or an ambito as the map draws it."""

    iri: str
    key: str  # ISTAT code or ambito slug
    name: str
    wkt: str
    population: int | None = None  # the latest year's
    year: int | None = None
    ambiti: list[str] = field(default_factory=list)  # a comune's ambiti (IRIs); empty for an ambito
    province: str = ""
    parts: int = 1  # an ambito's territory parts
    ats: str = ""


@dataclass
class Territory:
    comuni: list[Area]
    ambiti: list[Area]

    @cached_property
    def planar(self) -> tuple[list[shapely.Geometry], list[shapely.Geometry]]:
        """The comuni's and the ambiti's boundaries in metres (parsed once: the serve pages draw many maps)."""
        comuni, ambiti = (shapely.from_wkt([x.wkt for x in areas]) for areas in (self.comuni, self.ambiti))
        return list(shapely.transform(comuni, to_metres)), list(shapely.transform(ambiti, to_metres))


def _latest(area: Area, population: object, year: object) -> None:
    if population is not None and year is not None and (area.year is None or int(str(year)) > area.year):
        area.population, area.year = int(str(population)), int(str(year))


def read_territory(store: Store) -> Territory:
    comuni: dict[str, Area] = {}
    for c, istat, name, province, wkt, population, year, ambito in store.query(_comuni_query()).rows:
        area = comuni.setdefault(str(c), Area(str(c), str(istat), str(name), str(wkt), province=str(province)))
        _latest(area, population, year)
        if ambito is not None and str(ambito) not in area.ambiti:
            area.ambiti.append(str(ambito))
    ambiti: dict[str, Area] = {}
    for a, name, wkt, population, year, parts, ats in store.query(_ambiti_query()).rows:
        key = str(a).rsplit("/", 1)[1]
        area = ambiti.setdefault(str(a), Area(str(a), key, str(name), str(wkt), parts=int(str(parts))))
        area.ats = str(ats) if ats is not None else area.ats
        _latest(area, population, year)
    for area in comuni.values():
        area.ambiti.sort()
    return Territory(sorted(comuni.values(), key=lambda x: x.key), sorted(ambiti.values(), key=lambda x: x.key))

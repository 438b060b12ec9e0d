"""The map's data read back from a store: each comune's and ambito's boundary, name and population.

The GeoJSON export, `ambiti map` and the serve pages all draw from the built graph (never from the
reference files), so what they show is what the graph says, from any store backend.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import shapely

from crawler.reference.projection import to_metres
from graph.query import records
from graph.store_api import Store


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
    """The boundaries of queries/territory/*.rq: every comune's, every ambito's with a territory."""
    comuni: dict[str, Area] = {}
    for r in records(store, "territory/comuni"):
        c = str(r["c"])
        area = comuni.setdefault(c, Area(c, str(r["istat"]), str(r["name"]), str(r["wkt"])))
        area.province = str(r["province"])
        _latest(area, r["population"], r["year"])
        if r["ambito"] is not None and str(r["ambito"]) not in area.ambiti:
            area.ambiti.append(str(r["ambito"]))
    ambiti: dict[str, Area] = {}
    for r in records(store, "territory/ambiti"):
        a = str(r["a"])
        area = ambiti.setdefault(a, Area(a, a.rsplit("/", 1)[1], str(r["name"]), str(r["wkt"])))
        area.parts = int(str(r["parts"]))
        area.ats = str(r["ats"]) if r["ats"] is not None else area.ats
        _latest(area, r["population"], r["year"])
    for area in comuni.values():
        area.ambiti.sort()
    return Territory(sorted(comuni.values(), key=lambda x: x.key), sorted(ambiti.values(), key=lambda x: x.key))

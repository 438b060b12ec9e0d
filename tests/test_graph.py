"""The graph of a real demo crawl: deterministic, loaded in both stores, exported in every format
and read back by rdflib, pyld and (when installed) a second toolkit, raptor's rapper."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import rdflib
from conftest import Release, copy_data_dir, run_ambiti

from crawler.datadir import DataDir
from graph.build import build_chunks, sorted_nquads
from graph.dataset import extract_all
from graph.oxigraph_store import OxigraphStore
from graph.rdflib_store import RdflibStore, quiet_dataset


def canonical_nquads(data: DataDir, *, reextract: bool = False) -> bytes:
    """The data dir's dataset as sorted, de-duplicated N-Quads, without a store (for comparisons)."""
    crawls, _ = extract_all(data, reextract=reextract, progress=False)
    return sorted_nquads(q for _, quads in build_chunks(crawls) for q in quads)


@pytest.fixture(scope="module")
def demo(demo_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy: the determinism test re-extracts into it."""
    return copy_data_dir(demo_data, tmp_path_factory.mktemp("graph-demo") / "data")


def test_the_same_crawl_built_twice_gives_identical_sorted_nquads(demo: Path) -> None:
    data = DataDir(demo)
    first = canonical_nquads(data)
    second = canonical_nquads(data, reextract=True)
    assert first == second
    store = OxigraphStore(demo / "store")
    assert store.count() == first.count(b"\n")  # the streamed build loaded exactly these quads
    store.close()
    assert first == sorted_nquads(
        __import__("pyoxigraph").parse(first, format=__import__("pyoxigraph").RdfFormat.N_QUADS)
    )


def test_every_page_snapshot_is_a_named_graph_with_provenance(demo: Path) -> None:
    store = OxigraphStore(demo / "store")
    graphs = store.graphs()
    pages = [g for g in graphs if "/source/" in g and "/registry/" not in g]
    assert len(pages) >= 30
    rows = store.query(
        """PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX amb: <https://w3id.org/ambiti/ontology#>
        SELECT ?g WHERE { GRAPH ?g { ?g a amb:SourcePage . FILTER NOT EXISTS { ?g prov:wasDerivedFrom ?u ;
        prov:generatedAtTime ?t ; prov:wasGeneratedBy ?c } } }"""
    ).rows
    assert rows == []
    # every claim points at the graph it lives in
    orphans = store.query(
        """PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX amb: <https://w3id.org/ambiti/ontology#>
        SELECT ?c WHERE { GRAPH ?g { ?c a amb:Claim . FILTER NOT EXISTS { ?c prov:wasDerivedFrom ?g } } }"""
    ).rows
    assert orphans == []
    store.close()


def test_oxigraph_and_rdflib_hold_the_same_dataset(demo: Path) -> None:
    disk = OxigraphStore(demo / "store")
    nquads = disk.dump_nquads()
    memory = RdflibStore()
    assert memory.replace_all(nquads) == disk.count()
    q = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/ambiti/ontology#AmbitoTerritoriale> }"
    assert disk.query(q).rows == memory.query(q).rows
    disk.close()


@pytest.fixture
def exported(demo_release: Release) -> Path:
    """The session's `ambiti export --format all` of the demo graph (conftest.py), which
    test_release_metadata.py reads too."""
    return demo_release.out


def _quad_count(demo: Path) -> tuple[int, int]:
    store = OxigraphStore(demo / "store")
    total = store.count()
    consolidated = store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/ambiti/graph/consolidated> { ?s ?p ?o } }"
    ).rows[0][0]
    store.close()
    return total, int(consolidated.value)


@pytest.mark.parametrize(
    ("name", "fmt", "named"),
    [
        ("ambiti.nq", "nquads", True),
        ("ambiti.trig", "trig", True),
        ("ambiti.ttl", "turtle", False),
        ("ambiti.nt", "nt", False),
        ("ambiti.rdf", "xml", False),
        ("ambiti.jsonld", "json-ld", True),
    ],
)
def test_every_rdf_export_reads_back_with_rdflib(demo: Path, exported: Path, name: str, fmt: str, named: bool) -> None:
    total, consolidated = _quad_count(demo)
    if named:
        ds = quiet_dataset()  # rdflib.Dataset().parse warns about its own call (graph/rdflib_store.py)
        ds.parse(exported / name, format=fmt)
        assert len(list(ds.quads((None, None, None, None)))) == total
    else:
        g = rdflib.Graph().parse(exported / name, format=fmt)
        assert len(g) == consolidated


def test_jsonld_export_expands_with_pyld(exported: Path) -> None:
    from pyld import jsonld

    doc = json.loads((exported / "ambiti.jsonld").read_text(encoding="utf-8"))
    expanded = jsonld.expand(doc)
    assert any("@graph" in node for node in expanded)


@pytest.mark.skipif(shutil.which("rapper") is None, reason="raptor2-utils (rapper) not installed")
@pytest.mark.parametrize(
    ("name", "syntax"),
    [
        ("ambiti.nq", "nquads"),
        ("ambiti.trig", "trig"),
        ("ambiti.ttl", "turtle"),
        ("ambiti.nt", "ntriples"),
        ("ambiti.rdf", "rdfxml"),
    ],
)
def test_a_second_toolkit_reads_every_serialisation(demo: Path, exported: Path, name: str, syntax: str) -> None:
    done = subprocess.run(
        ["rapper", "-i", syntax, "-o", "ntriples", "-c", str(exported / name)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    total, consolidated = _quad_count(demo)
    # rapper counts statements (it drops the graph name of quads)
    count = int(done.stderr.split("returned")[1].split()[0])
    assert count == (total if syntax in ("nquads", "trig") else consolidated)


def test_release_has_checksums_void_and_refuses_a_non_empty_dir(demo: Path, exported: Path) -> None:
    import hashlib

    sums = (exported / "SHA256SUMS").read_text().splitlines()
    for line in sums:
        digest, name = line.split("  ")
        assert hashlib.sha256((exported / name).read_bytes()).hexdigest() == digest
    void = rdflib.Graph().parse(exported / "void.ttl", format="turtle")
    assert (None, rdflib.URIRef("http://rdfs.org/ns/void#triples"), None) in void
    again = run_ambiti("export", "--format", "csv", "--out", str(exported), "--data-dir", str(demo))
    assert again.returncode == 1 and "--force" in again.stderr


def test_demo_graph_passes_validation_and_a_broken_one_exits_2(demo: Path, tmp_path: Path) -> None:
    ok = run_ambiti("validate", "--data-dir", str(demo))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "0 violations" in ok.stdout
    assert "validating" in ok.stderr and "quads against ontology/shapes.ttl" in ok.stderr  # not silent for seconds
    broken = tmp_path / "broken"
    shutil.copytree(demo, broken, ignore=shutil.ignore_patterns("lock"))
    store = OxigraphStore(broken / "store", writable=True)
    import pyoxigraph as ox

    office = ox.NamedNode("https://w3id.org/ambiti/id/ambito/azzate/ufficio-di-piano")
    store.store.add(
        ox.Quad(
            office,
            ox.NamedNode("https://w3id.org/ambiti/ontology#phone"),
            ox.Literal("0332 456"),
            ox.NamedNode("https://w3id.org/ambiti/graph/consolidated"),
        )
    )
    store.store.flush()
    store.close()
    bad = run_ambiti("validate", "--data-dir", str(broken))
    assert bad.returncode == 2
    assert "PhoneFaxE164Shape" in bad.stdout and "1 violations" in bad.stdout

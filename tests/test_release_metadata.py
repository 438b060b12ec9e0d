"""The release: its CSV tables say what the graph knows, and its DCAT-AP_IT description passes the
EU DCAT-AP shapes (ontology/dcat-ap/, SEMICeu) and the DCAT-AP_IT shapes (ontology/dcat-ap-it.shapes.ttl).

The data dirs are the ones tests/test_queries.py builds (once per session, shared).
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest
from conftest import Release, run_ambiti
from demo_graphs import Dataset
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as ns  # not its names: pytest's collector probes module globals, and DCAT/XSD warn
from test_queries import EXPECTED, members_of, rows, truth

from crawler.extraction.identity import slug
from graph.dcat import DCATAPIT, SPDX, VCARD, ReleaseSettings, check
from graph.export import export
from graph.tables import tables

DATASET = URIRef("https://w3id.org/ambiti/dataset")


@pytest.fixture
def release(demo_release: Release) -> Path:
    """The session's `ambiti export --format all` of the demo graph with a publisher's settings
    (conftest.py, RELEASE_ENV; test_graph.py reads its files back): no problem noted (a problem is a
    "void.ttl: " line), and the gaps of its tables."""
    assert "void.ttl:" not in demo_release.notes
    assert "ambiti.csv website: 15 of 15 empty" in demo_release.notes
    return demo_release.out


def description(release: Path) -> Graph:
    return Graph().parse(release / "void.ttl", format="turtle")


# the description -----------------------------------------------------------------------------
def test_the_description_passes_the_dcat_ap_and_dcat_ap_it_shapes(release: Path) -> None:
    assert check(description(release)) == []


def test_every_data_file_is_a_distribution_with_format_size_licence_and_checksum(release: Path) -> None:
    g = description(release)
    data_files = {p.name for p in release.iterdir()} - {"void.ttl", "README.md", "SHA256SUMS", "ambiti-release.tar.gz"}
    assert len(data_files) == 14  # RDF, CSV, GraphML and the two GeoJSON files
    seen = set()
    for dist in g.objects(DATASET, ns.DCAT.distribution):
        name = str(g.value(dist, ns.DCTERMS.title))
        seen.add(name)
        path = release / name
        size = g.value(dist, ns.DCAT.byteSize)
        assert size.datatype == ns.XSD.decimal and int(size.toPython()) == path.stat().st_size
        checksum = g.value(dist, SPDX.checksum)
        assert str(g.value(checksum, SPDX.checksumValue)) == hashlib.sha256(path.read_bytes()).hexdigest()
        assert g.value(dist, ns.DCAT.mediaType) and g.value(dist, ns.DCTERMS.format)
        assert g.value(dist, ns.DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
        assert str(g.value(dist, ns.DCAT.downloadURL)).endswith("/" + name)  # relative to void.ttl
    assert seen == data_files


def test_publisher_contact_themes_coverage_and_identifier(release: Path, demo: Dataset) -> None:
    g = description(release)
    for role in (ns.DCTERMS.publisher, ns.DCTERMS.rightsHolder):
        agent = g.value(DATASET, role)
        assert (agent, ns.RDF.type, DCATAPIT.Agent) in g
        assert str(g.value(agent, ns.DCTERMS.identifier)) == "u_prova"
        assert str(g.value(agent, ns.FOAF.name)) == "Ufficio studi di prova"
    contact = g.value(DATASET, ns.DCAT.contactPoint)
    assert g.value(contact, VCARD.hasEmail) == URIRef("mailto:dati@example.org")
    themes = {str(t).rsplit("/", 1)[-1] for t in g.objects(DATASET, ns.DCAT.theme)}
    assert themes == {"GOVE", "SOCI"}
    places = {
        str(g.value(p, URIRef("http://www.w3.org/ns/locn#geographicName")))
        for p in g.objects(DATASET, ns.DCTERMS.spatial)
    }
    assert "Lombardia" in places
    period = g.value(DATASET, ns.DCTERMS.temporal)
    (started,) = demo.started()
    assert str(g.value(period, DCATAPIT.startDate)) == started[:10]
    assert str(g.value(DATASET, ns.DCTERMS.identifier)) == str(DATASET)
    assert int(g.value(DATASET, ns.VOID.triples)) == demo.quads


def test_sparql_endpoint_is_stated_only_when_configured(demo: Dataset, release: Path, tmp_path: Path) -> None:
    assert description(release).value(DATASET, ns.VOID.sparqlEndpoint) is None
    url = "http://127.0.0.1:7878/sparql"
    export(demo.ox, tmp_path / "served", "csv", settings=ReleaseSettings(contact_email="x@example.org", endpoint=url))
    g = Graph().parse(tmp_path / "served" / "void.ttl", format="turtle")
    assert g.value(DATASET, ns.VOID.sparqlEndpoint) == URIRef(url)
    cli = run_ambiti(
        "export",
        "--out",
        str(tmp_path / "cli"),
        "--endpoint",
        url,
        "--data-dir",
        str(demo.data),
        env={"AMBITI_CONTACT_EMAIL": "x@example.org", "AMBITI_SPARQL_ENDPOINT": ""},
    )
    assert cli.returncode == 0, cli.stderr
    assert Graph().parse(tmp_path / "cli" / "void.ttl").value(DATASET, ns.VOID.sparqlEndpoint) == URIRef(url)
    assert "void.ttl" not in cli.stderr  # no shape violation to report


@pytest.mark.parametrize(
    ("remove", "says"),
    [
        ((DATASET, ns.DCTERMS.title, None), "dcterms:title"),  # EU DCAT-AP: a dataset has a title
        ((None, ns.RDF.type, ns.DCAT.Catalog), "MandatoryCatalog"),  # EU mandatory classes: a catalog exists
        ((None, ns.DCAT.accessURL, None), "dcat:accessURL"),  # EU DCAT-AP and DCAT-AP_IT: every distribution
        ((None, ns.DCTERMS.identifier, Literal("u_prova")), "codice IPA"),  # DCAT-AP_IT: the agent's identifier
        ((None, VCARD.hasEmail, None), "AMBITI_CONTACT_EMAIL"),  # DCAT-AP_IT: the contact's e-mail
        ((None, SPDX.checksumValue, None), "checksum"),  # the release: a SHA-256 per distribution
        ((DATASET, ns.DCTERMS.temporal, None), "estensione temporale"),
    ],
)
def test_every_shapes_file_is_in_force(release: Path, remove: tuple, says: str) -> None:
    g = description(release)
    assert list(g.triples(remove)), remove
    assert check(g) == []
    g.remove(remove)
    found = check(g)
    if says == "MandatoryCatalog":
        says = str(ns.DCAT.Catalog)  # the shape's focus node: the class that has no instance
    assert any(says in line for line in found), found


def test_without_a_contact_email_export_says_what_to_set(demo: Dataset, tmp_path: Path) -> None:
    done = run_ambiti(
        "export", "--out", str(tmp_path / "x"), "--data-dir", str(demo.data), env={"AMBITI_CONTACT_EMAIL": ""}
    )
    assert done.returncode == 0
    assert "void.ttl" in done.stderr and "AMBITI_CONTACT_EMAIL" in done.stderr


def test_the_release_readme_lists_every_file_the_crawls_and_the_version(release: Path, demo: Dataset) -> None:
    readme = (release / "README.md").read_text(encoding="utf-8")
    for path in release.iterdir():
        assert f"`{path.name}`" in readme, path.name
    for crawl_id, _meta, _snaps in demo.crawls():
        assert f"`{crawl_id}`" in readme
    assert "Made by ambiti 0." in readme
    assert "ambiti.csv website: 15 of 15 empty" in readme


# the tables ----------------------------------------------------------------------------------
def test_members_have_the_dates_the_crawls_saw_them(demo: Dataset, recrawled: Dataset) -> None:
    (t1,) = demo.started()
    members = tables(demo.ox)["members.csv"]
    assert members and {(r[4], r[5]) for r in members} == {(t1[:10], "")}
    first, second = (s[:10] for s in recrawled.started())
    moved = EXPECTED["v2"]["changes"]["moved_comune"]
    want = {
        (key, istat, second if (istat == moved["istat"] and key == slug(moved["to"])) else first, "")
        for key, a in truth("v2").items()
        for istat in members_of(a)
    }
    got = {(r[0], r[1], r[4], r[5]) for r in tables(recrawled.ox)["members.csv"]}
    if first == second:  # both crawls on one day: the moved comune's interval starts that day too
        want = {(k, i, first, "") for k, i, _f, _t in want}
    assert got == want


def test_ambiti_are_counted_the_same_way_everywhere(demo: Dataset, demo_stdout: str) -> None:
    """The session's own `ambiti demo` run (conftest.py, which checks its exit code) is the one read."""
    ambiti = tables(demo.ox)["ambiti.csv"]
    assert len(ambiti) == len(rows(demo.ox, "capofila-per-ambito")) == len(truth()) + 1  # + a partner known by name
    assert "wrote 5 CSV tables" in demo_stdout
    assert f"{len(ambiti)} ambiti (1 known only by name)" in demo_stdout
    with (demo.data / "export" / "ambiti.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.reader(fh))) == 1 + len(ambiti)

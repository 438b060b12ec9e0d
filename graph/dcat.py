"""The release's own description: DCAT-AP_IT and VoID as RDF (rdflib), checked with SHACL.

`describe` builds the graph from what the release is (its files, the crawls it holds, its size)
and from the settings a publisher gives (`ReleaseSettings`, read from the environment: see
docs/configuration.md). `check` validates it with the EU DCAT-AP shapes shipped in
ontology/dcat-ap/ (SEMICeu/dcat-ap_shacl, see its SOURCE.md) and this project's DCAT-AP_IT
shapes (ontology/dcat-ap-it.shapes.ttl), and returns one line per violation.
`void:sparqlEndpoint` is stated only when an endpoint is configured: a description must not point
to a service that does not exist.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, RDF, RDFS, SH, VOID, XSD

from crawler.reference import geo
from graph import iris, tool_version

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
SHAPES = [
    ONTOLOGY_DIR / "dcat-ap" / "dcat-ap.shapes.ttl",
    ONTOLOGY_DIR / "dcat-ap" / "dcat-ap-mandatory-classes.shapes.ttl",
    ONTOLOGY_DIR / "dcat-ap-it.shapes.ttl",
]
DCATAPIT = Namespace("http://dati.gov.it/onto/dcatapit#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
LOCN = Namespace("http://www.w3.org/ns/locn#")
EU = "http://publications.europa.eu/resource/authority/"
IANA = "https://www.iana.org/assignments/media-types/"
LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")

# file suffix -> (EU file-type, IANA media type)
FORMATS = {
    ".nq": ("RDF_N_QUADS", "application/n-quads"),
    ".trig": ("RDF_TRIG", "application/trig"),
    ".jsonld": ("JSON_LD", "application/ld+json"),
    ".ttl": ("RDF_TURTLE", "text/turtle"),
    ".nt": ("RDF_N_TRIPLES", "application/n-triples"),
    ".rdf": ("RDF_XML", "application/rdf+xml"),
    ".csv": ("CSV", "text/csv"),
    ".graphml": ("XML", "application/xml"),
    ".geojson": ("GEOJSON", "application/geo+json"),
}


@dataclass(frozen=True)
class ReleaseSettings:
    """Who publishes the release and where it lives (environment variables, docs/configuration.md)."""

    publisher_name: str = "ambiti project"
    publisher_id: str = "ambiti"
    contact_email: str | None = None
    homepage: str = "https://w3id.org/ambiti"
    endpoint: str | None = None
    release_url: str | None = None

    @classmethod
    def from_env(cls, endpoint: str | None = None) -> ReleaseSettings:
        env = os.environ
        return cls(
            publisher_name=env.get("AMBITI_PUBLISHER_NAME") or cls.publisher_name,
            publisher_id=env.get("AMBITI_PUBLISHER_ID") or cls.publisher_id,
            contact_email=env.get("AMBITI_CONTACT_EMAIL") or None,
            endpoint=endpoint or env.get("AMBITI_SPARQL_ENDPOINT") or None,
            release_url=env.get("AMBITI_RELEASE_URL") or None,
        )


@dataclass(frozen=True)
class Crawl:
    crawl_id: str
    started: str  # xsd:dateTime lexical form
    ended: str | None


def describe(files: list[Path], *, triples: int, pages: int, crawls: list[Crawl], settings: ReleaseSettings) -> Graph:
    """The catalog, the dataset and one distribution per file, as DCAT-AP_IT + VoID."""
    g = Graph()
    for prefix, ns in (("dcatapit", DCATAPIT), ("vcard", VCARD), ("spdx", SPDX), ("locn", LOCN)):
        g.bind(prefix, ns)
    today = Literal(datetime.now(UTC).date().isoformat(), datatype=XSD.date)
    ds, catalog = URIRef(f"{iris.BASE}dataset"), URIRef(f"{iris.BASE}catalog")

    publisher = URIRef(f"{iris.BASE}agent/{iris.slug(settings.publisher_id)}")
    g.add((publisher, RDF.type, FOAF.Agent))
    g.add((publisher, RDF.type, DCATAPIT.Agent))
    g.add((publisher, DCTERMS.identifier, Literal(settings.publisher_id)))
    g.add((publisher, FOAF.name, Literal(settings.publisher_name)))

    g.add((catalog, RDF.type, DCAT.Catalog))
    g.add((catalog, RDF.type, DCATAPIT.Catalog))
    g.add((catalog, DCTERMS.title, Literal("Catalogo del progetto ambiti", lang="it")))
    g.add((catalog, DCTERMS.description, Literal("I rilasci del grafo degli ambiti territoriali sociali.", lang="it")))
    g.add((catalog, DCTERMS.publisher, publisher))
    g.add((catalog, DCTERMS.modified, today))
    g.add((catalog, DCAT.dataset, ds))

    for cls in (VOID.Dataset, DCAT.Dataset, DCATAPIT.Dataset):
        g.add((ds, RDF.type, cls))
    g.add((ds, DCTERMS.identifier, Literal(str(ds))))
    g.add((ds, DCTERMS.title, Literal("Ambiti territoriali sociali della Lombardia", lang="it")))
    g.add((ds, DCTERMS.title, Literal("Social-planning districts of Lombardy", lang="en")))
    g.add(
        (
            ds,
            DCTERMS.description,
            Literal(
                "Ambiti, comuni capofila, membri, Uffici di Piano e Piani di Zona letti dai siti web, "
                "con la fonte di ogni fatto.",
                lang="it",
            ),
        )
    )
    g.add((ds, DCTERMS.issued, today))
    g.add((ds, DCTERMS.modified, today))
    g.add((ds, OWL.versionInfo, Literal(tool_version())))
    g.add((ds, DCTERMS.publisher, publisher))
    g.add((ds, DCTERMS.rightsHolder, publisher))
    g.add((ds, DCTERMS.accrualPeriodicity, URIRef(EU + "frequency/IRREG")))
    g.add((URIRef(EU + "frequency/IRREG"), RDF.type, DCTERMS.Frequency))
    for theme in ("GOVE", "SOCI"):  # government and public sector; population and society
        g.add((ds, DCAT.theme, URIRef(EU + "data-theme/" + theme)))
        g.add((URIRef(EU + "data-theme/" + theme), RDF.type, URIRef("http://www.w3.org/2004/02/skos/core#Concept")))
    g.add((ds, DCTERMS.language, URIRef(EU + "language/ITA")))
    g.add((ds, DCAT.landingPage, URIRef(settings.homepage)))
    g.add((URIRef(settings.homepage), RDF.type, FOAF.Document))

    contact = URIRef(f"{iris.BASE}agent/{iris.slug(settings.publisher_id)}/contact")
    for cls in (VCARD.Kind, VCARD.Organization, DCATAPIT.Organization):
        g.add((contact, RDF.type, cls))
    g.add((contact, VCARD.fn, Literal(settings.publisher_name)))
    g.add((contact, VCARD.hasURL, URIRef(settings.homepage)))
    if settings.contact_email:
        g.add((contact, VCARD.hasEmail, URIRef("mailto:" + settings.contact_email)))
    g.add((ds, DCAT.contactPoint, contact))

    for place, name in (
        (URIRef(EU + "country/ITA"), "Italia"),
        (URIRef(f"{iris.BASE}id/place/lombardia"), "Lombardia"),
    ):
        g.add((ds, DCTERMS.spatial, place))
        g.add((place, RDF.type, DCTERMS.Location))
        g.add((place, LOCN.geographicName, Literal(name, lang="it")))
    if crawls:
        period = BNode("temporal")
        g.add((period, RDF.type, DCTERMS.PeriodOfTime))
        g.add((period, DCATAPIT.startDate, Literal(crawls[0].started[:10], datatype=XSD.date)))
        g.add((period, DCAT.startDate, Literal(crawls[0].started, datatype=XSD.dateTime)))
        last = crawls[-1].ended or crawls[-1].started
        g.add((period, DCATAPIT.endDate, Literal(last[:10], datatype=XSD.date)))
        g.add((period, DCAT.endDate, Literal(last, datatype=XSD.dateTime)))
        g.add((ds, DCTERMS.temporal, period))

    g.add((ds, VOID.triples, Literal(triples, datatype=XSD.integer)))
    g.add((ds, VOID.uriSpace, Literal(f"{iris.BASE}id/")))
    for vocabulary in (iris.ONTOLOGY, "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#"):
        g.add((ds, VOID.vocabulary, URIRef(vocabulary)))
    provenance = BNode("provenance")
    g.add((provenance, RDF.type, DCTERMS.ProvenanceStatement))
    g.add((provenance, RDFS.label, Literal(f"{pages} archived web pages, crawled {len(crawls)} time(s)", lang="en")))
    g.add((ds, DCTERMS.provenance, provenance))
    reference = BNode("reference-data")  # boundaries and population: someone else's data, their licence
    g.add((reference, RDF.type, DCTERMS.ProvenanceStatement))
    g.add((reference, RDFS.label, Literal(geo.ATTRIBUTION, lang="it")))
    g.add((reference, RDFS.seeAlso, URIRef(geo.SOURCE_URL)))
    g.add((reference, DCTERMS.license, URIRef(geo.LICENSE_URL)))
    g.add((ds, DCTERMS.provenance, reference))
    if settings.endpoint:
        g.add((ds, VOID.sparqlEndpoint, URIRef(settings.endpoint)))

    g.add((LICENSE, RDF.type, DCTERMS.LicenseDocument))
    g.add((LICENSE, RDF.type, DCATAPIT.LicenseDocument))
    g.add((LICENSE, DCTERMS.type, URIRef("http://purl.org/adms/licencetype/Attribution")))
    g.add((LICENSE, FOAF.name, Literal("CC BY 4.0")))
    g.add((ds, DCTERMS.license, LICENSE))
    for path in files:
        g.add((ds, DCAT.distribution, _distribution(g, path, settings.release_url)))
    return g


def _distribution(g: Graph, path: Path, release_url: str | None) -> URIRef:
    """One file as a dcatapit:Distribution: format, media type, size, licence, SHA-256."""
    url = URIRef((release_url.rstrip("/") + "/" if release_url else "") + path.name)
    dist = URIRef(f"{iris.BASE}dataset/distribution/{path.name}")
    file_type, media = FORMATS[path.suffix]
    g.add((dist, RDF.type, DCAT.Distribution))
    g.add((dist, RDF.type, DCATAPIT.Distribution))
    g.add((dist, DCTERMS.title, Literal(path.name)))
    g.add((dist, DCAT.accessURL, url))
    g.add((dist, DCAT.downloadURL, url))
    g.add((dist, DCTERMS.format, URIRef(EU + "file-type/" + file_type)))
    g.add((URIRef(EU + "file-type/" + file_type), RDF.type, DCTERMS.MediaTypeOrExtent))
    g.add((dist, DCAT.mediaType, URIRef(IANA + media)))
    g.add((URIRef(IANA + media), RDF.type, DCTERMS.MediaTypeOrExtent))
    g.add((dist, DCTERMS.license, LICENSE))
    g.add((dist, DCAT.byteSize, Literal(str(path.stat().st_size), datatype=XSD.decimal)))
    checksum = BNode(f"sha256-{path.name}")
    g.add((dist, SPDX.checksum, checksum))
    g.add((checksum, RDF.type, SPDX.Checksum))
    g.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
    g.add((checksum, SPDX.checksumValue, Literal(sha256(path), datatype=XSD.hexBinary)))
    return dist


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def shapes() -> Graph:
    """The shipped shapes, with the implicit class targets of the DCAT-AP files made explicit."""
    g = Graph()
    for path in SHAPES:
        g.parse(path, format="turtle")
    for shape in set(g.subjects(RDF.type, SH.NodeShape)):
        if isinstance(shape, URIRef) and str(shape).startswith(str(DCAT)):
            g.add((shape, RDF.type, RDFS.Class))  # the files rely on owl:imports of DCAT for this
    for s, o in list(g.subject_objects(URIRef(str(SH) + "shape"))):  # the pre-standard name of sh:node
        g.add((s, SH.node, o))
    return g


def check(description: Graph) -> list[str]:
    """One line per SHACL violation of the description ("" list: it conforms)."""
    from pyshacl import validate

    conforms, report, _text = validate(description, shacl_graph=shapes(), advanced=True, allow_warnings=True)
    if conforms:
        return []
    lines = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        if report.value(result, SH.resultSeverity) != SH.Violation:
            continue
        focus, path = report.value(result, SH.focusNode), report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        lines.append(f"{focus} {path.n3(description.namespace_manager) if path else ''}: {message}")
    return sorted(lines)

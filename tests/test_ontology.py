"""Tests for the ambiti ontology (ontology/ambiti.ttl), the SKOS scheme of
intervention areas (ontology/areas.ttl) and the JSON-LD context
(ontology/context.jsonld).

Everything runs offline: external ontologies are never fetched.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import owlrl
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib import namespace as rns
from rdflib.namespace import OWL, RDF, RDFS

ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
TIME = Namespace("http://www.w3.org/2006/time#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_TTL = ROOT / "ontology" / "ambiti.ttl"
AREAS_TTL = ROOT / "ontology" / "areas.ttl"
CONTEXT_JSONLD = ROOT / "ontology" / "context.jsonld"
GRAPH_MODEL_MD = ROOT / "docs" / "graph-model.md"
VALID_FIXTURE = ROOT / "tests" / "fixtures" / "shapes" / "valid.ttl"

AMB = Namespace("https://w3id.org/ambiti/ontology#")
ONTOLOGY_IRI = URIRef("https://w3id.org/ambiti/ontology")
AREA_SCHEME = URIRef("https://w3id.org/ambiti/id/area")
AREA = Namespace("https://w3id.org/ambiti/id/area/")
COV = Namespace("https://w3id.org/italia/onto/COV/")
CLV = Namespace("https://w3id.org/italia/onto/CLV/")
SM = Namespace("https://w3id.org/italia/onto/SM/")
CPV = Namespace("https://w3id.org/italia/onto/CPV/")
RO = Namespace("https://w3id.org/italia/onto/RO/")
TI = Namespace("https://w3id.org/italia/onto/TI/")
L0 = Namespace("https://w3id.org/italia/onto/l0/")
SCHEMA_HTTP = "http://schema.org/"

# owlrl reports inconsistencies as resources of this type (Closure.py).
OWLRL_ERROR = URIRef("http://www.daml.org/2002/03/agents/agent-ont#ErrorMessage")
OWLRL_ERROR_TEXT = URIRef("http://www.daml.org/2002/03/agents/agent-ont#error")

DECLARATION_TYPES = {
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    OWL.NamedIndividual,
}

# OntoPiA terms we align to, as published in italia/daf-ontologie-vocabolari-controllati
# (Ontologie/{COV,CLV,SM,CPV,RO,TI,l0}/latest). Guards against typos in the IRIs.
KNOWN_ONTOPIA_TERMS = {
    COV.PublicOrganization,
    COV.Office,
    COV.Participation,
    COV.hasSupportUnit,
    CLV.City,
    CLV.Address,
    CLV.hasAddress,
    CLV.hasCity,
    CLV.fullAddress,
    CLV.postCode,
    SM.OnlineContactPoint,
    SM.Telephone,
    SM.Email,
    SM.WebSite,
    SM.hasOnlineContactPoint,
    SM.hasTelephone,
    SM.hasEmail,
    SM.hasCertifiedEmail,
    SM.hasWebSite,
    SM.telephoneNumber,
    SM.emailAddress,
    CPV.Person,
    RO.Role,
    RO.TimeIndexedRole,
    TI.TimeInterval,
    L0.Description,
}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_TTL, format="turtle")


@pytest.fixture(scope="module")
def areas() -> Graph:
    return Graph().parse(AREAS_TTL, format="turtle")


def graph_model_terms() -> list[str]:
    """Every amb: local name mentioned in docs/graph-model.md."""
    text = GRAPH_MODEL_MD.read_text(encoding="utf-8")
    return sorted(set(re.findall(r"\bamb:([A-Za-z][A-Za-z0-9_]*)", text)))


def amb_terms(g: Graph) -> set[URIRef]:
    """Every amb: IRI that appears as a subject in the ontology."""
    return {s for s in g.subjects() if isinstance(s, URIRef) and s.startswith(str(AMB))}


def langs(g: Graph, s: URIRef, p: URIRef) -> set[str | None]:
    return {o.language for o in g.objects(s, p) if isinstance(o, Literal)}


def owlrl_errors(g: Graph) -> list[str]:
    """Run the OWL RL closure in place; return the inconsistencies owlrl found."""
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    errors = [str(g.value(m, OWLRL_ERROR_TEXT)) for m in g.subjects(RDF.type, OWLRL_ERROR)]
    errors += [f"{s} is a member of owl:Nothing" for s in g.subjects(RDF.type, OWL.Nothing)]
    return errors


# --------------------------------------------------------------------------
# Ontology header and parsing
# --------------------------------------------------------------------------


def test_ontology_parses_and_has_header(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef("https://w3id.org/ambiti/ontology/0.1.0")
    assert onto.value(ONTOLOGY_IRI, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert Literal("ambiti contributors") in set(onto.objects(ONTOLOGY_IRI, DCTERMS.creator))
    assert {"it", "en"} <= langs(onto, ONTOLOGY_IRI, DCTERMS.title)
    assert {"it", "en"} <= langs(onto, ONTOLOGY_IRI, DCTERMS.description)


def test_ontology_does_not_import_remote_files(onto: Graph) -> None:
    assert list(onto.objects(ONTOLOGY_IRI, OWL.imports)) == []


def test_graph_model_mentions_amb_terms() -> None:
    # Sanity check of the extraction used below.
    terms = graph_model_terms()
    assert {"Comune", "AmbitoTerritoriale", "istatCode", "capofila", "Claim"} <= set(terms)


@pytest.mark.parametrize("local_name", graph_model_terms())
def test_graph_model_term_is_declared(onto: Graph, local_name: str) -> None:
    term = AMB[local_name]
    types = set(onto.objects(term, RDF.type))
    assert types & DECLARATION_TYPES, f"amb:{local_name} is used in graph-model.md but not declared"
    assert {"it", "en"} <= langs(onto, term, RDFS.label), f"amb:{local_name} needs it+en labels"


@pytest.mark.parametrize("term", sorted(amb_terms(Graph().parse(ONTOLOGY_TTL))), ids=str)
def test_every_amb_term_has_bilingual_label_and_comment(onto: Graph, term: URIRef) -> None:
    assert set(onto.objects(term, RDF.type)) & DECLARATION_TYPES
    assert {"it", "en"} <= langs(onto, term, RDFS.label)
    assert {"it", "en"} <= langs(onto, term, RDFS.comment)


def test_roles_are_org_role_individuals(onto: Graph) -> None:
    for role in (AMB.CapofilaRole, AMB.MemberRole):
        assert (role, RDF.type, ORG.Role) in onto
        assert (role, RDF.type, OWL.NamedIndividual) in onto


# --------------------------------------------------------------------------
# Alignments
# --------------------------------------------------------------------------

SUBCLASS_ALIGNMENTS = [
    (AMB.AmbitoTerritoriale, ORG.Organization),
    (AMB.AmbitoTerritoriale, COV.PublicOrganization),
    (AMB.Comune, ORG.Organization),
    (AMB.Comune, COV.PublicOrganization),
    (AMB.Comune, CLV.City),
    (AMB.UfficioDiPiano, ORG.OrganizationalUnit),
    (AMB.UfficioDiPiano, COV.Office),
    (AMB.ATS, COV.PublicOrganization),
    (AMB.ASST, COV.PublicOrganization),
    (AMB.Person, CPV.Person),
    (AMB.Person, FOAF.Person),
    (AMB.PianoDiZona, L0.Description),
    (AMB.SourcePage, PROV.Entity),
    (AMB.RegistrySnapshot, PROV.Entity),
    (AMB.Claim, PROV.Entity),
    (AMB.Crawl, PROV.Activity),
    (AMB.AmbitoMembership, ORG.Membership),
    (AMB.AmbitoMembership, COV.Participation),
    (AMB.OfficeResponsibility, ORG.Membership),
    (AMB.OfficeResponsibility, RO.TimeIndexedRole),
]

SUBPROPERTY_ALIGNMENTS = [
    (AMB.capofila, ORG.hasMember),
    (AMB.hasUfficioDiPiano, ORG.hasUnit),
    (AMB.partnerOf, ORG.linkedTo),
    (AMB.website, SM.hasWebSite),
    (AMB.pec, AMB.email),
    (AMB.period, TIME.hasTime),
    (AMB.phone, URIRef(SCHEMA_HTTP + "telephone")),
    (AMB.finalUrl, PROV.wasDerivedFrom),
]


@pytest.mark.parametrize(("sub", "sup"), SUBCLASS_ALIGNMENTS, ids=str)
def test_subclass_alignment(onto: Graph, sub: URIRef, sup: URIRef) -> None:
    assert (sub, RDFS.subClassOf, sup) in onto


@pytest.mark.parametrize(("sub", "sup"), SUBPROPERTY_ALIGNMENTS, ids=str)
def test_subproperty_alignment(onto: Graph, sub: URIRef, sup: URIRef) -> None:
    assert (sub, RDFS.subPropertyOf, sup) in onto


def test_time_interval_bridged_to_ontopia_ti(onto: Graph) -> None:
    assert (TIME.Interval, OWL.equivalentClass, TI.TimeInterval) in onto


def test_external_iris_exist_in_their_vocabularies(onto: Graph) -> None:
    """IRIs of W3C/schema.org vocabularies must be real terms; OntoPiA IRIs
    must be among the verified ones."""
    # rdflib's closed namespaces know their terms (used only here, behind
    # `rns`, so that pytest's collection does not probe them).
    closed = [rns.ORG, rns.PROV, rns.TIME, rns.SKOS, rns.DCTERMS, rns.FOAF]
    unknown = []
    for node in set(onto.all_nodes()):
        if not isinstance(node, URIRef):
            continue
        iri = str(node)
        for ns in closed:
            if iri.startswith(str(ns)) and node not in ns:
                unknown.append(iri)
        if iri.startswith(SCHEMA_HTTP) and URIRef(iri.replace(SCHEMA_HTTP, str(rns.SDO))) not in rns.SDO:
            unknown.append(iri)
        if iri.startswith("https://w3id.org/italia/onto/") and node not in KNOWN_ONTOPIA_TERMS:
            unknown.append(iri)
    assert unknown == []


def test_istat_wikidata_join_is_documented(onto: Graph) -> None:
    comments = " ".join(str(c) for c in onto.objects(AMB.istatCode, RDFS.comment))
    assert "P635" in comments
    assert URIRef("http://www.wikidata.org/entity/P635") in set(onto.objects(AMB.istatCode, RDFS.seeAlso))


# --------------------------------------------------------------------------
# OWL RL consistency
# --------------------------------------------------------------------------


@pytest.mark.slow  # the whole ontology's OWL RL closure (~0.4 s of CPU), as its two twins below
def test_owl_rl_closure_of_ontology_is_consistent() -> None:
    g = Graph().parse(ONTOLOGY_TTL).parse(AREAS_TTL)
    assert owlrl_errors(g) == []


@pytest.mark.slow
def test_owl_rl_closure_of_ontology_with_valid_data_is_consistent() -> None:
    g = Graph().parse(ONTOLOGY_TTL).parse(AREAS_TTL).parse(VALID_FIXTURE)
    assert owlrl_errors(g) == []


@pytest.mark.slow
def test_owl_rl_check_detects_inconsistency() -> None:
    """The consistency check above is not vacuous: a thing that is both a
    comune and an ambito (disjoint classes) is reported."""
    g = Graph().parse(ONTOLOGY_TTL)
    thing = URIRef("https://w3id.org/ambiti/id/comune/012001")
    g.add((thing, RDF.type, AMB.Comune))
    g.add((thing, RDF.type, AMB.AmbitoTerritoriale))
    errors = owlrl_errors(g)
    assert errors and any("012001" in e for e in errors)


# --------------------------------------------------------------------------
# Intervention areas (SKOS)
# --------------------------------------------------------------------------


def test_areas_scheme_has_ten_concepts(areas: Graph) -> None:
    assert (AREA_SCHEME, RDF.type, SKOS.ConceptScheme) in areas
    concepts = set(areas.subjects(SKOS.inScheme, AREA_SCHEME))
    assert concepts == {AREA[letter] for letter in "ABCDEFGHIJ"}
    for concept in concepts:
        assert (concept, RDF.type, SKOS.Concept) in areas
        assert (concept, SKOS.topConceptOf, AREA_SCHEME) in areas
        assert (AREA_SCHEME, SKOS.hasTopConcept, concept) in areas
        assert areas.value(concept, SKOS.notation) == Literal(str(concept)[-1])
        assert {"it", "en"} <= langs(areas, concept, SKOS.prefLabel)


AREA_LABELS_IT = {
    "A": "Contrasto alla povertà e all'emarginazione sociale",
    "B": "Politiche abitative",
    "C": "Promozione inclusione attiva",
    "D": "Domiciliarità",
    "E": "Anziani",
    "F": "Digitalizzazione dei servizi",
    "G": "Politiche giovanili e per i minori",
    "H": "Interventi connessi alle politiche per il lavoro",
    "I": "Interventi per la famiglia",
    "J": "Interventi a favore di persone con disabilità",
}


@pytest.mark.parametrize(("letter", "label"), sorted(AREA_LABELS_IT.items()))
def test_area_labels_follow_the_dgr(areas: Graph, letter: str, label: str) -> None:
    it_labels = {str(o) for o in areas.objects(AREA[letter], SKOS.prefLabel) if o.language == "it"}
    assert it_labels == {label}


# --------------------------------------------------------------------------
# JSON-LD context
# --------------------------------------------------------------------------

SAMPLE_DOC = {
    "id": "https://w3id.org/ambiti/id/ambito/alfa",
    "type": "AmbitoTerritoriale",
    "name": "Ambito Alfa",
    "altNames": ["Ambito territoriale Alfa"],
    "capofila": "https://w3id.org/ambiti/id/comune/012001",
    "phone": "+390332123456",
    "pec": "ambito.alfa@pec.example.it",
    "members": ["https://w3id.org/ambiti/id/comune/012001"],
    "memberships": [
        {
            "id": "https://w3id.org/ambiti/id/ambito/alfa/membership/012001",
            "type": "Membership",
            "member": {
                "id": "https://w3id.org/ambiti/id/comune/012001",
                "type": "Comune",
                "name": "Agra",
                "istatCode": "012001",
            },
            "role": "CapofilaRole",
        }
    ],
    "plans": [
        {
            "id": "https://w3id.org/ambiti/id/ambito/alfa/piano/2021-2023",
            "type": "PianoDiZona",
            "startYear": "2021",
            "endYear": "2023",
            "approvedOn": "2021-12-15",
            "interventionAreas": ["https://w3id.org/ambiti/id/area/A"],
        }
    ],
}

ALFA = URIRef("https://w3id.org/ambiti/id/ambito/alfa")
AGRA = URIRef("https://w3id.org/ambiti/id/comune/012001")
MEMBERSHIP = URIRef("https://w3id.org/ambiti/id/ambito/alfa/membership/012001")
PLAN = URIRef("https://w3id.org/ambiti/id/ambito/alfa/piano/2021-2023")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
XSD_GYEAR = URIRef("http://www.w3.org/2001/XMLSchema#gYear")

EXPECTED_TRIPLES = {
    (ALFA, RDF.type, AMB.AmbitoTerritoriale),
    (ALFA, RDFS.label, Literal("Ambito Alfa")),
    (ALFA, SKOS.altLabel, Literal("Ambito territoriale Alfa")),
    (ALFA, AMB.capofila, AGRA),
    (ALFA, AMB.phone, Literal("+390332123456")),
    (ALFA, AMB.pec, Literal("ambito.alfa@pec.example.it")),
    (ALFA, ORG.hasMember, AGRA),
    (MEMBERSHIP, RDF.type, ORG.Membership),
    (MEMBERSHIP, ORG.organization, ALFA),
    (MEMBERSHIP, ORG.member, AGRA),
    (MEMBERSHIP, ORG.role, AMB.CapofilaRole),
    (AGRA, RDF.type, AMB.Comune),
    (AGRA, AMB.istatCode, Literal("012001")),
    (ALFA, AMB.hasPlan, PLAN),
    (PLAN, AMB.startYear, Literal("2021", datatype=XSD_GYEAR)),
    (PLAN, AMB.approvedOn, Literal("2021-12-15", datatype=XSD_DATE)),
    (PLAN, AMB.interventionArea, AREA.A),
}


@pytest.fixture(scope="module")
def context() -> dict:
    data = json.loads(CONTEXT_JSONLD.read_text(encoding="utf-8"))
    assert set(data) == {"@context"}
    assert data["@context"]["@version"] == 1.1
    return data["@context"]


def test_context_expands_with_pyld(context: dict) -> None:
    jsonld = pytest.importorskip("pyld.jsonld")
    expanded = jsonld.expand({"@context": context, **SAMPLE_DOC})
    [ambito] = expanded
    assert ambito["@type"] == [str(AMB.AmbitoTerritoriale)]
    assert ambito[str(AMB.capofila)] == [{"@id": str(AGRA)}]
    assert ambito[str(ORG.hasMember)] == [{"@id": str(AGRA)}]
    [membership] = ambito["@reverse"][str(ORG.organization)]
    assert membership[str(ORG.role)] == [{"@id": str(AMB.CapofilaRole)}]
    [plan] = ambito[str(AMB.hasPlan)]
    assert plan[str(AMB.approvedOn)] == [{"@value": "2021-12-15", "@type": str(XSD_DATE)}]

    nquads = jsonld.to_rdf({"@context": context, **SAMPLE_DOC}, {"format": "application/n-quads"})
    g = Graph().parse(data=nquads, format="nt")
    assert set(g) >= EXPECTED_TRIPLES


def test_context_parses_with_rdflib(context: dict) -> None:
    g = Graph().parse(data=json.dumps({"@context": context, **SAMPLE_DOC}), format="json-ld")
    assert set(g) >= EXPECTED_TRIPLES
    assert not any(isinstance(t, BNode) for t in g.predicates())


def test_context_terms_use_declared_ontology_terms(onto: Graph, context: dict) -> None:
    """Every amb: IRI the context maps to is declared in the ontology."""
    amb_prefix = context["amb"]
    undeclared = []
    for term, definition in context.items():
        if term.startswith("@"):
            continue
        iri = definition if isinstance(definition, str) else definition.get("@id") or definition.get("@reverse")
        if isinstance(iri, str) and iri.startswith("amb:"):
            node = URIRef(amb_prefix + iri[len("amb:") :])
            if not set(onto.objects(node, RDF.type)) & DECLARATION_TYPES:
                undeclared.append(term)
    assert undeclared == []

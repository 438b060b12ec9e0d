"""The terms the builder writes (see docs/graph-model.md and ontology/ambiti.ttl)."""

from __future__ import annotations

from functools import cache

from pyoxigraph import NamedNode

from graph.iris import ONTOLOGY

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
TIME = "http://www.w3.org/2006/time#"
SKOS = "http://www.w3.org/2004/02/skos/core#"

PREFIXES = {
    "amb": ONTOLOGY,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "org": ORG,
    "prov": PROV,
    "time": TIME,
    "skos": SKOS,
}


def _n(ns: str, local: str) -> NamedNode:
    return NamedNode(ns + local)


TYPE = _n(RDF, "type")
SUBJECT, PREDICATE, OBJECT = _n(RDF, "subject"), _n(RDF, "predicate"), _n(RDF, "object")
LABEL = _n(RDFS, "label")
ALT_LABEL = _n(SKOS, "altLabel")
XSD_DATE, XSD_DATETIME = _n(XSD, "date"), _n(XSD, "dateTime")
XSD_GYEAR, XSD_DECIMAL, XSD_INTEGER = _n(XSD, "gYear"), _n(XSD, "decimal"), _n(XSD, "integer")

ORG_MEMBERSHIP, ORG_MEMBER = _n(ORG, "Membership"), _n(ORG, "member")
ORG_HAS_MEMBER = _n(ORG, "hasMember")
ORG_ORGANIZATION, ORG_ROLE = _n(ORG, "organization"), _n(ORG, "role")
ORG_MEMBER_DURING, ORG_UNIT_OF = _n(ORG, "memberDuring"), _n(ORG, "unitOf")

PROV_ENTITY, PROV_ACTIVITY = _n(PROV, "Entity"), _n(PROV, "Activity")
PROV_DERIVED, PROV_GENERATED_AT = _n(PROV, "wasDerivedFrom"), _n(PROV, "generatedAtTime")
PROV_GENERATED_BY, PROV_STARTED, PROV_ENDED = (
    _n(PROV, "wasGeneratedBy"),
    _n(PROV, "startedAtTime"),
    _n(PROV, "endedAtTime"),
)

TIME_INTERVAL, TIME_INSTANT = _n(TIME, "Interval"), _n(TIME, "Instant")
TIME_BEGINNING, TIME_END, TIME_IN_DATE = (
    _n(TIME, "hasBeginning"),
    _n(TIME, "hasEnd"),
    _n(TIME, "inXSDDate"),
)
SKOS_CONCEPT, SKOS_IN_SCHEME = _n(SKOS, "Concept"), _n(SKOS, "inScheme")


@cache  # a few dozen terms, asked for millions of times by a build
def amb(local: str) -> NamedNode:
    return NamedNode(ONTOLOGY + local)


COMUNE, AMBITO, OFFICE, PLAN = amb("Comune"), amb("AmbitoTerritoriale"), amb("UfficioDiPiano"), amb("PianoDiZona")
ATS, ASST, PERSON = amb("ATS"), amb("ASST"), amb("Person")
SOURCE_PAGE, REGISTRY, CLAIM = amb("SourcePage"), amb("RegistrySnapshot"), amb("Claim")
CAPOFILA_ROLE, MEMBER_ROLE = amb("CapofilaRole"), amb("MemberRole")

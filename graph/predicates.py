"""One registry of what claims say: each predicate and each kind of entity, listed once.

The extract stage (crawler/extraction/claims.py) names a predicate by a short string; everything
the graph does with it is read here: its IRI, how many values the consolidated graph keeps
(graph/build.py's rules), the datatype of a literal object, whether it is a fact of the history
graph (graph/history.py) and how `ambiti diff` reports a change of it (graph/diff.py). A claim
with a predicate or an entity kind missing here stops the build with an error naming it,
instead of minting an IRI nobody documented.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, StrEnum

from pyoxigraph import NamedNode

from graph import iris
from graph import vocab as v


class Cardinality(Enum):
    """How the consolidated graph resolves a subject's claims of one predicate (graph/build.py)."""

    NAME = "name"  # rule 3: one rdfs:label, the other spellings as skos:altLabel
    ONE = "one"  # rule 2: the best claim wins
    MANY = "many"  # rule 4: the union of all claims


class Value(Enum):
    """What the object of a claim becomes in RDF."""

    ENTITY = "entity"  # an EntityRef: the IRI of its kind
    TEXT = "text"  # a plain literal
    DATE = "date"  # an xsd:date literal
    IRI = "iri"  # the value itself is an IRI (a website, a document)


class Diff(Enum):
    """The section of `ambiti diff` that reports a change of the predicate."""

    MEMBERSHIP = "membership"
    CAPOFILA = "capofila"
    CONTACT = "contact"
    PLAN = "plan"
    PLAN_DATE = "plan date"


@dataclass(frozen=True)
class Predicate:
    name: str
    iri: NamedNode
    cardinality: Cardinality
    value: Value
    history: bool  # an amb:Observation records when crawls saw each of its resolved facts
    diff: Diff | None = None


def _amb(
    name: str, cardinality: Cardinality, value: Value, history: bool = True, diff: Diff | None = None
) -> Predicate:
    return Predicate(name, v.amb(name), cardinality, value, history, diff)


ONE, MANY = Cardinality.ONE, Cardinality.MANY
ENTITY, TEXT, DATE, IRI = Value.ENTITY, Value.TEXT, Value.DATE, Value.IRI

# the contact predicates are in the order `ambiti diff` reports them
PREDICATES: dict[str, Predicate] = {
    p.name: p
    for p in (
        Predicate("label", v.LABEL, Cardinality.NAME, TEXT, history=False),
        Predicate("member", v.ORG_HAS_MEMBER, MANY, ENTITY, history=True, diff=Diff.MEMBERSHIP),
        _amb("capofila", ONE, ENTITY, diff=Diff.CAPOFILA),
        _amb("ats", ONE, ENTITY),
        _amb("asst", ONE, ENTITY),
        _amb("phone", MANY, TEXT, diff=Diff.CONTACT),
        _amb("fax", MANY, TEXT, diff=Diff.CONTACT),
        _amb("email", MANY, TEXT, diff=Diff.CONTACT),
        _amb("pec", MANY, TEXT, diff=Diff.CONTACT),
        _amb("website", ONE, IRI, diff=Diff.CONTACT),
        _amb("streetAddress", ONE, TEXT, diff=Diff.CONTACT),
        _amb("postalCode", ONE, TEXT, diff=Diff.CONTACT),
        _amb("responsible", ONE, ENTITY, diff=Diff.CONTACT),
        _amb("addressMunicipality", ONE, ENTITY),
        _amb("hasPlan", MANY, ENTITY, diff=Diff.PLAN),
        _amb("approvedOn", ONE, DATE, diff=Diff.PLAN_DATE),
        _amb("extendedUntil", ONE, DATE, diff=Diff.PLAN_DATE),
        _amb("document", MANY, IRI, history=False),
        _amb("partnerOf", MANY, ENTITY),
        _amb("interventionArea", MANY, ENTITY),
        _amb("hasUfficioDiPiano", MANY, ENTITY),
    )
}

HISTORY_IRIS = frozenset(p.iri.value for p in PREDICATES.values() if p.history)


def predicate_of(name: str) -> Predicate:
    try:
        return PREDICATES[name]
    except KeyError:
        raise ValueError(f"unknown predicate {name!r}: add it to graph/predicates.py") from None


def names_in(section: Diff) -> list[str]:
    """The predicates `ambiti diff` reports in one section, in the registry's order."""
    return [p.name for p in PREDICATES.values() if p.diff is section]


class Kind(StrEnum):
    """The kinds of entity a claim can name (EntityRef.kind)."""

    COMUNE = "comune"
    AMBITO = "ambito"
    OFFICE = "office"
    PLAN = "plan"
    ATS = "ats"
    ASST = "asst"
    PERSON = "person"
    AREA = "area"


@dataclass(frozen=True)
class EntityKind:
    iri: Callable[[str], NamedNode]  # the entity's IRI from its key
    rdf_class: NamedNode | None  # typed in the consolidated graph (a comune is typed by the registry)
    key_is_name: bool = False  # the key is the entity's name, which becomes its rdfs:label


def plan_iri(key: str) -> NamedNode:
    """ "azzate/2021-2023" -> the plan's IRI."""
    ambito_key, start, end = plan_period(key)
    return iris.plan(ambito_key, start, end)


def plan_period(key: str) -> tuple[str, int, int]:
    """ "azzate/2021-2023" -> ("azzate", 2021, 2023)."""
    ambito_key, period = key.rsplit("/", 1)
    start, end = period.split("-")
    return ambito_key, int(start), int(end)


KINDS: dict[Kind, EntityKind] = {
    Kind.COMUNE: EntityKind(iris.comune, None),
    Kind.AMBITO: EntityKind(iris.ambito, v.AMBITO),
    Kind.OFFICE: EntityKind(iris.office, v.OFFICE),
    Kind.PLAN: EntityKind(plan_iri, v.PLAN),
    Kind.ATS: EntityKind(lambda name: iris.health_body("ats", name), v.ATS, key_is_name=True),
    Kind.ASST: EntityKind(lambda name: iris.health_body("asst", name), v.ASST, key_is_name=True),
    Kind.PERSON: EntityKind(iris.person, v.PERSON, key_is_name=True),
    Kind.AREA: EntityKind(iris.area, None),
}


def kind_of(name: str) -> EntityKind:
    try:
        return KINDS[Kind(name)]
    except ValueError:
        raise ValueError(f"unknown entity kind {name!r}: add it to graph/predicates.py") from None

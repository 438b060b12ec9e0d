"""The predicate registry (graph/predicates.py) is the one list: every predicate and entity kind the
extract stage emits is in it, nothing in it is unused, and the build refuses what is not in it."""

from __future__ import annotations

import pytest
from pyoxigraph import NamedNode

from crawler.extraction.claims import facts_to_claims
from crawler.records import Address, AmbitoFacts, ComuneFacts, Contacts, EntityRef, PageFacts, PlanFacts
from graph import iris
from graph import vocab as v
from graph.build import entity, literal_for, predicate_iri
from graph.predicates import HISTORY_IRIS, KINDS, PREDICATES, Cardinality, Diff, Kind, Value, names_in


def _every_fact() -> PageFacts:
    """A page that states one of everything the extractor can find (Azzate's facts)."""
    office = Contacts(
        address=Address("Via Vittorio Veneto 4", "21022", "012006"),
        phones=["+390332456111"],
        fax=["+390332456112"],
        emails=["ufficio.piano@example.org"],
        pec=["ambito@pec.example.org"],
        website="http://127.0.0.1/ambito-azzate/",
        responsible="Maria Rossi",
    )
    ambito = AmbitoFacts(
        name="Ambito territoriale di Azzate",
        capofila="012006",
        capofila_basis="stated",
        members=["012006", "012013"],
        ats="ATS Insubria",
        asst="ASST Sette Laghi",
        plans=[PlanFacts(2021, 2023, "2021-12-20", "2024-12-31", ["http://127.0.0.1/piano.pdf"])],
        intervention_areas=["A"],
        partner_ambiti=["Arcisate"],
        ufficio_di_piano=office,
    )
    comune = ComuneFacts("012006", Contacts(phones=["+390332456000"]))
    return PageFacts(url="http://127.0.0.1/azzate.html", ambiti=[ambito], comuni=[comune])


def test_the_registry_lists_exactly_what_claims_say() -> None:
    claims = facts_to_claims(_every_fact(), "0" * 64)
    assert {c.predicate for c in claims} == set(PREDICATES)
    kinds = {c.subject.kind for c in claims} | {c.object.kind for c in claims if isinstance(c.object, EntityRef)}
    assert kinds == {k.value for k in Kind}
    for claim in claims:  # every claim becomes RDF without an unknown name
        assert predicate_iri(claim.predicate) == PREDICATES[claim.predicate].iri
        entity(claim.subject)


def test_an_unknown_predicate_or_kind_stops_the_build() -> None:
    with pytest.raises(ValueError, match="unknown predicate 'nickname'"):
        predicate_iri("nickname")
    with pytest.raises(ValueError, match="unknown entity kind 'parish'"):
        entity(EntityRef("parish", "x"))


def test_datatypes_and_iris() -> None:
    assert literal_for("approvedOn", "2021-12-20").datatype == v.XSD_DATE
    assert literal_for("website", "http://127.0.0.1/") == NamedNode("http://127.0.0.1/")
    assert literal_for("phone", "+390332456111").datatype.value == v.XSD + "string"
    assert entity(EntityRef("plan", "azzate/2021-2023")) == iris.plan("azzate", 2021, 2023)
    assert entity(EntityRef("ats", "ATS Insubria")) == iris.health_body("ats", "ATS Insubria")
    assert PREDICATES["member"].iri == v.ORG_HAS_MEMBER and PREDICATES["label"].iri == v.LABEL
    assert {p.value for p in PREDICATES.values() if p.cardinality is Cardinality.ONE} >= {Value.DATE, Value.IRI}
    assert set(KINDS) == set(Kind)


def test_history_and_diff_roles() -> None:
    assert v.LABEL.value not in HISTORY_IRIS and v.amb("document").value not in HISTORY_IRIS
    assert v.ORG_HAS_MEMBER.value in HISTORY_IRIS and v.amb("capofila").value in HISTORY_IRIS
    assert names_in(Diff.CONTACT) == [
        "phone", "fax", "email", "pec", "website", "streetAddress", "postalCode", "responsible",
    ]  # fmt: skip
    assert names_in(Diff.PLAN_DATE) == ["approvedOn", "extendedUntil"]

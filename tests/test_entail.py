"""graph/entail.py: the RDFS entailments of the schema, written where the shapes read them."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph

from graph.entail import ENTAILED, Schema, add_entailments
from graph.validate import schema

EX = "http://example.org/"
ONTOLOGY = f"""
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <{EX}> .
ex:Capoluogo rdfs:subClassOf ex:Comune . ex:Comune rdfs:subClassOf ex:Ente .
ex:leads rdfs:subPropertyOf ex:memberOf . ex:memberOf rdfs:domain ex:Comune ; rdfs:range ex:Ambito .
ex:name rdfs:domain ex:Ente ; rdfs:range ex:Text .
"""


def entailed(*triples: tuple[str, str, ox.NamedNode | ox.Literal]) -> set[tuple[str, str, str]]:
    store = ox.Store()
    store.extend(ox.Quad(ox.NamedNode(EX + s), ox.NamedNode(p), o, ox.NamedNode(EX + "g")) for s, p, o in triples)
    add_entailments(store, Schema.of(Graph().parse(data=ONTOLOGY, format="turtle")))
    quads = store.quads_for_pattern(None, None, None, ENTAILED)
    return {(q.subject.value, q.predicate.value, q.object.value) for q in quads}


def test_types_from_subclasses_domains_ranges_and_statements_of_super_properties() -> None:
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    found = entailed(
        ("milano", rdf_type, ox.NamedNode(EX + "Capoluogo")),
        ("rho", EX + "leads", ox.NamedNode(EX + "rhodense")),
        ("rho", EX + "name", ox.Literal("Rho")),
    )
    assert found == {
        (EX + "milano", rdf_type, EX + "Comune"),
        (EX + "milano", rdf_type, EX + "Ente"),
        (EX + "rho", EX + "memberOf", EX + "rhodense"),
        (EX + "rho", rdf_type, EX + "Comune"),
        (EX + "rho", rdf_type, EX + "Ente"),
        (EX + "rhodense", rdf_type, EX + "Ambito"),
    }  # a literal gets no type from a range; what is stated already is not written again


def test_the_project_schema_gives_a_comune_its_superclasses() -> None:
    comune = schema().supers["https://w3id.org/ambiti/ontology#Comune"]
    assert {"http://www.w3.org/ns/org#Organization", "http://schema.org/GovernmentOrganization"} <= comune

"""What each HTML page shows, read through the `Store` interface (one small query per block).

Queries bind the page's thing as a parameter (a VALUES block, graph/sparql_params.py), never by
pasting text. The overview depends on the whole graph, so it is computed once per store (the
caller keys its cache on the store's swap generation).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from graph import iris
from graph.query import find_query, run
from graph.store_api import Store, Term

PREFIXES = """PREFIX amb: <https://w3id.org/ambiti/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX time: <http://www.w3.org/2006/time#>
"""
CONSOLIDATED = f"<{iris.consolidated().value}>"
HISTORY = f"<{iris.history().value}>"
REGISTRY = f"<{iris.registry('istat-comuni-lombardia').value}>"
FIRST_CRAWL = (
    "{ SELECT (MIN(?t0) AS ?first_crawl) WHERE { GRAPH ?c0 { ?c0 a prov:Activity ; prov:startedAtTime ?t0 } } }"
)
# LATERAL: looked up per row (as a plain OPTIONAL, Oxigraph joined every label of the graph)
LABEL = f"""LATERAL {{ OPTIONAL {{ GRAPH {REGISTRY} {{ ?o rdfs:label ?l1 }} }} }}
  LATERAL {{ OPTIONAL {{ GRAPH {CONSOLIDATED} {{ ?o rdfs:label ?l2 }} }} }}
  BIND(COALESCE(?l1, ?l2) AS ?object_label)"""

Row = dict[str, Any]


def rows(store: Store, sparql: str, **bindings: Term) -> list[Row]:
    result = store.query(PREFIXES + sparql, bindings or None)
    return [dict(zip(result.variables, row, strict=True)) for row in result.rows]


def text(term: Term | None) -> str:
    return "" if term is None else term.value


# overview ------------------------------------------------------------------------------------
AMBITI = f"""
SELECT ?a ?name (COUNT(DISTINCT ?c) AS ?members) (COUNT(DISTINCT ?cap) AS ?capofile)
       (SAMPLE(?cap_name) AS ?capofila) (SAMPLE(?cap) AS ?capofila_iri) (SAMPLE(?ats_name) AS ?ats)
       (SAMPLE(?asst_name) AS ?asst) (COUNT(DISTINCT ?outside) AS ?capofila_outside)
WHERE {{ GRAPH {CONSOLIDATED} {{
  ?a a amb:AmbitoTerritoriale ; rdfs:label ?name .
  OPTIONAL {{ ?a org:hasMember ?c }}
  OPTIONAL {{ ?a amb:capofila ?cap . ?cap rdfs:label ?cap_name }}
  OPTIONAL {{ ?a amb:capofila ?outside FILTER NOT EXISTS {{ ?a org:hasMember ?outside }} }}
  OPTIONAL {{ ?a amb:ats/rdfs:label ?ats_name }}
  OPTIONAL {{ ?a amb:asst/rdfs:label ?asst_name }}
}} }}
GROUP BY ?a ?name ORDER BY ?name"""

# LATERAL: each ambito's page graphs come from its own SPOG entries (a plain join scanned every
# quad of every page graph: 23 s on a 52-crawl Lombardy graph, now well under a second)
SEEN = f"""
SELECT ?a (MAX(?fetched) AS ?last_fetched) (MAX(?updated) AS ?page_updated) WHERE {{
  GRAPH {CONSOLIDATED} {{ ?a a amb:AmbitoTerritoriale }}
  LATERAL {{ SELECT DISTINCT ?a ?g WHERE {{ GRAPH ?g {{ ?a ?p ?o }} }} }}
  GRAPH ?g {{ ?g amb:lastFetched ?fetched }}
  LATERAL {{ OPTIONAL {{ GRAPH ?g {{ ?g amb:pageUpdatedOn ?updated }} }} }}
}} GROUP BY ?a"""

LAST_CHANGE = f"""
SELECT ?a (MAX(?t) AS ?changed) WHERE {{
  {FIRST_CRAWL}
  GRAPH {CONSOLIDATED} {{ ?a a amb:AmbitoTerritoriale }}
  LATERAL {{
    {{ GRAPH {HISTORY} {{ ?obs rdf:subject ?a ; amb:firstSeen ?t }} FILTER(?t > ?first_crawl) }}
    UNION {{ GRAPH {HISTORY} {{ ?obs rdf:subject ?a ; amb:goneSince ?t }} }}
  }}
}} GROUP BY ?a"""

LATEST_CRAWL = f"""
SELECT ?crawl ?started WHERE {{
  GRAPH {CONSOLIDATED} {{ {CONSOLIDATED} prov:wasGeneratedBy ?crawl }}
  GRAPH ?crawl {{ ?crawl prov:startedAtTime ?started }}
}}"""


@dataclass
class Overview:
    ambiti: list[Row]
    uncovered: list[Row]
    crawls: list[Row]
    latest_crawl: Row = field(default_factory=dict)


def checks(row: Row) -> list[str]:
    """Cheap consistency checks shown as the ambito's validation state (SHACL: `ambiti validate`)."""
    problems = []
    if int(text(row.get("members")) or 0) == 0:
        problems.append("no members")
    capofile = int(text(row.get("capofile")) or 0)
    if capofile == 0:
        problems.append("no capofila")
    elif capofile > 1:
        problems.append(f"{capofile} capofila")
    if int(text(row.get("capofila_outside")) or 0):
        problems.append("capofila not a member")
    return problems


def overview(store: Store) -> Overview:
    ambiti = rows(store, AMBITI)
    seen = {text(r["a"]): r for r in rows(store, SEEN)}
    changed = {text(r["a"]): r["changed"] for r in rows(store, LAST_CHANGE)}
    latest = rows(store, LATEST_CRAWL)
    latest_start = text(latest[0]["started"]) if latest else ""
    for row in ambiti:
        key = text(row["a"])
        row["last_fetched"] = seen.get(key, {}).get("last_fetched")
        row["page_updated"] = seen.get(key, {}).get("page_updated")
        row["changed"] = changed.get(key)
        row["fresh"] = bool(latest_start) and text(row["last_fetched"]) >= latest_start
        row["problems"] = checks(row)
    uncovered = _library_rows(store, "comuni-without-ambito")
    crawls = _library_rows(store, "crawl-summary")
    return Overview(ambiti, uncovered, crawls, latest[0] if latest else {})


def _library_rows(store: Store, name: str, **params: str) -> list[Row]:
    result = run(store, find_query(name), params)
    return [dict(zip(result.variables, row, strict=True)) for row in result.rows]


# one ambito ----------------------------------------------------------------------------------
AMBITO_HEAD = f"""
SELECT ?name ?ats ?asst (GROUP_CONCAT(DISTINCT ?alt; SEPARATOR=" · ") AS ?also_called) WHERE {{
  GRAPH {CONSOLIDATED} {{
    ?a a amb:AmbitoTerritoriale ; rdfs:label ?name .
    OPTIONAL {{ ?a skos:altLabel ?alt }}
    OPTIONAL {{ ?a amb:ats/rdfs:label ?ats }}
    OPTIONAL {{ ?a amb:asst/rdfs:label ?asst }}
  }}
}} GROUP BY ?name ?ats ?asst"""

MEMBERS = f"""
SELECT ?c ?comune ?istat ?role (MIN(?from) AS ?since) WHERE {{
  GRAPH {CONSOLIDATED} {{
    ?m a org:Membership ; org:organization ?a ; org:member ?c ; org:role ?r .
    ?c rdfs:label ?comune ; amb:istatCode ?istat .
  }}
  OPTIONAL {{ GRAPH {HISTORY} {{
    ?h org:organization ?a ; org:member ?c ; org:memberDuring/time:hasBeginning/time:inXSDDate ?from }} }}
  BIND(IF(?r = amb:CapofilaRole, "capofila", "member") AS ?role)
}} GROUP BY ?c ?comune ?istat ?role ORDER BY ?role ?comune"""  # "capofila" before "member"

PARTNERS = f"""
SELECT ?partner ?name WHERE {{ GRAPH {CONSOLIDATED} {{ ?a amb:partnerOf ?partner . ?partner rdfs:label ?name }} }}
ORDER BY ?name"""

OFFICE = f"""
SELECT ?kind ?value WHERE {{ GRAPH {CONSOLIDATED} {{
  ?office org:unitOf ?a .
  {{ ?office ?p ?v
     FILTER(?p IN (amb:phone, amb:fax, amb:email, amb:pec, amb:streetAddress, amb:postalCode, amb:website))
     BIND(STRAFTER(STR(?p), "#") AS ?kind) }}
  UNION {{ ?office amb:responsible/rdfs:label ?v BIND("responsible" AS ?kind) }}
  BIND(STR(?v) AS ?value)
}} }} ORDER BY ?kind ?value"""

PLANS = f"""
SELECT ?plan ?start_year ?end_year ?approved_on ?extended_until ?document WHERE {{ GRAPH {CONSOLIDATED} {{
  ?a amb:hasPlan ?plan . ?plan amb:startYear ?start_year ; amb:endYear ?end_year .
  OPTIONAL {{ ?plan amb:approvedOn ?approved_on }}
  OPTIONAL {{ ?plan amb:extendedUntil ?extended_until }}
  OPTIONAL {{ ?plan amb:document ?document }}
}} }} ORDER BY ?start_year ?end_year"""

# LATERAL (Oxigraph's SPARQL 1.2 extension): the page graphs are looked up per subject, from its
# SPOG index; as a plain join Oxigraph scanned every page graph (2.5 s on a 52-crawl Lombardy graph)
FACTS = f"""
SELECT ?s ?p ?o ?object_label ?g ?url ?fetched ?extractor WHERE {{
  {{ SELECT ?s WHERE {{
    {{ BIND(?a AS ?s) }}
    UNION {{ GRAPH {CONSOLIDATED} {{ ?s org:unitOf ?a }} }}
    UNION {{ GRAPH {CONSOLIDATED} {{ ?s amb:ofAmbito ?a }} }}
  }} }}
  LATERAL {{ GRAPH ?g {{ ?s ?p ?o }} }}
  GRAPH ?g {{ ?g amb:finalUrl ?url ; amb:lastFetched ?fetched }}
  LATERAL {{ OPTIONAL {{ GRAPH ?g {{ ?g amb:extractor ?extractor }} }} }}
  {LABEL}
}} LIMIT 2000"""  # sorted in Python: Oxigraph's ORDER BY costs a third of this query

CHANGES = f"""
SELECT ?p ?o ?object_label ?first_seen ?gone_since WHERE {{
  {FIRST_CRAWL}
  GRAPH {HISTORY} {{
    ?obs rdf:subject ?a ; rdf:predicate ?p ; rdf:object ?o ; amb:firstSeen ?first_seen .
    OPTIONAL {{ ?obs amb:goneSince ?gone_since }}
  }}
  FILTER(?first_seen > ?first_crawl || BOUND(?gone_since))
  {LABEL}
}} ORDER BY DESC(COALESCE(?gone_since, ?first_seen)) ?p ?o"""


def _facts(store: Store, a: Term) -> list[Row]:
    """By property, value and subject; for one fact the latest fetch first (two stable sorts)."""
    found = sorted(rows(store, FACTS, a=a), key=lambda r: text(r["fetched"]), reverse=True)
    return sorted(found, key=lambda r: (text(r["p"]), text(r["o"]), text(r["s"])))


Block = str | Callable[[Store, Term], list[Row]]


def _page(store: Store, iri: str, var: str, head: str, blocks: dict[str, Block]) -> Row | None:
    """The head query's row (None when the graph does not know the IRI) and every block's rows."""
    term = Term.iri(iri)
    found = rows(store, head, **{var: term})
    if not found:
        return None
    out = {**found[0], "iri": iri}
    for key, block in blocks.items():
        out[key] = block(store, term) if callable(block) else rows(store, block, **{var: term})
    return out


def ambito(store: Store, iri: str) -> Row | None:
    blocks: dict[str, Block] = {"members": MEMBERS, "partners": PARTNERS, "office": OFFICE, "plans": PLANS}
    return _page(store, iri, "a", AMBITO_HEAD, {**blocks, "facts": _facts, "changes": CHANGES})


# one comune ----------------------------------------------------------------------------------
COMUNE_HEAD = f"""
SELECT ?name ?istat ?province WHERE {{ GRAPH {REGISTRY} {{
  ?c rdfs:label ?name ; amb:istatCode ?istat . OPTIONAL {{ ?c amb:provinceCode ?province }} }} }}"""

COMUNE_AMBITI = f"""
SELECT ?a ?name ?role WHERE {{ GRAPH {CONSOLIDATED} {{
  ?m a org:Membership ; org:member ?c ; org:organization ?a ; org:role ?r . ?a rdfs:label ?name }}
  BIND(IF(?r = amb:CapofilaRole, "capofila", "member") AS ?role)
}} ORDER BY ?name"""

COMUNE_HISTORY = f"""
SELECT ?a ?name ?from ?until WHERE {{
  GRAPH {HISTORY} {{
    ?m org:member ?c ; org:organization ?a ; org:memberDuring ?i . ?i time:hasBeginning/time:inXSDDate ?from .
    OPTIONAL {{ ?i time:hasEnd/time:inXSDDate ?until }}
  }}
  OPTIONAL {{ GRAPH {CONSOLIDATED} {{ ?a rdfs:label ?name }} }}
}} ORDER BY ?from ?name"""


def comune(store: Store, iri: str) -> Row | None:
    return _page(store, iri, "c", COMUNE_HEAD, {"ambiti": COMUNE_AMBITI, "history": COMUNE_HISTORY})


# one source page -----------------------------------------------------------------------------
SOURCE_HEAD = """
SELECT ?url ?final_url ?first_fetched ?last_fetched ?updated ?extractor ?content_type ?sha256 WHERE { GRAPH ?g {
  ?g a amb:SourcePage ; prov:wasDerivedFrom ?url .
  OPTIONAL { ?g amb:finalUrl ?final_url } OPTIONAL { ?g prov:generatedAtTime ?first_fetched }
  OPTIONAL { ?g amb:lastFetched ?last_fetched } OPTIONAL { ?g amb:pageUpdatedOn ?updated }
  OPTIONAL { ?g amb:extractor ?extractor } OPTIONAL { ?g amb:contentType ?content_type }
  OPTIONAL { ?g amb:sha256 ?sha256 }
} } LIMIT 1"""

SOURCE_CRAWLS = """
SELECT ?crawl ?started WHERE {
  GRAPH ?g { ?g prov:wasGeneratedBy ?crawl } GRAPH ?crawl { ?crawl prov:startedAtTime ?started }
}
ORDER BY ?started"""

SOURCE_FACTS = f"""
SELECT ?s ?subject_label ?p ?o ?object_label WHERE {{
  GRAPH ?g {{ ?s ?p ?o FILTER(?s != ?g) FILTER NOT EXISTS {{ ?s rdf:subject ?x }} }}
  OPTIONAL {{ GRAPH {CONSOLIDATED} {{ ?s rdfs:label ?subject_label }} }}
  {LABEL}
}} ORDER BY ?s ?p ?o LIMIT 2000"""


def source(store: Store, iri: str) -> Row | None:
    return _page(store, iri, "g", SOURCE_HEAD, {"crawls": SOURCE_CRAWLS, "facts": SOURCE_FACTS})


# anything else with an IRI (ATS, office, plan, person, crawl ...) ----------------------------
THING = f"""
SELECT ?p ?o ?object_label WHERE {{
  GRAPH ?g {{ ?s ?p ?o }} FILTER(?g = {CONSOLIDATED} || ?g = ?s)
  {LABEL}
}} ORDER BY ?p ?o LIMIT 2000"""

INBOUND = f"""
SELECT ?s ?p ?subject_label WHERE {{
  GRAPH {CONSOLIDATED} {{ ?s ?p ?o OPTIONAL {{ ?s rdfs:label ?subject_label }} }}
}} ORDER BY ?p ?s LIMIT 500"""


def thing(store: Store, iri: str) -> Row | None:
    s = Term.iri(iri)
    out = rows(store, THING, s=s)
    if not out:
        return None
    label = next((text(r["o"]) for r in out if text(r["p"]).endswith("#label")), iri.rsplit("/", 1)[-1])
    return {"iri": iri, "label": label, "triples": out, "inbound": rows(store, INBOUND, o=s)}


DESCRIBE = f"""
CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g = {CONSOLIDATED} || ?g = ?s) }}"""

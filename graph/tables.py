"""The five core CSV tables of DESIGN.md, read from the consolidated graph of any store.

Columns are a stable contract with users and external checks: change them only with a new
data format version.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict

from graph import iris
from graph.store_api import Store, Term

TABLES: dict[str, list[str]] = {
    "comuni.csv": ["istat", "name", "province", "website", "pec"],
    "ambiti.csv": ["ambito_id", "name", "capofila_istat", "capofila_name", "ats", "asst", "website"],
    "members.csv": [
        "ambito_id",
        "comune_istat",
        "comune_name",
        "role",
        "valid_from",
        "valid_to",
        "source_url",
    ],
    "contacts.csv": ["subject_id", "kind", "value", "raw", "source_url"],
    "plans.csv": ["ambito_id", "start_year", "end_year", "approved_on", "extended_until", "source_url"],
}

PREFIXES = f"""PREFIX amb: <{iris.ONTOLOGY}>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
CONSOLIDATED = f"<{iris.consolidated().value}>"

SOURCES = f"""SELECT ?s ?p ?o ?url ?evidence WHERE {{
  GRAPH {CONSOLIDATED} {{ ?c a amb:AcceptedClaim }}
  GRAPH ?g {{ ?c rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; amb:evidence ?evidence .
             ?g prov:wasDerivedFrom ?url }}
}}"""


def local_id(iri: Term | None) -> str:
    """ "https://w3id.org/ambiti/id/ambito/azzate" -> "ambito/azzate"."""
    if iri is None:
        return ""
    return iri.value.split("/id/", 1)[-1]


def _rows(store: Store, sparql: str) -> list[dict[str, Term | None]]:
    result = store.query(PREFIXES + sparql)
    return [dict(zip(result.variables, row, strict=True)) for row in result.rows]


def _s(term: Term | None) -> str:
    return "" if term is None else term.value


def sources(store: Store) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(s, p, o) of each accepted fact -> (first source URL, its evidence)."""
    out: dict[tuple[str, str, str], tuple[str, str]] = {}
    for row in _rows(store, SOURCES):
        key = (_s(row["s"]), _s(row["p"]), _s(row["o"]))
        cand = (_s(row["url"]), _s(row["evidence"]))
        if key not in out or cand < out[key]:
            out[key] = cand
    return out


def tables(store: Store) -> dict[str, list[list[str]]]:
    src = sources(store)
    amb = iris.ONTOLOGY
    out: dict[str, list[list[str]]] = {}

    extra: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in _rows(
        store,
        f"""SELECT ?c ?p ?v WHERE {{ GRAPH {CONSOLIDATED} {{
        ?c a amb:Comune ; ?p ?v . FILTER(?p IN (amb:website, amb:pec)) }} }}""",
    ):
        extra[_s(row["c"])][_s(row["p"]).rsplit("#", 1)[-1]].append(_s(row["v"]))
    comuni = _rows(
        store,
        f"""SELECT ?c ?istat ?name ?prov WHERE {{ GRAPH {CONSOLIDATED} {{
        ?c a amb:Comune ; amb:istatCode ?istat ; rdfs:label ?name ; amb:provinceCode ?prov }} }}""",
    )
    out["comuni.csv"] = sorted(
        [
            _s(r["istat"]),
            _s(r["name"]),
            _s(r["prov"]),
            ";".join(sorted(extra[_s(r["c"])]["website"])),
            ";".join(sorted(extra[_s(r["c"])]["pec"])),
        ]
        for r in comuni
    )

    ambiti = _rows(
        store,
        f"""SELECT ?a ?name ?cap ?capname ?ats ?asst ?web WHERE {{
        GRAPH {CONSOLIDATED} {{ ?a a amb:AmbitoTerritoriale ; rdfs:label ?name .
        OPTIONAL {{ ?a amb:capofila ?cap . ?cap rdfs:label ?capname }}
        OPTIONAL {{ ?a amb:ats/rdfs:label ?ats }} OPTIONAL {{ ?a amb:asst/rdfs:label ?asst }}
        OPTIONAL {{ ?a amb:website ?web }} }} }}""",
    )
    out["ambiti.csv"] = sorted(
        [
            local_id(r["a"]).split("/", 1)[-1],
            _s(r["name"]),
            _s(r["cap"]).rsplit("/", 1)[-1] if r["cap"] else "",
            _s(r["capname"]),
            _s(r["ats"]),
            _s(r["asst"]),
            _s(r["web"]),
        ]
        for r in ambiti
    )

    members = _rows(
        store,
        f"""SELECT ?a ?c ?istat ?name ?role WHERE {{ GRAPH {CONSOLIDATED} {{
        ?m a org:Membership ; org:organization ?a ; org:member ?c ; org:role ?role .
        ?c amb:istatCode ?istat ; rdfs:label ?name }} }}""",
    )
    out["members.csv"] = sorted(
        [
            local_id(r["a"]).split("/", 1)[-1],
            _s(r["istat"]),
            _s(r["name"]),
            "capofila" if _s(r["role"]).endswith("CapofilaRole") else "member",
            "",
            "",
            src.get((_s(r["a"]), "http://www.w3.org/ns/org#hasMember", _s(r["c"])), ("", ""))[0],
        ]
        for r in members
    )

    kinds = {
        "phone": "phone",
        "fax": "fax",
        "email": "email",
        "pec": "pec",
        "website": "website",
        "streetAddress": "address",
        "responsible": "person",
    }
    contacts = _rows(
        store,
        f"""SELECT ?s ?p ?v ?vlabel WHERE {{ GRAPH {CONSOLIDATED} {{
        ?s ?p ?v . FILTER(?p IN ({", ".join(f"<{amb}{k}>" for k in kinds)}))
        OPTIONAL {{ ?v rdfs:label ?vlabel }} }} }}""",
    )
    out["contacts.csv"] = sorted(
        [
            local_id(r["s"]),
            kinds[_s(r["p"]).rsplit("#", 1)[-1]],
            _s(r["vlabel"]) or _s(r["v"]),
            src.get((_s(r["s"]), _s(r["p"]), _s(r["v"])), ("", ""))[1],
            src.get((_s(r["s"]), _s(r["p"]), _s(r["v"])), ("", ""))[0],
        ]
        for r in contacts
    )

    plans = _rows(
        store,
        f"""SELECT ?a ?plan ?start ?end ?approved ?extended WHERE {{
        GRAPH {CONSOLIDATED} {{ ?plan a amb:PianoDiZona ; amb:ofAmbito ?a ; amb:startYear ?start ;
        amb:endYear ?end . OPTIONAL {{ ?plan amb:approvedOn ?approved }}
        OPTIONAL {{ ?plan amb:extendedUntil ?extended }} }} }}""",
    )
    out["plans.csv"] = sorted(
        [
            local_id(r["a"]).split("/", 1)[-1],
            _s(r["start"]),
            _s(r["end"]),
            _s(r["approved"]),
            _s(r["extended"]),
            src.get((_s(r["a"]), amb + "hasPlan", _s(r["plan"])), ("", ""))[0],
        ]
        for r in plans
    )
    return out


def to_csv(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()

"""The five core CSV tables of DESIGN.md, read from the consolidated graph of any store.

Columns are a stable contract with users and external checks: change them only with a new
data format version. The SPARQL lives in queries/tables/*.rq; this module only shapes rows.
A cell is empty when the graph does not know the value; `EMPTY_MEANS` says what that means per
column, and `gaps` counts the empty cells that a reader should be told about.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict

from graph.query import records
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

# (table, column) -> what an empty cell means; the release README prints these
EMPTY_MEANS: dict[tuple[str, str], str] = {
    ("comuni.csv", "website"): "no crawled page states the comune's website",
    ("comuni.csv", "pec"): "no crawled page states the comune's PEC address",
    ("ambiti.csv", "capofila_istat"): "no page names the capofila (or the ambito is known only by name)",
    ("ambiti.csv", "ats"): "no page names the ATS (or the ambito is known only by name, as a partner)",
    ("ambiti.csv", "asst"): "no page names the ASST",
    ("ambiti.csv", "website"): "no crawled page states a website of the ambito or of its Ufficio di Piano",
    ("members.csv", "valid_from"): "never empty: the day the first crawl that saw the membership ran "
    "(the graph knows nothing before its first crawl)",
    ("members.csv", "valid_to"): "the latest crawl still sees the membership",
    ("plans.csv", "approved_on"): "no page gives the approval date",
    ("plans.csv", "extended_until"): "no page states an extension",
}

CONTACT_KINDS = {
    "phone": "phone",
    "fax": "fax",
    "email": "email",
    "pec": "pec",
    "website": "website",
    "streetAddress": "address",
    "responsible": "person",
}
ORG_HAS_MEMBER = "http://www.w3.org/ns/org#hasMember"
HAS_PLAN = "https://w3id.org/ambiti/ontology#hasPlan"


def local_id(iri: Term | None) -> str:
    """ "https://w3id.org/ambiti/id/ambito/azzate" -> "ambito/azzate"."""
    if iri is None:
        return ""
    return iri.value.split("/id/", 1)[-1]


def key(iri: Term | None) -> str:
    """ "https://w3id.org/ambiti/id/ambito/azzate" -> "azzate" (the last path segment)."""
    return "" if iri is None else iri.value.rsplit("/", 1)[-1]


def _s(term: Term | None) -> str:
    return "" if term is None else term.value


def sources(store: Store) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(s, p, o) of each accepted fact -> (first source URL, its evidence)."""
    out: dict[tuple[str, str, str], tuple[str, str]] = {}
    for row in records(store, "tables/sources"):
        fact = (_s(row["s"]), _s(row["p"]), _s(row["o"]))
        cand = (_s(row["url"]), _s(row["evidence"]))
        if fact not in out or cand < out[fact]:
            out[fact] = cand
    return out


def current_intervals(store: Store) -> dict[tuple[str, str], tuple[str, str]]:
    """(ambito IRI, comune IRI) -> (from, until) of the latest interval the crawls saw it in."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for row in records(store, "tables/membership-intervals"):
        pair, span = (_s(row["a"]), _s(row["c"])), (_s(row["from"]), _s(row["until"]))
        if pair not in out or span[0] > out[pair][0]:
            out[pair] = span
    return out


def tables(store: Store) -> dict[str, list[list[str]]]:
    src = sources(store)

    def source(s: Term | None, p: str, o: Term | None) -> tuple[str, str]:
        return src.get((_s(s), p, _s(o)), ("", ""))

    comuni: dict[tuple[str, str, str], tuple[set[str], set[str]]] = {}
    for r in records(store, "tables/comuni"):
        webs, pecs = comuni.setdefault((_s(r["istat"]), _s(r["name"]), _s(r["province"])), (set(), set()))
        webs.update([_s(r["website"])] if r["website"] else [])
        pecs.update([_s(r["pec"])] if r["pec"] else [])
    out: dict[str, list[list[str]]] = {}
    out["comuni.csv"] = sorted(
        [*c, ";".join(sorted(webs)), ";".join(sorted(pecs))] for c, (webs, pecs) in comuni.items()
    )
    ambiti = {
        (key(r["a"]), _s(r["name"]), key(r["cap"]), _s(r["capname"]), _s(r["ats"]), _s(r["asst"]), _s(r["web"]))
        for r in records(store, "tables/ambiti")
    }
    out["ambiti.csv"] = [list(r) for r in sorted(ambiti)]
    during = current_intervals(store)
    out["members.csv"] = sorted(
        [
            key(r["a"]),
            _s(r["istat"]),
            _s(r["name"]),
            _s(r["role"]),
            *during.get((_s(r["a"]), _s(r["c"])), ("", "")),
            source(r["a"], ORG_HAS_MEMBER, r["c"])[0],
        ]
        for r in records(store, "tables/members")
    )
    out["contacts.csv"] = sorted(
        [
            local_id(r["s"]),
            CONTACT_KINDS[_s(r["p"]).rsplit("#", 1)[-1]],
            _s(r["vlabel"]) or _s(r["v"]),
            source(r["s"], _s(r["p"]), r["v"])[1],
            source(r["s"], _s(r["p"]), r["v"])[0],
        ]
        for r in records(store, "tables/contacts")
    )
    out["plans.csv"] = sorted(
        [
            key(r["a"]),
            _s(r["start"]),
            _s(r["end"]),
            _s(r["approved"]),
            _s(r["extended"]),
            source(r["a"], HAS_PLAN, r["plan"])[0],
        ]
        for r in records(store, "tables/plans")
    )
    return out


def gaps(written: dict[str, list[list[str]]]) -> list[str]:
    """One line per column with empty cells that EMPTY_MEANS explains: "ambiti.csv website: 15 of 15 empty (...)"."""
    lines = []
    for (name, column), meaning in EMPTY_MEANS.items():
        rows = written.get(name, [])
        at = TABLES[name].index(column)
        empty = sum(1 for r in rows if not r[at])
        if empty and column != "valid_to":
            lines.append(f"{name} {column}: {empty} of {len(rows)} empty ({meaning})")
    return lines


def summary(written: dict[str, list[list[str]]]) -> str:
    """ "15 ambiti (1 known only by name), 117 memberships of 116 comuni": counted from the tables."""
    ambiti = {r[0] for r in written["ambiti.csv"]}
    members: dict[str, set[str]] = defaultdict(set)
    for r in written["members.csv"]:
        members[r[0]].add(r[1])
    by_name = len(ambiti - set(members))
    comuni = set().union(*members.values()) if members else set()
    return (
        f"{len(ambiti)} ambiti"
        + (f" ({by_name} known only by name)" if by_name else "")
        + f", {len(written['members.csv'])} memberships of {len(comuni)} comuni"
    )


def to_csv(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()

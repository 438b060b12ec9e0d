"""The query library (queries/*.rq) on real demo graphs, against the demo web's ground truth.

Two data dirs are built once per session (over HTTP on 127.0.0.1, as a user would): `demo` (one
crawl of version 1, via `ambiti demo`) and `recrawled` (version 1, then a recrawl of version 2, for
the history queries). Expected rows come from `crawler/demo/expected.json` and the gold files for
the facts they cover, from the data dir's crawl index and claims for pages and fetch dates, and
from the ISTAT registry; `tests/expected_queries/` holds only stable structural facts.

While the extractor is incomplete, the truth tests of fact queries fail on its gaps (missing
members, capofila, ...): that is intended, they measure what the graph still lacks.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
import warnings
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest
from conftest import ROOT, run_ambiti
from demo_graphs import Dataset

from crawler.extraction.identity import slug
from crawler.reference.comuni import load_comuni
from graph import iris
from graph.build import claim_iri, entity, object_term, predicate_iri
from graph.oxigraph_store import OxigraphStore
from graph.query import QueryError, library, parse_query_file, run, why_empty
from graph.store import open_store
from graph.store_api import QueryResult, Store, Term, from_ox

EXPECTED = json.loads((ROOT / "crawler" / "demo" / "expected.json").read_text(encoding="utf-8"))
GOLD = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "crawler" / "demo" / "gold").glob("*.json"))]
CHECKED_IN = Path(__file__).resolve().parent / "expected_queries"
ID = "https://w3id.org/ambiti/id/"
AMB = "https://w3id.org/ambiti/ontology#"
ORG = "http://www.w3.org/ns/org#"
XSD = "http://www.w3.org/2001/XMLSchema#"
COMUNI = {c.istat: c for c in load_comuni()}
LIBRARY = library()
RUNNABLE = sorted(name for name, q in LIBRARY.items() if q.header.get("offline", "").lower() != "no")
AS_OF = "2025-06-30"


# the data dirs -------------------------------------------------------------------------------
# helpers -------------------------------------------------------------------------------------
def default_params(name: str, ds: Dataset) -> dict[str, str]:
    """Values for the parameters that have no default."""
    latest = {"date": ds.started()[-1][:10]}
    return {"members-on-date": latest, "changes-between-crawls": latest}.get(name, {})


def rows(store: Store, query: str, /, **params: str) -> list[dict[str, str | None]]:
    result = run(store, LIBRARY[query], params)
    return [
        {k: (None if t is None else t.value) for k, t in zip(result.variables, row, strict=True)} for row in result.rows
    ]


def pick(found: list[dict[str, str | None]], *columns: str) -> set[tuple[str | None, ...]]:
    return {tuple(r[c] for c in columns) for r in found}


def assert_same(got: set, want: set) -> None:
    missing, extra = sorted(want - got, key=repr), sorted(got - want, key=repr)
    assert not missing and not extra, f"missing {len(missing)}: {missing[:15]}; unexpected {len(extra)}: {extra[:15]}"


def iri(kind: str, key: str) -> str:
    return f"{ID}{kind}/{key}"


def truth(version: str = "v1") -> dict[str, dict]:
    """ambito key (slug of its place, as the IRIs use it) -> its expected.json entry."""
    return {slug(a["place"]): a for a in EXPECTED[version]["ambiti"]}


def gold_key(name: str) -> str:
    return slug(next(a["place"] for a in EXPECTED["v1"]["ambiti"] if name.endswith(a["place"])))


PARTNERS = {(gold_key(a["name"]), slug(p)) for g in GOLD for a in g["ambiti"] for p in a["partner_ambiti"]}
PARTNER_ONLY = {p for pair in PARTNERS for p in pair} - set(truth())  # ambiti known only by name


def known_ambiti(version: str = "v1") -> set[str]:
    return set(truth(version)) | PARTNER_ONLY


def members_of(a: dict) -> set[str]:
    return set(a["members"]) | ({a["capofila"]} if a["capofila"] else set())


def normalised(result: QueryResult) -> list[tuple]:
    """Rows with xsd:dateTime compared by value (rdflib writes "+00:00" where Oxigraph keeps "Z")."""
    out = []
    for row in result.rows:
        cells = []
        for t in row:
            if t is not None and t.datatype == XSD + "dateTime":
                t = Term.literal(datetime.fromisoformat(t.value.replace("Z", "+00:00")).isoformat(), t.datatype)
            cells.append(t)
        out.append(tuple(cells))
    return sorted(out, key=repr)


# the library itself --------------------------------------------------------------------------
def test_the_library_has_every_query_with_a_full_header() -> None:
    assert len(LIBRARY) >= 17
    for name, q in LIBRARY.items():
        for key in ("title", "question-it", "question-en", "example"):
            assert q.header.get(key), f"{name}: no '# {key}:' header line"
        body = "\n".join(line for line in q.text.splitlines() if not line.startswith("#"))
        assert re.search(r"\bORDER BY\b", body), f"{name}: no ORDER BY"
        assert "DISTINCT" in body or "GRAPH <" in body, f"{name}: neither DISTINCT nor a named graph"
    assert "wikidata-comuni" not in RUNNABLE and "SERVICE <https://query.wikidata.org/sparql>" in (
        LIBRARY["wikidata-comuni"].text
    )


def test_every_query_parses_including_the_federated_one() -> None:
    from rdflib.plugins.sparql import prepareQuery

    for name, q in LIBRARY.items():
        prepareQuery(q.text)  # raises on a syntax error
        assert parse_query_file(q.path).params == q.params, name


def test_docs_list_every_query() -> None:
    doc = (ROOT / "docs" / "queries.md").read_text(encoding="utf-8")
    for name, q in LIBRARY.items():
        assert f"`{name}`" in doc, f"docs/queries.md does not list {name}"
        for p in q.params:
            assert p.name in doc


@pytest.fixture(scope="module")
def rdflib_store(recrawled: Dataset) -> Store:
    """The recrawled graph in the rdflib backend, opened once for the module (seconds of parsing), with
    rdflib's deprecation warnings as errors: opening it must raise none (graph/rdflib_store.py). Its
    tests share a worker (conftest.py), so it is opened once per run."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        return open_store("rdflib", recrawled.data / "store")


@dataclass(frozen=True)
class RdflibRun:
    """A library query's run on the rdflib store and the deprecation warnings said meanwhile."""

    result: QueryResult
    deprecations: list[str]


@pytest.fixture(scope="module")
def on_rdflib(recrawled: Dataset, rdflib_store: Store) -> Callable[[str], RdflibRun]:
    """Each library query run once on the rdflib store with its default parameters, every deprecation
    warning recorded: the row comparison and the deprecation test read the same run (the library run
    a second time on rdflib cost ~3 s of CPU)."""

    @cache
    def ran(name: str) -> RdflibRun:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", DeprecationWarning)
            result = run(rdflib_store, LIBRARY[name], default_params(name, recrawled))
        return RdflibRun(result, [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)])

    return ran


@pytest.mark.parametrize("name", RUNNABLE)
def test_rdflib_gives_the_same_rows_as_oxigraph(
    name: str, recrawled: Dataset, on_rdflib: Callable[[str], RdflibRun]
) -> None:
    a, b = run(recrawled.ox, LIBRARY[name], default_params(name, recrawled)), on_rdflib(name).result
    assert a.variables == b.variables
    assert normalised(a) == normalised(b)


# facts, from the truth -----------------------------------------------------------------------
def test_ambito_members(demo: Dataset) -> None:
    want = {
        (k, str(len(members_of(a))), "; ".join(sorted(COMUNI[i].name for i in members_of(a))))
        for k, a in truth().items()
    }
    assert_same(pick(rows(demo.ox, "ambito-members"), "ambito", "members", "comuni"), want)


def test_members_of_each_ambito(demo: Dataset) -> None:
    got, want = set(), set()
    for key, a in truth().items():
        found = rows(demo.ox, "members-of-ambito", ambito=iri("ambito", key))
        assert [r["istat"] for r in found] == sorted(r["istat"] for r in found)
        got |= {(key, *t) for t in pick(found, "istat", "comune", "province", "role")}
        want |= {
            (key, i, COMUNI[i].name, COMUNI[i].province, "capofila" if i == a["capofila"] else "member")
            for i in members_of(a)
        }
    assert_same(got, want)


def test_ambito_of_each_member_comune(demo: Dataset) -> None:
    got, want = set(), set()
    for key, a in truth().items():
        for istat in members_of(a):
            found = rows(demo.ox, "ambito-of-comune", comune=iri("comune", istat))
            got |= {(istat, *t) for t in pick(found, "ambito", "role", "ats", "asst")}
            want.add((istat, key, "capofila" if istat == a["capofila"] else "member", a["ats"], a["asst"]))
    assert_same(got, want)


def test_capofila_per_ambito_with_a_page_that_says_so(demo: Dataset) -> None:
    found = rows(demo.ox, "capofila-per-ambito")
    want = {(k, truth()[k]["capofila"] if k in truth() else None) for k in known_ambiti()}
    want = {(k, c, COMUNI[c].name if c else None) for k, c in want}
    assert_same(pick(found, "ambito", "capofila_istat", "capofila"), want)
    stating = defaultdict(set)  # (ambito, capofila) -> gold pages that state it
    for g in GOLD:
        for a in g["ambiti"]:
            if a["capofila"]:
                stating[(gold_key(a["name"]), a["capofila"])].add(g["page"])
    for r in found:
        if r["capofila_istat"]:
            assert r["source"] and "/" + r["source"].split("/", 3)[3] in stating[(r["ambito"], r["capofila_istat"])], r


def test_comuni_without_ambito_is_the_registry_minus_the_members(demo: Dataset) -> None:
    covered = set().union(*(members_of(a) for a in truth().values()))
    want = {(c.istat, c.name, c.province) for c in COMUNI.values() if c.istat not in covered}
    found = rows(demo.ox, "comuni-without-ambito")
    assert [r["istat"] for r in found] == sorted(r["istat"] for r in found)
    assert_same(pick(found, "istat", "comune", "province"), want)


def test_province_coverage(demo: Dataset) -> None:
    registry = json.loads((CHECKED_IN / "province-coverage.json").read_text(encoding="utf-8"))
    counts = defaultdict(int)
    for a in truth().values():
        for istat in members_of(a):
            counts[COMUNI[istat].province] += 1
    want = {(r["province"], r["comuni"], str(counts[r["province"]])) for r in registry["rows"]}
    assert_same(pick(rows(demo.ox, "province-coverage"), "province", "comuni", "in_ambito"), want)


def conflicts_in_gold() -> set[tuple[str, str]]:
    ambiti_of = defaultdict(set)
    for g in GOLD:
        for a in g["ambiti"]:
            for istat in set(a["members"]) | ({a["capofila"]} if a["capofila"] else set()):
                ambiti_of[istat].add(gold_key(a["name"]))
    return {(i, k) for i, keys in ambiti_of.items() if len(keys) > 1 for k in keys}


def test_comuni_in_two_ambiti(demo: Dataset, recrawled: Dataset) -> None:
    assert_same(
        pick(rows(demo.ox, "comuni-in-two-ambiti"), "istat", "ambito"),
        {(i, iri("ambito", k)) for i, k in conflicts_in_gold()},
    )
    moved = EXPECTED["v2"]["changes"]["moved_comune"]
    old, new = truth("v1")[slug(moved["from"])], truth("v2")[slug(moved["to"])]
    found = rows(recrawled.ox, "comuni-in-two-ambiti")
    want = {(i, iri("ambito", k), None) for i, k in conflicts_in_gold()} | {
        (moved["istat"], iri("ambito", slug(moved["from"])), old["primary_page"]),
        (moved["istat"], iri("ambito", slug(moved["to"])), new["primary_page"]),
    }
    got = {
        (r["istat"], r["ambito"], "/" + r["page"].split("/", 3)[3] if r["istat"] == moved["istat"] else None)
        for r in found
    }
    assert_same(got, want)
    by_ambito = {r["ambito"]: r["last_fetched"] for r in found if r["istat"] == moved["istat"]}
    assert by_ambito[iri("ambito", slug(moved["from"]))] < by_ambito[iri("ambito", slug(moved["to"]))]


def test_claimed_in_ambiti_counts_the_ambiti_of_every_page_version(recrawled: Dataset) -> None:
    """The build's count (amb:claimedInAmbiti) is what grouping the page graphs' members gives, the
    recrawl's moved comune (old page version and new) included: comuni-in-two-ambiti relies on it."""
    grouped = recrawled.ox.query(
        f"SELECT ?c (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?g {{ ?a <{ORG}hasMember>|<{AMB}capofila> ?c }}"
        f" ?g <{AMB}lastFetched> ?at }} GROUP BY ?c"
    )
    counted = recrawled.ox.query(f"SELECT ?c ?n WHERE {{ GRAPH ?h {{ ?c <{AMB}claimedInAmbiti> ?n }} }}")
    want = {(str(c), str(n)) for c, n in grouped.rows}
    assert {(str(c), str(n)) for c, n in counted.rows} == want
    moved = EXPECTED["v2"]["changes"]["moved_comune"]["istat"]
    assert int(dict(want)[iri("comune", moved)]) > 1


def test_ambiti_per_ats_and_summary(demo: Dataset) -> None:
    t = truth()
    want = {(a["ats"], a["asst"], k, str(len(members_of(a)))) for k, a in t.items()}
    want |= {(None, None, k, "0") for k in PARTNER_ONLY}
    assert_same(pick(rows(demo.ox, "ambiti-per-ats"), "ats", "asst", "ambito", "comuni"), want)
    groups = defaultdict(lambda: [0, set()])
    for a in t.values():
        if a["ats"]:
            groups[(a["ats"], a["asst"])][0] += 1
            groups[(a["ats"], a["asst"])][1] |= members_of(a)
    want = {(ats, asst, str(n), str(len(c))) for (ats, asst), (n, c) in groups.items()}
    assert_same(pick(rows(demo.ox, "ats-summary"), "ats", "asst", "ambiti", "comuni"), want)


def test_ufficio_di_piano_contacts(demo: Dataset) -> None:
    want = set()
    for key, a in truth().items():
        office = a["ufficio_di_piano"]
        if not office:
            continue
        values = [("phone", v) for v in office["phones"]] + [("email", v) for v in office["emails"]]
        values += [("pec", v) for v in office["pec"]] + [("responsible", office["responsible"])]
        values += [("address", office["address"]["street"]), ("postal_code", office["address"]["postal_code"])]
        want |= {(key, kind, v) for kind, v in values if v}
    found = [r for r in rows(demo.ox, "ufficio-di-piano-contacts") if r["kind"] != "fax"]  # fax: not in the truth

    def key(row: tuple) -> tuple:  # "via Cattaneo" = "Via Cattaneo", as crawler/evaluation.py matches streets
        return (row[0], row[1], row[2].casefold() if row[1] == "address" else row[2])

    assert_same({key(r) for r in pick(found, "ambito", "kind", "value")}, {key(r) for r in want})


def test_plans_per_ambito(demo: Dataset) -> None:
    want = {
        (k, str(p["start_year"]), str(p["end_year"]), p["approved_on"], p["extended_until"])
        for k, a in truth().items()
        for p in a["plans"]
    }
    found = rows(demo.ox, "plans-per-ambito")
    assert_same(pick(found, "ambito", "start_year", "end_year", "approved_on", "extended_until"), want)


def not_in_force(version: str, as_of: str) -> set[tuple[str, str | None, str | None, str]]:
    out = set()
    for key in known_ambiti(version):
        plans = [p for p in truth(version).get(key, {"plans": []})["plans"] if p["start_year"] <= int(as_of[:4])]
        if not plans:
            out.add((key, None, None, "missing"))
            continue
        latest = max(plans, key=lambda p: p["start_year"])
        until = latest["extended_until"] or f"{latest['end_year']}-12-31"
        if until < as_of:
            out.add((key, str(latest["start_year"]), until, "expired"))
    return out


@pytest.mark.parametrize("as_of", [AS_OF, "2024-06-30", "2016-01-01"])
def test_plans_not_in_force(as_of: str, demo: Dataset) -> None:
    found = rows(demo.ox, "plans-not-in-force", as_of=as_of)
    assert {r["as_of"] for r in found} <= {as_of}
    assert_same(pick(found, "ambito", "latest_start", "valid_until", "status"), not_in_force("v1", as_of))


def test_a_new_plan_puts_arcisate_back_in_force(recrawled: Dataset) -> None:
    found = rows(recrawled.ox, "plans-not-in-force", as_of=AS_OF)
    assert_same(pick(found, "ambito", "latest_start", "valid_until", "status"), not_in_force("v2", AS_OF))
    assert "arcisate" not in {r["ambito"] for r in found}


def test_partner_ambiti(demo: Dataset) -> None:
    want = PARTNERS | {(b, a) for a, b in PARTNERS}
    assert_same(pick(rows(demo.ox, "partner-ambiti"), "ambito", "partner"), want)


def test_intervention_areas(demo: Dataset) -> None:
    want = {(gold_key(a["name"]), letter) for g in GOLD for a in g["ambiti"] for letter in a["intervention_areas"]}
    found = rows(demo.ox, "intervention-areas")
    assert all(r["label"] for r in found)
    assert_same(pick(found, "ambito", "area"), want)


def test_comune_by_name(demo: Dataset) -> None:
    cantu = [a for a in truth().values() if a["place"] == "Cantù"][0]
    for spelling in ("Cantù", "CANTÙ", "cantù", "Cantu", "cantu", " CANTU "):
        found = rows(demo.ox, "comune-by-name", name=spelling)
        assert pick(found, "name", "istat", "comune", "province", "ambito") == {
            (spelling, cantu["capofila"], "Cantù", "CO", "cantu")
        }
    assert rows(demo.ox, "comune-by-name", name="Cant") == []
    bollate = rows(demo.ox, "comune-by-name", name="Bollate")
    assert pick(bollate, "istat", "ambito") == {("015027", "garbagnate-milanese")}


def test_comune_by_name_ignores_case_accents_apostrophes_and_hyphens(demo: Dataset) -> None:
    """Every registry name that a keyboard may spell otherwise, typed plainly, finds its comune."""
    tricky = [c for c in COMUNI.values() if not c.name.isascii() or "'" in c.name or "-" in c.name]
    assert len(tricky) > 80
    for c in tricky:
        plain = "".join(ch for ch in unicodedata.normalize("NFKD", c.name) if not unicodedata.combining(ch))
        for spelling in (plain.upper().replace("-", " "), plain.lower().replace("'", "’")):
            found = rows(demo.ox, "comune-by-name", name=spelling)
            assert {r["istat"] for r in found} == {c.istat}, (c.name, spelling)


# parameters as a newcomer writes them ------------------------------------------------------
def test_an_ambito_or_comune_parameter_takes_the_short_ids_outputs_show(demo: Dataset) -> None:
    full = rows(demo.ox, "members-of-ambito", ambito=iri("ambito", "azzate"))
    assert len(full) == len(members_of(truth()["azzate"]))
    for value in ("azzate", "ambito/azzate", "Azzate", "id:ambito/azzate", f"<{iri('ambito', 'azzate')}>"):
        assert rows(demo.ox, "members-of-ambito", ambito=value) == full, value
    assert rows(demo.ox, "members-of-ambito", ambito="Sesto Calende") == rows(
        demo.ox, "members-of-ambito", ambito=iri("ambito", "sesto-calende")
    )
    want = rows(demo.ox, "ambito-of-comune", comune=iri("comune", "012023"))
    assert want and all(rows(demo.ox, "ambito-of-comune", comune=v) == want for v in ("012023", "comune/012023"))


@pytest.mark.parametrize(
    ("name", "param", "value", "message"),
    [
        ("members-of-ambito", "ambito", "amb:azzate", "not an ambito"),  # an ontology term, not an ambito
        ("members-of-ambito", "ambito", "xyz:azzate", "unknown prefix xyz"),
        ("members-of-ambito", "ambito", iri("comune", "012006"), "not an ambito"),
        ("ambito-of-comune", "comune", "Brunello", "ISTAT code"),
        ("ambito-of-comune", "comune", "12023", "ISTAT code"),
    ],
)
def test_a_parameter_that_names_nothing_of_its_kind_is_refused(
    name: str, param: str, value: str, message: str, demo: Dataset
) -> None:
    with pytest.raises(QueryError, match=message):
        run(demo.ox, LIBRARY[name], {param: value})


def test_an_empty_result_says_why_when_the_cause_is_known(recrawled: Dataset) -> None:
    first = recrawled.started()[0][:10]
    before = (date.fromisoformat(first) - timedelta(days=1)).isoformat()
    on_date = LIBRARY["members-on-date"]
    assert why_empty(recrawled.ox, on_date, {"ambito": "rho", "date": before}) == [
        f"date {before} is before the first crawl ({first}): the crawls know nothing earlier"
    ]
    assert why_empty(recrawled.ox, LIBRARY["members-of-ambito"], {"ambito": "azzatte"}) == [
        "no ambito 'azzatte' in the graph; did you mean azzate?"
    ]
    assert why_empty(recrawled.ox, LIBRARY["ambito-of-comune"], {"comune": "999999"})[0].startswith(
        "no comune '999999' in the graph"
    )
    assert why_empty(recrawled.ox, on_date, {"ambito": "rho", "date": first}) == []


def test_a_crawl_s_changes_asked_for_a_day_without_them_say_which_days_have_them(demo: Dataset) -> None:
    changes = LIBRARY["changes-between-crawls"]
    first = demo.started()[0][:10]
    later = (date.fromisoformat(first) + timedelta(days=3)).isoformat()
    assert run(demo.ox, changes, {"date": first}).rows == []
    assert why_empty(demo.ox, changes, {"date": first}) == [
        f"date {first} is the first crawl's day: a crawl's changes are against the crawl before it"
    ]
    assert why_empty(demo.ox, changes, {"date": later}) == [
        f"date {later}: no crawl started that day; the crawl days are {first}"
    ]
    assert why_empty(demo.ox, LIBRARY["members-on-date"], {"ambito": "rho", "date": later}) == []


def test_an_empty_result_from_a_store_built_before_the_current_state_graph_says_rebuild(recrawled: Dataset) -> None:
    old = OxigraphStore()
    old.replace_all(recrawled.ox.dump_nquads())
    old.store.remove_graph(iris.current())
    stale, params = LIBRARY["stale-pages"], {"years": "0", "as_of": recrawled.started()[-1][:10]}
    assert run(recrawled.ox, stale, params).rows  # every dated page of the latest crawl
    assert run(old, stale, params).rows == []
    assert why_empty(old, stale, params) == [
        "this store was built before the current-state graph and the per-crawl change sets: "
        "run `ambiti build` to rebuild it from the archive"
    ]


def test_an_empty_result_from_a_store_without_a_build_time_fact_says_rebuild(demo: Dataset) -> None:
    """comune-by-name and comuni-in-two-ambiti read facts the build derives (amb:nameKey,
    amb:claimedInAmbiti): a store built before them answers nothing, and says why."""
    old = OxigraphStore()
    old.replace_all(b"".join(line + b"\n" for line in demo.ox.dump_nquads().splitlines() if b"#nameKey>" not in line))
    by_name, params = LIBRARY["comune-by-name"], {"name": "Cantù"}
    assert run(demo.ox, by_name, params).rows and why_empty(demo.ox, by_name, params) == []
    assert run(old, by_name, params).rows == []
    assert why_empty(old, by_name, params) == [
        "this store was built before amb:nameKey (a newer build-time fact the query reads): "
        "run `ambiti build` to rebuild it from the archive"
    ]


# history, from the truth of version 2 ------------------------------------------------------
def test_changes_between_crawls(demo: Dataset, recrawled: Dataset) -> None:
    """The change set of the second crawl: what it found added or removed against the first."""
    assert rows(demo.ox, "changes-between-crawls", date=demo.started()[0][:10]) == []  # nothing before it
    when = recrawled.started()[1]  # the first crawl may share its day: it adds no change of its own
    c = EXPECTED["v2"]["changes"]
    moved, cap, phone, plan = c["moved_comune"], c["capofila_changed"], c["phone_changed"], c["new_plan"]
    plan_id = iri("ambito", f"{slug(plan['ambito'])}/piano/{plan['start_year']}-{plan['end_year']}")
    office = iri("ambito", f"{slug(phone['ambito'])}/ufficio-di-piano")
    want = {
        ("removed", iri("ambito", slug(moved["from"])), ORG + "hasMember", iri("comune", moved["istat"])),
        ("added", iri("ambito", slug(moved["to"])), ORG + "hasMember", iri("comune", moved["istat"])),
        ("removed", iri("ambito", slug(cap["ambito"])), AMB + "capofila", iri("comune", cap["from"])),
        ("added", iri("ambito", slug(cap["ambito"])), AMB + "capofila", iri("comune", cap["to"])),
        ("removed", office, AMB + "phone", phone["from"]),
        ("added", office, AMB + "phone", phone["to"]),
        ("added", iri("ambito", slug(plan["ambito"])), AMB + "hasPlan", plan_id),
        ("added", plan_id, AMB + "approvedOn", plan["approved_on"]),
    }
    found = rows(recrawled.ox, "changes-between-crawls", date=when[:10])
    assert {(r["date"], r["when"]) for r in found} <= {(when[:10], when)}
    # the truth covers the ambiti (their members, capofila, office, plans), not the comuni's own contact
    # blocks (Cusago's leaves the Corsico page with it): compare the changes about ambiti
    about_ambiti = [r for r in found if r["subject"].startswith(ID + "ambito/")]
    assert_same(pick(about_ambiti, "change", "subject", "predicate", "object"), want)


def test_members_on_a_date(recrawled: Dataset) -> None:
    first, last = recrawled.started()[0][:10], recrawled.started()[-1][:10]
    before = (date.fromisoformat(first) - timedelta(days=1)).isoformat()  # before any crawl: nothing known
    got, want = set(), set()
    for key, a in truth("v2").items():
        ambito = iri("ambito", key)
        assert rows(recrawled.ox, "members-on-date", ambito=ambito, date=before) == []
        found = rows(recrawled.ox, "members-on-date", ambito=ambito, date=last)
        assert {(r["ambito"], r["date"]) for r in found} <= {(ambito, last)}
        got |= {(key, r["istat"], r["comune"]) for r in found}
        want |= {(key, i, COMUNI[i].name) for i in members_of(a)}
    assert_same(got, want)


def test_capofila_since(demo: Dataset, recrawled: Dataset) -> None:
    (t1,) = demo.started()
    want = {(k, a["capofila"], t1, None) for k, a in truth("v1").items() if a["capofila"]}
    assert_same(pick(rows(demo.ox, "capofila-since"), "ambito", "istat", "since", "until"), want)
    t1, t2 = recrawled.started()
    cap = EXPECTED["v2"]["changes"]["capofila_changed"]
    key = slug(cap["ambito"])
    want = {(k, a["capofila"], t1, None) for k, a in truth("v1").items() if a["capofila"] and k != key}
    want |= {(key, cap["from"], t1, t2), (key, cap["to"], t2, None)}
    assert_same(pick(rows(recrawled.ox, "capofila-since"), "ambito", "istat", "since", "until"), want)


# pages and sources, from the data dir --------------------------------------------------------
def test_the_current_graph_holds_the_latest_pages_and_the_sources_of_each_winning_fact(recrawled: Dataset) -> None:
    """graph/current says what the page graphs of the latest crawl say: its pages with every final URL
    and date, and for each single-valued fact of the consolidated graph the latest pages that state it."""
    import pyoxigraph as ox

    from graph import iris
    from graph import vocab as v
    from graph.predicates import PREDICATES, Cardinality

    store, current, consolidated = recrawled.ox.store, iris.current(), iris.consolidated()

    def objects(node: ox.NamedNode, predicate: ox.NamedNode) -> list[ox.NamedNode | ox.Literal]:
        return [q.object for q in store.quads_for_pattern(node, predicate, None, current)]

    crawls, results = recrawled.crawls(), recrawled.results()
    latest = {s.sha256 for s in crawls[-1][2] if s.sha256 in results}
    urls = defaultdict(set)
    for _, _, snaps in crawls:
        for s in snaps:
            urls[s.sha256].add(s.final_url)

    def pairs(predicate: str) -> set[tuple[str, str]]:
        found = store.quads_for_pattern(None, v.amb(predicate), None, current)
        return {(q.subject.value, q.object.value) for q in found}

    assert pairs("finalUrl") == {(iris.source(sha).value, url) for sha in latest for url in urls[sha]}
    dates = {sha: results[sha].page_updated_on for sha in latest}
    assert pairs("pageUpdatedOn") == {(iris.source(sha).value, day) for sha, day in dates.items() if day}
    one = [p.iri for p in PREDICATES.values() if p.cardinality is Cardinality.ONE]
    facts = {
        (q.subject, q.predicate, q.object) for p in one for q in store.quads_for_pattern(None, p, None, consolidated)
    }
    nodes = {q.subject for q in store.quads_for_pattern(None, v.PREDICATE, None, current)}
    assert len(nodes) == len(facts) > 0
    for node in nodes:
        fact = tuple(objects(node, p)[0] for p in (v.SUBJECT, v.PREDICATE, v.OBJECT))
        assert fact in facts
        stating = {q.graph_name for q in store.quads_for_pattern(*fact, None)} & {iris.source(sha) for sha in latest}
        sources = set(objects(node, v.PROV_DERIVED))
        assert sources == stating and sources, fact
        first = min(url for g in sources for url in urls[g.value.rsplit("/", 1)[-1]])
        assert objects(node, v.amb("sourceUrl")) == [ox.NamedNode(first)]


@pytest.mark.parametrize("years", ["3", "1", "10"])
def test_stale_pages(years: str, demo: Dataset, recrawled: Dataset) -> None:
    for ds in (demo, recrawled):
        crawls, results = ds.crawls(), ds.results()
        latest = {s.sha256 for s in max(crawls, key=lambda c: c[1]["started"])[2]}
        cutoff = f"{int(AS_OF[:4]) - int(years)}{AS_OF[4:]}"
        want = {
            (years, AS_OF, s.final_url, results[s.sha256].page_updated_on)
            for _, _, snaps in crawls
            for s in snaps
            if s.sha256 in latest and (results[s.sha256].page_updated_on or "9999") < cutoff
        }
        found = rows(ds.ox, "stale-pages", years=years, as_of=AS_OF)
        assert_same(pick(found, "years", "as_of", "page", "updated"), want)


def test_facts_with_sources(demo: Dataset, recrawled: Dataset) -> None:
    """Per ambito: every claim (of any crawl) about it, its office or its plans, with page and evidence."""
    for ds in (demo, recrawled):
        crawls, results = ds.crawls(), ds.results()
        urls, fetched = defaultdict(set), defaultdict(str)
        for _, _, snaps in crawls:
            for s in snaps:
                urls[s.sha256].add(s.final_url)
                fetched[s.sha256] = max(fetched[s.sha256], s.fetched_at)
        latest = {s.sha256 for s in crawls[-1][2]}
        # the consolidated graph ties an office or plan to its ambito when the latest crawl mentions it
        linked = {
            ref
            for sha in latest & set(results)
            for c in results[sha].claims
            for ref in (c.subject, c.object)
            if getattr(ref, "kind", None) in ("office", "plan")
        }
        ambiti = {c.subject.key for sha in urls for c in results[sha].claims if c.subject.kind == "ambito"}
        assert len(ambiti) >= 10
        for key in sorted(ambiti):
            by_claim = defaultdict(lambda: [None, set(), set()])  # claim IRI -> fact, evidences, confidences
            for sha in urls:
                for c in results[sha].claims:
                    about = c.subject.kind == "ambito" or (c.subject in linked and c.subject.key.split("/")[0] == key)
                    if not about or (c.subject.kind == "ambito" and c.subject.key != key):
                        continue
                    obj = from_ox(object_term(c))
                    fact = (
                        entity(c.subject).value,
                        predicate_iri(c.predicate).value,
                        obj.kind,
                        obj.value,
                        obj.datatype,
                        min(urls[sha]),
                        fetched[sha],
                    )
                    entry = by_claim[claim_iri(c).value]
                    entry[0] = fact
                    entry[1].add(c.evidence)
                    entry[2].add(round(c.confidence, 2))
            want = {(*fact, e, conf) for fact, evs, confs in by_claim.values() for e in evs for conf in confs}
            result = run(ds.ox, LIBRARY["facts-with-sources"], {"ambito": iri("ambito", key)})
            got = set()
            latest_urls = {u for sha in latest for u in urls[sha]}
            for row in result.rows:
                ambito, s, p, o, page, at, evidence, confidence, accepted = row
                assert ambito.value == iri("ambito", key)
                got.add(
                    (
                        s.value,
                        p.value,
                        o.kind,
                        o.value,
                        o.datatype,
                        page.value,
                        at.value,
                        evidence.value,
                        round(float(confidence.value), 2),
                    )
                )
                if accepted.value == "true":  # only claims of pages the latest crawl saw can be accepted
                    assert page.value in latest_urls, row
            assert_same(got, want)


def test_crawl_summary(demo: Dataset, recrawled: Dataset) -> None:
    for ds in (demo, recrawled):
        results, want = ds.results(), set()
        for crawl_id, meta, snaps in ds.crawls():
            pages = {s.sha256 for s in snaps if s.sha256 in results}
            with_claims = {sha for sha in pages if results[sha].claims}
            claims = {claim_iri(c).value for sha in pages for c in results[sha].claims}
            want.add(
                (crawl_id, meta["started"], meta["finished"], str(len(pages)), str(len(with_claims)), str(len(claims)))
            )
        found = rows(ds.ox, "crawl-summary")
        assert_same(pick(found, "crawl", "started", "finished", "pages", "pages_with_claims", "claims"), want)


# parameters cannot change a query ----------------------------------------------------------
HOSTILE = [
    'x" } ; DROP ALL ; #',
    'Cantù" } UNION { ?c ?p ?o } #',
    "Cantù' } ; DROP ALL ; SELECT * WHERE { '",
    '"""} ; DROP ALL ; {"""',
    "{ } ; DROP ALL",
    'Cantù"@it',
    '\\" . } DROP ALL {',
    "Cantù\n} ; DROP ALL",
]


@pytest.mark.parametrize("backend", ["oxigraph", "rdflib"])
def test_a_hostile_string_parameter_stays_a_value(backend: str, recrawled: Dataset, rdflib_store: Store) -> None:
    store = recrawled.ox if backend == "oxigraph" else rdflib_store
    before = store.count()
    query = LIBRARY["comune-by-name"]
    assert [p.type for p in query.params] == ["name"]  # a string, and its folded key
    for value in HOSTILE:
        result = run(store, query, {"name": value})
        assert result.rows == [], value
    assert store.count() == before == recrawled.quads
    assert len(run(store, query, {"name": "Cantù"}).rows) == 1


def test_hostile_values_of_typed_parameters_are_refused(demo: Dataset) -> None:
    cases = [
        ("members-of-ambito", "ambito", "https://w3id.org/ambiti/id/ambito/azzate> } ; DROP ALL ; <x"),
        ("members-of-ambito", "ambito", 'x" } ; DROP ALL'),
        ("plans-not-in-force", "as_of", '2025-06-30" } ; DROP ALL ; #'),
        ("stale-pages", "years", "3 } ; DROP ALL"),
    ]
    for name, param, value in cases:
        with pytest.raises(QueryError, match=param):
            run(demo.ox, LIBRARY[name], {param: value})
    assert demo.ox.count() == demo.quads


def test_unknown_and_missing_parameters_are_errors(demo: Dataset) -> None:
    with pytest.raises(QueryError, match="unknown parameter nope"):
        run(demo.ox, LIBRARY["members-of-ambito"], {"nope": "1"})
    with pytest.raises(QueryError, match="unknown parameter"):
        run(demo.ox, LIBRARY["ambito-members"], {"ambito": "https://w3id.org/ambiti/id/ambito/azzate"})
    with pytest.raises(QueryError, match="date .*required"):
        run(demo.ox, LIBRARY["members-on-date"], {})


# the command line ----------------------------------------------------------------------------
def test_cli_unknown_query_lists_the_library(demo: Dataset) -> None:
    done = run_ambiti("query", "no-such-name", "--data-dir", str(demo.data))
    assert done.returncode == 1
    assert "no-such-name" in done.stderr
    for name in LIBRARY:
        assert name in done.stderr


def test_cli_syntax_error_says_line_and_column(demo: Dataset, tmp_path: Path) -> None:
    broken = tmp_path / "broken.rq"
    broken.write_text(
        "# title: Broken on purpose\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "\n"
        "SELECT ?c ?name WHERE {\n"
        "  ?c rdfs:label ?name\n"
        '  FILTR(?name = "x")\n'
        "}\n",
        encoding="utf-8",
    )
    done = run_ambiti("query", str(broken), "--data-dir", str(demo.data))
    assert done.returncode == 1
    assert re.search(r"\b6:\d+\b", done.stderr), done.stderr  # line 6 of the file, then the column


def test_cli_newcomer_query_with_a_short_id_stdin_and_a_reason_for_no_rows(demo: Dataset) -> None:
    done = run_ambiti(
        "query", "members-of-ambito", "--param", "ambito=azzate", "--format", "csv", "--data-dir", str(demo.data)
    )
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 1 + len(members_of(truth()["azzate"]))
    text = LIBRARY["ambito-members"].text
    for source in ("-", "/dev/stdin"):
        piped = subprocess.run(
            [sys.executable, "-m", "graph.cli", "query", source, "--format", "csv", "--data-dir", str(demo.data)],
            cwd=ROOT,
            input=text,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert piped.returncode == 0, piped.stderr
        assert len(piped.stdout.splitlines()) == 1 + len(truth()), source
    empty = run_ambiti("query", "members-of-ambito", "--param", "ambito=azzatte", "--data-dir", str(demo.data))
    assert empty.returncode == 0 and "(0 rows)" in empty.stdout
    assert "no rows: no ambito 'azzatte' in the graph; did you mean azzate?" in empty.stderr
    folder = run_ambiti("query", str(ROOT / "queries"), "--data-dir", str(demo.data))
    assert folder.returncode == 1 and "is a directory" in folder.stderr


# SPARQL has one home -------------------------------------------------------------------------
INTERNAL = sorted(str(p.relative_to(ROOT / "queries").with_suffix("")) for p in (ROOT / "queries").glob("*/*.rq"))


def test_sparql_lives_in_queries_not_in_python() -> None:
    """Tables, network views, hints and the release read queries/*/*.rq; only the store backends
    (which speak the protocol: paging, counting, loading) write SPARQL of their own."""
    backends = {"store.py", "remote.py", "sparql_params.py"}
    for path in sorted((ROOT / "graph").glob("*.py")):
        if path.name not in backends:
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"WHERE\s*\{\{?|\bASK\s*\{", text), f"{path.name} has SPARQL: move it to queries/"
    assert {"tables/members", "network/membership", "hints/first-crawl", "release/crawls"} <= set(INTERNAL)


@pytest.mark.parametrize("name", INTERNAL)
def test_internal_queries_give_the_same_rows_on_oxigraph_and_rdflib(
    name: str, recrawled: Dataset, rdflib_store: Store
) -> None:
    from graph.query import internal

    query = internal(name)
    assert query.header.get("title") and query.header.get("example"), name
    a, b = run(recrawled.ox, query), run(rdflib_store, query)
    assert a.variables == b.variables and a.boolean == b.boolean
    assert normalised(a) == normalised(b)
    assert a.rows or a.boolean is not None, name


def test_the_rdflib_backend_and_validation_raise_no_deprecation_warning(
    recrawled: Dataset, rdflib_store: Store, on_rdflib: Callable[[str], RdflibRun], recrawled_validation: dict
) -> None:
    """rdflib >= 7.3 warns about its own calls on a Dataset (graph/rdflib_store.py): none may reach us.
    Opening the store is checked by the `rdflib_store` fixture, under the same filter; every library
    query by its one run (`on_rdflib`, which records them); the validation of the same graph
    (`validate_nquads`) by the session's `recrawled_validation`, which records them too."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        assert rdflib_store.count() == recrawled.quads
    assert {name: on_rdflib(name).deprecations for name in RUNNABLE} == {name: [] for name in RUNNABLE}
    assert recrawled_validation["deprecations"] == [] and recrawled_validation["conforms"]

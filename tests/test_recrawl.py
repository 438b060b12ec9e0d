"""Periodic recrawls for real: crawl the demo web, switch it to version 2, recrawl with
conditional requests, and check the exact change report and the history graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, Recrawled, copy_data_dir, run_ambiti

from crawler.datadir import DataDir
from crawler.extraction.identity import slug
from graph.oxigraph_store import OxigraphStore
from graph.store_api import Term

EXPECTED = json.loads((ROOT / "crawler" / "demo" / "expected.json").read_text(encoding="utf-8"))
CHANGES = EXPECTED["v2"]["changes"]


def ambito_id(place: str) -> str:
    return f"ambito/{slug(place)}"


@pytest.fixture(scope="module")
def two_crawls(recrawled_data: Recrawled, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int], str]:
    """The session's two crawls (conftest.py), copied: `ambiti diff` may write claims files."""
    data = copy_data_dir(recrawled_data.data, tmp_path_factory.mktemp("recrawl") / "data")
    return data, recrawled_data.stats, recrawled_data.base


def test_unchanged_pages_answer_304_and_are_not_parsed_again(two_crawls) -> None:
    data, stats, _ = two_crawls
    unchanged = stats["requests"] - stats["bodies"]
    assert stats["not_modified"] == unchanged > 0
    meta = DataDir(data).crawl_meta(DataDir(data).crawl_ids()[-1])
    assert meta["not_modified"] == stats["not_modified"]


def test_diff_reports_exactly_the_v2_changes(two_crawls) -> None:
    data, _, base = two_crawls
    done = run_ambiti("diff", "--data-dir", str(data), "--format", "json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    moved = CHANGES["moved_comune"]
    assert report["moved_comuni"] == [
        {"comune": f"comune/{moved['istat']}", "from": ambito_id(moved["from"]), "to": ambito_id(moved["to"])}
    ]
    assert report["joined"] == [] and report["left"] == []
    cap = CHANGES["capofila_changed"]
    assert report["capofila_changed"] == [
        {"ambito": ambito_id(cap["ambito"]), "from": [f"comune/{cap['from']}"], "to": [f"comune/{cap['to']}"]}
    ]
    phone = CHANGES["phone_changed"]
    offices = [c for c in report["contacts_changed"] if c["subject"].endswith("/ufficio-di-piano")]
    assert offices == [
        {
            "subject": f"{ambito_id(phone['ambito'])}/ufficio-di-piano",
            "kind": "phone",
            "removed": [phone["from"]],
            "added": [phone["to"]],
        }
    ]
    # the moved comune's contact block left the old ambito's page with it: those are the only others
    others = {c["subject"] for c in report["contacts_changed"]} - {c["subject"] for c in offices}
    assert others <= {f"comune/{moved['istat']}"}
    plan = CHANGES["new_plan"]
    plan_id = f"{ambito_id(plan['ambito'])}/piano/{plan['start_year']}-{plan['end_year']}"
    assert report["new_plans"] == [plan_id]
    assert report["pages"]["vanished"] == [base + p for p in CHANGES["removed_paths"]]
    assert report["pages"]["changed"] == sorted(base + p for p in CHANGES["changed_paths"])
    assert report["pages"]["appeared"] == []
    markdown = run_ambiti("diff", "--data-dir", str(data)).stdout
    assert "## Comuni that moved ambito" in markdown and moved["istat"] in markdown


def test_history_says_who_was_where_and_since_when(two_crawls) -> None:
    data, _, _ = two_crawls
    moved = CHANGES["moved_comune"]
    store = OxigraphStore(data / "store")
    rows = store.query(
        """PREFIX amb: <https://w3id.org/ambiti/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?c ?ambito ?gone WHERE { GRAPH <https://w3id.org/ambiti/graph/history> {
          ?o a amb:Observation ; rdf:subject ?ambito ; rdf:predicate org:hasMember ; rdf:object ?c .
          OPTIONAL { ?o amb:goneSince ?gone } } }""",
        {"c": Term.iri(f"https://w3id.org/ambiti/id/comune/{moved['istat']}")},
    ).rows
    by_ambito = {r[1].value.rsplit("/", 1)[-1]: r[2] for r in rows}
    assert by_ambito[slug(moved["from"])] is not None  # gone from the old ambito
    assert by_ambito[slug(moved["to"])] is None  # still in the new one
    store.close()


def test_a_second_crawl_on_a_locked_data_dir_is_refused(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "d").ensure()
    seeds = tmp_path / "seeds.txt"
    seeds.write_text("http://127.0.0.1:9/\n")
    with data.lock("test"):
        done = run_ambiti("crawl", "--seeds", str(seeds), "--data-dir", str(data.root), refused=True)
    assert done.returncode == 1
    assert "in use" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_unchanged_pages_keep_their_outlinks_without_being_parsed_again(two_crawls) -> None:
    from crawler.archive import read_index, read_links

    data, _, _ = two_crawls
    first, second = DataDir(data).crawl_ids()
    links_a, links_b = read_links(data / "crawls" / first), read_links(data / "crawls" / second)
    unchanged = [s.url for s in read_index(data / "crawls" / second) if s.not_modified and s.url in links_a]
    assert len(unchanged) > 20  # HTML pages; PDFs have no outlinks to remember
    for url in unchanged:
        assert links_b[url] == links_a[url]

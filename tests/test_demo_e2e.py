"""The README's main job, for real: `ambiti demo` serves the demo web on 127.0.0.1, Scrapy crawls it
over HTTP, the graph is built into Oxigraph, and the exported CSV tables hold exactly the
memberships and capofila the demo pages state (crawler/demo/expected.json)."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import ROOT

from crawler.archive import read_index
from crawler.extraction.identity import slug

EXPECTED = json.loads((ROOT / "crawler" / "demo" / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def demo(demo_data: Path) -> Path:
    return demo_data  # only read here


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_members_and_capofila_of_every_demo_ambito(demo: Path) -> None:
    rows = read_csv(demo / "export" / "members.csv")
    members: dict[str, set[str]] = defaultdict(set)
    capofila: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        members[row["ambito_id"]].add(row["comune_istat"])
        if row["role"] == "capofila":
            capofila[row["ambito_id"]].add(row["comune_istat"])
    for ambito in EXPECTED["v1"]["ambiti"]:
        key = slug(ambito["place"])
        assert members[key] == set(ambito["members"]), ambito["name"]
        assert capofila[key] == ({ambito["capofila"]} if ambito["capofila"] else set()), ambito["name"]
    assert set(members) == {slug(a["place"]) for a in EXPECTED["v1"]["ambiti"]}


def test_ambiti_table_names_capofila_and_health_bodies(demo: Path) -> None:
    rows = {r["ambito_id"]: r for r in read_csv(demo / "export" / "ambiti.csv")}
    for ambito in EXPECTED["v1"]["ambiti"]:
        row = rows[slug(ambito["place"])]
        assert row["capofila_istat"] == (ambito["capofila"] or "")
        if ambito.get("ats"):
            assert row["ats"] == ambito["ats"]


def test_the_crawl_obeyed_robots_followed_redirects_and_sitemap(demo: Path) -> None:
    crawl_dir = next((demo / "crawls").iterdir())
    snaps = read_index(crawl_dir)
    paths = {s.final_url.split("/", 3)[-1] for s in snaps}
    for trap in EXPECTED["v1"]["disallowed_paths"]:
        assert trap.lstrip("/") not in paths
    for path in EXPECTED["v1"]["sitemap_only_paths"]:
        assert path.lstrip("/") in paths
    assert EXPECTED["v1"]["windows_1252_path"].lstrip("/") in paths
    statuses = {s.status for s in snaps}
    assert 404 in statuses  # the broken link is archived as such, not dropped
    for old, new in EXPECTED["v1"]["redirects"].items():
        hits = [s for s in snaps if s.url.endswith(old)]
        assert all(s.final_url.endswith(new) for s in hits)


def test_csv_tables_have_the_documented_columns(demo: Path) -> None:
    from graph.tables import TABLES

    for name, columns in TABLES.items():
        with (demo / "export" / name).open(encoding="utf-8") as fh:
            assert next(csv.reader(fh)) == columns

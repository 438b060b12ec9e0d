"""graph/validate.py's split validation (page graphs one content at a time, cached; SPARQL shapes on
Oxigraph per focus node) against the whole-graph pyshacl-turbo run it replaces: the same findings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from demo_graphs import Dataset

from graph import iris, validate
from graph.iris import ONTOLOGY
from graph.validate import Finding, _findings, _turbo, page_graphs, shapes_graph, validate_store
from graph.verdict_cache import VerdictCache, rules_digest

AMB = ONTOLOGY


def key(f: Finding) -> tuple[str, str, str, str]:
    return f.severity, f.shape, f.focus, f.message


def whole_graph(data: ox.Store) -> set[tuple[str, str, str, str]]:
    """Every shape at once on the union of every graph: the path before this one."""
    return {key(f) for f, _ in _findings(_turbo(data, shapes_graph(), reference=True))}


def copy(dataset: Dataset) -> ox.Store:
    store = ox.Store()
    store.bulk_load(dataset.ox.dump_nquads(), format=ox.RdfFormat.N_QUADS)
    return store


ORPHAN = ox.NamedNode("https://w3id.org/ambiti/id/claim/orphan")


def broken(store: ox.Store) -> ox.Store:
    """Facts that break rules, both in a page graph and in the graphs that are not page graphs."""
    page = page_graphs(store)[0]
    ambito = next(iter(store.query(f"SELECT ?a WHERE {{ ?a a <{AMB}AmbitoTerritoriale> }} LIMIT 1",
                                   use_default_graph_as_union=True)))["a"]
    consolidated = ox.NamedNode(iris.consolidated().value)
    claim = next(iter(store.query(f"SELECT ?c WHERE {{ GRAPH <{page.value}> {{ ?c a <{AMB}Claim> }} }} LIMIT 1")))["c"]
    bad = [
        ox.Quad(ambito, ox.NamedNode(f"{AMB}phone"), ox.Literal("02 1234"), page),  # not E.164, in a page
        ox.Quad(ambito, ox.NamedNode(f"{AMB}email"), ox.Literal("nobody"), consolidated),
        ox.Quad(ambito, ox.NamedNode(f"{AMB}capofila"), ox.NamedNode(f"{AMB}nowhere"), consolidated),
        ox.Quad(ambito, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("Altro nome"),
                consolidated),
        # a claim that no page graph describes, without a source: checked with the other graphs
        ox.Quad(ORPHAN, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(f"{AMB}Claim"),
                consolidated),
    ]
    store.extend(bad)
    for q in list(store.quads_for_pattern(claim, ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom"), None)):
        store.remove(q)  # a claim without its source page
    return store


@dataclass(frozen=True)
class Validated:
    """A store, the findings of its validation and what it said, and the verdict cache it filled."""

    store: ox.Store
    found: set[tuple[str, str, str, str]]
    said: list[str]
    cache: Path


def validated(store: ox.Store, cache: Path | None = None) -> tuple[set[tuple[str, str, str, str]], list[str]]:
    said: list[str] = []
    report = validate_store(store, said.append, cache)
    return {key(f) for f in report.findings}, said


@pytest.fixture(scope="module")
def demo_validated(demo: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Validated:
    """The demo graph validated once for the module, with an empty verdict cache: the whole-graph
    comparison and the cache test both start from this first validation (seconds of CPU each)."""
    store, cache = copy(demo), tmp_path_factory.mktemp("verdicts")
    found, said = validated(store, cache)
    return Validated(store, found, said, cache)


@pytest.mark.slow  # two validations of a whole demo graph, ~14 s each
@pytest.mark.parametrize("name", ["demo", "recrawled"])
def test_same_findings_as_the_whole_graph(
    name: str, demo_validated: Validated, recrawled: Dataset, recrawled_validation: dict
) -> None:
    if name == "demo":
        store, found, said = demo_validated.store, demo_validated.found, demo_validated.said
    else:  # the session's validation of it (conftest.py): test_queries.py checks its warnings
        store = copy(recrawled)
        found = {tuple(f) for f in recrawled_validation["findings"]}
        said = recrawled_validation["said"]
    assert found == whole_graph(store)
    assert any("page graphs:" in line for line in said)


@pytest.fixture(scope="module")
def broken_validated(demo: Dataset) -> tuple[ox.Store, set[tuple[str, str, str, str]]]:
    """The demo graph with broken facts and the findings of its split validation in this process,
    once for the module: the whole-graph comparison and the worker-process one both start from it."""
    store = broken(copy(demo))
    return store, validated(store)[0]


def test_same_findings_on_broken_facts(broken_validated: tuple[ox.Store, set[tuple[str, str, str, str]]]) -> None:
    store, found = broken_validated
    expected = whole_graph(store)
    assert found == expected
    shapes = {shape.rsplit("#", 1)[-1] for severity, shape, _, _ in found if severity == "Violation"}
    assert {"PhoneFaxE164Shape", "EmailShape", "AmbitoCapofilaCountShape", "AmbitoLabelShape", "CapofilaIsMemberShape",
            "ClaimSourceShape"} <= shapes
    assert any(shape.endswith("ClaimSourceShape") and focus == ORPHAN.value for _, shape, focus, _ in found)


def test_worker_processes_give_the_same_findings(
    broken_validated: tuple[ox.Store, set[tuple[str, str, str, str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Page batches validated in worker processes (as on a large graph) are the same as in-process."""
    store, inline = broken_validated
    monkeypatch.setattr(validate, "PARALLEL_FROM_PAGES", 0)
    monkeypatch.setattr(validate, "BATCH_QUADS", 300)  # the demo's 42 page graphs in many batches
    parallel, said = validated(store)
    assert parallel == inline
    assert sum("page graphs:" in line for line in said) > 4, said


def test_second_validation_reuses_the_verdicts(demo_validated: Validated) -> None:
    first, said, cache = demo_validated.found, demo_validated.said, demo_validated.cache
    again, said_again = validated(demo_validated.store, cache)
    assert again == first
    assert all("(0 known" in line for line in said if "known from the cache" in line)
    assert any("page graphs: all" in line and "known from the cache" in line for line in said_again)
    assert len(list(cache.glob("*.json"))) == 1


def test_changed_rules_start_an_empty_cache(tmp_path: Path) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("# v1\n")
    old = VerdictCache(tmp_path / "verdicts", rules_digest(shapes))
    old.put("abc", [])
    old.save(keep={"abc"})
    assert VerdictCache(tmp_path / "verdicts", rules_digest(shapes)).get("abc") == []
    shapes.write_text("# v2\n")
    new = VerdictCache(tmp_path / "verdicts", rules_digest(shapes))
    assert new.get("abc") is None
    new.put("def", [])
    new.save(keep={"def"})
    assert [p.name for p in (tmp_path / "verdicts").iterdir()] == [f"{rules_digest(shapes)}.json"]  # the old one went

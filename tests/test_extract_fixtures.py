"""The extractor against the annotated pages: tests/fixtures, the real seeds in ../shared and, when it
is there, the demo web's gold. Targets: members and capofila F1 1.0 on the seeds and at least 0.95 on
the fixtures, every other field at least 0.9, no invented comuni anywhere; plus the page-level
behaviours the scores do not show (negatives, several ambiti on one page, notes, capofila basis).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scored import scored

from crawler.evaluation import rule_totals, totals
from crawler.parsers.extract import extract
from crawler.records import PageFacts

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
DEMO = ROOT / "crawler" / "demo"
# the two tests of the fixture pages scored whole (~1.5 s of CPU): slow (docs/testing.md), and on one worker,
# which scores them once for both (scored.py)
SCORED_WHOLE = "fixture-pages-scored"


def _scores(gold: Path, pages: Path) -> tuple[dict[str, float], int]:
    reports = list(scored(gold, pages))
    return {name: s.f1 for name, s in totals(reports).items()}, sum(len(r.invented) for r in reports)


def _fixture(name: str) -> PageFacts:
    path = FIXTURES / "pages" / name
    return extract(path.read_bytes(), path.name, "text/plain" if path.suffix == ".txt" else None)


@pytest.mark.slow
@pytest.mark.xdist_group(SCORED_WHOLE)
def test_fixture_scores_meet_targets() -> None:
    f1, invented = _scores(FIXTURES / "gold", FIXTURES / "pages")
    assert invented == 0
    assert f1["members"] >= 0.95 and f1["capofila"] >= 0.95, f1
    for field, value in f1.items():
        assert value >= 0.9, (field, f1)


def test_seed_scores_meet_targets(shared: Path) -> None:
    f1, invented = _scores(shared / "gold", shared / "seeds")
    assert invented == 0
    assert f1["members"] == 1.0 and f1["capofila"] == 1.0, f1
    for field, value in f1.items():
        assert value >= 0.9, (field, f1)


def test_demo_gold_scores_meet_targets() -> None:
    if not any((DEMO / "gold").glob("*.json")):
        pytest.skip("the demo web has no gold yet")
    f1, invented = _scores(DEMO / "gold", DEMO / "site")
    assert invented == 0
    for field, value in f1.items():
        assert value >= 0.9, (field, f1)


NEGATIVES = sorted(p.name for p in (FIXTURES / "pages").iterdir() if "_neg_" in p.name)


@pytest.mark.parametrize("name", NEGATIVES)
def test_negative_pages_give_no_ambito_and_no_comune(name: str) -> None:
    facts = _fixture(name)
    assert facts.ambiti == [] and facts.comuni == []
    assert facts.skipped_reason


def test_three_ambiti_on_one_page_come_out_separately() -> None:
    facts = _fixture("21_asst_distretti_three_ambiti.html")
    gold = json.loads((FIXTURES / "gold" / "21_asst_distretti_three_ambiti.html.json").read_text(encoding="utf-8"))
    assert [a.name for a in facts.ambiti] == [a["name"] for a in gold["ambiti"]]
    assert [a.members for a in facts.ambiti] == [a["members"] for a in gold["ambiti"]]
    assert all(a.capofila is None for a in facts.ambiti)
    assert all(a.ats == "ATS della Città Metropolitana di Milano" and a.asst == "ASST Rhodense" for a in facts.ambiti)


@pytest.mark.parametrize(
    "name",
    [
        "45_asst_sections_capofila_verbs.html",  # <h2> sections, a capofila verb in each
        "46_table_rows_two_ambiti.html",  # a row per ambito, the capofila in its column
        "47_prose_two_ambiti_comprende.html",  # "L'Ambito di A comprende ...; l'Ambito di B comprende ..."
        "60_asst_h3_three_ambiti_labels.html",  # <h3> sections under a heading naming the ambiti
        "61_prose_fanno_parte_two_ambiti.html",  # a paragraph per ambito, no capofila
    ],
)
def test_each_ambito_keeps_its_own_list_and_capofila(name: str) -> None:
    """The scores pool a page's members; here each ambito must have exactly its own comuni and capofila."""
    gold = json.loads((FIXTURES / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    found = [(a.name, a.capofila, sorted(a.members)) for a in _fixture(name).ambiti]
    assert found == [(a["name"], a["capofila"], sorted(a["members"])) for a in gold["ambiti"]]


@pytest.mark.parametrize(
    ("name", "stated", "listed"),
    [("07_count_mismatch_treviglio.html", 18, 17), ("13_documento_piano_abbiatense.txt", 15, 14)],
)
def test_count_that_disagrees_with_the_list_gives_a_note(name: str, stated: int, listed: int) -> None:
    ambito = _fixture(name).ambiti[0]
    assert len(ambito.members) == listed
    assert any(f"speaks of {stated} comuni but lists {listed}" in note for note in ambito.notes)


def test_count_that_agrees_gives_no_count_note() -> None:
    for name in ("06_deflist_desio.html", "10_plans_history_suzzara.html", "14_news_magentino_no_capofila.html"):
        assert not any("speaks of" in note for note in _fixture(name).ambiti[0].notes), name


@pytest.mark.parametrize(
    ("name", "capofila", "basis"),
    [
        ("01_designers_rhodense_ufficio.html", "015182", "stated"),
        ("05_accordo_programma_castanese.txt", "015062", "stated"),
        ("03_contact_blocks_corsico.html", "015093", "implied"),
        ("12_contact_blocks_saronno_upper.html", "012119", "implied"),
        ("23_old_list_abbiategrasso_merged_comuni.html", "015002", "implied"),
        ("04_wp_news_garbagnate_no_capofila.html", None, None),
        ("09_table_tirano_comunita_montana.html", None, None),  # a Comunità Montana: not a comune
        ("14_news_magentino_no_capofila.html", None, None),  # a meeting place is no evidence
    ],
)
def test_capofila_and_its_basis(name: str, capofila: str | None, basis: str | None) -> None:
    ambito = _fixture(name).ambiti[0]
    assert (ambito.capofila, ambito.capofila_basis) == (capofila, basis)


def test_former_names_resolve_to_the_comune_of_today() -> None:
    facts = _fixture("23_old_list_abbiategrasso_merged_comuni.html")
    assert facts.unresolved_names == []
    assert facts.ambiti[0].members.count("015251") == 1  # Vermezzo and Zelo Surrigone: Vermezzo con Zelo since 2019


def test_partners_areas_and_health_bodies() -> None:
    castanese = _fixture("05_accordo_programma_castanese.txt").ambiti[0]
    assert castanese.partner_ambiti == ["Legnanese", "Magentino", "Abbiatense"]
    assert castanese.intervention_areas == ["A", "D", "E", "G", "J"]
    assert (castanese.ats, castanese.asst) == ("ATS della Città Metropolitana di Milano", "ASST Ovest Milanese")
    legnanese = _fixture("02_old_table_legnanese.html").ambiti[0]
    assert (legnanese.ats, legnanese.asst) == (None, None)  # an ex-ASL is neither


def test_comuni_with_only_a_website_come_from_a_table() -> None:
    facts = _fixture("09_table_tirano_comunita_montana.html")
    assert len(facts.comuni) == 12
    assert {c.contacts.website for c in facts.comuni} >= {"http://www.comune.tirano.so.it"}


def test_every_fact_keeps_its_evidence() -> None:
    ambito = _fixture("01_designers_rhodense_ufficio.html").ambiti[0]
    for key in (
        "name",
        "members",
        "capofila",
        "plan:2021-2023",
        "approved:2021-2023",
        "extended:2021-2023",
        "ats",
        "asst",
        "ufficio_di_piano",
    ):
        assert ambito.evidence.get(key), key


@pytest.mark.slow
@pytest.mark.xdist_group(SCORED_WHOLE)
def test_every_member_names_the_rule_that_took_it() -> None:
    rules = rule_totals(list(scored(FIXTURES / "gold", FIXTURES / "pages")))
    assert "unexplained" not in rules
    assert {"intro", "sentence", "verb-after", "label", "contact-block"} <= rules.keys()
    assert all(score.fp == 0 for score in rules.values()), rules

"""Held-out pages (tests/fixtures/heldout), written apart from the extractor and never tuned on.

Their recall is a measurement for the notes, not a target; what must hold on pages nobody tuned
for is that the extractor invents nothing: no comune, no capofila, no contact that is not there."""

from __future__ import annotations

from pathlib import Path

from crawler.evaluation import evaluate_dir, totals

HELDOUT = Path(__file__).resolve().parent / "fixtures" / "heldout"


def test_heldout_pages_get_no_invented_facts() -> None:
    reports = evaluate_dir(HELDOUT / "gold", HELDOUT / "pages")
    assert len(reports) == 12
    assert sum(len(r.invented) for r in reports) == 0
    for field, score in totals(reports).items():
        assert score.precision >= 0.95, (field, score.as_dict())


def test_heldout_negative_pages_give_no_ambito() -> None:
    reports = {r.page: r for r in evaluate_dir(HELDOUT / "gold", HELDOUT / "pages")}
    for page, report in reports.items():
        if "_neg_" in page:
            assert report.scores["members"].fp == 0 and report.scores["capofila"].fp == 0, page

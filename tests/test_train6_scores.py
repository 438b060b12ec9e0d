"""A regression guard on the train6 training set: the extractor keeps the figures round 13 reached on it.

train6 is a set for tuning (tests/fixtures/train6/README.md), so these are floors, not a measurement of pages the
extractor has never seen: members F1 0.98 (its misses: a project's roll-out over the ambito's comuni, t6_11),
every other field 1.00, all fields together 0.99, no invented member and no fact from a decoy page.
Figures: python -m tests.fixtures.train6.score
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scored import scored

from crawler.evaluation import PageReport, Score, totals

TRAIN6 = Path(__file__).resolve().parent / "fixtures" / "train6"
FLOORS = {"members": 0.98} | {
    f: 1.0 for f in ("capofila", "phones", "emails", "addresses", "responsible", "plans", "approvals", "page_dates")
}
ALL_FIELDS_FLOOR = 0.985  # 0.9898 when written (8 members missed on t6_11)


@pytest.fixture(scope="module")
def reports() -> list[PageReport]:
    return list(scored(TRAIN6 / "gold", TRAIN6 / "pages"))


@pytest.mark.parametrize(("field", "floor"), FLOORS.items())
def test_field_stays_at_its_floor(reports: list[PageReport], field: str, floor: float) -> None:
    score = totals(reports)[field]
    assert score.f1 >= floor - 1e-9, (field, score.as_dict())


def test_all_fields_together(reports: list[PageReport]) -> None:
    together = Score()
    for score in totals(reports).values():
        together.add(score)
    assert together.f1 >= ALL_FIELDS_FLOOR, together.as_dict()


def test_no_invented_member_and_no_decoy_fact(reports: list[PageReport]) -> None:
    layouts = json.loads((TRAIN6 / "layouts.json").read_text(encoding="utf-8"))
    assert [(r.page, r.invented) for r in reports if r.invented] == []
    decoys = [r for r in reports if layouts[r.page] == "decoy"]
    assert [(r.page, field, x) for r in decoys for field, extra in r.extra.items() for x in extra] == []

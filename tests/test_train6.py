"""The train6 training set (tests/fixtures/train6) is well formed, the way the held-out sets are checked.

It is a set for tuning, so no score is asserted: only that every page has a gold file and a layout,
the decoys are the `_neg_` pages, every member is written on its page, the gold obeys the corpus's
shape rules, and the scorer runs over every page (figures: python -m tests.fixtures.train6.score).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scored import scored

from tests.test_extract_heldout import NAMES, _forms, _norm, page_text
from tests.test_fixture_gold import check_gold_file

TRAIN6 = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "train6"
GOLD_FILES = sorted((TRAIN6 / "gold").glob("*.json"))
LEAST_PAGES, LEAST_LAYOUTS = 35, 10


def test_size_layouts_and_pairing() -> None:
    pages = sorted(p.name for p in (TRAIN6 / "pages").iterdir())
    assert len(pages) >= LEAST_PAGES
    assert pages == [p.name.removesuffix(".json") for p in GOLD_FILES]
    layouts = json.loads((TRAIN6 / "layouts.json").read_text(encoding="utf-8"))
    assert sorted(layouts) == pages, "layouts.json must label every page, and only pages"
    assert len(set(layouts.values())) >= LEAST_LAYOUTS
    decoys = {page for page, layout in layouts.items() if layout == "decoy"}
    assert decoys == {page for page in pages if "_neg_" in page}, "decoys are the _neg_ pages"
    assert len(decoys) >= len(pages) // 5, "about a quarter of the set are decoys"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_shape_and_members_on_page(path: Path) -> None:
    check_gold_file(path, TRAIN6 / "pages")
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = _norm(page_text(TRAIN6 / "pages" / gold["page"]))
    for ambito in gold["ambiti"]:
        assert set(ambito["members"]) >= {ambito["capofila"]} - {None}, ambito["name"]
        for istat in ambito["members"]:
            assert any(f" {form} " in text for form in _forms(istat)), f"{gold['page']}: {NAMES[istat]} not on page"


def test_scorer_evaluates_every_page() -> None:
    reports = scored(TRAIN6 / "gold", TRAIN6 / "pages")
    assert [r.page for r in reports] == [p.name.removesuffix(".json") for p in GOLD_FILES]

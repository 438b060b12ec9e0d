"""The scorer's reports on a page set, made once per test process: several tests score the same set
(test_extract_fixtures.py's fixture pages twice, train6 in test_train6.py and test_train6_scores.py),
and each run extracts every page again (a second of CPU for the fixture pages)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from crawler.evaluation import PageReport, evaluate_dir


@cache
def scored(gold: Path, pages: Path) -> tuple[PageReport, ...]:
    """`evaluate_dir(gold, pages)`, shared: read it, never change it."""
    return tuple(evaluate_dir(gold, pages))

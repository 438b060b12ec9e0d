"""An own fixture page (tests/fixtures/pages) extracted, and its gold: what the rounds' mechanism tests compare."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.parsers.extract import extract
from crawler.parsers.serialize import facts_to_json
from crawler.records import PageFacts

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def extracted(name: str) -> PageFacts:
    """The facts of a fixture page, a `.txt` page read as plain text (as pdftotext's output is)."""
    path = FIXTURES / "pages" / name
    return extract(path.read_bytes(), name, "text/plain" if path.suffix == ".txt" else None)


def gold(name: str) -> dict:
    return json.loads((FIXTURES / "gold" / f"{name}.json").read_text(encoding="utf-8"))


def gold_by_ambito(name: str) -> set[tuple[str | None, frozenset[str]]]:
    """Each gold ambito as (capofila, members): what a page's `PageFacts.ambiti` must give, in any order."""
    return {(ambito["capofila"], frozenset(ambito["members"])) for ambito in gold(name)["ambiti"]}


def extracted_by_ambito(name: str) -> set[tuple[str | None, frozenset[str]]]:
    """Each extracted ambito as (capofila, members), as `gold_by_ambito` gives the gold's."""
    return {(a.capofila, frozenset(a.members)) for a in extracted(name).ambiti}


def assert_gives_no_member(name: str) -> None:
    """A page whose gold has no ambito (another body's or a project's lists) gets no member from the extractor,
    whatever ambito it names."""
    assert not gold(name)["ambiti"]
    assert not [code for ambito in extracted(name).ambiti for code in ambito.members]


def _office_as_gold(office: object) -> object:
    """The office as the gold writes it: the street without the comma the extractor puts before the number."""
    if isinstance(office, dict) and office.get("address"):
        office = {**office, "address": {**office["address"], "street": office["address"]["street"].replace(",", "")}}
    return office


def extracted_offices(name: str) -> list[object]:
    """Each extracted ambito's Ufficio di Piano in the gold's JSON shape, in page order."""
    return [_office_as_gold(a["ufficio_di_piano"]) for a in facts_to_json(extracted(name), name)["ambiti"]]


def gold_offices(name: str) -> list[object]:
    """Each gold ambito's Ufficio di Piano, in the gold's order."""
    return [a["ufficio_di_piano"] for a in gold(name)["ambiti"]]


def extracted_comuni(name: str) -> set[str]:
    """The ISTAT codes of the comuni records (a comune's contact block) extracted from a fixture page."""
    return {c.istat for c in extracted(name).comuni}


def gold_comuni(name: str) -> set[str]:
    """The ISTAT codes of the gold's comuni records."""
    return {c["istat"] for c in gold(name)["comuni"]}

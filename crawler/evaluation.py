"""Measure the extractor against gold annotations: precision, recall and F1 per field and per page, and
how many members each member rule took rightly or wrongly (from the rule each member's evidence names; a
member is right only in its own ambito).

A gold file lists the facts a careful human reads off one page (see ../shared/gold/README.md).
Each field becomes a set of comparable items per page; counts are summed over pages
(micro-average). Members are scored per ambito: each ambito found is paired with the gold ambito of
the same name (else the one sharing most members), so on a page of several ambiti a comune given to
the wrong ambito is both a false positive and a false negative. "Invented comuni" counts members the
extractor reports that the gold does not list: the one error a researcher cannot catch by reading the
page, so it is reported apart.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from crawler.parsers.extract import extract
from crawler.parsers.serialize import facts_to_json
from crawler.reference.comuni import normalize_name

FIELDS = ["capofila", "members", "phones", "emails", "addresses", "responsible", "plans", "approvals", "page_dates"]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class PageReport:
    page: str
    scores: dict[str, Score] = field(default_factory=dict)
    invented: list[str] = field(default_factory=list)
    rules: dict[str, Score] = field(default_factory=dict)  # members by the rule that took them: right (tp) or not (fp)

    @property
    def overall(self) -> Score:
        """All fields of the page together."""
        out = Score()
        for s in self.scores.values():
            out.add(s)
        return out

    missed: dict[str, list[Any]] = field(default_factory=dict)
    extra: dict[str, list[Any]] = field(default_factory=dict)


def _offices(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(owner, contact dict) for the office of each ambito and each comune block."""
    out = [("ufficio", a["ufficio_di_piano"]) for a in doc.get("ambiti", []) if a.get("ufficio_di_piano")]
    out += [(f"comune:{c['istat']}", c) for c in doc.get("comuni", [])]
    return out


_NAME_WORDS = re.compile(
    r"\b(?:ambito|distretto|territoriale|distrettuale|sociale|sociali|n|nr|di|del|della|dell|dei|degli|de)\b"
)


def _ambito_key(name: str) -> str:
    """An ambito's name without its generic words: "Ambito territoriale di Desio" and "Ambito di Desio" are one."""
    return " ".join(_NAME_WORDS.sub(" ", normalize_name(name or "")).split())


def pair_ambiti(gold: list[dict[str, Any]], found: list[dict[str, Any]]) -> list[int | None]:
    """For each found ambito, the index of the gold ambito it stands for (None: an ambito the gold has not).
    Same name first, then the most shared members; each gold ambito is paired once."""
    candidates = []
    for f, fa in enumerate(found):
        for g, ga in enumerate(gold):
            same = bool(_ambito_key(fa.get("name", ""))) and _ambito_key(fa.get("name", "")) == _ambito_key(ga["name"])
            shared = len(set(fa.get("members", [])) & set(ga.get("members", [])))
            if same or shared:
                candidates.append((same, shared, -f, -g))
    pairs: list[int | None] = [None] * len(found)
    taken: set[int] = set()
    for _, _, f, g in sorted(candidates, reverse=True):
        if pairs[-f] is None and -g not in taken:
            pairs[-f] = -g
            taken.add(-g)
    return pairs


def member_items(gold: dict[str, Any], found: dict[str, Any]) -> tuple[set[Any], set[Any]]:
    """(gold, found) members as (ambito, ISTAT) pairs, found ambiti named after the gold ambito they stand for."""
    pairs = pair_ambiti(gold.get("ambiti", []), found.get("ambiti", []))
    gold_items = {(g, m) for g, a in enumerate(gold.get("ambiti", [])) for m in a.get("members", [])}
    found_items = {
        (f"extra:{f}" if pairs[f] is None else pairs[f], m)
        for f, a in enumerate(found.get("ambiti", []))
        for m in a.get("members", [])
    }
    return gold_items, found_items


def items(doc: dict[str, Any], name: str) -> set[Any]:
    ambiti = doc.get("ambiti", [])
    if name == "capofila":
        return {a["capofila"] for a in ambiti if a.get("capofila")}
    if name == "members":  # page-level, for invented comuni; scored per ambito by member_items
        return {m for a in ambiti for m in a.get("members", [])}
    if name == "phones":
        return {(kind, n) for _, c in _offices(doc) for kind in ("phones", "fax") for n in c.get(kind) or []}
    if name == "emails":
        return {(kind, e.lower()) for _, c in _offices(doc) for kind in ("emails", "pec") for e in c.get(kind) or []}
    if name == "addresses":
        return {
            (owner, c["address"]["street"])
            for owner, c in _offices(doc)
            if c.get("address") and c["address"].get("street")
        }
    if name == "responsible":
        return {
            normalize_name(a["ufficio_di_piano"]["responsible"])
            for a in ambiti
            if a.get("ufficio_di_piano") and a["ufficio_di_piano"].get("responsible")
        }
    if name == "plans":
        return {(p["start_year"], p["end_year"]) for a in ambiti for p in a.get("plans", [])}
    if name == "approvals":
        return {
            (p["start_year"], p["end_year"], kind, p[kind])
            for a in ambiti
            for p in a.get("plans", [])
            for kind in ("approved_on", "extended_until")
            if p.get(kind)
        }
    if name == "page_dates":
        return {doc["page_updated_on"]} if doc.get("page_updated_on") else set()
    raise ValueError(name)


def _same_street(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(normalize_name(a), normalize_name(b)) >= 90


def compare(gold: set[Any], found: set[Any], name: str) -> tuple[Score, list[Any], list[Any]]:
    if name != "addresses":
        return (
            Score(len(gold & found), len(found - gold), len(gold - found)),
            sorted(gold - found, key=str),
            sorted(found - gold, key=str),
        )
    unmatched = set(found)
    missed = []
    for owner, street in sorted(gold):
        hit = next((f for f in sorted(unmatched) if f[0] == owner and _same_street(f[1], street)), None)
        if hit:
            unmatched.discard(hit)
        else:
            missed.append((owner, street))
    tp = len(gold) - len(missed)
    return Score(tp, len(unmatched), len(missed)), missed, sorted(unmatched)


def evaluate_page(gold: dict[str, Any], found: dict[str, Any]) -> PageReport:
    report = PageReport(gold["page"])
    gold_members, found_members = member_items(gold, found)
    for name in FIELDS:
        expected, got = (gold_members, found_members) if name == "members" else (items(gold, name), items(found, name))
        score, missed, extra = compare(expected, got, name)
        report.scores[name] = score
        if missed:
            report.missed[name] = missed
        if extra:
            report.extra[name] = extra
    report.invented = sorted(items(found, "members") - items(gold, "members"))
    pairs = pair_ambiti(gold.get("ambiti", []), found.get("ambiti", []))
    for ambito, paired in zip(found.get("ambiti", []), pairs, strict=True):
        for code in ambito.get("members", []):
            rule = (ambito.get("evidence") or {}).get(f"member:{code}", "unexplained").split(":")[0]
            right = (paired, code) in gold_members  # right only in its own ambito
            report.rules.setdefault(rule, Score()).add(Score(1, 0, 0) if right else Score(0, 1, 0))
    return report


def evaluate_dir(gold_dir: Path, pages_dir: Path) -> list[PageReport]:
    reports = []
    gold_files = sorted(gold_dir.glob("*.json"))
    if not gold_files:
        raise FileNotFoundError(f"{gold_dir}: no gold *.json files")
    for path in gold_files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        page = pages_dir / gold["page"].lstrip("/")
        if not page.is_file():
            raise FileNotFoundError(f"{path}: names page {gold['page']!r}, not found in {pages_dir}")
        ctype = "text/plain" if page.suffix == ".txt" else ("application/pdf" if page.suffix == ".pdf" else None)
        found = facts_to_json(extract(page.read_bytes(), page.name, ctype), page=page.name)
        reports.append(evaluate_page(gold, found))
    return reports


def totals(reports: list[PageReport]) -> dict[str, Score]:
    out = {name: Score() for name in FIELDS}
    for r in reports:
        for name, s in r.scores.items():
            out[name].add(s)
    return out


def rule_totals(reports: list[PageReport]) -> dict[str, Score]:
    """Members taken by each rule over all pages: how many right (tp), how many not (fp)."""
    out: dict[str, Score] = {}
    for r in reports:
        for rule, s in r.rules.items():
            out.setdefault(rule, Score()).add(s)
    return dict(sorted(out.items()))


def as_json(reports: list[PageReport]) -> dict[str, Any]:
    return {
        "overall": {name: s.as_dict() for name, s in totals(reports).items()},
        "invented_comuni": sum(len(r.invented) for r in reports),
        "member_rules": {rule: {"right": s.tp, "wrong": s.fp} for rule, s in rule_totals(reports).items()},
        "pages": [
            {
                "page": r.page,
                "f1": round(r.overall.f1, 4),
                "scores": {n: s.as_dict() for n, s in r.scores.items()},
                "invented": r.invented,
                "missed": r.missed,
                "extra": r.extra,
            }
            for r in reports
        ],
    }


def as_table(reports: list[PageReport]) -> str:
    head = f"{'page':42} " + " ".join(f"{n[:9]:>9}" for n in FIELDS) + f" {'page F1':>9}"
    lines = [head, "-" * len(head)]
    for r in reports:
        cells = []
        for n in FIELDS:
            s = r.scores[n]
            cells.append(f"{'-' if s.tp + s.fp + s.fn == 0 else f'{s.f1:.2f}':>9}")
        everything = r.overall
        cells.append(f"{'-' if everything.tp + everything.fp + everything.fn == 0 else f'{everything.f1:.2f}':>9}")
        lines.append(f"{r.page[:42]:42} " + " ".join(cells))
    lines.append("-" * len(head))
    t = totals(reports)
    for label, attr in (("precision", "precision"), ("recall", "recall"), ("F1", "f1")):
        lines.append(f"{'overall ' + label:42} " + " ".join(f"{getattr(t[n], attr):>9.2f}" for n in FIELDS))
    lines.append(f"invented comuni: {sum(len(r.invented) for r in reports)}")
    rules = rule_totals(reports)
    if rules:
        counts = ", ".join(f"{rule} {s.tp} right / {s.fp} wrong" for rule, s in rules.items())
        lines.append(f"members by rule: {counts}")
    return "\n".join(lines)

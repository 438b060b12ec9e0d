"""Piano di Zona periods, approval dates and extensions, from sentences.

A year range is a plan period only when it spans a triennium and the words around it speak of
planning ("Piano di Zona 2021-2023", "triennio 2018/2020", "per il periodo 2015/2017"); a
"bilancio 2020-2022" or a school's PTOF is not.
"""

from __future__ import annotations

import re

from crawler.parsers.italian import find_dates
from crawler.records import PlanFacts

PERIOD_RE = re.compile(r"\b(20[0-4]\d)\s*(?:/|-|–|—|\s-\s|\s)\s*(20[0-4]\d|[0-4]\d)\b")
PLAN_CONTEXT = re.compile(
    r"piano\s+(?:sociale\s+)?(?:di\s+)?zona|piani\s+di\s+zona|\bpdz\b|triennio|programmazione|"
    r"documento\s+di\s+piano|accordo\s+di\s+programma|periodo|piano\s+sociale|pianificazione|"
    r"triennale\s+(?:sociale|zonale)",
    re.I,
)
NOT_PLAN = re.compile(
    r"bilancio|\bptof\b|offerta\s+formativa|\bdup\b|opere\s+pubbliche|anticorruzione|\bpiao\b|"
    r"performance|fabbisogno\s+del\s+personale|scolastic|stagione|campionato",
    re.I,
)
APPROVED = re.compile(r"approvat|approvazione|sottoscritt|sottoscrizione", re.I)
EXTENDED = re.compile(r"prorogat|proroga", re.I)
UNTIL = re.compile(r"(?:fino|sino)\s+al(?:l')?|\bal\b|\bal\s+giorno|a\s+tutto\s+il", re.I)


def periods_in(sentence: str) -> list[tuple[int, int, int]]:
    """(offset, start year, end year) of each plan period named in a sentence."""
    out = []
    for m in PERIOD_RE.finditer(sentence):
        start = int(m.group(1))
        end = int(m.group(2))
        if end < 100:
            end += 2000
        if end - start != 2:
            continue
        window = sentence[max(0, m.start() - 90) : m.end() + 25]
        if PLAN_CONTEXT.search(window) and not NOT_PLAN.search(window):
            out.append((m.start(), start, end))
    return out


def _date_after(sentence: str, keyword: re.Pattern[str]) -> str | None:
    kw = keyword.search(sentence)
    dates = find_dates(sentence)
    if not kw or not dates:
        return None
    after = [iso for pos, iso in dates if pos > kw.start()]
    return after[0] if after else dates[-1][1]


def plans_in(sentences: list[str]) -> tuple[list[PlanFacts], dict[str, str]]:
    """Every plan period in the sentences, with approval and extension dates; plus evidence."""
    plans: dict[tuple[int, int], PlanFacts] = {}
    evidence: dict[str, str] = {}
    last: tuple[int, int] | None = None
    for sentence in sentences:
        found = periods_in(sentence)
        for _, start, end in found:
            key = (start, end)
            if key not in plans:
                plans[key] = PlanFacts(start, end)
                evidence[f"plan:{start}-{end}"] = sentence[:300]
        target = found[0][1:] if len(found) == 1 else (None if found else last)
        if target is not None:
            plan = plans[target]
            if APPROVED.search(sentence) and not EXTENDED.search(sentence):
                approved = _date_after(sentence, APPROVED)
                if approved and int(approved[:4]) >= plan.start_year - 1 and not plan.approved_on:
                    plan.approved_on = approved
                    evidence[f"approved:{plan.start_year}-{plan.end_year}"] = sentence[:300]
            if EXTENDED.search(sentence):
                until = _date_after(sentence, UNTIL)
                if until and int(until[:4]) >= plan.end_year:
                    plan.extended_until = until
                    evidence[f"extended:{plan.start_year}-{plan.end_year}"] = sentence[:300]
        if found:
            last = found[-1][1:]
    return sorted(plans.values(), key=lambda p: p.start_year), evidence

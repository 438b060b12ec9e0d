"""A plan period written in two-digit years right after the plan's own name ("PdZ 25-27", "P.d.Z. 24/26", "Piano di
Zona 21-23"), written out in full ("PdZ 2025-2027") so the plan reader, which takes a period's first year only as
20xx, reads it.

Two bare two-digit numbers are anything (house numbers "Via Roma 25-27", days "25-27 marzo", pages, articles):
only the plan's name right before them, and a span of three years (a triennium), make them a period.
"""

from __future__ import annotations

import re

_SHORT_PERIOD = re.compile(
    r"(?P<name>\bpdz|\bp\.\s?d\.\s?z\.|\bpiano\s+(?:sociale\s+)?di\s+zona)(?P<gap>\s*)"
    r"(?P<a>[0-4]\d)(?P<sep>\s*[-/–]\s*)(?P<b>[0-4]\d)\b(?![-/.,]?\d)"
    # a day range ("il Piano di Zona 25-27 marzo": three days of meetings) is no period
    r"(?!\s*(?:gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)[a-z]*\b)",
    re.I,
)
_GUARD = ("pdz", "d.z", "d. z", "di zona")  # every branch of the name above, for a cheap look before the pattern


def _in_full(m: re.Match[str]) -> str:
    start, end = int(m["a"]), int(m["b"])
    if end - start != 2:
        return m[0]
    return f"{m['name']}{m['gap']}20{m['a']}{m['sep']}20{m['b']}"


def with_full_years(text: str) -> str:
    """The text with each plan period in two-digit years after the plan's name written in four."""
    low = text.lower()
    if not any(word in low for word in _GUARD):
        return text
    return _SHORT_PERIOD.sub(_in_full, text)

"""An office's former seat named beside its new one.

A notice of a move names both streets ("non riceve più in Via A: la nuova sede è in Corso B", "ha lasciato la sede
di Piazza A e dal 2 maggio riceve in", "la vecchia sede di Via A resta chiusa"): a street right after words of leaving
is where the office was, not where it is. The office's street is the first one of the text that is not such.
"""

from __future__ import annotations

import re

from crawler.parsers import contacts as ct
from crawler.parsers.prechecks import may_match

# words of leaving, then the street within its clause: "non riceve più in", "non ha più sede in", "ha lasciato la sede
# di", "lascia i locali di", "la vecchia / ex / precedente sede di", "dalla precedente sede di"
_LEFT = re.compile(
    r"(?:\bnon\s+(?:riceve|è|ha|si\s+trova|sarà)\s+(?:sede\s+)?pi(?:ù|u['’])|\b(?:ha|hanno)\s+lasciato|"
    r"\blascia(?:no|to|ta)?\b|\b(?:vecchia|ex|precedente)\s*[-–]?\s*sede|"
    r"\bdall[ae]\s+(?:vecchi[ae]|precedent[ei])\s+(?:sed[ei]|uffici|locali))[^.;:]{0,40}$",
    re.I,
)
_WORDS = ("più", "piu", "lascia", "sede", "vecchi", "precedent")  # (every branch has one: "ex sede" its "sede")


def present_street(text: str) -> str | None:
    """The first street of a line that is not a former seat's (the line's first street when it says no leaving)."""
    if not may_match(text, _WORDS):
        return ct.street_in(text)
    for m in ct.STREET_RE.finditer(text):
        if not _LEFT.search(text, max(0, m.start() - 120), m.start()):
            return ct.street_in(text[m.start() :])
    return None

"""The lead comune named by its role alone: "oltre alla città capofila, A, B e C", "A e B, insieme al comune capofila".

Prose that names an ambito after its lead comune ("l'ambito di Cantù") lists the other comuni and stands the role
noun for the lead one: the role's holder is the comune the ambito is named after, never the list's first item. Not
"l'ente capofila" (a consortium or an azienda may hold the role) and not a role tied to a name ("oltre al comune
capofila di Rho", "oltre al comune capofila Rho").
"""

from __future__ import annotations

import re

# the addition that stands the role for a comune left out of the list, up to the role's noun
_ADDED_TO = r"\b(?:oltre|insieme|assieme|accanto)\s+(?:a|al|allo|alla|all['’])\s*(?:stess[oa]\s+)?(?:comune|città)\s+"
# the role not tied to a name after it: not "capofila di Rho", "capofila Rho", "capofila: Rho", "capofila, Rho, che"
_UNNAMED = (
    r"capofila\b(?!\s*[:(–-]|\s+(?:di|del|della|dell['’])\b|\s+(?-i:[A-ZÀ-Ý])|"
    r",\s*(?-i:[A-ZÀ-Ý])\w*\s*,?\s*(?:che|è|e'|ha)\b)"
)

ROLE_ANAPHOR = re.compile(_ADDED_TO + _UNNAMED, re.I)
# the anaphor right before the role's keyword: that keyword names no holder after or before it
BEFORE_ROLE = re.compile(_ADDED_TO + r"$", re.I)
# the anaphor opening the text after a list ("A, B e C, insieme alla città capofila")
AFTER_LIST = re.compile(r"^[\s,;]*(?:(?:e|ed)\s+)?" + _ADDED_TO + _UNNAMED, re.I)
# the anaphor before a list, in its clause ("Oltre al Comune capofila, aderiscono all'ambito di X i comuni di")
BEFORE_LIST = re.compile(_ADDED_TO + _UNNAMED + r"[^.;]{0,80}$", re.I)


def stands_for_the_lead(before: str, role: str, after: str) -> bool:
    """Whether the role keyword `role` between `before` and `after` is the anaphor of the ambito's lead comune."""
    return bool(BEFORE_ROLE.search(before[-40:]) and ROLE_ANAPHOR.search(before[-40:] + role + after[:60]))


def about_a_list(before: str, after: str) -> bool:
    """Whether the anaphor stands beside a list: before it ("oltre al comune capofila, A, B") or after it."""
    return bool(AFTER_LIST.match(after) or ("capofila" in before[-140:].lower() and BEFORE_LIST.search(before[-140:])))


def names_the_lead(sentences: list[str]) -> bool:
    """Whether a sentence stands the role for the ambito's lead comune."""
    return any("capofila" in s.lower() and ROLE_ANAPHOR.search(s) for s in sentences)

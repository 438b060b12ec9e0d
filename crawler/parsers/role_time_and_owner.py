"""Whose capofila a sentence names, and whether it is still so: a role held until a date that is over, a role said
of another ambito named beside it.

A changed capofila is told by the old holder's sentence: the role in a past tense of holding with its end dated ("Fino
al 31 dicembre 2024 il ruolo di capofila è stato svolto dal Comune di A", "A è stato capofila sino al 2023", "Dal 2018
al 2023 capofila era A"); a designation with a term ("è stato individuato quale capofila fino al 2026") is the
holder's still. A neighbour's capofila is told by its tie to that ambito's name: "l'Ambito di B, il cui capofila è
B", "l'Ambito di B (capofila B)", "l'Ambito di B, con capofila B"; it is the page's own only when the holder is one
of the comuni the page lists or its ambito is the page's own.
"""

from __future__ import annotations

import re

from crawler.parsers.prechecks import may_match

# the role's end dated: "fino al 31 dicembre 2024", "sino a tutto il 2023", "dal 2018 al 2023"
_ENDED = re.compile(r"\b(?:fino|sino)\s+(?:al|all['’]|a)\b|\bdal\s+(?:\d{1,2}\s+\w+\s+)?\d{4}\s+al\b", re.I)
_ENDED_WORDS = ("fino", "sino", "dal")
_THE = r"(?:(?:il|l['’]|la)\s*)?(?:(?:comune|ente)\s+)?"
# a past tense of holding right before the role ("A è stato (l'ente) capofila", "capofila era"): not a designation
_HELD_BEFORE = re.compile(rf"\b(?:(?:è|e')\s+stat[oa]|era|fu)\s+{_THE}$", re.I)
# ... or right after it: "capofila è stato svolto dal", "la funzione di capofila fu esercitata da", "capofila era A"
_HELD_AFTER = re.compile(
    r"^\s*(?:(?:dell['’]\s*|del\s+)(?:ambito|distretto)\b[^.;:,]{0,40}?\s+)?"
    r"(?:(?:è|e')\s+stat[oa]\s+(?:svolt|esercitat|ricopert|rivestit)[oa]\b|"
    rf"(?:è|e')\s+stat[oa]\s+{_THE}(?:comune|città)\b|(?:era|fu)\b)",
    re.I,
)
# the role tied to an ambito named right before it (its name capitalised words, not a clause: "l'Ambito di A riunisce
# 5 comuni, con capofila" names A's own role): "l'Ambito di B, il cui capofila", "Ambito di B (capofila",
# "Ambito di B, con capofila", "Ambito di B, di cui è capofila"
_OF_NAMED_AMBITO = re.compile(
    r"\bambito\s+(?:territoriale\s+|distrettuale\s+|sociale\s+)?(?:di|del|della|dell['’])\s*"
    r"(?P<name>(?-i:[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|di|del|della|de|sul|al|in|con)){0,5}))\s*"
    r"(?:,\s*(?:il\s+cui|la\s+cui|con|di\s+cui\s+(?:è|e')|che\s+ha\s+(?:come|per))|\(\s*(?:con\s+)?)\s*"
    r"(?:(?:il|l['’]|la)\s*)?(?:(?:comune|ente)\s+)?$",
    re.I,
)


def held_until_over(before: str, after: str, sentence: str) -> bool:
    """Whether the role is said held in the past with its end dated: the old holder's, not the page's capofila."""
    if not may_match(sentence, _ENDED_WORDS) or not _ENDED.search(sentence):
        return False
    return bool(_HELD_BEFORE.search(before) or _HELD_AFTER.match(after))


def named_ambito(before: str) -> str | None:
    """The name of the ambito the role is tied to right before it ("l'Ambito di B, il cui capofila è ..."): "B"."""
    if not may_match(before, ("ambito",)):
        return None
    m = _OF_NAMED_AMBITO.search(before[-120:])
    return m.group("name") if m else None

"""Every comune named in a text, found at once by a multi-pattern automaton over normalised text.

The vocabulary is closed (Lombardy's 1,502 comuni, with their abbreviated, bilingual and former
spellings), so the reliable way to read a list of members is to find every name first and only
then ask which names form a list. Matching runs over the text folded the way `normalize_name`
folds a name (no case, accents, apostrophes or hyphens) and keeps, for each folded character, its
offset in the original text, so a match can be quoted as written. A word hyphenated at a line end
("MARCALLO CON CA-\\nSONE") is joined; a name broken by a line break is one name, since a line break
folds to a space.

`pyahocorasick` finds all ~3,000 spellings in one pass, linear in the text: the alternation regex
it replaces backtracked over every key at every word of a 5 MB page.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import ahocorasick

_APOSTROPHES = "’‘`´ʼ′'"


@dataclass(frozen=True)
class Found:
    istat: str
    key: str  # the spelling matched, folded
    start: int  # offsets in the original text (end exclusive)
    end: int


def fold(text: str) -> tuple[str, list[int]]:
    """Text folded like `normalize_name` (single spaces, no leading space), and the original offset
    of each folded character. A hyphen that ends a line inside a word is dropped with the line break."""
    out: list[str] = []
    where: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch in "-\u00ad" and out and out[-1] != " " and i + 1 < n and text[i + 1] in " \n\t\r":
            j = i + 1
            while j < n and text[j] in " \n\t\r":
                j += 1
            if "\n" in text[i + 1 : j] and j < n and text[j].isalpha():
                i = j  # "CA-\nSONE": one word hyphenated at the end of a line
                continue
        for part in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(part):
                continue
            low = part.lower()
            if not ("a" <= low <= "z" or "0" <= low <= "9") or part in _APOSTROPHES:
                low = " "
            if low == " " and (not out or out[-1] == " "):
                continue
            out.append(low)
            where.append(i)
        i += 1
    return "".join(out), where


class Gazetteer:
    """Finds spellings of comuni (folded keys -> ISTAT code) in running text."""

    def __init__(self, spellings: dict[str, str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for key, istat in spellings.items():
            if key:
                self._automaton.add_word(key, (key, istat))
        self._automaton.make_automaton()
        self._empty = not spellings

    def find(self, text: str) -> list[Found]:
        """Whole-word spellings in text order, leftmost-longest: "Sermide e Felonica", not "Sermide"."""
        if self._empty or not text:
            return []
        folded, where = fold(text)
        hits: list[tuple[int, int, str, str]] = []
        for last, (key, istat) in self._automaton.iter(folded):
            start = last - len(key) + 1
            if (start == 0 or folded[start - 1] == " ") and (last + 1 == len(folded) or folded[last + 1] == " "):
                hits.append((start, last + 1, key, istat))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[Found] = []
        taken_until = 0
        for start, end, key, istat in hits:
            if start >= taken_until:
                out.append(Found(istat, key, where[start], where[end - 1] + 1))
                taken_until = end
        return out

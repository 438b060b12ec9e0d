"""Every comune named in a text, found at once by a multi-pattern automaton over normalised text.

The vocabulary is closed (Lombardy's 1,502 comuni, with their abbreviated, bilingual and former
spellings), so the reliable way to read a list of members is to find every name first and only
then ask which names form a list. Matching runs over the text folded the way `normalize_name`
folds a name (no case, accents, apostrophes or hyphens) and keeps, for each folded character, its
offset in the original text, so a match can be quoted as written. A word hyphenated at a line end
("MARCALLO CON CA-\\nSONE") is joined; a name broken by a line break is one name, since a line break
folds to a space.

`pyahocorasick` finds all ~2,200 spellings in one pass, linear in the text: the alternation regex
it replaces backtracked over every key at every word of a 5 MB page.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

import ahocorasick


@dataclass(frozen=True)
class Found:
    istat: str  # "" for a short form that names several comuni ("Cassano"): see `candidates`
    key: str  # the spelling matched, folded
    start: int  # offsets in the original text (end exclusive)
    end: int
    candidates: tuple[str, ...] = ()  # a short form's comuni ("Cassano": Cassano d'Adda, Cassano Magnago, ...)


class _OneChar(dict):
    """str.translate table: every character to one lower-case ASCII letter or digit, else a space (so
    offsets survive the translation); filled on first sight of each character. A number that is no digit (a
    footnote's superscript, "Bresso¹") parts words, as any other sign does."""

    def __missing__(self, code: int) -> str:
        base = "".join(ch for ch in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(ch))
        low = base[:1].lower() if unicodedata.category(chr(code)) != "No" else ""
        out = low if len(low) == 1 and ("a" <= low <= "z" or "0" <= low <= "9") else " "
        self[code] = out
        return out


_TABLE = _OneChar()
_WORD = re.compile(r"[a-z0-9]+")
_HYPHEN_BREAK = re.compile(r"(?<=\w)[-\u00ad][ \t]*\r?\n\s*(?=\w)")


def fold(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Text folded like `normalize_name` (words of a-z0-9 joined by single spaces) and its pieces as
    (offset in the folded text, offset in the original). A word hyphenated at a line end is one word."""
    translated = text.translate(_TABLE)
    joins = {m.start() for m in _HYPHEN_BREAK.finditer(text)}
    parts: list[str] = []
    pieces: list[tuple[int, int]] = []
    at = 0
    last_end = -1
    for m in _WORD.finditer(translated):
        if parts and not (joins and last_end in joins):
            parts.append(" ")
            at += 1
        pieces.append((at, m.start()))
        parts.append(m.group(0))
        at += m.end() - m.start()
        last_end = m.end()
    return "".join(parts), pieces


def _original(pieces: list[tuple[int, int]], starts: list[int], pos: int) -> int:
    k = bisect.bisect_right(starts, pos) - 1
    return pieces[k][1] + pos - pieces[k][0]


class Gazetteer:
    """Finds spellings of comuni (folded keys -> ISTAT code) in running text, and short forms (folded keys ->
    the comuni they may stand for), which only a list's context can settle."""

    def __init__(self, spellings: dict[str, str], short: dict[str, tuple[str, ...]] | None = None) -> None:
        self._automaton = ahocorasick.Automaton()
        for key, codes in (short or {}).items():
            if key and key not in spellings:
                self._automaton.add_word(key, (key, "" if len(codes) > 1 else codes[0], codes))
        for key, istat in spellings.items():
            if key:
                self._automaton.add_word(key, (key, istat, ()))
        self._automaton.make_automaton()
        self._empty = not spellings and not short

    def find(self, text: str) -> list[Found]:
        """Whole-word spellings in text order, leftmost-longest: "Sermide e Felonica", not "Sermide"."""
        if self._empty or not text:
            return []
        folded, pieces = fold(text)
        starts = [p[0] for p in pieces]
        hits: list[tuple[int, int, str, str, tuple[str, ...]]] = []
        for last, (key, istat, codes) in self._automaton.iter(folded):
            start = last - len(key) + 1
            if (start == 0 or folded[start - 1] == " ") and (last + 1 == len(folded) or folded[last + 1] == " "):
                hits.append((start, last + 1, key, istat, codes))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[Found] = []
        taken_until = 0
        for start, end, key, istat, codes in hits:
            if start >= taken_until:
                begin, stop = _original(pieces, starts, start), _original(pieces, starts, end - 1) + 1
                out.append(Found(istat, key, begin, stop, codes))
                taken_until = end
        return out

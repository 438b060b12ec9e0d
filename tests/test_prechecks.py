"""A precheck may let a pattern run in vain, never skip a text the pattern reads (crawler/parsers/prechecks.py)."""

from __future__ import annotations

import random
import re

import pytest

from crawler.parsers.members import (
    _MATERIAL,
    _PERSON,
    _SIGNED,
    _beyond_material,
    _hyphenated_at_line_end,
    _material_chunks,
    _signers_out,
)
from crawler.parsers.prechecks import may_match

# letters and the characters that re.I matches with an ASCII letter (İ ı as i, ſ as s, the Kelvin sign as k)
ALPHABET = list("aAcCdDiIkKlLmMnNoOpPsStTuU ’'-") + ["İ", "ı", "ſ", "K", "é", "\u00ad"]
SPELLINGS = {"i": "iIİı", "s": "sSſ", "k": "kKK"}


@pytest.mark.parametrize("word", ["ufficio", "piano", "distretto", "quell", "ask"])
def test_never_false_where_the_pattern_matches(word: str) -> None:
    rng = random.Random(word)
    pattern = re.compile(word, re.I)
    matched = 0
    for _ in range(20_000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 6)))
        at = rng.randint(0, len(text))
        written = "".join(rng.choice(SPELLINGS.get(ch, ch + ch.upper())) for ch in word)
        text = text[:at] + written + text[at:] if rng.random() < 0.7 else text
        if pattern.search(text):
            matched += 1
            assert may_match(text, (word,)), text
    assert matched > 10_000  # the strings exercise the folded letters, not only the plain word


def test_false_on_text_without_the_words() -> None:
    assert not may_match("Il Comune di Lodi, via Roma 5", ("ambito", "distretto"))
    assert not may_match("Città di Cantù — sede", ("ambito",))  # outside ASCII, no folded letter
    assert may_match("Uffİcio di Piano", ("ufficio",))  # a letter lower() does not fold as re.I does
    assert may_match("DISTRETTO", ("distretto",))


# list material and words of prose: the pieces a run's window is made of
PIECES = [", ", " e ", "; ", " (capofila) ", "Comune di ", " 12. ", " (MI) ", "a) ", " - ", "\n", " ", "  ", "'", "*"]
WORDS = ["Rho", "Pero", "sono", "i", "comuni", "dell'Ambito", "via", "2021", "x", "\x00"]


def test_the_lazy_reads_agree_with_rewriting_the_whole_window() -> None:
    """`_beyond_material` and `_material_chunks` stop where their rule stops; they must answer as rewriting the whole
    text does."""
    rng = random.Random(15)
    answers = set()
    for _ in range(5_000):
        text = "".join(rng.choice(PIECES if rng.random() < 0.7 else WORDS) for _ in range(rng.randint(0, 12)))
        answer = bool(_MATERIAL.sub("", text).strip())
        assert _beyond_material(text) == answer, repr(text)
        assert list(_material_chunks(text)) == _MATERIAL.sub("\x00", text).split("\x00"), repr(text)
        answers.add(answer)
    assert answers == {True, False}  # both answers are exercised


def test_a_hyphen_at_a_line_end_is_found_as_the_pattern_finds_it() -> None:
    """`_hyphenated_at_line_end` replaced a pattern compiled for each chunk: `chunk` + "-" + spaces or tabs + a line's
    end."""
    rng = random.Random(16)
    found = set()
    for _ in range(20_000):
        piece = "".join(rng.choice("ab- \t\n.") for _ in range(rng.randint(0, 10)))
        chunk = "".join(rng.choice("ab.") for _ in range(rng.randint(1, 2)))
        expected = bool(re.search(rf"{re.escape(chunk)}-[ \t]*(?:\n|$)", piece))
        assert _hyphenated_at_line_end(chunk, piece) == expected, (chunk, piece)
        found.add(expected)
    assert found == {True, False}


# what signatures and redacted persons are made of, and near misses
SIGNING = [
    "Il Sindaco",
    "ſindaco",
    "Assessore delegato",
    "Presidente",
    " - ",
    ": ",
    "Mario Rossi",
    "firmato",
    " ",
    "digitalmente",
    "F.to",
    "firma digitale",
    "___",
    "__",
    "XXXXXX",
    "xx",
    "(***)",
    "##",
    "omissis",
    "[...]",
    "...",
    "…",
    "per il Comune di",
    "; il comune di",
    "Comune",
    " o suo delegato",
    ", ",
    "Rho",
    "e",
]


def test_the_signers_prechecks_skip_no_text_their_patterns_rewrite() -> None:
    rng = random.Random(17)
    rewritten = 0
    for _ in range(20_000):
        text = "".join(rng.choice(SIGNING) for _ in range(rng.randint(0, 6)))
        expected = _PERSON.sub(",", _SIGNED.sub(",", text))
        assert _signers_out(text) == expected, repr(text)
        rewritten += expected != text
    assert rewritten > 2_000  # the texts exercise both patterns

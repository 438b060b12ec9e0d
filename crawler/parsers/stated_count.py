"""The number of comuni a page says its ambito has, wherever on the page it says it.

A page that counts its ambito's comuni once ("per un alloggio in uno dei tredici Comuni dell'Ambito", "ciascuno dei 22
Comuni dell'Ambito", "L'Ambito riunisce sette Comuni") and lists them elsewhere, under another heading or split over
a table's cells or a few zones' lists, has stated how long the list is: a run (or runs side by side) naming exactly
that many comuni, with nothing around it that names another kind of list, is the ambito's list. The count must be
said of the ambito's own comuni, not of a Distretto del Commercio's or an Unione's.
"""

from __future__ import annotations

import re

from crawler.parsers.italian import NUMBER_WORDS
from crawler.parsers.prechecks import may_match

_NUMBER = r"(\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_OF_THE_AMBITO = (
    r"(?:(?:dell['’]\s*|del\s+|d['’]\s*)(?:(?:nostro|intero|suo)\s+)?(?:ambito|distretto)\b"
    r"(?!\s+(?:urbano\s+)?del\s+commercio)|"
    r"(?:che\s+(?:oggi\s+)?(?:compongono|formano|costituiscono|fanno\s+parte\s+del)\s*l?['’]?\s*(?:ambito|distretto)\b)|"
    r"(?:aderenti|associati|firmatari|sottoscrittori)\b)"
)
# "i tredici Comuni dell'Ambito", "dei 22 comuni del Distretto", "i nove comuni aderenti", and the same count with the
# comuni called by the words of a paper or a small town's page ("gli undici paesi del distretto", "i sette municipi
# dell'Ambito"): the noun and whose comuni they are found first, the number read in the few words before them (no
# alternation of number words tried at every word of a long text)
_COMUNI_NOUN = r"(?:comuni|paesi|municipi)"  # closed vocabulary: what a page calls the comuni it counts
_OWN_COMUNI = re.compile(rf"\b{_COMUNI_NOUN}\s+{_OF_THE_AMBITO}", re.I)
_COUNT_BEFORE = re.compile(rf"\b{_NUMBER}\s+(?:[a-zà-ÿ]+\s+)?$", re.I)
COUNT_CHARS = 40  # the number and one adjective before "comuni"
SENTENCE_CHARS = 300  # the sentence read back from the count, for another body's name
# the verbs of an ambito that is made of its comuni: "L'Ambito riunisce", "il Distretto è composto da"
AMBITO_HOLDS = (
    r"(?:riunisce|comprende|raggruppa|conta|include|(?:è|e['’])\s+(?:format|compost|costituit)[oa]\s+(?:da|dai|dagli)|"
    r"si\s+compone\s+(?:di|dei))"
)
# "L'Ambito territoriale di X riunisce sette Comuni", "il Distretto è composto da 12 comuni"
_AMBITO_COUNTS = re.compile(
    rf"\b(?:ambito|distretto)\b[^.;:]{{0,80}}?\b{AMBITO_HOLDS}\s+(?:(?:i|gli|ben)\s+)?{_NUMBER}\s+(?:[a-zà-ÿ]+\s+)?"
    rf"{_COMUNI_NOUN}\b",
    re.I,
)
# a line that counts the comuni and introduces their list: "Dodici comuni, dal passo al confine, 28.000 abitanti:",
# "I nostri 9 comuni:", "I 12 comuni del territorio:". A noun phrase (the count, then a comma, a colon or "del
# territorio"), never a clause ("Cinque comuni hanno aderito al bando:"): the line names what the list is, not what
# it did
_COUNT_HEADS = re.compile(
    rf"^\s*(?:(?:i|gli|ben|i\s+nostri)\s+)?{_NUMBER}\s+{_COMUNI_NOUN}\s*(?:[,:]|del\s+territorio\b)[^:]*:\s*$",
    re.I,
)
# the count is of another body's comuni: "i 9 comuni del Distretto del Commercio", "l'Unione riunisce 5 comuni"
_ANOTHER_BODY = re.compile(r"commercio|\bunione\b|comunit[àa]\s+montana|\bconsorzio\b|\bpgt\b|\bats\b|\basst\b", re.I)


def stated_counts(lines: list[str]) -> frozenset[int]:
    """The numbers of comuni the page says its ambito has (three or more), each from a sentence of its own."""
    counts: set[int] = set()
    for line in lines:
        if not may_match(line, ("comuni", "paesi", "municipi")) or not (
            may_match(line, ("ambito", "distrett", "aderent", "associat", "firmatar", "sottoscritt"))
            or line.rstrip().endswith(":")
        ):
            continue
        said = [
            (c, m.end())
            for m in _OWN_COMUNI.finditer(line)
            if (c := _COUNT_BEFORE.search(line, max(0, m.start() - COUNT_CHARS), m.start()))
        ]
        said += [(m, m.end()) for m in _AMBITO_COUNTS.finditer(line)]
        said += [(m, m.end()) for m in _COUNT_HEADS.finditer(line)]
        for count, end in said:
            lo = max(0, count.start() - SENTENCE_CHARS)
            start = max(lo, line.rfind(".", lo, count.start()) + 1)
            if _ANOTHER_BODY.search(line[start:end]):
                continue
            word = count.group(1).lower()
            number = int(word) if word.isdigit() else NUMBER_WORDS[word]
            if number >= 3:
                counts.add(number)
    return frozenset(counts)


def counted_parts(sizes: list[tuple[int, frozenset[str]]], counts: frozenset[int]) -> range | None:
    """The first window of two or more consecutive lists (their sizes and codes) that together name exactly a stated
    number of comuni, none twice: the zones or cells one list was split into."""
    for i in range(len(sizes)):
        total, seen = 0, set()
        for j in range(i, len(sizes)):
            size, codes = sizes[j]
            if seen & codes:
                break
            total += size
            seen |= codes
            if j > i and total in counts:
                return range(i, j + 1)
            if total > max(counts, default=0):
                break
    return None


# "Il comune di Lovere è capofila; gli altri comuni sono A, B e C", "gli altri comuni dell'Ambito:": the rest of
# the ambito's comuni after the one the sentence named first, so the list is one short of the page's count
_THE_OTHERS = re.compile(
    rf"\bgli\s+altri\s+{_COMUNI_NOUN}\b[^.;:]{{0,60}}?(?:\bsono|:)\s*$",
    re.I,
)
OTHERS_CHARS = 120  # the words right before a list that may call it "the others"


def counted_size(listed: int, before: str) -> int:
    """How many of the ambito's comuni a list stands for: one more than it names when it names "the other" comuni,
    after the one its sentence named first (the capofila)."""
    return listed + 1 if _THE_OTHERS.search(before[-OTHERS_CHARS:]) else listed

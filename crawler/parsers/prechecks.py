"""Cheap tests that let a rule skip its costly patterns on text that cannot match them.

A pattern read with re.I and opening with a word boundary or an alternation is tried at every character of the text
(Python's engine finds no letter to jump to), so a rule that runs several over every line of a page spends most of
its time proving that a line says nothing. The words every branch of such a pattern needs are looked for first, in C.
"""

from __future__ import annotations

# letters re.I matches with an ASCII letter that str.lower() does not turn into it: İ and ı (i), ſ (s). The Kelvin
# sign, the fourth, lowers to "k".
_FOLDED_ELSEWHERE = "İıſ"


def may_match(text: str, words: tuple[str, ...]) -> bool:
    """Whether a pattern read with re.I could find one of these lower-case ASCII words in `text`: false only when none
    is in the lowered text and no letter that re.I folds differently is there."""
    lowered = text.lower()
    return any(word in lowered for word in words) or (
        not text.isascii() and any(letter in text for letter in _FOLDED_ELSEWHERE)
    )

"""A call named with its ambito and the ambito's composition: "erogato tramite un bando unico dell'Ambito del
Corsichese, formato dai Comuni di A, B e C", "l'avviso pubblico dell'Ambito Rhodense, di cui fanno parte i Comuni di".
The apposition or relative clause right after the ambito's name binds the list to the ambito, whatever the main
clause is about; a call's words before it (which elsewhere mark a call's applicants or partners) do not make the list
the call's. Only the call's words are set aside: a neighbour's or a project's words still govern ("confina con
l'Ambito di X, formato dai Comuni di": X's comuni, not the page's ambito's).
"""

from __future__ import annotations

import re

# the ambito's name (no punctuation), a comma, then a clause of composition ending where the list begins
_COMPOSED = re.compile(
    r"\b(?:ambito|distretto)\b[^.;:,()]{0,80}?,\s*"
    r"(?:(?:format|compost|costituit)[oa]\s+(?:da|dai|dagli|dal)|"
    r"di\s+cui\s+fa(?:nno)?\s+parte|che\s+(?:comprende|riunisce|raggruppa|include|unisce))"
    r"(?:\s+(?:i|gli))?(?:\s+[\w'’]+)?(?:\s+comuni(?:\s+di)?)?\s*$",
    re.I,
)
COMPOSED_CHARS = 200  # the ambito's name (80), its comma and the clause
CALL_WORDS = re.compile(r"\bbando\b|avviso\s+pubblico", re.I)  # closed: the call words of `members.PROJECT_LISTS`


def without_the_ambitos_call(text: str, before: str) -> str:
    """`text` (the words before a list, or a heading over it) with the call's words dropped when the list is the
    composition of the ambito named right before it (`before` ends so); else `text` as it is."""
    if not CALL_WORDS.search(text) or _COMPOSED.search(before[-COMPOSED_CHARS:]) is None:
        return text  # (most lists: no call named, or no ambito's composition)
    return CALL_WORDS.sub(" ", text)

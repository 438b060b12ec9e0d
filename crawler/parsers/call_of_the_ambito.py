"""A call named with its ambito and the ambito's composition: "erogato tramite un bando unico dell'Ambito del
Corsichese, formato dai Comuni di A, B e C", "l'avviso pubblico dell'Ambito Rhodense, di cui fanno parte i Comuni di".
The apposition or relative clause right after the ambito's name binds the list to the ambito, whatever the main
clause is about; a call's words before it (which elsewhere mark a call's applicants or partners) do not make the list
the call's. Only the call's words are set aside: a neighbour's or a project's words still govern ("confina con
l'Ambito di X, formato dai Comuni di": X's comuni, not the page's ambito's).
"""

from __future__ import annotations

import re

from crawler.parsers.prechecks import may_match

_WHICH = r"(?:di\s+cui|(?:de|a|ne)l(?:la)?\s+quale|a\s+cui|in\s+cui)"  # the relative pronoun after the ambito's name
# a relative clause whose verb is one of membership: the comuni its subject ("del quale fanno parte", "al quale
# aderiscono"), or one comune its subject and the others its companions ("di cui Y fa parte con")
_MEMBERS_CLAUSE = (
    rf"{_WHICH}\s+(?:(?:fa(?:nno)?\s+parte|aderiscono|appartengono|partecipano|rientrano|sono\s+compresi)|"
    r"(?:il\s+comune\s+di\s+)?(?-i:[A-ZÀ-Ý])[\w'’ -]{0,40}?\s+"
    r"(?:fa\s+parte|aderisce|appartiene|partecipa|rientra)\s+(?:con|insieme\s+(?:a|ai|agli|con)))"
)
_AMBITO_THEN = r"\b(?:ambito|distretto)\b[^.;:,()]{0,80}?,\s*"  # the ambito's name (no punctuation), a comma
_LIST_OPENS = (
    r"(?:\s+(?:i|gli))?(?:\s+[\w'’]+)?(?:\s+comuni(?:\s+di)?)?\s*$"  # "i (sei) Comuni di", where the list begins
)
# the ambito's name, then a clause of composition ending where the list begins
_COMPOSED = re.compile(
    _AMBITO_THEN
    + r"(?:(?:format|compost|costituit)[oa]\s+(?:da|dai|dagli|dal)|"
    + _MEMBERS_CLAUSE
    + r"|che\s+(?:comprende|riunisce|raggruppa|include|unisce))"
    + _LIST_OPENS,
    re.I,
)
_MEMBERS_OF_THE_AMBITO = re.compile(_AMBITO_THEN + _MEMBERS_CLAUSE + _LIST_OPENS, re.I)
_PARTNER = re.compile(r"\b(?:insieme|assieme|accanto)\s+(?:a|al|all['’]|con)\s*(?:l['’]\s*)?$", re.I)
COMPOSED_CHARS = 200  # the ambito's name (80), its comma and the clause
CALL_WORDS = re.compile(r"\bbando\b|avviso\s+pubblico", re.I)  # closed: the call words of `members.PROJECT_LISTS`


def without_the_ambitos_call(text: str, before: str) -> str:
    """`text` (the words before a list, or a heading over it) with the call's words dropped when the list is the
    composition of the ambito named right before it (`before` ends so); else `text` as it is."""
    if not CALL_WORDS.search(text) or _COMPOSED.search(before[-COMPOSED_CHARS:]) is None:
        return text  # (most lists: no call named, or no ambito's composition)
    return CALL_WORDS.sub(" ", text)


def composed_of_the_list(before: str) -> bool:
    """The words before a list end with the ambito's name and a relative clause of membership ("l'Ambito di X, del
    quale fanno parte", "di cui Y fa parte con"): the list is the ambito's comuni, whatever the main clause says; a
    partner's ("insieme all'Ambito di X, di cui fanno parte") is not the page's."""
    tail = before[-COMPOSED_CHARS:]
    if not may_match(tail, ("ambito", "distretto")):
        return False  # (most lists: no ambito named right before)
    clause = _MEMBERS_OF_THE_AMBITO.search(tail)
    return clause is not None and not _PARTNER.search(tail[: clause.start()])  # "insieme all'Ambito di X, di cui"

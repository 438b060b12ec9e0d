"""A role said as a change of hands: the old holder named beside the new one.

Sites tell a new capofila by the change ("il ruolo di capofila è passato dal Comune di A, che lo aveva svolto per il
triennio, al Comune di B"; "le funzioni non sono più svolte dal Comune di A ma dalla Comunità Montana"). Read from
the role onward, the first holder named is the old one: the new one follows the "to" of the transfer or the "ma" of
the "no longer". This module finds where the new holder's name begins; the caller reads it (a comune, or a body
that is none).
"""

from __future__ import annotations

import re

from crawler.parsers.prechecks import may_match

# the start of a holder's name after its preposition: a comune's or a body's title, or a capitalised name
_HOLDER = r"(?<!\w)(?=(?:(?:il|la|l['’])\s*)?(?:comune|città|comunità|unione|azienda|consorzio|ente)\b|(?-i:[A-ZÀ-Ý]))"
# the verb, not its noun ("i trasferimenti", "il passaggio" name no holder)
_VERB = (
    r"\b(?:pass(?:a|ano|at[oaie]|erà|eranno)|trasferit[oaie]|trasferisc[eo]\w*|trasferirà|transit(?:a|at[oaie]))\s+"
    r"(?:[^.;:]{0,30}?\s)?"
)
_TO_WORD = r"(?:a|ad|al|alla|all['’])\s*"
# a transfer verb and its "from": "passa dal", "è passato dalla", "viene trasferita dall'", "transita dal"
_FROM = re.compile(_VERB + r"(?:da|dal|dalla|dall['’]|dai|dagli)\s*" + _HOLDER, re.I)
# its "to", after the old holder (and any aside about it): "..., al Comune di B", "... alla Comunità Montana"
_TO = re.compile(r"(?:^|[\s,])" + _TO_WORD + _HOLDER, re.I)
# the old holder said before the verb, the "to" right after it ("finora esercitata da A, viene trasferita dal 2025
# al Comune di B")
_VERB_TO = re.compile(_VERB + _TO_WORD + _HOLDER, re.I)
# "non (sono) più (svolte) dal Comune di A ma dalla Comunità Montana": the holder after "ma" ("ma anche" adds one)
_NO_LONGER = re.compile(
    r"\bnon\s+(?:[^.;:]{0,40}?\s)?pi(?:ù|u['’])\s[^.;:]{0,120}?\bma\s+(?!anche\b)"
    r"(?:(?:da|dal|dalla|dall['’]|dai|a|ad|al|alla|all['’])\s*)?" + _HOLDER,
    re.I,
)


def new_holder(sentence: str) -> str | None:
    """The text where the new holder's name begins, in a sentence that names an old and a new one; else None."""
    if may_match(sentence, ("pass", "trasferi", "transit")):
        m = _FROM.search(sentence)
        to = _TO.search(sentence, m.end() + 1) if m else _VERB_TO.search(sentence)
        if to:
            return sentence[to.end() :]
    if may_match(sentence, ("più", "piu")):
        m = _NO_LONGER.search(sentence)
        if m:
            return sentence[m.end() :]
    return None


# a membership said as past or ended: "ha aderito fino ad oggi all'Ambito", "faceva parte fino al 2014 dell'Ambito",
# "apparteneva all'Ambito", "è uscito dall'Ambito", "ha lasciato il Distretto", "recesso dall'Accordo dell'Ambito"
_LEFT = re.compile(
    r"\b(?:(?:ha|hanno|aveva|avevano)\s+(?:aderito|fatto\s+parte)\s+fino\s+(?:a|ad|al|all['’])|"
    r"(?:faceva|facevano)\s+parte|apparten(?:eva|evano|uto)|aderiva(?:no)?|"
    r"(?:è|e'|era|sono|erano)\s+(?:stat[oaie]\s+)?(?:uscit|recedut|fuoriuscit)[oaie]|"
    r"(?:ha|hanno|aveva)\s+(?:lasciato|abbandonato)|recesso|recedere)\b[^.;:]{0,80}?\b(?:ambito|distretto)\b",
    re.I,
)
_LEFT_WORDS = ("aderit", "parte", "apparten", "aderiv", "uscit", "reced", "reces", "lasciat", "abbandon")


def of_an_ambito_left(before: str) -> bool:
    """Whether the clause before a role says a membership that is over: the role is the left ambito's."""
    if not may_match(before, _LEFT_WORDS):
        return False
    return bool(_LEFT.search(re.split(r"[.;:]\s", before)[-1]))

"""Whose "Distretto" a list's introduction names. In Lombardy a social ambito is often called "il Distretto", so "I
Comuni del Distretto:" usually introduces its members; but a page about a Distretto del Commercio, a Distretto del cibo
or a health district calls that body "il Distretto" too, and names the ambito only in passing ("Il Distretto collabora
con l'Ufficio di Piano dell'Ambito di X"). The bare word then stands for the last Distretto the page named with its
kind, before the list: if that kind is no social one, the list is that body's, not the ambito's."""

from __future__ import annotations

import re

# "del Distretto", "dei Comuni del Distretto": the word alone, no kind and no place after it
_BARE = re.compile(
    r"\b(?-i:Distrett[oi])\b(?!\s+(?:urbano\s+|sociale\s+|socio[\s-]|del\s|della\s|dell['’]|di\s|d['’]))", re.I
)
# a Distretto's name, read up to its clause's end: "Distretto Urbano del Commercio Groane", "Distretto di Vimercate"
_NAMED = re.compile(r"\bdistrett[oi]\b([^.;:|\n]{0,40})", re.I)
# the kinds that are no social ambito's (a closed list), and those that are; not an ASST's health district ("Distretto
# Garbagnate dell'ASST Rhodense"): in Lombardy it is often the ambito's own territory
_OTHER_KINDS = re.compile(
    r"\b(?:commercio|cibo|rural\w*|agricol\w*|turistic\w*|cultural\w*|industrial\w*|produttiv\w*|tecnologic\w*|"
    r"scolastic\w*|energetic\w*)\b",
    re.I,
)
_SOCIAL_KINDS = re.compile(r"^\s*(?:social\w*|socio\w*|(?:di|d['’])\s*[A-Z])|\bambito\b|piano\s+di\s+zona", re.I)
# the ambito or its plan named in the bare word's own sentence
_AMBITO = re.compile(r"\bambit[oi]\b|piano\s+di\s+zona|ufficio\s+di\s+piano", re.I)
# how far back the page is read for the Distretto's kind (the list's own section, its page title)
REACH = 3000


def anothers_distretto(intro: str, earlier: str, title: str) -> bool:
    """The list's introduction `intro` calls its owner the bare "Distretto", and the last Distretto named with its kind
    in the page before it (`earlier`, then the page's `title`) is a Distretto del Commercio's, a health district's or
    another non-social kind's (one named after a place or as "sociale" is the ambito's)."""
    bare = _BARE.search(intro)
    if not bare or _AMBITO.search(_sentence_at(intro, bare.start())):
        return False  # "ai soli comuni dell'Ambito", "AMBITO DISTRETTO 4": the sentence names the ambito itself
    for text in (earlier[-REACH:], title):
        for m in reversed(list(_NAMED.finditer(text))):
            if _OTHER_KINDS.search(m.group(1)):
                return True
            if _SOCIAL_KINDS.search(m.group(1)):
                return False
    return False


def _sentence_at(text: str, at: int) -> str:
    """The sentence of `text` around the offset `at`."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0]
    return text[start : min(ends) if ends else len(text)]

"""Whose "Distretto" a list's introduction names. In Lombardy a social ambito is often called "il Distretto", so "I
Comuni del Distretto:" usually introduces its members; but a page about a Distretto del Commercio, a Distretto del cibo
or a health district calls that body "il Distretto" too, and names the ambito only in passing ("Il Distretto collabora
con l'Ufficio di Piano dell'Ambito di X"). The bare word then stands for the last Distretto the page named with its
kind, before the list: if that kind is no social one, the list is that body's, not the ambito's."""

from __future__ import annotations

import re

# "del Distretto", "dei Comuni del Distretto": the word alone, no kind and no place after it
_BARE = re.compile(
    r"\b(?-i:D)istrett[oi]\b(?!\s+(?:urbano\s+|sociale\s+|socio[\s-]|del\s|della\s|dell['’]|di\s|d['’]))", re.I
)
# a Distretto's name, read up to its clause's end: "Distretto Urbano del Commercio Groane", "Distretto di Vimercate"
_NAMED = re.compile(r"\bdistrett[oi]\b([^.;:|\n]{0,40})", re.I)
# the kinds that are no social ambito's (a closed list), and those that are
_OTHER_KINDS = re.compile(
    r"\b(?:commercio|cibo|rural\w*|agricol\w*|turistic\w*|cultural\w*|industrial\w*|produttiv\w*|tecnologic\w*|"
    r"sanitari\w*|scolastic\w*|energetic\w*|asst)\b",
    re.I,
)
_SOCIAL_KINDS = re.compile(r"^\s*(?:social\w*|socio\w*|(?:di|d['’])\s*[A-Z])|\bambito\b|piano\s+di\s+zona", re.I)
# how far back the page is read for the Distretto's kind (the list's own section, its page title)
REACH = 3000


def anothers_distretto(intro: str, earlier: str, title: str) -> bool:
    """The list's introduction `intro` calls its owner the bare "Distretto", and the last Distretto named with its kind
    in the page before it (`earlier`, then the page's `title`) is a Distretto del Commercio's, a health district's or
    another non-social kind's (one named after a place or as "sociale" is the ambito's)."""
    if not _BARE.search(intro):
        return False
    for text in (earlier[-REACH:], title):
        for m in reversed(list(_NAMED.finditer(text))):
            if _OTHER_KINDS.search(m.group(1)):
                return True
            if _SOCIAL_KINDS.search(m.group(1)):
                return False
    return False

"""A comune written as its first word alone where that word is an everyday one ("Limone" for Limone sul Garda,
"Ponte" for Ponte Nossa, "Porto" for Porto Ceresio): the resolver keeps such words out of its short forms on purpose
(a lemon, a bridge, a harbour), so they are read here only as an item of a list of comuni already found, between
the list's separators, and only as the one comune of that name that lies in the list's province and borders one of
the list's other comuni (an ambito is contiguous)."""

from __future__ import annotations

import re

from crawler.reference.comuni import NameResolver
from crawler.reference.geo import the_neighbour

# one word, written as a name: "Limone", "LIMONE" (not "limone", not "il ponte")
_ONE_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+|[A-ZÀ-Ý]+")


def word_item(name: str, listed: set[str], resolver: NameResolver) -> str | None:
    """The comune a bare everyday word names as an item among the comuni `listed`, or None."""
    name = name.strip()
    if not _ONE_NAME.fullmatch(name) or not listed:
        return None
    candidates = resolver.word_head(name)
    if not candidates:
        return None
    provinces = {resolver.comuni[c].province for c in listed}
    if len(provinces) != 1:
        return None  # a list across provinces does not tell which "Ponte"
    local = [c for c in candidates if resolver.comuni[c].province in provinces]
    return the_neighbour(local, listed) if local else None

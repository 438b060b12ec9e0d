"""A list that its own clause gives to an ambito named right before it, on a page about another ambito (round 41c,
`docs/members.md` §74).

A comune's or an ambito's page names the ambito next door and lists its comuni in the same clause: "L'ambito
confinante è quello di X, che comprende A e B", "A nord, l'Ambito di X: A; B; C", "l'Ambito di X (capofila X)
comprende invece A, B", "Con l'Ambito di X, composto dai Comuni di A, B, è attivo un tavolo". The list is X's, not
the page's ambito's and not bordering towns ("comuni confinanti", refused as a decoy): the neighbour's words
("confinante", "vicino", "al confine") say where X lies, and the clause that opens the list names X as its subject.
Pure functions over the text before a run; `members._rule` and `extract._sections` call them.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from crawler.parsers import names as nm
from crawler.reference.comuni import NameResolver

# what follows the ambito's name and opens its list: a bracket aside ("(capofila X)"), then a verb or participle of
# composition, or a colon ("l'Ambito di X, composto dai Comuni di", "quello di X, che comprende", "l'Ambito di X:")
_OPENS_ITS_LIST = re.compile(
    r"^[”\"’»]?\s*(?:\([^()]{0,60}\)\s*)?"
    r"(?:,?\s*(?:che\s+)?(?:comprende|include|riunisce|raggruppa|conta|(?:è\s+)?(?:composto|formato|costituito)\s+da\w*)"
    r"(?:\s+(?:invece|anche|a\s+sua\s+volta))?(?:\s+(?:i\s+)?comuni\s+di)?\s*:?|\s*:)\s*$",
    re.I,
)
# where the neighbour's residents live ("Per i cittadini che risiedono al confine:"), and an ambito said to be next door
_AT_THE_BORDER = re.compile(r"\bal\s+confine\b", re.I)
_NEIGHBOUR_AMBITO = re.compile(
    r"\bambit[oi]\s+(?:territorial[ei]\s+)?(?:confinant[ei]|vicin[oi]|limitrof[oi]|contigu[oi]|adiacent[ei])\b", re.I
)
# how an opener ends (its verb, "invece", "comuni di", a colon): a cheap test before the clause is read
_OPENER_END = re.compile(
    r"(?:\b(?:comprende|include|riunisce|raggruppa|conta|invece|anche|volta|di|da\w*)|:)\s*$", re.I
)
# "quello di X" after the word ambito in the clause: the ambito's name, its noun left out
_THAT_OF = re.compile(r"(\bambito\b[^.;:]{0,40}?)\bquell[oa]\s+(?=(?:di|del|della|dell['’]))", re.I)
CLAUSE_CHARS = 200  # the list's own clause: the end of the text before it


def opens_its_list(between: str) -> bool:
    """The words between an ambito's name and a list make the list that ambito's ("', composto dai Comuni di'")."""
    return bool(_OPENS_ITS_LIST.match(between))


def named_owner(before: str, resolver: NameResolver) -> nm.Mention | None:
    """The ambito the list's own clause names as its subject, right before the words that open the list."""
    if not _OPENER_END.search(before[-30:]):
        return None  # most runs: no opener right before them, spare them the mentions' search
    clause = re.split(r"(?<=[.;!?])\s", before[-CLAUSE_CHARS:])[-1]
    clause = _THAT_OF.sub(r"\1Ambito ", clause)  # "l'ambito confinante è quello di X": X is the ambito's name
    named = nm.mentions_in(clause, -1, resolver)
    if not named:
        return None
    last = named[-1]
    return last if opens_its_list(clause[last.at + len(last.name) :]) else None


def without_neighbour_words(text: str) -> str:
    """The text with the words that place an ambito next door left out ("L'ambito confinante è quello di X"), once the
    list is known to be that named ambito's: they are no bordering towns'."""
    return _AT_THE_BORDER.sub(" ", _NEIGHBOUR_AMBITO.sub("ambito", text))


# an enumeration of several ambiti, each name followed by its own comuni in brackets (round 55d): "con gli ambiti di
# Desio (A, B) e di Monza (C, D)", "gli ambiti di Lecco (A, B), di Bellano (C, D) e di Merate (E, F)"; the plural
# names no one owner, but a bracket opened right after a name binds the list it holds to that name (not "distretti":
# an ASST's health districts are named so)
_PLURAL_AMBITI = re.compile(
    r"\bambiti\s+(?:territoriali\s+|sociali\s+|distrettuali\s+)?(?:di|del|della|dell['’]|dei|degli)\s*",
    re.I,
)
_NAME_AND_BRACKET = re.compile(r"([^(),.;:]{1,40}?)\s*\(")  # "Desio (": a name, then the bracket of its list
NEXT_OF_THEM = re.compile(r"\)\s*(?:,|;|\be\b|\bed\b)\s*(?:(?:di|del|della|dell['’])\s*)?", re.I)  # ") e di "
BRACKETED_CHARS = 1200  # an enumeration of several ambiti's lists: each can hold tens of comuni


def bracketed_owner(
    before: str, resolver: NameResolver, listed: Collection[str] = (), after: str = ""
) -> nm.Mention | None:
    """The ambito whose name opens the bracket the list is in, inside an enumeration of several ambiti ("gli ambiti
    di Desio (A, B) e di Monza (": Monza), read name by name from the plural: any other words break the chain; or
    one ambito named after a comune the bracket lists, closed right after them ("l'Ambito di Monza (Monza, Brugherio e
    Villasanta)"; not "(Merate e Olgiate le sedi)")."""
    if not before.rstrip().endswith("("):
        return None
    clause = re.split(r"(?<=[.;!?])\s", before[-BRACKETED_CHARS:])[-1]
    plurals = list(_PLURAL_AMBITI.finditer(clause))
    if not plurals:
        return _named_with_its_town(clause, resolver, listed) if after.lstrip().startswith(")") else None
    rest, name = clause[plurals[-1].end() :], ""
    while rest.strip():
        if name:  # the bracket before this name closed, then ", " / " e di " and nothing else
            close = rest.find(")")
            joint = NEXT_OF_THEM.match(rest, close) if close >= 0 and "(" not in rest[:close] else None
            if joint is None:
                return None
            rest = rest[joint.end() :]
        opened = _NAME_AND_BRACKET.match(rest)
        if opened is None:
            return None
        name, rest = opened.group(1).strip(), rest[opened.end() :]
    named = nm.mentions_in(f"Ambito di {name}", -1, resolver)
    return named[0] if len(named) == 1 and named[0].name == f"Ambito di {name}" else None


def _named_with_its_town(clause: str, resolver: NameResolver, listed: Collection[str]) -> nm.Mention | None:
    """One ambito whose name the bracket opens right after, named after a comune the bracket lists (round 60a): the
    list is its composition wherever the sentence stands ("si ricorda che l'Ambito di Monza (Monza, Brugherio e
    Villasanta) ha sportelli propri"); a bracket without its town ("confina con l'Ambito di Seregno (Seveso, Meda)")
    may hold the neighbouring towns only, and is left to the other rules."""
    named = nm.mentions_in(clause, -1, resolver) if listed else []
    last = named[-1] if named else None
    if last is None or last.place not in listed or clause[last.at + len(last.name) :].strip() != "(":
        return None
    return last

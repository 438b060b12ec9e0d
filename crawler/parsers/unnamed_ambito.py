"""An ambito a page speaks of only as "l'ambito" (a comune's or a paper's news: "con cui forma l'ambito territoriale",
"Capofila dell'ambito resta il Comune di X"), never by its name. Its members and capofila are still stated; a reader
names it after its capofila, as Lombardy's ambiti are named, when the capofila is one of the comuni listed as its
members (round 41b, `docs/members.md` §73)."""

from __future__ import annotations

import re

from crawler.parsers import capofila as cf
from crawler.parsers import names as nm
from crawler.parsers.italian import count_before
from crawler.parsers.members import MemberGroup
from crawler.parsers.names import Mention
from crawler.reference.comuni import NameResolver, normalize_name

# a sentence about the role changing hands ("il ruolo è passato al Comune di X", "nuovo capofila"): which comune holds
# it now is the capofila rules' to read, no name to take from
_ROLE = re.compile(r"capofila|\bruolo\b", re.I)

# the word alone, singular: "l'ambito territoriale", "dell'ambito", "di ambito"; "ambiti" names several, and
# "nell'ambito di" is "within" ("nell'ambito dell'iniziativa")
_THE_AMBITO = re.compile(r"(?<!nell['’])\bambito\b", re.I)

# the ambito's instrument named instead of the ambito: its comuni sign the Piano di Zona's Accordo di Programma and
# share its Ufficio di Piano ("Aderiscono all'Accordo di Programma del Piano di Zona i seguenti Comuni:"); not
# "distretto", which a Distretto del Commercio, a school or a health district is too (round 52a)
_ITS_PLAN = re.compile(r"\bpiano\s+(?:sociale\s+)?di\s+zona\b|\bufficio\s+di\s+piano\b", re.I)


def named_after_capofila(
    groups: list[MemberGroup], lines: list[str], sentences: list[str], resolver: NameResolver
) -> Mention | None:
    """The page's ambito, named "Ambito di <capofila>", when its accepted lists stand in paragraphs that speak of the
    ambito and the capofila the page states is one of their comuni; None otherwise (no guess from a list alone, nor
    on a page where the role changes hands)."""
    said = [g for g in groups if g.rule and _speaks_of_the_ambito(g, lines)]
    members = {code for g in said for code in g.codes}
    if len(members) < 2:
        return None
    if any(cf.HANDED_OVER.search(s) and _ROLE.search(s) for s in sentences):
        return None
    code, _, _ = cf.stated(sentences, resolver, members)
    if code not in members:
        return None
    first = said[0]
    return Mention(first.line, f"Ambito di {resolver.name_of(code)}", code, code, "ambito", at=first.col)


# the comuni counted under their territory's name: "nei nove comuni del Rhodense", "per i 6 comuni dell'Abbiatense"
_COUNTED_TERRITORY = re.compile(r"\b\w+\s+comuni\s+(?:del\s+|dell['’]\s*)(?P<territory>[A-Z]\w+)")


def named_after_territory(groups: list[MemberGroup], lines: list[str], sentences: list[str]) -> Mention | None:
    """The page's ambito, named "Ambito del <territory>", when its accepted lists stand in paragraphs that speak of
    the ambito and one territory's comuni are counted on the page as many as they list (round 56b): "nei nove comuni
    del Rhodense ... l'Ambito, che riunisce A, B, ..." (nine named); None otherwise."""
    said = [g for g in groups if g.rule and _speaks_of_the_ambito(g, lines)]
    members = {code for g in said for code in g.codes}
    if len(members) < 3:
        return None
    territories = {
        name
        for sentence in sentences
        if "omuni" in sentence
        for m in _COUNTED_TERRITORY.finditer(sentence)
        if count_before(m.group(0)) == len(members) and (name := nm.territory_name(m.group("territory")))
    }
    if len(territories) != 1:
        return None
    name = territories.pop()
    article = "dell'" if name[:1] in "AEIOU" else "del "
    return Mention(said[0].line, f"Ambito {article}{name}", "t:" + normalize_name(name), None, "ambito", at=said[0].col)


def _speaks_of_the_ambito(group: MemberGroup, lines: list[str]) -> bool:
    """The list's paragraph speaks of the ambito: its own line says "ambito", or a list of lines of its own, whose
    first line is an item, has an intro naming the ambito or its Piano di Zona / Ufficio di Piano, or a sentence's
    list is introduced by the ambito's instrument as what its comuni share (a table row of a comune's agreements:
    "Convenzione per la gestione associata dell'Ufficio di Piano ... Comuni di A (capofila), B", round 59a)."""
    if _THE_AMBITO.search(lines[group.line]):
        return True
    if group.kind == "prose":  # "covers": the plan is named in the paragraph before ("Il documento vale per A, B")
        return bool(_ITS_PLAN.search(group.evidence)) or group.rule == "covers"
    return group.kind == "list" and bool(_THE_AMBITO.search(group.evidence) or _ITS_PLAN.search(group.evidence))

"""The "ambito" of another law or body: a water or waste ATO, a hunting ATC, the school office's
ambito territoriale and its "Rete di Ambito", a tourism DMO's, a forestry district's, the Carabinieri's, a PGT's
ambiti di trasformazione, a gas tender's ambito territoriale minimo (ATEM), a local public transport (TPL) ambito.
Their pages name an "ambito" and a "Comune capofila" in the words of a social ambito (Law
328/2000), so a closed vocabulary of their names tells them apart: a page whose title speaks of one of them and
that says nothing of the social plan gives no ambito, and a mention with one of those names right around it is not
the ambito's name (an ambito's page may name an ATO or a school network in passing and keeps its own facts).
"""

from __future__ import annotations

import re

# the other bodies' own names, read with re.I (closed: each is a law's or an office's term, never a social ambito's)
_OTHER_BODY = (
    r"\bATO\b|ambito\s+territoriale\s+ottimale|ufficio\s+d['’]\s*ambito|servizio\s+idrico|servizio\s+rifiuti|igiene\s+urbana|"
    r"\bA\.?T\.?C\.?(?=\s|$)|\bdi\s+caccia\b|\bvenatori[oa]\b|"
    r"ufficio\s+scolastico|\bU\.?S\.?[RT]\.?(?=\s|$)|\brete\s+di\s+ambito\b|\b(?:scuol[ae]|istitut[oi])\s+(?:capofila|polo)\b|"
    r"\bambit[oi]\s+turistic|\bDMO\b|\bcarabinieri\b|\bforestal[ei]\b|\bambit[oi]\s+di\s+trasformazione\b|"
    r"\bATEM\b|ambit[oi]\s+territorial[ei]\s+minim|distribuzione\s+(?:del\s+)?gas\b|trasporto\s+pubblico\s+locale|\bTPL\b"
)
OTHER_BODY = re.compile(_OTHER_BODY, re.I)
# the social plan's own words: a page that has them is (also) about a social ambito; not a bare "sociale", which a
# school's "inclusione sociale" or a water ATO's "bonus sociale idrico" use too
_SOCIAL_PLAN = re.compile(
    r"\bambit[oi]\s+(?:territorial[ei]\s+)?(?:social[ei]|distrettual[ei])\b|\b(?:servizi|politiche)\s+social|"
    r"piano\s+(?:sociale\s+)?di\s+zona|ufficio\s+di\s+piano|\b328\b|assemblea\s+dei\s+sindaci|socio[\s-]?sanitari|"
    r"\bwelfare\b",
    re.I,
)
# the words right before a mention that make it another body's: "Rete di Ambito 3", "Distretto forestale - Ambito Alta
# Valle Camonica", "Ufficio scolastico - Ambito 7"; not "Sub-ambito 1", a social ambito's part too, nor "Ufficio
# d'Ambito", which some social ambiti call their office
_BEFORE = re.compile(
    r"(?:\brete\s+di\s+|(?:forestal[ei]|scolastic[oa]|carabinieri|turistic[oa]|"
    r"\bATO|\bATC|\bUS[RT]|\bATP)\W{0,4})$",
    re.I,
)
# the words right after its name: "Ambito territoriale di Bergamo dell'Ufficio Scolastico Regionale"
_AFTER = re.compile(
    r"^\W{0,3}(?:(?:dell['’]\s*|della\s+|del\s+|per\s+(?:il|la|lo)\s+)?(?:ufficio\s+scolastico|US[RT]\b|ATP\b|ATO\b|"
    r"ATC\b|carabinieri|servizio\s+idrico|caccia\b|turism))",
    re.I,
)


def another_bodys_mention(before: str, after: str) -> bool:
    """Whether the words right before or after an "ambito" make it another body's (a sub-ambito, a Rete di Ambito)."""
    return bool(_BEFORE.search(before) or _AFTER.match(after))


def another_bodys_page(subject: str, text: str) -> bool:
    """Whether the page is about another body's ambito: its title speaks of one and no line of the social plan."""
    return bool(OTHER_BODY.search(subject)) and not _SOCIAL_PLAN.search(text)

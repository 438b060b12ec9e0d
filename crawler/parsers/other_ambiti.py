"""The "ambito" of another law or body: a water or waste ATO and its sub-ambiti, a hunting ATC, the school office's
ambito territoriale and its "Rete di Ambito", a tourism DMO's, a forestry district's, the Carabinieri's, a PGT's
ambiti di trasformazione. Their pages name an "ambito" and a "Comune capofila" in the words of a social ambito (Law
328/2000), so a closed vocabulary of their names tells them apart: a page whose title speaks of one of them and
that says nothing of the social plan gives no ambito, and a mention with one of those names right around it is not
the ambito's name (an ambito's page may name an ATO or a school network in passing and keeps its own facts).
"""

from __future__ import annotations

import re

# the other bodies' own names, read with re.I (closed: each is a law's or an office's term, never a social ambito's)
_OTHER_BODY = (
    r"\bATO\b|ambito\s+territoriale\s+ottimale|ufficio\s+d['’]\s*ambito|servizio\s+idrico|\brifiuti\b|"
    r"\bsub[-\s]?ambit[oi]\b|\bA\.?T\.?C\.?(?=\s|$)|\bdi\s+caccia\b|\bvenatori[oa]\b|"
    r"ufficio\s+scolastico|\bU\.?S\.?[RT]\.?(?=\s|$)|\brete\s+di\s+ambito\b|\b(?:scuol[ae]|istitut[oi])\s+(?:capofila|polo)\b|"
    r"\bambit[oi]\s+turistic|\bDMO\b|\bcarabinieri\b|\bforestal[ei]\b|\bambit[oi]\s+di\s+trasformazione\b"
)
OTHER_BODY = re.compile(_OTHER_BODY, re.I)
# the social plan's own words: a page that has them is (also) about a social ambito
_SOCIAL_PLAN = re.compile(
    r"\bsocial[ei]\b|socio[\s-]?sanitari|piano\s+di\s+zona|ufficio\s+di\s+piano|\bdistrettual[ei]\b|\b328\b|"
    r"assemblea\s+dei\s+sindaci|\bwelfare\b",
    re.I,
)
# the words right before a mention that make it another body's: "Sub-ambito Val Seriana", "Rete di Ambito 3",
# "Ufficio d'Ambito", "Distretto forestale - Ambito Alta Valle Camonica", "Ufficio scolastico - Ambito 7"
_BEFORE = re.compile(
    r"(?:\bsub[-\s]?|\brete\s+di\s+|\bufficio\s+d['’]\s*|(?:forestal[ei]|scolastic[oa]|carabinieri|turistic[oa]|"
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

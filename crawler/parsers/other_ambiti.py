"""The "ambito" of another law or body: a water or waste ATO, a hunting ATC, the school office's
ambito territoriale and its "Rete di Ambito", a tourism DMO's, a forestry district's, the Carabinieri's, a PGT's
ambiti di trasformazione, a gas tender's ambito territoriale minimo (ATEM), a local public transport (TPL) ambito.
Their pages name an "ambito" and a "Comune capofila" in the words of a social ambito (Law
328/2000), so a closed vocabulary of their names tells them apart: a page whose title speaks of one of them and
that says nothing of the social plan gives no ambito, and a mention with one of those names right around it is not
the ambito's name (an ambito's page may name an ATO or a school network in passing and keeps its own facts).
An event's page is read the same way (round 47a): a race, a festival, a weather alert names the comuni it passes
through and even a "Comune capofila dell'iniziativa", and states no membership. The social plan's common words
("servizi sociali", "Assemblea dei Sindaci") stand in every menu and teaser of a site, so they make the page social
only in a line that names an ambito; its own names (Piano di Zona, Ufficio di Piano) do so anywhere.
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
# the school system's own bodies (Law 107/2015), read in the page's title with re.I: a school, its networks ("rete di
# scopo", "rete di scuole") and inclusion centres (CTI, CTS), its "ambito scolastico"; the school's own page calls its
# network's area "Ambito territoriale N". Only the title: a comune's or an ambito's text names its schools in passing
SCHOOL_BODY = re.compile(
    r"\bistitut[oi]\s+(?:comprensiv|(?:di\s+|d['’]\s*)istruzione|superior|scolastic)|\brete\s+(?:di\s+scopo|di\s+scuole|"
    r"delle\s+scuole)\b|\bambit[oi]\s+scolastic|centr[oi]\s+territorial[ei]\s+(?:per\s+l['’]\s*|di\s+)?(?:inclusion|support)",
    re.I,
)
# an event's own names, read in the page's title with re.I (closed: a race, its route, a festival, a fair, an alert);
# not "manifestazione" (an ambito's "avviso di manifestazione di interesse") nor "percorso" (a social "percorso")
EVENT = re.compile(
    r"\bgran\s*fondo\b|\bcorsa\b|\bgar[ae]\s+(?:ciclistic|podistic)|\b(?:mezza\s+)?maratona\b|\bciclist[ie]\b|"
    r"\bpodist|\btappa\b|\bgiro\s+(?:d['’]|del(?:la)?\s)|\bfestival\b|\bsagra\b|\bfiera\b|\bpalio\b|\bprocession|"
    r"\ballerta\b|\bprotezione\s+civile\b|\bconcert[oi]\b",
    re.I,
)
# the social plan's own names: a page that has them anywhere is (also) about a social ambito; not a bare "sociale",
# which a school's "inclusione sociale" or a water ATO's "bonus sociale idrico" use too
_SOCIAL_PLAN = re.compile(
    r"\bambit[oi]\s+(?:territorial[ei]\s+)?(?:social[ei]|distrettual[ei])\b|piano\s+(?:sociale\s+)?di\s+zona|"
    r"ufficio\s+di\s+piano|\b328\b",
    re.I,
)
# its common words, which a site's menus, teasers and boilerplate carry on every page: they count only in a line that
# names an ambito or a distretto ("l'Assemblea dei Sindaci dell'Ambito di Tirano")
_SOCIAL_COMMON = re.compile(
    r"\b(?:servizi|politiche)\s+social|assemblea\s+dei\s+sindaci|socio[\s-]?sanitari|\bwelfare\b", re.I
)
_AMBITO_LINE = re.compile(r"\bambit[oi]\b|\bdistrett", re.I)
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


def another_bodys_page(subject: str, text: str, title: str = "") -> bool:
    """Whether the page is about another body's ambito or an event: its subject (title and first lines) speaks of
    one, or its title of a school body, and no line of the social plan."""
    if not (OTHER_BODY.search(subject) or EVENT.search(subject) or SCHOOL_BODY.search(title)) or _SOCIAL_PLAN.search(
        text
    ):
        return False
    return not any(_SOCIAL_COMMON.search(line) and _AMBITO_LINE.search(line) for line in text.splitlines())

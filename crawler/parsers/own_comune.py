"""What a comune's own page says of the comune itself, told apart from the ambito's facts.

The site's comune as a member when the page speaks of it as "il Comune" without naming it (the comune's own social
desk, referent and charter sections, which are no Ufficio di Piano, are `office`'s to tell apart).

A comune's own page rarely writes its name in its sentences: "il Comune fa riferimento all'Ambito distrettuale di
Pavia", "Il nostro Comune appartiene all'Ambito territoriale di Vimercate", "Questo Comune è compreso nell'Ambito",
"Il Comune partecipa ... tramite il Piano di Zona". The name is the site's, in the <title> ("Servizi sociali - Comune
di X", "Comune di X - Piano di Zona"). Only a verb of membership whose object is the ambito or its Piano di Zona
counts: "il Comune fa parte del Distretto del Commercio" is another body's, "il Comune è capofila" is `capofila`'s.
"""

from __future__ import annotations

import re

from crawler.parsers.italian import HYPOTHETICAL
from crawler.parsers.prechecks import may_match
from crawler.reference.comuni import NameResolver

# the site's name at either end of the <title>: "Area Servizi alla Persona - Comune di X", "Comune di X - Piano di Zona"
_SITE_COMUNE = re.compile(
    r"(?:^|\s[-–|]\s*)(?:comune|città)\s+di\s+(?P<name>[^-–|()]{2,60}?)\s*(?:\([^()]{0,30}\)\s*)?(?:$|\s[-–|]\s)", re.I
)
# "il Comune" (not "il Comune di X", a comune named), then a verb of membership and, in the same clause, the ambito or
# its Piano di Zona as the verb's object: "fa riferimento all'Ambito", "partecipa alla gestione associata dei servizi
# sociali tramite il Piano di Zona"
# And the other order, the ambito first and the comune in its relative clause: "L'Ambito distrettuale di Lecco, di cui
# fa parte anche il nostro Comune, ...", "il Piano di Zona, al quale aderisce questo Comune"
_MEMBER_VERB = r"(?:fa\s+parte|fa\s+riferimento|aderisce|appartiene|partecipa|rientra|(?:è|e['’])\s+compreso)"
_THE_COMUNE = r"\b(?:il\s+nostro|questo|il)\s+comune\b(?!\s+di\b)"
_ITSELF_A_MEMBER = re.compile(
    rf"{_THE_COMUNE}\s+(?:\w+\s+)?{_MEMBER_VERB}\b"
    r"[^.;:]{0,80}?\b(?:(?:a|de|ne)ll['’]\s*ambito|piano\s+di\s+zona)\b|"
    r"\b(?:ambito|piano\s+di\s+zona)\b[^.;:]{0,80}?,\s*(?:di\s+cui|a\s+cui|cui|(?:a|de|ne)l\s+quale)\s+"
    rf"{_MEMBER_VERB}\s+(?:anche\s+|pure\s+)?{_THE_COMUNE}",
    re.I,
)


def site_comune(head_title: str, resolver: NameResolver) -> str | None:
    """The ISTAT code of the comune whose site the <title> names, read exactly (no fuzzy guess)."""
    site = _SITE_COMUNE.search(head_title)
    res = resolver.resolve(site.group("name").strip(), fuzzy=False) if site else None
    return res.istat if res and res.method != "fuzzy" else None


def itself_a_member(sentences: list[str], head_title: str, resolver: NameResolver) -> tuple[str | None, str]:
    """The site's comune and the sentence that makes it a member of the page's ambito, else (None, "")."""
    said = next(
        (
            s
            for s in sentences
            if may_match(s, ("comune",)) and _ITSELF_A_MEMBER.search(s) and not HYPOTHETICAL.search(s)
        ),
        None,
    )
    code = site_comune(head_title, resolver) if said else None
    return (code, said[:240]) if code and said else (None, "")

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

import functools
import re

from crawler.parsers.italian import HYPOTHETICAL
from crawler.parsers.prechecks import may_match
from crawler.reference.comuni import NameResolver

# the site's name at either end of the <title>: "Area Servizi alla Persona - Comune di X", "Comune di X - Piano di Zona"
_SITE_COMUNE = re.compile(
    r"(?:^|\s[-–|]\s*)(?:comune|città)\s+di\s+(?P<name>[^-–|()]{2,60}?)\s*(?:\([^()]{0,30}\)\s*)?(?:$|\s[-–|]\s)", re.I
)
# the subject, then a verb of membership and, in the same clause, the ambito or its Piano di Zona as the verb's
# object: "fa riferimento all'Ambito", "partecipa alla gestione associata dei servizi sociali tramite il Piano di Zona".
# The subject is "il Comune" (not "il Comune di X", a comune named) or the site's own name, bare or as "il Comune di
# <site>" ("Il Comune di Pandino aderisce all'Accordo di Programma ... del Piano di Zona", "Erbusco appartiene
# all'Ambito"), an incidental clause between subject and verb allowed ("Il Comune di X, nato nel 2014 dalla fusione
# di A e B, aderisce ..."); a negation between them is no membership ("X, pur confinante, non fa parte dell'Ambito").
# And the other order, the ambito first and the comune in its relative clause: "L'Ambito distrettuale di Lecco, di cui
# fa parte anche il nostro Comune, ...", "il Piano di Zona, al quale aderisce questo Comune"
_MEMBER_VERB = (
    r"(?:fa\s+parte|fa\s+riferimento|aderisce|appartiene|partecipa|rientra|(?:è|e['’])\s+(?:compres[oa]|parte))"
)
# (the named comune's verbs leave out "fa riferimento": "il Comune di Fombio fa riferimento all'Ufficio di Piano
# dell'Ambito" names where its residents turn, on a page about another thing, fixture 1402)
_JOINING_VERB = r"(?:fa\s+parte|aderisce|appartiene|rientra|(?:è|e['’])\s+(?:compres[oa]|parte))"
_THE_COMUNE = r"\b(?:il\s+nostro|questo|il)\s+comune\b(?!\s+di\b)"
_INCIDENTAL = r"(?:\s*,[^,.;:]{1,80},)?"
_THE_AMBITO = r"[^.;:]{0,80}?\b(?:(?:a|de|ne)ll['’]\s*ambito|piano\s+di\s+zona)\b"
# (a word may stand between subject and verb, "il Comune infatti aderisce", but not "non")
_BEFORE_VERB = r"\s+(?:(?!non\b)\w+\s+)?"
_AMBITO_FIRST = (
    r"\b(?:ambito|piano\s+di\s+zona)\b[^.;:]{0,80}?,\s*(?:di\s+cui|a\s+cui|cui|(?:a|de|ne)l\s+quale)\s+"
    rf"{_MEMBER_VERB}\s+(?:anche\s+|pure\s+)?{_THE_COMUNE}"
)


# the comune as the one named part of the ambito's comuni: "i comuni del territorio, Soncino compreso", "in tutti i
# comuni dell'Ambito, compreso il nostro", "nei comuni associati, incluso il Comune di X" (read where the sentence
# names the ambito or its Piano di Zona)
_INCLUDED = r"(?:compres[oa]|inclus[oa])"
_AMBITO_WORD = re.compile(r"\b(?:ambito|piano\s+di\s+zona)\b", re.I)


# the patterns that do not name the site's comune ("il nostro Comune aderisce all'Ambito", "..., compreso il nostro"):
# compiled once, read on every page
_SAID_OF_ANY_SITE = re.compile(
    rf"{_THE_COMUNE}{_INCIDENTAL}{_BEFORE_VERB}{_MEMBER_VERB}\b{_THE_AMBITO}|{_AMBITO_FIRST}",
    re.I,
)
_OURS = r"(?:\bil\s+nostro(?:\s+comune)?\b|\bquesto\s+comune\b)"
_INCLUDED_ANY_SITE = re.compile(
    rf"\bcomuni\b[^.;:]{{0,80}}?,\s*(?:{_OURS}\s+{_INCLUDED}|{_INCLUDED}\s+(?:anche\s+)?(?:il\s+comune\s+di\s+)?"
    r"(?:il\s+nostro(?:\s+comune)?|questo\s+comune))\b",
    re.I,
)


# the site's name masked in a sentence by as many of this letter, which no Italian page writes (a \w, so the words
# around the name keep their boundaries and every window of the patterns its width): the patterns that name the site
# are compiled once, not once a site (a crawl's pages come from hundreds of sites in turn; a pair cost ~10 ms)
_SITE_MARK = "ꙮ"
_THE_SITE = rf"(?:(?<![\w'’])(?:il\s+)?comune\s+di\s+|(?:^|(?<=[,:–-]\s)|(?<=\n))){_SITE_MARK}+\b"
_SAID_OF_THE_SITE = re.compile(rf"{_THE_SITE}{_INCIDENTAL}{_BEFORE_VERB}{_JOINING_VERB}\b{_THE_AMBITO}", re.I)
_INCLUDED_THE_SITE = re.compile(
    rf"\bcomuni\b[^.;:]{{0,80}}?,\s*(?:{_THE_SITE}\s+{_INCLUDED}|{_INCLUDED}\s+(?:anche\s+)?(?:il\s+comune\s+di\s+)?"
    rf"{_SITE_MARK}+)\b",
    re.I,
)


@functools.lru_cache(maxsize=4096)
def _site_name(site_name: str) -> re.Pattern[str]:
    """The site's name as pages write it: its words with or without the spaces between them, either apostrophe."""
    words = [re.escape(w) for w in re.split(r"\s+|(?<=['’])", site_name.strip()) if w]
    return re.compile(r"\s*".join(re.sub(r"['’]", "['’]", w) for w in words), re.I)


def _says_it_is_a_member(sentence: str, site_name: str) -> bool:
    """The sentence makes the site's comune a member: by a pattern of any site ("il nostro Comune aderisce"), or by
    one naming this site ("Il Comune di X aderisce all'Ambito", "i comuni del territorio, X compreso")."""
    if _SAID_OF_ANY_SITE.search(sentence) or (_INCLUDED_ANY_SITE.search(sentence) and _AMBITO_WORD.search(sentence)):
        return True
    masked = _site_name(site_name).sub(lambda name: _SITE_MARK * len(name.group()), sentence)
    if masked == sentence:
        return False
    return bool(_SAID_OF_THE_SITE.search(masked) or (_INCLUDED_THE_SITE.search(masked) and _AMBITO_WORD.search(masked)))


def site_comune(head_title: str, resolver: NameResolver) -> tuple[str, str] | None:
    """The name as the <title> writes it and the ISTAT code of the comune whose site it is, read exactly (no fuzzy
    guess)."""
    site = _SITE_COMUNE.search(head_title)
    name = site.group("name").strip() if site else ""
    res = resolver.resolve(name, fuzzy=False) if name else None
    return (name, res.istat) if res and res.method != "fuzzy" else None


def itself_a_member(sentences: list[str], head_title: str, resolver: NameResolver) -> tuple[str | None, str]:
    """The site's comune and the sentence that makes it a member of the page's ambito, else (None, "")."""
    site = site_comune(head_title, resolver)
    if not site:
        return None, ""
    said = next(
        (
            s
            for s in sentences
            if may_match(s, ("ambito", "piano")) and _says_it_is_a_member(s, site[0]) and not HYPOTHETICAL.search(s)
        ),
        None,
    )
    return (site[1], said[:240]) if said else (None, "")

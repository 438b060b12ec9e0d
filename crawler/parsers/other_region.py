"""A district of another region: its page names comuni that the Lombard gazetteer does not hold.

Other regions plan their social services by districts too ("Distretto Pianura Est (ambito distrettuale)" in
Emilia-Romagna, a Piedmont "Consorzio socio-assistenziale", a Veneto "Ambito territoriale sociale VEN_12"), with a
capofila, an Ufficio di Piano and a Piano di Zona in the same words as a Lombard ambito. Its comuni resolve to none
of Lombardy, so the ambito is left with no member and no capofila, and keeps only its plan and its office: facts of
a body that is not in this graph. When the ambito's lines name three comuni or more of other regions (none of them a
Lombard name too: "Castro" is in Bergamo and in Apulia), it is another region's.
"""

from __future__ import annotations

import re
from functools import cache

from crawler.parsers.names import OTHER_REGIONS
from crawler.reference.comuni import ITALIA_CSV, LOMBARDIA_CSV, load_comuni, normalize_name

MIN_FOREIGN = 3  # one or two may be an aside (a twinning, a neighbour across the Po); three are a list
_SEPARATOR = re.compile(r"[,;:()]|\s+ed?\s+|\s+[-–]\s+")
# the page presents itself as another region's, its header line opening with it or naming it after a dash: "Regione
# del Veneto - Ambito Territoriale Sociale VEN_21", "REGIONE EMILIA-ROMAGNA", "Ambito territoriale - Regione Piemonte"
_ITS_REGION = re.compile(rf"(?:^|[-–|/]\s*)regione\s+(?:del\s+|dell['’]\s*)?(?:{OTHER_REGIONS})", re.I)


@cache
def _foreign_names() -> frozenset[str]:
    """The comuni of the other regions, by their folded name, without those a Lombard comune shares."""
    lombard = {normalize_name(c.name) for c in load_comuni(LOMBARDIA_CSV)}
    return frozenset(key for c in load_comuni(ITALIA_CSV) if (key := normalize_name(c.name)) not in lombard)


def names_another_regions_comuni(lines: list[str]) -> bool:
    """The lines name at least MIN_FOREIGN distinct comuni of other regions, items of a list or a sentence."""
    foreign = _foreign_names()
    seen: set[str] = set()
    for line in lines:
        for part in _SEPARATOR.split(line):
            key = normalize_name(part.strip().removeprefix("il Comune di ").removeprefix("Comune di "))
            seen.update(k for k in _side_by_side(key, foreign) if k)
            if len(seen) >= MIN_FOREIGN:
                return True
    return False


def _side_by_side(key: str, foreign: frozenset[str]) -> tuple[str, ...]:
    """The comune the part names, or the two a text layer's two columns run into one line ("Castel San Giovanni
    Rottofreno", "Verbania Gurro"): both halves another region's comuni."""
    if key in foreign:
        return (key,)
    words = key.split()
    if len(words) > MAX_WORDS:
        return ()  # a sentence, not two names
    for k in range(1, len(words)):
        left, right = " ".join(words[:k]), " ".join(words[k:])
        if left in foreign and right in foreign:
            return (left, right)
    return ()


MAX_WORDS = 8  # two names of four words each at most: a longer part is a sentence


def presents_another_region(head: list[str]) -> bool:
    """The page's header lines (its title, its site's header, its first lines) name another region as its own: an
    ambito of Lombardy it names ("prosegue con l'Ambito di X", "lavora con l'Ambito di Y") is its partner, and the plan
    and the office on the page are its own, not that ambito's."""
    return any(_ITS_REGION.search(line) for line in head)


# the district a fact's sentence speaks of, named after a comune of another region ("l'Ambito territoriale di Novara
# ha approvato", "Ufficio di Piano dell'Ambito sociale di Vercelli") or by its region's adjective ("l'ambito
# piemontese", "dell'ambito veneto"): a closed list of the adjectives of the regions that border Lombardy or its sets
_AMBITO_OF = re.compile(
    r"\bambito(?:\s+(?:territoriale|sociale|distrettuale|intercomunale))*\s+(?:"
    r"(?P<adj>piemontese|ligure|emilian[oa]|romagnol[oa]|venet[oa]|trentin[oa]|friulan[oa]|toscan[oa]|ticinese|svizzer[oa])\b"
    r"|(?:di|del|della|dell['’])\s*(?P<name>[^\s,.;:()«»\"]+(?:\s+[^\s,.;:()«»\"]+){0,3}))",
    re.I,
)
_OWN_NAME = re.compile(r"^(?:ambito|distretto)\b(?:\s+(?:territoriale|sociale|distrettuale|intercomunale))*\s*", re.I)
_OWN_ARTICLE = re.compile(r"^(?:di|del|della|dell['’]|dei|degli|delle)\s*", re.I)


def names_another_regions_ambito(text: str) -> bool:
    """The text names a district of another region: after its region's adjective, or after a comune of another region
    (the longest run of up to four words that is one: "Ambito di Novara oltre il Ticino" names Novara)."""
    foreign = _foreign_names()
    for m in _AMBITO_OF.finditer(text):
        if m.group("adj"):
            return True
        words = m.group("name").split()
        if any(normalize_name(" ".join(words[:k])) in foreign for k in range(len(words), 0, -1)):
            return True
    return False


def own_name(name: str) -> str:
    """The place or territory an ambito's name holds: "Ambito territoriale di Magenta" -> "Magenta"."""
    return _OWN_ARTICLE.sub("", _OWN_NAME.sub("", name)).strip()


def another_regions_fact(evidence: str, name: str) -> bool:
    """A fact's sentence names another region's district and not the ambito the fact was given to: that district's
    fact (a Novara newspaper's "l'Ambito territoriale di Novara ha approvato il Piano", the Lombard ambito named only
    across the border)."""
    own = own_name(name).casefold()
    return not (own and own in evidence.casefold()) and names_another_regions_ambito(evidence)

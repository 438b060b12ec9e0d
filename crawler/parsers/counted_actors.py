"""The actors of the comuni a sentence counts, then lists: "Cooperative, associazioni, parrocchie e sindacati dei sei
comuni – A, B, C, D, E e F – hanno lavorato sul Piano di Zona", "Scuole, oratori e centri anziani degli otto comuni:
A, ...". An institution every comune has (its parish, its schools, its library), named among the actors of the
counted comuni, says who took part, not which body groups the comuni (a deanery, a school district, a library
system): its word is left out when other lists' words are read, and only when the sentence before names the ambito
whose work it reports.
"""

from __future__ import annotations

import re

from crawler.parsers.call_territory import AMBITO_NAMED
from crawler.parsers.italian import NUMBER_WORDS

_NUMBER = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# the actors, an enumeration ("A, B e C") right before "dei N comuni" and the list's opening dash, colon or bracket
_ACTORS_OF_COUNTED = re.compile(
    r"^(?P<actors>[^.;:]{0,200}?(?:,|\s(?:e|ed)\s)[^.;:]{0,100}?)\s+(?:dei|degli)\s+"
    rf"(?:\d{{1,2}}|{_NUMBER})\s+comuni\s*[–—(:-]?\s*$",
    re.I,
)
# closed vocabulary: institutions each comune has of its own (plural: one per comune)
_INSTITUTIONS = re.compile(r"\b(?:parrocchie|scuole|oratori|biblioteche)\b", re.I)
SENTENCE_CHARS = 300


def without_local_actors(sentence: str, previous: str) -> str:
    """`sentence` with the institutions among the actors of its counted comuni left out, when `previous` (the sentence
    before) names the ambito; else `sentence` as it is."""
    tail = sentence[-SENTENCE_CHARS:]
    actors = _ACTORS_OF_COUNTED.search(tail) if _INSTITUTIONS.search(tail) else None
    if actors is None or not AMBITO_NAMED.search(previous):
        return sentence
    return (
        sentence[: len(sentence) - len(tail)]
        + _INSTITUTIONS.sub(" ", actors.group("actors"))
        + tail[actors.end("actors") :]
    )

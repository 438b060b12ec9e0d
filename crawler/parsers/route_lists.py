"""A list told as a tour of the territory: "da Bovezzo, Concesio e Caino, alle porte della città, fino a Collio e
Bovegno in alta valle, passando per Sarezzo". A news writer walks the valley or the lake shore and strings its comuni
in groups, each opened by a connector of the route ("fino a", "passando per", "per arrivare a", "e poi") and perhaps
closed by a short place phrase ("in alta valle", "sulla sponda bresciana", "lungo il fiume"). A careful reader reads
one list; the words between the groups are no names, so the run broke at the first connector. Only the connectors
of this closed vocabulary, with at most one place phrase of a few words, join two groups, and only in a sentence that
opened a tour of comuni ("i cinque comuni dell'Ambito: da ..."): a bus line's or a race's route is no tour of members.
What the list is for is still judged by its context, like any run's."""

from __future__ import annotations

import re

# a short place phrase: a preposition and a few words, no figure and no clause ("alle porte della città")
_PLACE = (
    r"(?:in|a|al|alla|alle|ai|agli|nel|nella|nelle|nei|negli|sul|sulla|sulle|sui|sugli|lungo|tra|fra|verso)"
    r"\s+[^\W\d_][^,.;:()\d\n]{1,40}?"
)
# closed vocabulary: a connector of the route, after the place phrase if any
_TOUR_GAP = re.compile(
    rf"^\s*,?\s*(?:{_PLACE}\s*,?\s*)?(?:fino\s+ad?|passando\s+per|per\s+arrivare\s+ad?|e\s+poi|poi)\s+$", re.I
)
# the tour's opening: the sentence names comuni, then a colon and "da" ("i diciotto comuni della valle: da Bovezzo")
_TOUR_OPENING = re.compile(r"\bcomuni\b[^.;!?]{0,80}:\s*(?:da|dai|dal|dalla|dalle)\s", re.I)
_ROUTE_WORDS = ("fino", "passando", "arrivare", "poi")  # a cheap test first: most gaps hold none


def tour_gap(gap: str, text: str, at: int) -> bool:
    """Whether the text between two comuni of one line joins two groups of a tour's list: the sentence of `text`
    before the first comune (at `at`) opened a tour of comuni (a bus line's or a race's route "parte da Lovere ...
    fino a" opens none)."""
    if len(gap) >= 80 or not any(word in gap.lower() for word in _ROUTE_WORDS) or not _TOUR_GAP.match(gap):
        return False
    return bool(_TOUR_OPENING.search(re.split(r"[.;!?]\s", text[max(0, at - 300) : at])[-1]))

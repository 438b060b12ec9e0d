"""What a news article names beside an ambito's members: guests present at its meeting, the meeting's venue, an area
called after a compass point and a city. Each is a place or a person of another kind than a member, so the list's
rules must read past it (round 41b, `docs/members.md` §73)."""

from __future__ import annotations

import re

from crawler.parsers.prechecks import may_match
from crawler.reference.comuni import NameResolver

# people of other comuni present at the meeting as well, or as its guests: "erano presenti anche i sindaci di",
# "Presenti come uditori anche i sindaci di", "hanno assistito come invitati anche gli assessori di"; not "hanno
# firmato anche i sindaci di" (members who signed later) nor "erano presenti i sindaci di" (the members present)
_PRESENT_AS_WELL = re.compile(
    r"\b(?:presen[tz]\w*|uditor\w*|ospit\w*|invitat\w*|assistit\w*)\b[^.;:!?,]{0,60}?"
    r"(?:\banche|\bpure|\b(?:come|in\s+qualit[àa]\s+di)\s+(?:uditor|ospit|invitat)\w*)\s+"
    r"(?:(?:i|gli|il|l['’]|dei|degli|alcuni)\s*)?(?:sindac|assessor|rappresentant|delegat|amministrator)\w*"
    r"(?:\s+[\w'’]+){0,3}?\s+(?:di|dei\s+comuni\s+di)\s*$",
    re.I,
)
_PRESENT_WORDS = ("presen", "uditor", "ospit", "invitat", "assistit")


def guests_before(before: str) -> bool:
    """The list is introduced as people present beside the members, not as the members."""
    return may_match(before, _PRESENT_WORDS) and bool(_PRESENT_AS_WELL.search(before))


# the meeting's venue as an aside: ", ospitata nella biblioteca di X,", ", riuniti nell'aula magna della scuola di X,",
# ", presso la sala consiliare di X,": a building or a room, closed by its comma before the sentence goes on
_VENUE_ASIDE = re.compile(
    r"(?:^|,)\s*(?:(?:ospitat|tenut|svolt|riunit|convocat)\w*\s+)?(?:presso|nella|nel|nell['’]|in)\s*"
    r"(?:(?:la|il|l['’]|lo)\s*)?(?:\w+\s+){0,2}?"
    r"(?:bibliotec|sala|aula|auditorium|teatr|scuol|oratori|centro\s+civico|villa|palazzo|sede|chiesa|cinema)\w*"
    r"[^,.;:]{0,80},",
    re.I,
)
_VENUE_WORDS = ("bibliotec", "sala", "aula", "auditorium", "teatr", "scuol", "oratori", "civico", "villa", "palazz")
_VENUE_WORDS += ("sede", "chiesa", "cinema")


def without_venue(sentence: str) -> str:
    """The sentence with its venue asides read out: the kind of place a meeting was held in is not the kind of list."""
    if not may_match(sentence, _VENUE_WORDS):
        return sentence
    return _VENUE_ASIDE.sub(",", sentence)


# an area named by a compass point and a city: "Sud Milano", "Nord Milano", "Sud Est Milano", "Ovest Milano"; or by
# the city and a capitalised point on the same line ("Ambito Brescia Ovest con A, B", "Distretto Brescia Est, insieme
# a A", "zona Monza Nord"): the point names a part of the city's surroundings, which the city's own ambito is not
_COMPASS_BEFORE = re.compile(r"\b(?:nord|sud|est|ovest)(?:[\s-]+(?:est|ovest))?\s+$", re.I)
_COMPASS_AFTER = re.compile(r"[ \t]+(?:Nord|Sud|Est|Ovest)\b(?!['’])")


def compass_area(before: str, after: str) -> bool:
    """The name between these words is part of an area's name, not a comune listed."""
    return (
        may_match(before[-12:], ("nord", "sud", "est", "ovest")) and bool(_COMPASS_BEFORE.search(before[-12:]))
    ) or bool(_COMPASS_AFTER.match(after))


# one comune set aside before what a service covers, the page's own: "Oltre a Dairago, il servizio riguarderà A, B"
_BESIDES = re.compile(r"^oltre\s+(?:a|ad)\s+((?-i:[A-ZÀ-Ý])[^,.;:]{0,40}),", re.I)


def _comune(name: str | None, resolver: NameResolver) -> str | None:
    """The comune a name written whole stands for (no typo read: the words around it are prose)."""
    found = resolver.resolve(name.strip(), fuzzy=False) if name else None
    return found.istat if found else None


def besides(sentence: str, resolver: NameResolver) -> str | None:
    """The comune named "besides" the list at the sentence's start: one more of them."""
    said = _BESIDES.match(sentence)
    return _comune(said.group(1) if said else None, resolver)


# the list's capofila named right after it: "A, B e C, con X come comune capofila, hanno scelto", "A e B, insieme al
# capofila X, firmano"
_WITH_ITS_CAPOFILA = re.compile(
    r"^\s*,?\s*(?:con|insieme\s+(?:a|al|con))\s+(?:(?:il|l['’])\s*(?:comune\s+|ente\s+)?capofila\s+(?P<after>[^,.;:]{2,40})|"
    r"(?:il\s+comune\s+di\s+)?(?P<before>(?-i:[A-ZÀ-Ý])[^,.;:]{1,40}?)\s+(?:come\s+|quale\s+)?(?:comune\s+|ente\s+)?capofila)"
    r"\s*[,.;:)]",
    re.I,
)


def with_its_capofila(after: str, resolver: NameResolver) -> str | None:
    """The comune named as capofila right after a list: one of its members."""
    said = _WITH_ITS_CAPOFILA.match(after) if may_match(after[:80], ("capofila",)) else None
    return _comune(said.group("after") or said.group("before") if said else None, resolver)


# another ambito the page's ambito works with, its comuni said in a relative clause: "un'équipe comune con l'ambito di
# Tradate, che comprende tra gli altri A, B", "in collaborazione con l'Ambito di Rho, che riunisce A, B e C", "insieme
# all'Ambito del Magentino, formato da A, B"
_PARTNERS_CLAUSE = re.compile(
    r"\b(?:con\s+(?:l['’]\s*|gli\s+)|(?:insieme|assieme)\s+(?:all['’]\s*|agli\s+|con\s+l['’]\s*))ambit[oi]\b"
    r"[^.;:()]{1,60},\s*(?:(?:che|il\s+quale)\s+(?:comprende|riunisce|include|raggruppa|conta)|format[oi]\s+da|"
    r"compost[oi]\s+da)\b[^.;:]{0,40}$",
    re.I,
)


# the page's own ambito or its plan, named before the partner: "il Piano prevede ... con l'ambito di X"
_OWN_SUBJECT = re.compile(r"\bambit[oi]\b|\bpiano\b|\bassemblea\b", re.I)


def partners_comuni(before: str) -> bool:
    """The list is the comuni of another ambito that the page's own (its ambito or its plan, named before) works with;
    not "Il Comune gestisce i servizi con l'Ambito di X, che comprende A, B", where that ambito is the page's."""
    window = before[-200:]
    clause = may_match(window, ("ambit",)) and _PARTNERS_CLAUSE.search(window)
    return bool(clause) and bool(_OWN_SUBJECT.search(before[: len(before) - len(window) + clause.start()]))


# where a body's sites are, said with "a" / "in" before the places: "Le Case di Comunità del distretto sono a A, B e
# C", "gli sportelli si trovano a", "i consultori hanno sede a", "con sedi a", "sono ubicati in" (round 55d): the
# towns that host its buildings, not the comuni an ambito is made of ("ne fanno parte", "sono A, B")
# A service's venues too (round 59d): "lo sportello sarà presente a rotazione anche a", "il camper farà tappa a", "gli
# incontri si terranno a", "il corso si svolgerà presso": where it goes, not who the ambito is
_VENUE_VERB = (
    r"(?:(?:sar[àa]|saranno|[èe]|sono)\s+present[ei]|(?:far[àa]|faranno|fa|fanno)\s+tappa|"
    r"si\s+(?:terr[àa]|terranno|tiene|tengono|svolge|svolgono|svolger[àa]|svolgeranno|sposta|sposter[àa]))"
    r"(?:\s+(?:a\s+rotazione|anche|inoltre|poi|settimanalmente|periodicamente|alternativamente))*"
)
# A service's buildings named by their towns (round 60d): "verso i centri diurni di A e B", "le RSA di", "gli asili
# nido di A, B e C", "le sedi di", "i consultori di": the towns that host them, however the sentence names the ambito
_FACILITIES = (
    r"(?:centri\s+diurni|centri\s+diurni\s+disabili|CDD|CSE|RSA|RSD|case\s+di\s+(?:riposo|comunit[àa])|"
    r"asili(?:\s+nido)?|nidi|scuole|biblioteche|piscine|palestre|consultori|ambulatori|poliambulatori|sedi|"
    r"strutture|centri\s+(?:anziani|ricreativi|sportivi|estivi|aggregativi))"
    r"(?:\s+(?:comunali|territoriali|intercomunali|sovracomunali|per\s+anziani|per\s+disabili))?"
)
_FACILITIES_OF = (
    r"(?:i|gli|le|ai|agli|alle|dei|degli|delle|nei|negli|nelle|verso\s+i|verso\s+le)\s+"
    + _FACILITIES
    + r"\s+(?:di|a|ad|in)"
)
# the same buildings as a list's label (round 61b): "Case di Comunità del distretto: A, B", "Sedi dell'ambito: A, B",
# "Consultori: A, B": the towns they are in, not the ambito's members
_FACILITIES_LABEL = r"\b" + _FACILITIES + r"(?:\s+(?:del|dell['’])\s*(?:distretto|ambito|territorio))?\s*:"
_SITES_AT = re.compile(
    r"\b(?:(?:sono|si\s+trovano|(?:hanno|ha)\s+sede|con\s+sed[ei]|(?:sono\s+)?(?:situat|collocat|ubicat|dislocat)[ei]|"
    + _VENUE_VERB
    + r")\s+(?:a|ad|in|presso)|"
    + _FACILITIES_OF
    + r"|"
    + _FACILITIES_LABEL
    + r")\s*$",
    re.I,
)
SITES_WINDOW = 60  # the verb and its adverbs right before the list ("sarà presente a rotazione anche a")


def sites_before(before: str) -> bool:
    """The list is introduced as the places a body's sites are in ("... sono a") or a service visits ("farà tappa a"),
    not as an ambito's members."""
    return bool(_SITES_AT.search(before[-SITES_WINDOW:]))

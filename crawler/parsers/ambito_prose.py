"""Prose that names a list as the ambito's comuni without a verb of membership (round 35a, `docs/members.md` §61).

News and service pages rarely say "aderiscono all'Ambito"; they name the ambito's comuni as a noun phrase and list
them beside it, or refer back to them in the next sentence:

- an apposition: the list in brackets or between dashes right after "i (sei) comuni dell'Ambito (di X)"
  ("per i residenti dei sei comuni dell'ambito (A, B, ...)", "I sei Comuni dell'Ambito di X – A, B, ... –");
- the others of a comune said to be one of the N comuni of the ambito: "X è uno dei tredici Comuni dell'Ambito. Con
  A, B, ... condivide il Piano di Zona" (twelve named: the others of thirteen).

And one list that is no membership of the page's ambito: comuni qualified by another ambito right after them ("con i
Comuni di A e B dell'Ambito 2" in a news item about Ambito 1): partners named in passing with their own ambito.
Pure functions over the text around a run; `members._judge` calls them.
"""

from __future__ import annotations

import re

from crawler.parsers import names as nm
from crawler.parsers.italian import count_before, split_sentences
from crawler.reference.comuni import NameResolver

_OF_THE_AMBITO = r"comuni\s+(?:dell['’]\s*|del\s+)(?:ambito|distretto)\b(?!\s+(?:territoriali|sociali|distrettuali)\b)"
# the list opened as an apposition to "i comuni dell'Ambito": an opening bracket or dash right before it
APPOSED = re.compile(rf"\b{_OF_THE_AMBITO}[^.;:,()\[\]–—]{{0,60}}?\s*(?:\(|\s[–—-])\s*$", re.I)

# "X è uno dei tredici Comuni dell'Ambito di Y": the comune and the ambito's count
_ONE_OF_N = re.compile(rf"\b(?:è|e['’])\s+uno\s+dei\s+(?P<count>[\w]+\s+){_OF_THE_AMBITO}", re.I)
# the run's sentence opens with the others it shares the ambito with: "Con", "Insieme ai Comuni di";
# or names them as "the others": "Gli altri sono", "Gli altri otto comuni sono"
_WITH = re.compile(
    r"^(?:con|insieme\s+(?:a|ai|con)|assieme\s+(?:a|ai))(?:\s+(?:i\s+)?comuni\s+di)?\s*$|"
    r"^gli\s+altri(?:\s+[^\W\d_]+)?(?:\s+comuni)?\s+sono\s*:?\s*$",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]{3}")
# what the sentence says they share after the names: the ambito's own matter ("condivide i servizi per anziani", "il
# Piano di Zona"), not a shopping district, a river's bank or a bus line that the same number of towns may share
_SHARED = re.compile(
    r"\b(?:servizi|piano\s+(?:sociale\s+)?di\s+zona|piani\s+di\s+zona|ufficio\s+di\s+piano|programmazione|welfare|"
    r"politiche\s+sociali|interventi\s+sociali|assemblea\s+dei\s+sindaci|ambito|accordo\s+di\s+programma)\b",
    re.I,
)

# the run qualified by its own ambito right after it: "A e B dell'Ambito 2", "A e B, comuni del Distretto di X"
_QUALIFIED = re.compile(r"^\s*,?\s*(?:(?:comuni|entrambi)\s+)?(?:dell['’]\s*|del\s+)(?:ambito|distretto)\b", re.I)


def the_others(lead: str, listed: int, after: str) -> bool:
    """The run's sentence opens with "Con" after a sentence that makes its subject one of the ambito's N comuni and
    names the N - 1 others; the words after them on its line (`after`), if any, say what of the ambito's they share."""
    if "uno dei" not in lead.lower() or (_WORD.search(after) and not _SHARED.search(after)):
        return False  # most runs: spare them the sentences' split
    sentences = split_sentences(lead)
    if len(sentences) < 2 or not _WITH.match(sentences[-1]):
        return False
    one_of = _ONE_OF_N.search(sentences[-2])
    return bool(one_of) and count_before(one_of.group(0)) == listed + 1


def qualified_elsewhere(heading: str, after: str, resolver: NameResolver) -> bool:
    """The words right after the run name its own ambito, and it is not the one the heading is about."""
    if not _QUALIFIED.match(after):
        return False
    theirs = nm.mentions_in(after, -1, resolver)[:1]
    own = {m.key for m in nm.mentions_in(heading, -1, resolver)}
    return bool(theirs and len(own) == 1 and theirs[0].key not in own)


# where the ambito's measure lands, right before the names: "permettono a", "apriranno a", "arrivate soprattutto da",
# "nei comuni più piccoli, come", "nei paesi della bassa, tra cui"
_PLACE_OPENER = re.compile(
    r"(?:\b(?:a|ad|da)|\b(?:nei|negli|ai|agli|dai|dagli)\s+(?:comuni|centri|paesi|municipi)\b[^.;:()]{0,50}?,?\s*"
    r"(?:come|tra\s+cui|quali))\s*$",
    re.I,
)
# "a" that ties the names to something else, not a place a measure lands: "Insieme a A e B", "Oltre a", "rispetto a"
_TIED_TO = re.compile(
    r"\b(?:insieme|assieme|accanto|oltre|rispetto|vicino|fino|grazie|davanti|attorno|intorno|pari|uguale|simile|"
    r"unit[oi]|legat[oi]|aggiunt[oi]|affiancat[oi]|paragonat[oi]|confront[oa]|quanto)\s+(?:a|ad|da)\s*$",
    re.I,
)
# a few more places besides the ones the measure is for: "possono presentare domanda anche le famiglie residenti a A,
# B e C" (the call's territory is named elsewhere; these are guests, not the ambito's comuni)
_ALSO = re.compile(r"\b(?:anche|pure|inoltre)\b[^.;:]{0,60}$", re.I)
# a gathering's places, not a measure's: "Gli incontri si terranno a A, B e C", "le serate si svolgeranno a"
_GATHERING = re.compile(
    r"\b(?:incontr[oi]|riunion[ei]|sedut[ae]|serat[ae]|event[oi]|appuntament[oi]|convegn[oi]|assemblee|tapp[ae]|"
    r"si\s+terr\w+|si\s+svolg\w+|si\s+sono\s+svolt\w+|(?:sar[aà]|saranno|è|sono)\s+ospitat\w+)\b",
    re.I,
)
# the ambito or one of its bodies as the news' subject
_AMBITOS_OWN = re.compile(
    r"\bambito\b|\bassemblea\s+dei\s+sindaci\b|\bpiano\s+(?:sociale\s+)?di\s+zona\b|\bufficio\s+di\s+piano\b", re.I
)


def reached(lead: str, listed: int, refused: re.Pattern[str]) -> bool:
    """The run names where a measure of the ambito lands ("Sono risorse che permettono a A, B e C di ..."): a place
    opener right before three names or more in a sentence about no gathering (a meeting's venues are not the list),
    the ambito or one of its bodies named in the run's sentence or the two before it, and none of them a sentence
    `refused` matches (another list, another ambito, the conditional)."""
    if listed < 3 or not _PLACE_OPENER.search(lead[-80:]) or _TIED_TO.search(lead[-40:]) or _ALSO.search(lead[-80:]):
        return False
    sentences = split_sentences(lead)[-3:]
    if not sentences or _GATHERING.search(sentences[-1]):
        return False
    return any(_AMBITOS_OWN.search(t) for t in sentences) and not any(refused.search(t) for t in sentences)


# the comuni named as who does the plan's work together (round 56b): the subject "i Comuni di" opening its clause, or
# a comune's partners after "insieme a" / "collaborerà con"
_PARTNERS = r"\b(?:insieme|assieme)\s+(?:a|ad|ai|agli)|\bcollaborer\w*\s+con"
_JOINT_OPENER = re.compile(
    rf"(?:(?:^|[.;:«\"]|\b(?:da|nel|nei|entro)\s+[\w\s]{{1,25}})\s*i\s+comuni\s+di|{_PARTNERS})\s*$", re.I
)
# the words between the comune opening the sentence and its partners: "X porterà il suo contributo insieme a"
PARTNERS_AFTER = re.compile(rf"[^.;:«»]{{0,80}}?(?:{_PARTNERS})\s*$", re.I)
# the work is the ambito's plan: its drafting, its programming, the contribution to it
_PLAN_WORK = re.compile(
    r"\b(?:piano|stesura|programmazione|contributo|la\s+sua\s+parte|tavoli|percorso)\b",
    re.I,
)
# another plan worked on together: a town-planning or traffic plan, not the Piano di Zona
_OTHER_PLAN = re.compile(r"\bpian\w*\s+(?:di\s+governo|del\s+traffico|urbanistic|regolatore)|\bP\.?G\.?T\b", re.I)


def joint_authors(lead: str, after: str, listed: int, refused: re.Pattern[str]) -> bool:
    """The run names the comuni who do the ambito's plan together ("i Comuni di A, B e C lavoreranno alla stesura del
    nuovo Piano", "X porterà il suo contributo insieme a A, B e C"): three names or more after a joint opener, the
    plan's work said in the run's sentence, the ambito or one of its bodies in it or the two before, none of them
    `refused` (another list, another ambito, the conditional) and no other kind of plan."""
    if listed < 3 or not _JOINT_OPENER.search(lead[-80:]):
        return False
    sentences = split_sentences(lead)[-3:]
    own = f"{sentences[-1] if sentences else ''} {after}"
    if not _PLAN_WORK.search(own) or _OTHER_PLAN.search(own) or refused.search(after):
        return False
    return any(_AMBITOS_OWN.search(t) for t in sentences) and not any(refused.search(t) for t in sentences)

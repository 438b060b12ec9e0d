"""The territory of an ambito's call or service, named as a list in its own sentence: "Possono partecipare gli enti
che operano nel territorio dei Comuni di A, B e C", "rivolto alle persone non autosufficienti residenti a A, B, C e
D", "Il bando è rivolto ai residenti nei Comuni di A, B, C". Everyone the call lets in lives or works in the listed
comuni, so on a page that names its ambito just above the list, the list is the ambito's territory: its members.

A call's words ("bando", "avviso pubblico", "possono partecipare") elsewhere mark a project's partners; here the
list's own words (the territory, the residents) say whose the comuni are. Not a few more comuni ("anche i residenti
di A e B"), not some of them ("nei comuni più piccoli, come A e B"), not another body's call (a Distretto del
Commercio's, an Unione's: their words in the sentence or the paragraph above veto it). `members._whole_territory`
reads the same residents without a call and with five comuni or more, the ambito unnamed; this rule is the call's.
"""

from __future__ import annotations

import re

# any one of the listed comuni as where the residents live, counted or not: "residenti in uno dei diciassette comuni:",
# "in uno dei seguenti comuni", "in ciascuno degli otto comuni", "in uno dei comuni dell'Ambito:"
ONE_OF_THE_COMUNI = r"in\s+(?:uno|ciascuno)\s+de(?:i|gli)\s+(?:\w+\s+)?comuni(?:\s+(?:seguenti|di|dell['’]\s*ambito))?"
# the list's own words, closing its sentence right before it: the territory the call covers, or its residents
_TERRITORY_OPENING = re.compile(
    r"\b(?:nel|sul|del)\s+territorio\s+(?:dei|degli)\s+comuni\s+di\s*:?\s*$|"
    rf"\bresidenti\s+(?:a|ad|in|(?:nei|dei)\s+comuni\s+di|{ONE_OF_THE_COMUNI})\s*:?\s*$",
    re.I,
)
# who the call lets in: its verbs of address and of applying (a closed vocabulary of calls)
_WHO_MAY = re.compile(
    r"\b(?:rivolt|riservat|destinat)[oiae]\b|\b(?:possono|potranno)\s+(?:partecipare|presentare|accedere|fare)\b|"
    r"\bbeneficiari\b|\bdomand[ae]\b|\bval(?:e|gono)\s+(?:anche\s+)?per\b",
    re.I,
)
# a few comuni more, or some of them, or by way of example, or those left out ("Non possono partecipare i residenti
# nei Comuni di"; not "anziani non autosufficienti"): never a whole territory
_SOME = re.compile(
    r"\bnon\s+(?:possono|potranno|pu[oò]|sono|[èe])\b|"
    r"\b(?:anche|pure|inoltre|oltre|alcun[ie]|soltanto|come|tra\s+cui|fra\s+cui|ad\s+esempio|più\s+piccol|"
    r"frazion[ei]|località)\b",
    re.I,
)
# the ambito (its office, its plan) named in the text above the list
AMBITO_NAMED = re.compile(r"\bambito\b|\bufficio\s+di\s+piano\b|\bpiano\s+di\s+zona\b", re.I)
AMBITO_REACH = 1200  # characters read above the list for the ambito's name: the page's title and the paragraphs
MIN_COMUNI = 3  # a territory of two comuni is a pair's, as often a project's


def names_a_territory(sentence: str, n: int) -> bool:
    """`sentence` closes on a call's territory or its residents, before a list of `n` comuni (cheap: read first)."""
    return n >= MIN_COMUNI and bool(_TERRITORY_OPENING.search(sentence)) and bool(_WHO_MAY.search(sentence))


def the_calls_territory(sentence: str, paragraph: str, above: str, vetoes: re.Pattern[str]) -> bool:
    """The list closing `sentence` (`names_a_territory`) is the territory of a call of the ambito named in `above`
    (the page's text before the list); `vetoes` (another body's or another list's words, the call's own words left
    out) read in `sentence` and in `paragraph` (the sentence's paragraph and the one before it) say it is not."""
    if _SOME.search(sentence) or vetoes.search(sentence) or vetoes.search(paragraph):
        return False
    return bool(AMBITO_NAMED.search(above[-AMBITO_REACH:]))

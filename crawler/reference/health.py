"""Lombardy's health bodies (L.R. 23/2015): 8 ATS and 27 ASST, with the words pages use for them.

Pages write "l'ATS di Città Metropolitana di Milano", "A.S.S.T. Melegnano e della Martesana" or
"ASST Sette Laghi"; each is found by the distinctive part of its name near the acronym.
"""

from __future__ import annotations

import re

ATS = {
    "ATS della Città Metropolitana di Milano": r"citt[aà]\s+metropolitana(?:\s+di\s+milano)?",
    "ATS Insubria": r"insubria",
    "ATS della Montagna": r"montagna",
    "ATS Brianza": r"brianza",
    "ATS di Bergamo": r"bergamo",
    "ATS di Brescia": r"brescia",
    "ATS della Val Padana": r"val\s*padana",
    "ATS di Pavia": r"pavia",
}

ASST = {
    "ASST Grande Ospedale Metropolitano Niguarda": r"(?:grande\s+ospedale\s+metropolitano\s+)?niguarda",
    "ASST Santi Paolo e Carlo": r"(?:santi|ss\.?)\s+paolo\s+e\s+carlo",
    "ASST Fatebenefratelli Sacco": r"fatebenefratelli(?:\s+sacco)?",
    "ASST Gaetano Pini-CTO": r"(?:gaetano\s+)?pini",
    "ASST Nord Milano": r"nord\s+milano",
    "ASST Rhodense": r"rhodense",
    "ASST Ovest Milanese": r"ovest\s+milanese",
    "ASST Melegnano e della Martesana": r"melegnano(?:\s+e\s+della\s+martesana)?",
    "ASST di Lodi": r"lodi",
    "ASST Sette Laghi": r"sette\s+laghi",
    "ASST Valle Olona": r"valle\s+olona",
    "ASST Lariana": r"lariana",
    "ASST di Lecco": r"lecco",
    "ASST Brianza": r"brianza",
    "ASST di Monza": r"monza",
    "ASST della Valtellina e dell'Alto Lario": r"valtellina",
    "ASST della Valcamonica": r"valcamonica|valle\s+camonica",
    "ASST Papa Giovanni XXIII": r"papa\s+giovanni(?:\s+xxiii)?",
    "ASST Bergamo Ovest": r"bergamo\s+ovest",
    "ASST Bergamo Est": r"bergamo\s+est",
    "ASST Spedali Civili di Brescia": r"spedali\s+civili",
    "ASST della Franciacorta": r"franciacorta",
    "ASST del Garda": r"garda",
    "ASST di Cremona": r"cremona",
    "ASST di Crema": r"crema\b",
    "ASST di Mantova": r"mantova",
    "ASST di Pavia": r"pavia",
}

_LINK = r"[\s.)(]*(?:\s*\([^)]{0,40}\))?\s*(?:di|della|del|dell'|dell’|de)?\s*(?:la\s+)?"


def _compile(acronym: str, table: dict[str, str]) -> tuple[re.Pattern[str], list[str]]:
    """One pattern for the whole table: the head (the acronym, dotted "A.S.S.T." or spelled out
    "Azienda Socio Sanitaria Territoriale"), then one named group per body. One pass over a page,
    whatever its size; the leftmost mention wins, ties go to the table's order."""
    dotted = r"\.?".join(acronym) + r"\.?"
    long_forms = {
        "ATS": r"agenzia\s+(?:di|per\s+la)\s+tutela\s+della\s+salute",
        "ASST": r"azienda\s+socio[\s-]?sanitaria\s+territoriale",
    }
    head = rf"(?:\b{dotted}|{long_forms[acronym]})"
    names = list(table)
    bodies = "|".join(rf"(?P<n{i}>{pat})" for i, pat in enumerate(table.values()))
    return re.compile(head + _LINK + rf"(?:{bodies})\b", re.I), names


_ATS = _compile("ATS", ATS)
_ASST = _compile("ASST", ASST)


def _first(compiled: tuple[re.Pattern[str], list[str]], text: str) -> tuple[str, str] | None:
    pattern, names = compiled
    m = pattern.search(text)
    if not m:
        return None
    index = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
    return names[index], m.group(0)


def find_ats(text: str) -> tuple[str, str] | None:
    """(canonical name, matched text) of the first ATS named in text."""
    return _first(_ATS, text)


def find_asst(text: str) -> tuple[str, str] | None:
    return _first(_ASST, text)

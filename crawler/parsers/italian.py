"""Italian-language helpers: dates, number words, person names.

Hand-written on purpose and small: Italian municipal pages use a handful of date spellings
("16.12.2021", "8/2/2018", "20 gennaio 2022", "1° marzo 2023") and `dateparser` would add 40 MB of
locale data and guess on strings that are not dates at all.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
    "gen": 1, "feb": 2, "mar": 3, "apr": 4, "mag": 5, "giu": 6, "lug": 7, "ago": 8,
    "set": 9, "sett": 9, "ott": 10, "nov": 11, "dic": 12,
}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_RE = re.compile(
    r"\b(?P<d>[0-3]?\d)(?:°|º)?\s*(?:"
    r"[./-]\s*(?P<m>[01]?\d)\s*[./-]\s*(?P<y>(?:19|20)\d\d|\d\d)\b"
    r"|\s+(?P<mn>" + _MONTH_ALT + r")\.?\s+(?P<y2>(?:19|20)\d\d)\b)",
    re.I,
)

NUMBER_WORDS = {
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
    "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15,
    "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19, "venti": 20,
    "ventuno": 21, "ventidue": 22, "ventitre": 23, "ventitré": 23, "ventiquattro": 24,
    "venticinque": 25, "ventisei": 26, "ventisette": 27, "ventotto": 28, "ventinove": 29,
    "trenta": 30,
}


def parse_date(day: str, month: str, year: str) -> str | None:
    y = int(year)
    if y < 100:
        y += 2000
    try:
        return date(y, int(month), int(day)).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, str]]:
    """All dates in text as (offset, ISO date), in order."""
    out = []
    for m in DATE_RE.finditer(text):
        if m.group("mn"):
            iso = parse_date(m.group("d"), str(MONTHS[m.group("mn").lower()]), m.group("y2"))
        else:
            iso = parse_date(m.group("d"), m.group("m"), m.group("y"))
        if iso:
            out.append((m.start(), iso))
    return out


def count_before(text: str, noun: str = "comuni") -> int | None:
    """The number stated before a noun: "tredici comuni" -> 13, "i 9 Comuni" -> 9."""
    m = re.search(
        r"\b(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s+(?:\w+\s+)?" + noun + r"\b", text, re.I
    )
    if not m:
        return None
    word = m.group(1).lower()
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


# Honorifics that stand before a name; order matters (longest first).
TITLES = re.compile(
    r"^(?:(?:la|il)\s+)?(?:dott\.?ssa|dr\.?ssa|dott\.|dott|dr\.|dr|sig\.?ra|sig\.|sig|avv\.|"
    r"ing\.|arch\.|prof\.?ssa|prof\.|rag\.|geom\.|assistente sociale|a\.s\.)\s*",
    re.I,
)

# Common Italian given names: tell "Perego Stefania" (surname first) from "Stefania Perego".
GIVEN_NAMES = frozenset(
    ["adele", "adriana", "adriano", "agnese", "agostino", "alberto", "alba", "alda", "alessandra", "alessandro", "alessia", "alice", "alfredo", "alma", "amalia", "ambra", "andrea", "angela", "angelo", "anna", "annalisa", "annamaria", "antonella", "antonia", "antonio", "arianna", "armando", "arturo", "augusta", "aurora", "barbara", "beatrice", "benedetta", "bruna", "bruno", "camilla", "carla", "carlo", "carmela", "carmen", "carolina", "caterina", "cecilia", "cesare", "chiara", "cinzia", "claudia", "claudio", "clara", "cristian", "cristiana", "cristina", "daniela", "daniele", "dario", "davide", "debora", "denis", "diana", "diego", "dino", "domenico", "donatella", "edoardo", "elena", "eleonora", "elisa", "elisabetta", "emanuela", "emanuele", "emma", "enrico", "enrica", "enzo", "erica", "ermanno", "ernesto", "ettore", "eugenio", "fabio", "fabrizio", "federica", "federico", "filippo", "fiorenza", "flavia", "flavio", "francesca", "francesco", "franco", "gabriele", "gabriella", "gaia", "giacomo", "gianluca", "gianni", "gianpaolo", "giada", "gigliola", "gino", "giorgia", "giorgio", "giovanna", "giovanni", "gisella", "giulia", "giuliana", "giuliano", "giulio", "giuseppe", "giuseppina", "grazia", "graziella", "guido", "ilaria", "irene", "isabella", "ivan", "ivana", "laura", "lara", "lorena", "lorenzo", "loredana", "luca", "lucia", "luciana", "luciano", "luigi", "luisa", "manuela", "marcella", "marcello", "marco", "margherita", "maria", "mariagrazia", "marina", "mario", "marisa", "marta", "martina", "massimo", "matteo", "mattia", "maurizio", "mauro", "michela", "michele", "milena", "mirella", "mirko", "monica", "nadia", "natalia", "nicola", "nicoletta", "norma", "ornella", "paola", "paolo", "patrizia", "pietro", "piera", "piero", "raffaella", "raffaele", "renata", "renato", "riccardo", "rita", "roberta", "roberto", "rosa", "rosanna", "rossana", "rossella", "sabrina", "samuele", "sandra", "sandro", "sara", "serena", "sergio", "silvana", "silvia", "simona", "simone", "sofia", "stefania", "stefano", "susanna", "tiziana", "tiziano", "tommaso", "valentina", "valeria", "valerio", "vanessa", "vincenzo", "virginia", "vittoria", "vittorio", "walter"]
)

_NAME_TOKEN = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
PERSON_RE = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:de|di|del|della|dal|la|lo)?\s*{_NAME_TOKEN}){{1,2}}")


def person_name(raw: str) -> str | None:
    """A clean "Given Family" from "dr.ssa Perego Stefania", or None if it is not a name."""
    text = TITLES.sub("", raw.strip(" :,-–")).strip()
    text = re.sub(r"\s+", " ", text)
    m = PERSON_RE.match(text)
    if not m:
        upper = re.match(r"([A-ZÀ-Ý]{2,}(?:\s+[A-ZÀ-Ý]{2,}){1,2})\b", text)
        if not upper:
            return None
        text = upper.group(1).title()
        m = PERSON_RE.match(text)
        if not m:
            return None
    tokens = m.group(0).split()
    first, last = tokens[0].lower(), tokens[-1].lower()
    if first not in GIVEN_NAMES and last in GIVEN_NAMES:
        tokens = tokens[-1:] + tokens[:-1]
    elif first not in GIVEN_NAMES and last not in GIVEN_NAMES:
        return None  # two capitalised words that are not a known given name: not a person
    return " ".join(tokens)

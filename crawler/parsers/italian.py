"""Italian-language helpers: dates, number words, person names.

Hand-written on purpose and small: Italian municipal pages use a handful of date spellings
("16.12.2021", "8/2/2018", "20 gennaio 2022", "1° marzo 2023") and `dateparser` would add 40 MB of
locale data and guess on strings that are not dates at all.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

MONTHS = {
    "gennaio": 1,
    "febbraio": 2,
    "marzo": 3,
    "aprile": 4,
    "maggio": 5,
    "giugno": 6,
    "luglio": 7,
    "agosto": 8,
    "settembre": 9,
    "ottobre": 10,
    "novembre": 11,
    "dicembre": 12,
    "gen": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "mag": 5,
    "giu": 6,
    "lug": 7,
    "ago": 8,
    "set": 9,
    "sett": 9,
    "ott": 10,
    "nov": 11,
    "dic": 12,
}
# an English or German summary block of an Italian page ("approved ... on 16 December 2024", "am 18. Dezember 2024")
MONTHS.update(
    {
        name: n
        for n, names in enumerate(
            (
                ("january", "januar"),
                ("february", "februar"),
                ("march", "märz"),
                ("april",),
                ("may", "mai"),
                ("june", "juni"),
                ("july", "juli"),
                ("august",),
                ("september",),
                ("october", "oktober"),
                ("november",),
                ("december", "dezember"),
            ),
            start=1,
        )
        for name in names
    }
)
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_RE = re.compile(
    r"\b(?P<d>[0-3]?\d)(?:°|º|\.(?=\s+[A-Za-zä]))?\s*(?:"  # "18. Dezember 2024": German writes the day's stop
    r"[./-]\s*(?P<m>[01]?\d)\s*[./-]\s*(?P<y>(?:19|20)\d\d|\d\d)\b"
    r"|\s+(?P<mn>" + _MONTH_ALT + r")\.?\s+(?P<y2>(?:19|20)\d\d)\b)",
    re.I,
)

NUMBER_WORDS = {
    "due": 2,
    "tre": 3,
    "quattro": 4,
    "cinque": 5,
    "sei": 6,
    "sette": 7,
    "otto": 8,
    "nove": 9,
    "dieci": 10,
    "undici": 11,
    "dodici": 12,
    "tredici": 13,
    "quattordici": 14,
    "quindici": 15,
    "sedici": 16,
    "diciassette": 17,
    "diciotto": 18,
    "diciannove": 19,
}
_UNITS = ("uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove")
# "ventidue", "trentuno", "quarantotto" (the ten drops its vowel before "uno" and "otto"), "trentatré": an ambito may
# count sixty comuni
for _n, _ten in enumerate(("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta")):
    NUMBER_WORDS[_ten] = 20 + 10 * _n
    for _k, _unit in enumerate(_UNITS, start=1):
        NUMBER_WORDS[(_ten[:-1] if _unit[0] in "uo" else _ten) + _unit] = 20 + 10 * _n + _k
    NUMBER_WORDS[f"{_ten}tré"] = 23 + 10 * _n
_NUMBER = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))

# an act's opening formula, its date in words: "L'anno duemilaventiquattro, il giorno undici del mese di dicembre",
# "L'anno duemilaventicinque addì due del mese di febbraio"
_DATE_IN_WORDS = re.compile(
    r"\bl['’]\s*anno\s+duemila(?P<y>" + _NUMBER + r"|uno)?\s*,?\s+(?:il\s+giorno|add[iì]['’]?|il)\s+"
    r"(?P<d>" + _NUMBER + r"|uno|primo|\d{1,2})\s+(?:del\s+mese\s+di\s+)?(?P<mn>" + _MONTH_ALT + r")\b",
    re.I,
)


def date_in_words(text: str) -> str | None:
    """The date of an act's formula written in words ("L'anno duemilaventiquattro, il giorno undici del mese di
    dicembre" -> 2024-12-11)."""
    m = _DATE_IN_WORDS.search(text)
    if not m:
        return None
    year = 2000 + (NUMBER_WORDS.get(m.group("y").lower(), 1) if m.group("y") else 0)
    day = m.group("d").lower()
    number = int(day) if day.isdigit() else NUMBER_WORDS.get(day, 1)  # "uno", "primo"
    return parse_date(str(number), str(MONTHS[m.group("mn").lower()]), str(year))


def parse_date(day: str, month: str, year: str) -> str | None:
    y = int(year)
    if y < 100:
        y += 2000
    try:
        return date(y, int(month), int(day)).isoformat()
    except ValueError:
        return None


# a date alone as a line or a sentence's opening, its weekday before it: "Mercoledì 18 dicembre 2024", "18-12-2024"
DATELINE = re.compile(
    r"\s*(?:(?:luned|marted|mercoled|gioved|venerd)[iì],?\s+|sabato,?\s+|domenica,?\s+)?"
    r"[0-3]?\d(?:\s+[a-zé]+\s+|[/.-][01]?\d[/.-])(?:19|20)\d\d\s*",
    re.I,
)

# "fino a tutto il 2024", "al 2024", "per tutto il 2024": to the year's end
YEAR_END = re.compile(
    # "prorogato fino alla fine del 2024" (not a bare "alla fine del 2023": when the extending act was taken), also
    # with the two spaces of a PDF's text ("fino  alla fine del 2024")
    r"(?:\b(?:fino|sino)\s+alla\s+fine\s+del(?:l['’]\s*anno)?|"
    r"(?:\b(?:fino|sino)\s+)?\b(?:a\s+tutto\s+il|al(?:l['’]anno)?|a\s+fine|per\s+(?:tutto\s+)?il))\s+((?:19|20)\d\d)\b"
    r"(?!\s*[/.-]\d)",
    re.I,
)


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


# A sentence in the conditional or about a proposal states no fact ("sarebbe composto dai Comuni di ...").
# an Unione dei Comuni ("Unione Lombarda dei Comuni", "Unione di Comuni"): the comuni run it together, apart
# from the ambito (its lists and its "ente capofila" are its own)
UNIONE_DEI_COMUNI = r"\bunione\s+(?:\w+\s+){0,2}(?:dei\s+|di\s+)?comuni"
HYPOTHETICAL = re.compile(r"\b(?:sarebbe(?:ro)?|potrebbe(?:ro)?|dovrebbe(?:ro)?|ipotesi|ipotizza\w*)\b", re.I)


def count_before(text: str, noun: str = "comuni") -> int | None:
    """The number stated before a noun: "tredici comuni" -> 13, "i 9 Comuni" -> 9."""
    if noun not in text.lower():
        return None  # most sentences count nothing: spare them the numbers' alternation
    m = re.search(r"\b(\d{1,2}|" + _NUMBER + r")\s+(?:\w+\s+)?" + noun + r"\b", text, re.I)
    if not m:
        return None
    word = m.group(1).lower()
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def count_after(text: str, noun: str = "comuni") -> int | None:
    """The number stated after a noun, ending text as a list's introduction: "I comuni coinvolti sono undici:" -> 11."""
    if not text.rstrip().endswith(":") or noun not in text.lower():
        return None
    m = re.search(r"\b" + noun + r"\b[^.;:]{0,40}?\b(\d{1,2}|" + _NUMBER + r")\s*:\s*$", text, re.I)
    if not m:
        return None
    word = m.group(1).lower()
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


# Honorifics that stand before a name; order matters (longest first).
# "Dott.ssa", "Dott. ssa", "Dott.sa", "D.ssa", "Dottoressa"; stacked: "Dr.ssa Prof.ssa", "Dott.ssa Avv."
HONORIFIC = (
    r"(?:dottoressa|dottore|dottor|(?:dott\.?\s?s{1,2}a|d\.\s?ssa|dr\.?\s?ssa)(?![^\W\d_])|dott\.|dott|dr\.|dr|"
    r"sig\.?ra|sig\.|sig|avv\.|ing\.|arch\.|prof\.?ssa|prof\.|rag\.|geom\.|assistente sociale|a\.s\.)"
)
TITLES = re.compile(rf"^(?:(?:la|il)\s+)?(?:{HONORIFIC}\s*)+", re.I)
# the same honorific ending a text, right before a name: "il dott. " + "Brivio"
TITLE_BEFORE = re.compile(rf"\b{HONORIFIC}\s$", re.I)

# Common Italian given names: tell "Perego Stefania" (surname first) from "Stefania Perego".
# fmt: off
GIVEN_NAMES = frozenset(
    [
        "adele", "adriana", "adriano", "agnese", "agostino", "alberto", "alba", "alda", "alessandra", "alessandro",
        "alessia", "alice", "alfredo", "alma", "amalia", "ambra", "andrea", "angela", "angelo", "anna", "annalisa",
        "annamaria", "antonella", "antonia", "antonio", "arianna", "armando", "arturo", "augusta", "aurora", "barbara",
        "beatrice", "benedetta", "bruna", "bruno", "camilla", "carla", "carlo", "carmela", "carmen", "carolina",
        "caterina", "cecilia", "cesare", "chiara", "cinzia", "claudia", "claudio", "clara", "cristian", "cristiana",
        "cristina", "daniela", "daniele", "dario", "davide", "debora", "denis", "diana", "diego", "dino", "domenico",
        "donatella", "edoardo", "elena", "eleonora", "elisa", "elisabetta", "emanuela", "emanuele", "emma", "enrico",
        "enrica", "enzo", "erica", "ermanno", "ernesto", "ettore", "eugenio", "fabio", "fabrizio", "federica",
        "federico", "filippo", "fiorenza", "flavia", "flavio", "francesca", "francesco", "franco", "gabriele",
        "gabriella", "gaia", "giacomo", "gianluca", "gianni", "gianpaolo", "giada", "gigliola", "gino", "giorgia",
        "giorgio", "giovanna", "giovanni", "gisella", "giulia", "giuliana", "giuliano", "giulio", "giuseppe",
        "giuseppina", "grazia", "graziella", "guido", "ilaria", "irene", "isabella", "ivan", "ivana", "laura", "lara",
        "lorena", "lorenzo", "loredana", "luca", "lucia", "luciana", "luciano", "luigi", "luisa", "manuela", "marcella",
        "marcello", "marco", "margherita", "maria", "mariagrazia", "marina", "mario", "marisa", "marta", "martina",
        "massimo", "matteo", "mattia", "maurizio", "mauro", "michela", "michele", "milena", "mirella", "mirko",
        "monica", "nadia", "natalia", "nicola", "nicoletta", "norma", "ornella", "paola", "paolo", "patrizia", "pietro",
        "piera", "piero", "raffaella", "raffaele", "renata", "renato", "riccardo", "rita", "roberta", "roberto", "rosa",
        "rosanna", "rossana", "rossella", "sabrina", "samuele", "sandra", "sandro", "sara", "serena", "sergio",
        "silvana", "silvia", "simona", "simone", "sofia", "stefania", "stefano", "susanna", "tiziana", "tiziano",
        "tommaso", "valentina", "valeria", "valerio", "vanessa", "vincenzo", "virginia", "vittoria", "vittorio",
        "walter",
    ]
)
# fmt: on

# Capitalised words that are not people: "Responsabile: Ufficio Servizi Sociali" names no person.
NOT_NAME_WORDS = frozenset(
    [
        # an accord's articles and clauses ("Art. 4 - Ente capofila", "PREMESSO CHE") between its list and a comune
        "art",
        "articolo",
        "premesso",
        "considerato",
        "ritenuto",
        "visto",
        "vista",
        "visti",
        "viste",
        "ufficio",
        "servizio",
        "servizi",
        "settore",
        "area",
        "comune",
        "comuni",
        "ambito",
        "piano",
        "zona",
        "assemblea",
        "sindaci",
        "sindaco",
        "direzione",
        "segreteria",
        "sociale",
        "sociali",
        "politiche",
        "responsabile",
        "coordinatore",
        "coordinatrice",
        "referente",
        "unità",
        "unita",
        "organizzativa",
        "persona",
        "contatti",
        "telefono",
        "email",
        "sede",
        "orari",
        "regione",
        "lombardia",
        "provincia",
        "azienda",
        "consorzio",
        "comunità",
        "comunita",
        "montana",
        "distretto",
        "tutela",
        "minori",
        "assistente",
        "via",
        "piazza",
        "corso",
        "viale",
        "largo",
        "municipio",
        "dirigente",
        "funzionario",
        "ente",
        "capofila",
        "attività",
        "attivita",
        "welfare",
        "famiglia",
        "famiglie",
        "anziani",
        "disabili",
        "ats",
        "asst",
        "presidente",
        "assessore",
        "assessora",
        "vicesindaco",
        "segretario",
        "generale",
        "dott",
        "dottssa",
    ]
)

_NAME_TOKEN = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
PERSON_RE = re.compile(
    rf"{_NAME_TOKEN}(?:\s+(?:(?:de|di|del|della|dal|da|la|lo|le)\s+|d['’])?{_NAME_TOKEN}){{1,2}}"
    r"(?![\w'’])"
)


def _caps_to_title(text: str) -> tuple[str, bool]:
    """Capitals to title case ("BERETTA Giovanna" -> "Beretta Giovanna"); True if the first word was in capitals."""
    words = text.split()
    upper = [len(w) > 1 and w.isupper() for w in words]
    if not any(upper):
        return text, False
    fixed = [w.title() if u else w for w, u in zip(words, upper, strict=True)]
    return " ".join(fixed), upper[0] and not all(upper)


_PARTICLES = frozenset(["de", "di", "del", "della", "da", "dal", "dalla", "lo", "la", "li"])


# what runs on after a name: its numbers, or a site footer's row of links (the footer's text is one run of words)
_AFTER_NAME = (
    r"\s(?:tel|telefono|cell|fax|e-?mail|pec|privacy|cookie|accessibilit[aà]|note\s+legali|credits|mappa\s+del\s+sito|"
    r"dichiarazione\s+di\s+accessibilit)\b"
)


def person_name(raw: str, labelled: bool = False) -> str | None:
    """A clean "Given Family" from "dr.ssa Perego Stefania", or None if it is not a name.

    Order is told by a list of common given names; a surname written in capitals first
    ("BERETTA Giovanna") is a surname. Without either clue, a name is accepted only where a label
    says a person follows (`labelled`), as written.
    """
    text = TITLES.sub("", raw.strip(" :,-–|")).strip()
    text = re.split(_AFTER_NAME, text, maxsplit=1, flags=re.I)[0]  # "X Y Tel. 02 ...", "X Y Privacy | Cookie"
    text = re.sub(r"\s+", " ", text)
    text, caps_first = _caps_to_title(text)
    m = PERSON_RE.match(text)
    if not m:
        return None
    tokens = m.group(0).split()
    if any(t.lower().strip("'’") in NOT_NAME_WORDS for t in tokens):
        return None
    first, last = tokens[0].lower(), tokens[-1].lower()
    if caps_first and len(tokens) == 2:
        return " ".join(tokens[-1:] + tokens[:-1])
    if first not in GIVEN_NAMES and last in GIVEN_NAMES:
        # surname first: the given names are the trailing run ("Rossi Maria Grazia", "De Luca Anna")
        floor = 2 if first in _PARTICLES and len(tokens) > 2 else 1
        k = len(tokens) - 1
        while k > floor and tokens[k - 1].lower() in GIVEN_NAMES:
            k -= 1
        tokens = tokens[k:] + tokens[:k]
    elif first not in GIVEN_NAMES and last not in GIVEN_NAMES and not labelled:
        return None  # two capitalised words that are not a known given name: not a person
    return " ".join(tokens)


_ABBREVIATIONS = re.compile(
    r"(?:\b[A-Za-zÀ-ÿ]|\bdott|\bdr|\bdr\.ssa|\bdott\.ssa|\bsig|\bsig\.ra|\bn|\bnr|\bart|\bartt|\bp\.zza|"
    r"\bc\.so|\bv\.le|\bprof|\bing|\barch|\bavv|\bgeom|\brag|\bpag|\bss|\bd\.lgs|\bd\.g\.r|"
    r"\bl\.r|\bdgr|\becc|\bes|\btel|\bcfr|\bvol|\bprot)$",
    re.I,
)
_BOUNDARY = re.compile(r"(?<=[.!?;])\s+(?=[\"“«(]?[A-ZÀ-Ý0-9])")
_SHORT_MONTH = re.compile(r"\b[0-3]?\d\s+(?:gen|feb|mar|apr|mag|giu|lug|ago|sett?|ott|nov|dic)$", re.I)
_YEAR_NEXT = re.compile(r"(?:19|20)?\d\d\b")
_MONTH_NEXT = re.compile(rf"(?:{_MONTH_ALT})\b", re.I)


def split_sentences(line: str) -> list[str]:
    """Sentences of one line; "S. Paolo d'Argon", "dr. Rossi" and "n. 5" do not end one."""
    return list(_sentences(line) if len(line) <= CACHED_LINE else _split(line))


CACHED_LINE = 2_000  # a run's window is split by a dozen rules in turn: split it once; a whole long line is not kept


@lru_cache(maxsize=512)
def _sentences(line: str) -> tuple[str, ...]:
    return tuple(_split(line))


def _split(line: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(line):
        head = line[start : m.start()]
        if head.endswith(".") and _ABBREVIATIONS.search(head[-16:-1]):
            continue
        if head.endswith(".") and _SHORT_MONTH.search(head[-12:-1]) and _YEAR_NEXT.match(line, m.end()):
            continue  # "il 12 dic. 2024": an abbreviated month before its year
        if re.search(r"\b[0-3]?\d\.$", head) and _MONTH_NEXT.match(line, m.end()):
            continue  # "am 18. Dezember 2024": a German day before its month
        out.append(head.strip())
        start = m.end()
    out.append(line[start:].strip())
    return [piece for s in out if s for piece in _cap(s)]


MAX_SENTENCE = 1500  # longer "sentences" are run-on junk: cut them so no rule's work grows with their square


def _cap(sentence: str) -> list[str]:
    if len(sentence) <= MAX_SENTENCE:
        return [sentence]
    out = []
    while len(sentence) > MAX_SENTENCE:
        cut = sentence.rfind(" ", MAX_SENTENCE // 2, MAX_SENTENCE)
        cut = cut if cut > 0 else MAX_SENTENCE
        out.append(sentence[:cut].strip())
        sentence = sentence[cut:]
    out.append(sentence.strip())
    return [s for s in out if s]

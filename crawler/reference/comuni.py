"""The ISTAT list of comuni and the resolver from page spellings to ISTAT codes.

Identity in the graph is the ISTAT code, never a name: pages write "CASSINA DE’ PECCHI",
"S. Giuliano Milanese" or "Gorgonzola " and all must land on one code. A name that cannot be
resolved with confidence is reported, never guessed.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from crawler.reference.gazetteer import Gazetteer

REFERENCE_DIR = Path(__file__).resolve().parent
LOMBARDIA_CSV = REFERENCE_DIR / "comuni_lombardia.csv"
ITALIA_CSV = REFERENCE_DIR / "comuni_italia.csv"
FORMER_CSV = REFERENCE_DIR / "comuni_storici.csv"  # names before mergers and renamings (see comuni_storici.md)

# Below this similarity a fuzzy match is no match; above it, the runner-up must trail by MARGIN.
FUZZY_CUTOFF = 90.0
FUZZY_MARGIN = 4.0
FUZZY_MIN_LENGTH = 6

_APOSTROPHES = "’‘`´ʼ′"
_PREFIX = re.compile(r"^(?:il\s+)?(?:comune|citta|municipio)\s+(?:di|de|del|della)\s+")


@dataclass(frozen=True)
class Comune:
    istat: str
    name: str
    province: str  # sigla, e.g. "VA"
    region: str
    cadastral: str


@dataclass(frozen=True)
class Resolution:
    istat: str
    method: str  # exact | alias | former | short | fuzzy
    score: float


@lru_cache(maxsize=1 << 16)  # the extractor folds the same names over and over, page after page
def normalize_name(text: str) -> str:
    """Fold a comune name to a comparison key: no case, accents, apostrophes or hyphens."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower()
    for ch in _APOSTROPHES + "'":
        text = text.replace(ch, " ")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    text = " ".join(text.split())
    return _PREFIX.sub("", text)


_SAINTS = ("s", "san", "sant", "santa", "santo", "s ta", "sta", "s to", "sto")  # "S.ta Maria", "S.to Stefano"


_DROPPED = frozenset(["di", "del", "della"])  # "Costa Mezzate", "Misano Gera d'Adda", "Tovo S. Agata": lists drop them
# "dei" cut to "de'" (folded "de"), and back: "Terranova de' Passerini", "Torre dei Picenardi", "Cassina de Pecchi"
_APOCOPE = {"dei": ("dei", "de"), "de": ("de", "dei")}


def _aliases(key: str) -> set[str]:
    """Other keys a page may use: "s giuliano milanese" for "san giuliano milanese", also inside a
    name ("fornovo s giovanni"); the name without a "di" inside it ("costa mezzate" for Costa di Mezzate); "de'" for
    "dei" inside it and back ("terranova de passerini")."""
    variants = [""]
    words = key.split()
    for k, word in enumerate(words):
        options = _SAINTS if word in _SAINTS else (word,)
        if word in _DROPPED and 0 < k < len(words) - 1:
            options = (word, "")
        if word in _APOCOPE and 0 < k < len(words) - 1:
            options = _APOCOPE[word]
        variants = [" ".join(f"{v} {o}".split()) for v in variants for o in options][:64]
    return set(variants) - {key}


# first words of comuni's names that are everyday words or generic heads ("Villa", "Ponte", "Sesto"): no short form
# fmt: off
_NOT_SHORT = frozenset(
    [
        "abbadia", "arena", "badia", "bastida", "borgo", "campione", "cappella", "casale", "casanova", "castel",
        "castelli", "castello", "cella", "centro", "certosa", "cerro", "chiesa", "colle", "colli", "comun", "corna",
        "corno", "corte", "costa", "dosso", "foresto", "inverno", "isola", "limone", "mazzo", "mezzana", "montagna",
        "montano", "monte", "monticelli", "motta", "oliva", "oltre", "ospedaletto", "palazzo", "pavone", "pertica",
        "piazza", "pietra", "pieve", "poggio", "ponte", "ponti", "porto", "pozzo", "prata", "rocca", "romano",
        "ronco", "santa", "santo", "sesto", "settimo", "silvano", "somma", "sotto", "spino", "stagno", "terranova",
        "torre", "torricella", "treviso", "valle", "villa", "villanova", "volta",
    ]
)
# fmt: on

# comuni whose name is an everyday word ("Dello", "Mese", "Zone", "PERO'" for però): in capitals, where case no longer
# tells a name from a word, such a name is an item only inside a list or after "Comune di" (see `members`)
# fmt: off
WORD_NAMES = frozenset(
    [
        "albino", "asso", "calcio", "calco", "casto", "castro", "cene", "ceto", "chiari", "dello", "erba", "magenta",
        "meleti", "mese", "mura", "nave", "nesso", "ome", "onore", "opera", "pero", "pescate", "pigra", "rasura", "rea",
        "sommo", "sospiro", "spessa", "tornata", "torno", "trovo", "zone",
    ]
)
# fmt: on


def short_form(key: str) -> str | None:
    """The first word of a longer name, as pages shorten it ("Cassano" for Cassano d'Adda, "Cornate",
    "Calusco"), unless it is too short or an everyday word."""
    words = key.split()
    if len(words) < 2 or len(words[0]) < 5 or words[0] in _NOT_SHORT or words[0] in _SAINTS:
        return None
    return words[0]


_JOINERS = frozenset(["con", "e", "ed"])  # "Rivarolo del Re ed Uniti", "Corte de' Cortesi con Cignone"


def joined_head(key: str) -> str | None:
    """The name of the first of the places a merged comune joins, words before "con", "e", "ed", as pages shorten it
    ("Rivarolo del Re" for Rivarolo del Re ed Uniti, "Santa Cristina" for Santa Cristina e Bissone), when it is more
    than the first word (`short_form` reads that one)."""
    words = key.split()
    k = next((k for k, w in enumerate(words) if w in _JOINERS and k), 0)
    return " ".join(words[:k]) if k >= 2 else None


# words a list shortens to their initial and a slash or a dot: "Robecco s/Naviglio", "Vermezzo c/Zelo", "Cavenago d/B."
# a saint among the words kept whole: "S. Stefano T.", "S.ta Maria H.", "S.to Stefano T."
_SAINTLY = {
    "san": ("san", "s"),
    "sant": ("sant", "s"),
    "santa": ("santa", "s", "s ta", "sta"),
    "santo": ("santo", "s", "s to", "sto"),
}
_CONNECTORS = frozenset(
    ["sul", "sull", "sulla", "sullo", "sopra", "con", "di", "del", "della", "dello", "dei", "delle", "degli", "d"]
)


def abbreviations(name: str, siglas: frozenset[str] = frozenset()) -> set[str]:
    """Folded keys of a name as lists abbreviate it: its connectors to an initial ("Robecco s/Naviglio"),
    its last word(s) to initials ("Bernate T.", "Robecco s/N.", "Castelnuovo B.D." for Castelnuovo Bocca
    d'Adda), or run together ("Gardone VT", unless a province's sigla: "Gardone BS" is the province), the first
    word(s) kept whole. Only context settles them (see `NameResolver`)."""
    words = [normalize_name(w) for w in re.split(r"[\s-]+", name) if normalize_name(w)]
    if "/" in name or len(words) < 2:
        return set()
    keys: set[str] = set()
    for k in range(1, len(words) + 1):
        head, tail = words[:k], words[k:]
        if not any(len(w) >= 4 and w not in _CONNECTORS and w not in _SAINTS for w in head):
            continue
        heads = [""]
        for w in head:  # "s/" for sul, "c/" for con, "d/" for di, "S." for San, in the words kept whole
            short = " ".join([w[0], *w.split()[1:]])  # "sull adda" -> "s adda"
            first, *rest = w.split()  # "Sant'Angelo" is one word to its writer: "S. Angelo Lod."
            saintly = tuple(" ".join([o, *rest]) for o in _SAINTLY.get(first, ())) if rest else ()
            options = (w, short) if first in _CONNECTORS and w != head[0] else saintly or _SAINTLY.get(w, (w,))
            heads = [f"{h} {o}".strip() for h in heads for o in options]
        tails = [""]
        for w in tail:  # "d'Adda" is one word to its writer ("B.D.", "sull'A.") or two ("B.d.A.")
            parts = w.split()
            if len(parts) > 1:  # or kept whole after an abbreviated word: "Castelnuovo B. d'Adda"
                initials = " ".join(p[0] for p in parts)
                options = (parts[0][0], parts[-1][0], initials, " ".join([*parts[:-1], parts[-1][0]]), w)
            elif len(w) >= 6:  # an initial, or with the word's ending ("Novate M.se", "Paderno D.no", "Cusano M.no"),
                # or the word's first syllable(s) ("Ospedaletto Lod.", "Montanaso Lomb.")
                options = (w[0], f"{w[0]} {w[-2:]}", f"{w[0]} {w[-3:]}", w[:3], w[:4])
            else:
                options = (w[0],)
            tails = [f"{t} {o}".strip() for t in tails for o in options]
        keys |= {f"{h} {t}".strip() for h in heads for t in tails}
        joined = "".join(p[0] for w in tail for p in w.split())  # no dot: "Gardone VT", "Sesto SG", "Darfo BT"
        if len(tail) >= 2 and joined not in siglas:
            keys |= {f"{h} {joined}" for h in heads}
    # "Jerago c/o" is "Jerago, care of": "c/o" is never Jerago con Orago
    return {k for k in keys if not k.endswith(" c o")} - {normalize_name(name)}


def load_comuni(path: Path = LOMBARDIA_CSV) -> list[Comune]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [Comune(r["istat"], r["name"], r["province"], r["region"], r["cadastral"]) for r in csv.DictReader(fh)]


def load_former(path: Path = FORMER_CSV) -> list[tuple[str, str]]:
    """(old name, today's ISTAT code) of comuni merged or renamed (lines starting "#" cite the source)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return [(r["old_name"], r["istat"]) for r in csv.DictReader(line for line in fh if not line.startswith("#"))]


class NameResolver:
    """Resolves page spellings of comune names to ISTAT codes within one reference list."""

    def __init__(self, comuni: list[Comune], former: Iterable[tuple[str, str]] = ()) -> None:
        self.comuni = {c.istat: c for c in comuni}
        former = list(former)
        self._exact: dict[str, list[str]] = {}
        self._alias: dict[str, list[str]] = {}
        for c in comuni:
            key = normalize_name(c.name)
            self._exact.setdefault(key, []).append(c.istat)
            for alias in _aliases(key):
                self._alias.setdefault(alias, []).append(c.istat)
            # bilingual names "Name/Nom": either half is a spelling of the comune
            if "/" in c.name:
                for part in c.name.split("/"):
                    self._alias.setdefault(normalize_name(part), []).append(c.istat)
        self._former: dict[str, list[str]] = {}
        for old, istat in former:
            if istat in self.comuni:
                for key in {normalize_name(old), *_aliases(normalize_name(old))}:
                    self._former.setdefault(key, []).append(istat)
        # an old name that is also a current comune's, or that names two of today's: never guessed
        self.ambiguous_former = sorted(
            k for k, codes in self._former.items() if k in self._exact or k in self._alias or len(set(codes)) > 1
        )
        for key in self.ambiguous_former:
            del self._former[key]
        # short forms ("Cassano" may be Cassano d'Adda, Cassano Magnago or Cassano Valcuvia) and abbreviations
        # ("Bernate T.", "Robecco s/N."): settled only by context
        self._short: dict[str, list[str]] = {}
        siglas = frozenset(c.province.lower() for c in comuni)
        shorts = [
            (c.istat, {short_form(k), joined_head(k), *abbreviations(c.name, siglas)})
            for c in comuni
            if (k := normalize_name(c.name))
        ]
        # a former name abbreviated as lists wrote it before the change ("Puegnago s/G", "S. Omobono I."); not its
        # bare first word, which may name today's comune's neighbour
        shorts += [(istat, abbreviations(old, siglas)) for old, istat in former if istat in self.comuni]
        for istat, keys in shorts:
            for short in keys - {None}:
                known = any(short in table for table in (self._exact, self._alias, self._former))
                if not known and istat not in self._short.get(short, []):
                    self._short.setdefault(short, []).append(istat)
        # "Limone" for Limone sul Garda, "Sale" for Sale Marasino: a first word `short_form` refuses (an everyday
        # word, or too short), read as its comune only as an item of a list of comuni (`crawler/parsers/word_items`),
        # never by the gazetteer; a saint's word or one of two letters never
        self._word_heads: dict[str, list[str]] = {}
        for c in comuni:
            key = normalize_name(c.name)
            first = key.split()[0] if " " in key else ""
            if len(first) >= 3 and first not in _SAINTS and first not in self._exact and short_form(key) is None:
                self._word_heads.setdefault(first, []).append(c.istat)
        self._keys = list(self._exact)
        self._cache: dict[tuple[str, str | None, bool], Resolution | None] = {}
        self._gazetteer: Gazetteer | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        """Every spelling this resolver knows, for finding comuni in running text (built on first use)."""
        if self._gazetteer is None:
            tables = (self._former, self._alias, self._exact)  # later tables win: an official name over an alias
            spellings = {key: codes for table in tables for key, codes in table.items()}
            self._gazetteer = Gazetteer(
                {k: c for k, codes in spellings.items() if (c := self._pick(codes, None))},
                {k: tuple(codes) for k, codes in self._short.items()},
            )
        return self._gazetteer

    def name_of(self, istat: str) -> str:
        return self.comuni[istat].name

    def _pick(self, codes: list[str], province: str | None) -> str | None:
        if len(codes) == 1:
            return codes[0]
        if province:
            local = [c for c in codes if self.comuni[c].province == province.upper()]
            if len(local) == 1:
                return local[0]
        return None  # a homonym with no tie-breaker: report, don't guess

    def resolve(self, name: str, province: str | None = None, fuzzy: bool = True) -> Resolution | None:
        """The comune a spelling names, or None. `fuzzy=False` skips the typo search (exact and
        alias spellings only), for callers that would refuse a fuzzy answer anyway."""
        key = normalize_name(name)
        if not key or len(key) > 60:
            return None
        cache_key = (key, province, fuzzy)
        if cache_key not in self._cache:
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[cache_key] = self._resolve_key(key, province, fuzzy)
        return self._cache[cache_key]

    def _resolve_key(self, key: str, province: str | None, fuzzy: bool) -> Resolution | None:
        tables = ((self._exact, "exact"), (self._alias, "alias"), (self._former, "former"), (self._short, "short"))
        for table, method in tables:
            if key in table:
                code = self._pick(table[key], province)
                return Resolution(code, method, 100.0) if code else None  # an ambiguous short form is no typo
        if not fuzzy or len(key) < FUZZY_MIN_LENGTH:
            return None
        best = process.extract(key, self._keys, scorer=fuzz.ratio, limit=2)
        if not best or best[0][1] < FUZZY_CUTOFF:
            return None
        if len(best) > 1 and best[0][1] - best[1][1] < FUZZY_MARGIN:
            return None
        code = self._pick(self._exact[best[0][0]], province)
        return Resolution(code, "fuzzy", float(best[0][1])) if code else None

    def word_head(self, name: str) -> list[str]:
        """The comuni whose name opens with this everyday word ("Limone", "Ponte"), which no short form reads."""
        return self._word_heads.get(normalize_name(name), [])

    def code(self, name: str, province: str | None = None) -> str | None:
        found = self.resolve(name, province)
        return found.istat if found else None

    def mentions(self, text: str) -> list[tuple[str, str]]:
        """Comuni named anywhere in free text, as (istat, matched key), in text order.

        Only exact and alias spellings count here (no short forms): fuzzy matching of every word run in a page
        would invent comuni.
        """
        return [(m.istat, m.key) for m in self.gazetteer.find(text) if not m.candidates]


@cache
def lombardia() -> NameResolver:
    """The resolver for Lombardy's comuni (loaded once per process)."""
    return NameResolver(load_comuni(LOMBARDIA_CSV), load_former())

"""Where a page names an ambito: "Ambito territoriale di Azzate", "Ambito 3 - Pioltello",
"Distretto 4", "Ambito Rhodense", "AMBITO TERRITORIALE DEL CASTANESE", "Ambito territoriale n. 7
Oglio Ovest".

An ambito is named after a comune, a number, or a territory. A territory's name is told from
ordinary words by its form, not by a list of ambiti: a demonym ("Rhodense", "Castanese",
"Magentino", "Cremasco"), a geographic head word ("Alto", "Valle", "Sud") written with a capital,
or any capitalised word after a number or an article ("n. 7 Oglio Ovest", "della Franciacorta").
A territory's adjective in lower case names one too, right after "Ambito" and a qualifier ("Ambito
distrettuale lodigiano", "ambito territoriale cremasco"; not "dell'Ambito programmano", a verb), and so
does the ambito's office: "Ufficio di Piano del Castanese" is the Castanese's, where a contact page
names its ambito nowhere else.
"Distretto sanitario" (the health district), plural "Ambiti di X, Y" (partners) and the idiom
"nell'ambito di" (within) name no ambito of the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from crawler.parsers.footer_owner import owner_part
from crawler.parsers.italian import GIVEN_NAMES, NOT_NAME_WORDS
from crawler.parsers.other_ambiti import another_bodys_mention
from crawler.parsers.prechecks import may_match
from crawler.reference.comuni import NameResolver, normalize_name

MENTION = re.compile(
    r"\b(?P<kind>ambito|distretto)\b"
    r"(?P<qual>(?:\s+(?:territoriale|distrettuale|sociale|socio[- ]?sanitario|sociosanitario|sanitario|"
    r"di\s+zona|intercomunale|zonale))*)"
    r"(?:\s*(?:n\.?|nr\.?|n°|numero)?\s*(?P<num>\d{1,2})\b)?"
    # longest article first; an article is a whole word ("Ambito Distretto 4" names no "stretto 4")
    r"(?P<sep>\s*[-–:]\s*|\s+(?:dell['’]|(?:della|delle|degli|dei|del|de|di)\b)\s*|\s+)?",
    re.I,
)
# a territory's adjective: "Legnanese", "Rhodense", "Abbiatense", "Lodigiano"
_DEMONYM = re.compile(r"(?:ese|ense|esi|ino|ina|asco|asca|ano|ana)$")
# a rarer one ending as common words do ("Visconteo", of the Visconti's lands; but "Europeo", "Ateneo", "Museo",
# "Area", "Linea"): a territory's only after the ambito's qualifier ("Ambito Distrettuale Visconteo") or before a point
_RARE_DEMONYM = re.compile(r"(?:eo|ea)$")
_POINTS = frozenset(["nord", "sud", "est", "ovest"])
# fmt: off
_GEO_HEADS = frozenset(
    [
        "alto", "alta", "basso", "bassa", "medio", "media", "valle", "val", "valli", "isola", "lago", "laghi", "monte",
        "monti", "sud", "nord", "est", "ovest", "riviera", "pianura", "colline", "alpi", "prealpi",
    ]
)
# fmt: on
# fmt: off
_NOT_TERRITORY = frozenset(
    [
        "piano", "urbano", "cittadino", "italiano", "montano", "umano", "metropolitano", "sovrano", "lontano", "vicino",
        "quotidiano", "territoriale", "sociale", "distrettuale", "sanitario", "comunale", "regionale", "provinciale",
        "ordinario", "destino", "continua", "persona", "prima", "mese", "paese", "interna", "esterna",
        "commercio", "salute", "cultura", "sport", "turismo", "lavoro", "istruzione", "formazione", "progetto",
        "programmazione", "intervento", "applicazione", "competenza", "attività", "riferimento", "rete", "alpino",
        "padano", "marino",
    ]
)
# fmt: on
_GOVERNMENT_BODY = re.compile(r"\s*Citt(?:[aà]|a['’])\s+metropolitana\b", re.I)
_LIST_LABEL_BEFORE = re.compile(r"\bcomuni\s+(?:dell['’]\s*|del\s+)$", re.I)
_POINT = re.compile(r"\s+(?-i:Nord|Sud|Est|Ovest)\b(?!['’])")
_CONNECTOR = re.compile(r"^(?:e|ed|di|del|della|dei|delle|d['’]|dell['’])$", re.I)
# "nell'ambito", "in ambito"; "gara d'ambito", "piano d'ambito": "d'ambito" qualifies another thing, it names none
_IDIOM_BEFORE = re.compile(r"(?:\bnell['’]|\bin\s+|\bdall['’]\s*|\bsull['’]|\bd['’])$", re.I)
# a sentence that opens with the ambito of a comune as its topic, set off by a comma ("Nell'ambito di Monza, il
# Comune di Monza è capofila"): the territory the sentence speaks of, not the idiom (round 60a)
_TOPIC_OPENS = re.compile(r"[.;!?]\s*Nell['’]$")  # (a line's start is read as a full stop)
# after the comune: the comma that sets the topic off, or a verb of belonging that makes it the place the comuni are in
# ("Nell'ambito di Paullo rientrano A, B e C", "Nell'ambito di Lodi ricadono ...", "... sono compresi ...")
_TOPIC_GOES_ON = re.compile(
    r",|\s+(?:rientrano|ricadono|sono\s+compresi|sono\s+inclusi|fanno\s+parte|afferiscono|si\s+trovano)\b", re.I
)


# an ambito of another region ("Ambito sociale n. 7 (Regione Piemonte)", "Ambito di X della Regione Veneto"): its
# comuni are not Lombard, so it is no ambito of this graph (a Lombard site may publish it for neighbouring comuni)
OTHER_REGIONS = (
    r"piemonte|valle\s+d['’]\s*aosta|liguria|veneto|trentino|alto\s+adige|friuli|emilia|toscana|marche|umbria|lazio|"
    r"abruzzo|molise|campania|puglia|basilicata|calabria|sicilia|sardegna|canton\s+ticino|svizzera"
)
_OTHER_REGION = re.compile(
    rf"^[\s,]*(?:\(\s*(?:regione\s+)?(?:{OTHER_REGIONS})\b|[-–]?\s*(?:della\s+|in\s+)?regione\s+(?:{OTHER_REGIONS})\b)",
    re.I,
)
# a health authority's district named as its own ("il Distretto Rhodense dell'ASST Rhodense", "Distretto di Lodi
# dell'ATS della Città Metropolitana"): its Case di Comunità, not an ambito of the social plan
# the region's health bodies, by acronym or name (read with re.I); one list for names.py and members.py
HEALTH_BODY = (
    r"(?:ASST|ATS|ASL|azienda\s+socio[\s-]?sanitaria(?:\s+territoriale)?|agenzia\s+di\s+tutela(?:\s+della\s+salute)?)\b"
)
# "il Distretto X dell'ASST Y", and a title's "Distretto X - ASST Y" (an ASST's district since 2016; an ambito that
# still calls itself distretto names its ATS, if any, not in that place)
_OF_HEALTH_BODY = re.compile(rf"^\s*(?:(?:dell['’]\s*|della\s+|di\s+){HEALTH_BODY}|[-–—|:]\s*ASST\b)", re.I)


@dataclass
class Mention:
    line: int  # index in the lines; -1 for the title, -2 for the breadcrumb
    name: str  # as written
    key: str  # ISTAT code of the place, "t:<territory>" or "n:<number>"
    place: str | None  # ISTAT code when named after a comune
    kind: str  # "ambito" | "distretto"
    shouted: bool = False  # written in capitals on the page (a heading), so its case is not the name's
    proper: bool = True  # written with a capital, as a name is ("Ambito di X", not "ambito sociale 4")
    at: int = 0  # offset in its line
    label: bool = False  # a members list's label ("Comuni dell'Ambito: Rho, Pero"): its first item, as a place


def mentions_in(text: str, line: int, resolver: NameResolver, earlier: Mention | None = None) -> list[Mention]:
    """The ambiti the text names; `earlier` is the ambito named last in the paragraph before, which "Quello di X" at the
    text's start follows."""
    if not may_match(text, _MENTION_WORDS):
        return []  # most lines name no ambito, no office and use no pronoun for one
    out: list[Mention] = []
    for m in MENTION.finditer(text):
        kind = m.group("kind").lower()
        qual = m.group("qual") or ""
        if re.search(r"sanitario", qual, re.I) and not re.search(r"socio", qual, re.I):
            continue
        idiom = m.group("kind").islower() and _IDIOM_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
        if idiom and not _TOPIC_OPENS.search(("." if m.start() <= 8 else "") + text[max(0, m.start() - 8) : m.start()]):
            continue
        # "Comuni dell'Ambito: Caronno Pertusella, Cislago, ...": a list's label, whose first item names the ambito
        # only by chance (`not_list_labels`)
        label = ":" in (m.group("sep") or "") and bool(
            _LIST_LABEL_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
        )
        rest = text[m.end() : m.end() + 200]
        num = m.group("num")
        place = _place_at_start(rest, resolver) if m.group("sep") is not None and not _site_after(m, rest) else None
        article = kind == "ambito" and bool(
            re.match(r"\s+(?:del|della|dell['’]|dei|degli|delle)\s*$", m.group("sep") or "", re.I)
        )
        # "Ambito 2 – Brescia Ovest": a cardinal point after a comune names a part of its territory, not the comune
        pointed = bool(place) and rest.startswith(place[1]) and bool(_POINT.match(rest, len(place[1])))
        place = None if pointed else place
        if idiom and not (place and rest.startswith(place[1]) and _TOPIC_GOES_ON.match(rest[len(place[1]) :])):
            continue  # "nell'ambito del progetto": the idiom; "Nell'ambito di Monza, il Comune di ...": the topic
        territory = None if place else _territory_at_start(rest, bool(num) or article or pointed, bool(qual.strip()))
        spaced = bool(m.group("sep")) and not m.group("sep").strip()  # "Ambito distrettuale lodigiano"
        if not (place or territory or num) and kind == "ambito" and qual and spaced:
            territory = _adjective_at_start(rest)
        head = text[m.start() : m.end()]
        proper = head[:1].isupper()
        written = place[1] if place else territory or ""
        after = text[m.end() + len(written) : m.end() + len(written) + 60]
        if _OTHER_REGION.match(after) or (kind == "distretto" and _OF_HEALTH_BODY.match(after)):
            continue
        if kind == "ambito" and another_bodys_mention(text[max(0, m.start() - 30) : m.start()], after):
            continue  # "Sub-ambito Val Seriana", "Rete di Ambito 3", "Ambito di X dell'Ufficio Scolastico"
        if kind == "ambito" and _PART_BEFORE.search(text[max(0, m.start() - 6) : m.start()]):
            continue  # "Sub-ambito Nord (4 comuni)": a part of the ambito, whose comuni are the ambito's
        if place and spaced and _runs_on_to_a_comune(rest[len(place[1]) :], resolver):
            label = True  # "fanno parte dell'Ambito Arese, Lainate, Pero": the list's first item, not the ambito's name
        if place:
            code, written = place
            out.append(
                Mention(
                    line, _tidy(head + written), code, code, kind, (head + written).isupper(), proper, m.start(), label
                )
            )
        elif territory:
            out.append(
                Mention(
                    line,
                    _tidy(head + territory),
                    "t:" + normalize_name(territory),
                    None,
                    kind,
                    (head + territory).isupper(),
                    proper,
                    m.start(),
                )
            )
        elif num:
            out.append(Mention(line, _tidy(head), "n:" + num, None, kind, head.isupper(), proper, m.start()))
    out = _without_parenthesised_names(text, out)
    pronouns = _pronoun_mentions(text, line, out, resolver, earlier) + _eponym_mentions(text, line, out, resolver)
    return out + pronouns + _office_mentions(text, line, resolver)


def _runs_on_to_a_comune(after: str, resolver: NameResolver) -> bool:
    """The name is followed by a comma and another comune: it is a list's first item."""
    comma = re.match(r"\s*,\s*", after)
    return bool(comma) and _place_at_start(after[comma.end() :], resolver) is not None


def _without_parenthesised_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """An ambito's other name in parentheses right after its name ("Ambito di Pioltello (Distretto sociale Est
    Milano)", "Distretto 3 (Ambito di Corsico)") is the same ambito, not a second one that would take its lists."""
    out: list[Mention] = []
    for mention in mentions:
        between = text[out[-1].at : mention.at] if out else ""
        if out and len(between) <= len(out[-1].name) + 24:  # (a short span only: the text between may be a 1 MB line)
            between = _FORMER_NAME_WORD.sub("", between)
        if between.rstrip().endswith("(") and len(between) <= len(out[-1].name) + 4 and not _BREAK.search(between):
            continue
        out.append(mention)
    return out


_BREAK = re.compile(r"[,;.:)]\s")
# closed vocabulary: the words that give the ambito's former name in its parentheses ("Distretto Sociale di X (ex
# Distretto 6 ASL Milano 2)", "Ambito di Y (già Distretto 3)", "(in precedenza Distretto n. 4)"): the same ambito
_FORMER_NAME_WORD = re.compile(
    r"(?<=\()\s*(?:ex|gi[àa]|gia['’]|in\s+precedenza|precedentemente|un\s+tempo|fino\s+al\s+\d{4})\s*[-‐–]?\s*$",
    re.I,
)


# "Ufficio di Piano del Castanese", "UFFICIO DI PIANO DI LODI": the office is the ambito's, so it names it; so does
# its plan ("PIANO DI ZONA DELL'ABBIATENSE")
_OFFICE = re.compile(
    r"\b(?:ufficio\s+di\s+piano|piano\s+(?:sociale\s+)?di\s+zona)\s+(?:dell['’]\s*|della\s+|dei\s+|degli\s+|del\s+|di\s+)",
    re.I,
)


def _office_mentions(text: str, line: int, resolver: NameResolver) -> list[Mention]:
    """The ambito an Ufficio di Piano is named after: a comune, or a territory that reads as one (a demonym)."""
    out: list[Mention] = []
    for m in _OFFICE.finditer(text):
        rest = text[m.end() : m.end() + 200]
        if re.match(r"\s*(?:comun|union)", rest, re.I):
            continue  # "Ufficio di Piano del Comune di Rho": a comune's office, not an ambito's name
        place = _place_at_start(rest, resolver)
        written = place[1] if place else _territory_at_start(rest, numbered=False)
        if written:
            key = place[0] if place else "t:" + normalize_name(written)
            out.append(
                Mention(
                    line, _tidy(written), key, place[0] if place else None, "ambito", written.isupper(), True, m.start()
                )
            )
    return out


# a table's header cell over the column that names each row's ambito, and a cell that says the rows are ambiti's (their
# capofila, their comuni, or one comune a row: "Ambito | Comune" over "Legnanese | Busto Garolfo"). The header says
# the kind with any of the qualifiers Law 328 and the regional plans give it, alone or two together ("Ambito
# distrettuale", "Ambito territoriale sociale"); the comuni's header with the verbs a list of members takes
# ("Comuni afferenti", "Comuni associati"). A health or school district ("Distretto sanitario", "Ambito scolastico")
# has no such qualifier and stays out.
_KIND_QUALIFIER = r"(?:territorial[ei]|social[ei]|distrettual[ei])"
_AMBITO_COLUMN = re.compile(rf"^(?:ambito|ambiti|distretto|distretti)(?:\s+{_KIND_QUALIFIER}){{0,2}}$", re.I)
_AMBITO_TABLE = re.compile(
    r"^(?:ente\s+|comune\s+)?capofila$|"
    r"^comun[ei](?:\s+(?:aderent[ei]|afferent[ei]|associat[ei]|appartenent[ei]|dell['’]ambito|del\s+distretto))?$",
    re.I,
)


def ambito_table_column(head: list[str]) -> int | None:
    """The column of a table's header cells that names each row's ambito, when another cell says the rows are
    ambiti's (their capofila, their comuni): "Ambito" / "Ente capofila" / "Comuni" / "Abitanti" gives 0."""
    col = next((n for n, c in enumerate(head) if _AMBITO_COLUMN.match(c.strip())), None)
    return col if col is not None and any(_AMBITO_TABLE.match(c.strip()) for c in head) else None


def names_by_comune(cell: str) -> bool:
    """A header cell over a column that names comuni in another role: the row's ambito (called by a comune, "Corsico")
    or its capofila ("Comune capofila")."""
    cell = cell.strip()
    return bool(_AMBITO_COLUMN.match(cell)) or (bool(_AMBITO_TABLE.match(cell)) and "capofila" in cell.lower())


def _header_cells(line: str) -> list[str]:
    """A table line's cells as header words: an open-data grid names its fields in snake case ("comune_capofila",
    "n_comuni"), which read as the words they join."""
    return [c.replace("_", " ").strip() for c in line.split(" | ")]


def ambito_columns(lines: list[str]) -> dict[int, tuple[int, int]]:
    """Per row line of a table with a column headed "Ambito" (or "Distretto"), (that column, the header's line): the
    row's cell there names an ambito, not a member ("Ambito | N. Comuni | Residenti" over "Melegnano | 15 | ...")."""
    out: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(lines):
        head = _header_cells(lines[i]) if " | " in lines[i] else []
        col = next((n for n, c in enumerate(head) if _AMBITO_COLUMN.match(c)), None)
        at, i = i, i + 1
        while col is not None and i < len(lines) and len(lines[i].split(" | ")) == len(head):
            out[i] = (col, at)
            i += 1
    return out


_ROLE_NOTE = re.compile(r"\s*\((?:ente\s+|comune\s+)?capofila\)$", re.I)


def notes_the_capofila(column: str, cell: str) -> bool:
    """A comune's row whose "Ambito" cell notes its role ("Abbiategrasso | Abbiatense (capofila)"): the row's comune
    is the ambito's capofila (round 61b)."""
    return bool(_AMBITO_COLUMN.match(column.strip()) and _ROLE_NOTE.search(cell))


def column_mentions(lines: list[str], resolver: NameResolver) -> dict[int, Mention]:
    """Ambiti named in a table's column headed "Ambito" ("Ambito | Capofila | Comuni" over "Abbiatense | Abbiategrasso |
    ..."), per row line: the cell is the ambito's name alone, a territory (a demonym, a geographic head) or a comune,
    read only when another header says the rows are ambiti (their capofila, their comuni)."""
    out: dict[int, Mention] = {}
    for i, (col, at) in ambito_columns(lines).items():
        head = _header_cells(lines[at])
        if not any(_AMBITO_TABLE.match(c) for c in head):
            continue
        kind = "distretto" if head[col].lower().startswith("distrett") else "ambito"
        # the row's comune's role in brackets after the ambito's name: "Abbiatense (capofila)" (round 61b)
        cell = _ROLE_NOTE.sub("", lines[i].split(" | ")[col].strip())
        place = _place_at_start(cell, resolver)
        # the cell alone, or a joint name opened by it ("Voghera e Comunità Montana Oltrepò Pavese")
        if place and (place[1] == cell or re.match(r"\s+e\s+(?-i:[A-ZÀ-Ý])", cell[len(place[1]) :])):
            out[i] = Mention(i, f"{kind.capitalize()} di {cell}", place[0], place[0], kind, cell.isupper(), True, 0)
        elif not place and _territory_at_start(cell, numbered=False) == cell:
            key = "t:" + normalize_name(cell)
            out[i] = Mention(i, f"{kind.capitalize()} {cell}", key, None, kind, cell.isupper(), True, 0)
    return out


# a page titled by the bare word ("L'Ambito", "Il nostro Ambito territoriale"): its site's name says which one
_BARE_AMBITO = re.compile(
    r"^(?:l['’]\s*|il\s+(?:nostro\s+)?)?ambito(?:\s+(?:territoriale|distrettuale|sociale))?$", re.I
)
_SITE_OF_AMBITO = re.compile(
    r"^(?:l['’]\s*)?ambito\s+(?:territoriale\s+|distrettuale\s+|sociale\s+)?(?:di|del|dell['’]|della)\b", re.I
)
_SITE_SEPARATOR = re.compile(r"\s+[–—|-]\s+")
# a site named after the office of a town or of its ambito ("Contatti – Ufficio di Piano di Lodi"): that town's ambito
_SITE_OF_OFFICE = re.compile(
    r"^(?:l['’]\s*)?ufficio\s+(?:di\s+|del\s+)?piano\s+(?:dell['’]\s*ambito\s+(?:territoriale\s+|distrettuale\s+)?)?"
    r"(?:di|del|dell['’]|della)\s+",
    re.I,
)


# the office's facts in a footer block: its capofila or its office named
_OWNERS_FACTS = re.compile(r"\bcapofila\b|\bufficio\s+(?:di\s+|del\s+)?piano\b", re.I)


def footer_site_mentions(chrome: list[str], resolver: NameResolver) -> tuple[list[Mention], str]:
    """The ambito a site's footer opens with, as a site names its owner: "Ambito territoriale di Vimercate · Comune
    capofila: Vimercate · Ufficio di Piano · Piazza ..." (the block's first part is the ambito's whole name, and the
    block states its capofila or its office). A comune's footer ("Comune di X · ... · Ambito di Y") opens with the
    comune and names no owner here. Also the block, whose contacts are the owner's office's."""
    for block in chrome:
        first = owner_part(block)
        if not (_SITE_OF_AMBITO.match(first) or _SITE_OF_OFFICE.match(first)) or not _OWNERS_FACTS.search(block):
            continue
        named = mentions_in(first, -1, resolver)
        if len(named) == 1 and _tidy(first).endswith(named[0].name):
            return named, block
    return [], ""


def site_mentions(title: str, head_title: str, resolver: NameResolver) -> list[Mention]:
    """The ambito a site is named after, on its page titled "L'Ambito": "<title>L'Ambito – Valle Imagna Villa
    d'Almè</title>" (a CMS's "page – site") names the ambito of Valle Imagna Villa d'Almè; the site's name must read
    as a territory (a geographic head, a demonym) or a comune. A site named "Ambito territoriale di X" names its
    ambito on each of its pages ("Territorio – Ambito Territoriale di Mantova")."""
    parts = _SITE_SEPARATOR.split(head_title, maxsplit=1)
    site = parts[1].strip() if len(parts) == 2 else ""
    # (the site's name is the last part: "Ufficio di Piano - Home - Ambito territoriale di Lodi")
    last = _SITE_SEPARATOR.split(site)[-1].strip()
    if last != site and (_SITE_OF_AMBITO.match(last) or _SITE_OF_OFFICE.match(last)):
        site = last
    named = mentions_in(site, -1, resolver) if site else []
    # the site's whole name is the ambito's, or its office's ("Contatti – Ufficio di Piano di Lodi")
    closing = len(named) == 1 and _tidy(site).endswith(named[0].name)
    whole = closing and named[0].at == 0 and named[0].name == _tidy(site)
    if _SITE_OF_AMBITO.match(site) or whole or (closing and _SITE_OF_OFFICE.match(site)):
        # "Chi siamo – Ambito territoriale di Seriate", "Governance - Ambito Castanese": the site is the ambito's, also
        # when the page's part is not its heading ("FAQ - Ambito territoriale di X" over "<h1>Domande frequenti</h1>")
        return named
    if not site or parts[0].strip() != title.strip():
        return []
    if not _BARE_AMBITO.match(title.strip()):
        return []
    place = _place_at_start(site, resolver)
    if place and place[1] == site:
        return [Mention(-1, f"Ambito di {site}", place[0], place[0], "ambito", site.isupper(), True, 0)]
    territory = _territory_at_start(site, numbered=False)
    if not territory:
        return []
    return [Mention(-1, f"Ambito {site}", "t:" + normalize_name(territory), None, "ambito", site.isupper(), True, 0)]


def _adjective_at_start(text: str) -> str | None:
    """A territory's adjective in lower case right after "Ambito distrettuale": "lodigiano", "cremasco"."""
    word = text.split(maxsplit=1)[0].strip(',.;:()"“”«»|') if text.strip() else ""
    if not (word.isalpha() and word.islower() and len(word) >= 6 and _DEMONYM.search(word)):
        return None
    return None if word in _NOT_TERRITORY or word in NOT_NAME_WORDS else word


# "L'Ambito di Desio comprende ..., mentre quello di Carate Brianza riunisce ...": a second ambito by a pronoun
_PRONOUN = re.compile(r"\bquell[oa]\s+(?P<sep>dell['’]\s*|della\s+|dei\s+|degli\s+|del\s+|di\s+)", re.I)
# a part of an ambito: "Sub-ambito Nord", "sotto-ambito" (members.py reads its list as the ambito's part)
_PART_BEFORE = re.compile(r"\b(?:sub|sotto)\s*[-‐–]?$", re.I)
# a word each of MENTION, _PRONOUN and _OFFICE needs
_MENTION_WORDS = ("ambito", "distretto", "quell", "piano")


_ADDED = re.compile(r"\b(?:più|oltre\s+a)\s+$", re.I)


def _pronoun_mentions(
    text: str, line: int, named: list[Mention], resolver: NameResolver, earlier: Mention | None
) -> list[Mention]:
    """Ambiti named by "quello di X" after an ambito named in the same line, or opening the paragraph after one
    ("L'ambito di A riunisce ...". / "Quello di B raccoglie ..."): X is an ambito of the same kind."""
    out: list[Mention] = []
    for m in _PRONOUN.finditer(text):
        if _ADDED.search(text[max(0, m.start() - 20) : m.start()]):
            continue  # "i comuni della provincia di Lodi più quello di San Colombano": one more comune, no ambito
        first = next((n for n in named if n.at < m.start()), earlier if m.start() == 0 else None)
        place = _place_at_start(text[m.end() : m.end() + 200], resolver) if first else None
        if first and place:
            name = f"{first.kind.capitalize()} {m.group('sep').strip()} {place[1]}"
            name = name.replace("’ ", "’").replace("' ", "'")
            out.append(Mention(line, name, place[0], place[0], first.kind, False, True, m.start()))
    return out


# an ambito named after the comune that is the clause's subject, by reference: "Il Comune di X è capofila dell'Ambito
# territoriale che porta il suo nome", "X guida l'omonimo Ambito", "X è capofila del Distretto omonimo", "dell'Ambito
# che da esso prende il nome" (round 62b)
_EPONYM = re.compile(
    r"\b(?:omonim[oa]\s+(?P<k1>ambito|distretto)|(?P<k2>ambito|distretto)(?:\s+(?:territoriale|sociale|distrettuale))?"
    r"(?:\s+omonimo|,?\s+che\s+(?:porta\s+il\s+suo\s+nome|da\s+(?:esso|lui)\s+prende\s+(?:il\s+)?nome)))\b",
    re.I,
)
# the clause's subject at the sentence's start: "Il Comune di X", "La Città di X", "X"
_SUBJECT = re.compile(r"^\s*(?:(?:il\s+)?comune\s+di\s+|(?:la\s+)?citt[àa]\s+di\s+)?", re.I)


def _eponym_mentions(text: str, line: int, named: list[Mention], resolver: NameResolver) -> list[Mention]:
    """Ambiti named after the sentence's subject comune ("Il Comune di X ... dell'Ambito che porta il suo nome"), when
    no ambito is named before them in the sentence: X's ambito."""
    if not may_match(text, ("omonim", "nome")):
        return []
    out: list[Mention] = []
    for m in _EPONYM.finditer(text):
        start = max((k.end() for k in re.finditer(r"[.;!?]\s", text[: m.start()])), default=0)
        if any(start <= n.at < m.start() for n in named) or _OF_HEALTH_BODY.match(text[m.end() : m.end() + 60]):
            continue  # another ambito is the sentence's; "il Distretto omonimo dell'ASST": a health district
        sentence = text[start : m.start()]
        place = _place_at_start(sentence[_SUBJECT.match(sentence).end() :], resolver)
        if place:
            kind = (m.group("k1") or m.group("k2")).lower()
            out.append(
                Mention(line, f"{kind.capitalize()} di {place[1]}", place[0], place[0], kind, False, True, m.start())
            )
    return out


# a title's "Page – Site" parting: "Ambito distrettuale – Comune di Sergnano" is the site's page on the ambito, not an
# ambito named after the site's comune (round 52a)
_SITE_AFTER_DASH = re.compile(r"^(?:comune|citt[àa])\s+di\s", re.I)


def _site_after(m: re.Match[str], rest: str) -> bool:
    return m.group("sep").strip() in ("-", "–") and _SITE_AFTER_DASH.match(rest) is not None


def _place_at_start(text: str, resolver: NameResolver) -> tuple[str, str] | None:
    """A comune named at the very start of text (after "di"): its code and the words used."""
    words = text.split()[:5]
    for n in range(len(words), 0, -1):
        chunk = " ".join(words[:n]).strip(",.;:)(\"'’|")
        if not chunk[:1].isupper():
            continue
        res = resolver.resolve(chunk, fuzzy=False)
        if res and res.method != "fuzzy":
            return res.istat, chunk
    return None


# the nouns of an act's subject line, each the head of one of its objects: "OGGETTO: PRESA D'ATTO DELLA PROROGA DEL
# PIANO DELL'AMBITO DEL CASTANESE E APPROVAZIONE DELLO SCHEMA DI ACCORDO", "ADESIONE ALL'AMBITO DI X E NOMINA DEL
# RAPPRESENTANTE": in capitals every word is capitalised, and "E" and the next object would run into the name
_ACT_NOUNS = frozenset(
    [
        "approvazione", "presa", "adesione", "impegno", "proroga", "nomina", "designazione", "costituzione",
        "sottoscrizione", "rinnovo", "liquidazione", "modifica", "modifiche", "integrazione", "rettifica",
        "individuazione", "trasferimento", "assegnazione", "conferma", "recepimento", "ratifica", "avvio", "delega",
        "determinazioni", "indirizzi", "provvedimenti", "schema", "accordo", "convenzione",
    ]
)  # fmt: skip


def _before_next_act(words: list[str]) -> list[str]:
    """The name's words up to an "e" / "ed" that opens another object of an act's subject ("... CASTANESE E
    APPROVAZIONE DELLO SCHEMA"); a name joined by "e" ("Valle Seriana e Valle di Scalve") keeps both parts."""
    for k in range(1, len(words) - 1):
        if words[k].lower() in ("e", "ed") and words[k + 1].lower() in _ACT_NOUNS:
            return words[:k]
    return words


def territory_name(word: str) -> str | None:
    """The word when it reads as a territory's name on its own ("Rhodense", "Castanese"), not as a common word."""
    return _territory_at_start(word, numbered=False)


def _territory_at_start(text: str, numbered: bool, qualified: bool = False) -> str | None:
    """Capitalised words of a territory's name: "Rhodense", "Oglio Ovest", "Alto Sebino".

    After a number ("Ambito 7 Oglio Ovest") or an article ("Ambito della Franciacorta") any
    capitalised word names the territory; otherwise it must read as one (a demonym, a geographic head).
    """
    words: list[str] = []
    for raw in text.split()[:6]:
        if words and raw[:1] in '([“«"':
            break  # "Ambito del Legnanese (Busto Garolfo, ...)": the list in parentheses is no part of the name
        word = raw.strip(',.;:()"“”«»|')
        if words and re.fullmatch(r"pag(?:ina)?", word, re.I):
            break  # "AMBITO RHODENSE  Pag. 1 di 1": a page header run into the name by a one-page PDF's text
        capitalised = word[:1].isupper() and word.replace("'", "").replace("’", "").isalpha()
        if capitalised or (words and _CONNECTOR.match(word) and raw == word):
            words.append(word)
        else:
            break
        if raw != word:
            break
    words = _before_next_act(words)
    while words and _CONNECTOR.match(words[-1]):
        words.pop()
    if not words:
        return None
    first = words[0].lower()
    if _GOVERNMENT_BODY.match(text):
        return None  # "ambito distrettuale della Città metropolitana di Milano": a province-level body, not a territory
    if first in _NOT_TERRITORY or any(w.lower() in NOT_NAME_WORDS for w in words):
        return None
    if first in GIVEN_NAMES:
        return None  # "Manager di Distretto: Stefano Gandini": a person ("Stefano", "Cristina" end as demonyms do)
    # (a point right after the first word: "Visconteo Sud Milano", "Brianza Est"; not "Distretto Agricolo Valle Olona",
    # "Distretto Culturale Valle Camonica": a sector's body named after a valley)
    pointed = len(words) > 1 and words[1].lower() in _POINTS
    rare = _RARE_DEMONYM.search(first) and (qualified or pointed)
    if numbered or first in _GEO_HEADS or _DEMONYM.search(first) or rare or pointed:
        return " ".join(words)
    return None


_LOWER_WORDS = re.compile(
    r"^(?:territoriale|distrettuale|sociale|socio-sanitario|sociosanitario|di|del|della|dei|degli|delle|"
    r"dell['’]\w*|d['’]\w*|de['’]?|e|ed|zona|n\.?|nr\.?)$",
    re.I,
)


def _tidy(name: str) -> str:
    """A name written in capitals in its usual case: "AMBITO TERRITORIALE DELL'ABBIATENSE" -> "Ambito territoriale
    dell'Abbiatense"."""
    name = re.sub(r"\s+", " ", name).strip(" -–:,.?!")  # "Ambito di Paullo?": an FAQ's question
    if name.isupper():
        words = []
        for n, word in enumerate(name.split()):
            low = word.lower()
            if n and _LOWER_WORDS.match(word):
                word = (
                    low
                    if "'" not in low and "’" not in low
                    else re.sub(r"(['’])(\w)", lambda m: m.group(1) + m.group(2).upper(), low)
                )
            else:
                word = word.title() if n else word.capitalize()
            words.append(word)
        name = " ".join(words)
    return name[:1].upper() + name[1:]


def best_name(mentions: list[Mention]) -> Mention:
    """The fullest written form among mentions of one ambito ("Ambito territoriale di X" over
    "Ambito di X"), preferring mixed case to an all-capitals heading and "Ambito" to "Distretto"."""
    return max(
        mentions,
        key=lambda m: (m.proper, m.kind == "ambito", not m.shouted, len(m.name), -m.line),
    )


# an ASST's or an ATS's page ("ATS della Montagna - distretti"): their districts are sociosanitary
_ASST = re.compile(rf"\b{HEALTH_BODY}", re.I)
# a Distretto named as the social plan's ("Distretto Sociale Est Milano", "Distretto socio-assistenziale"): an ambito
_SOCIAL_DISTRETTO = re.compile(r"\bsocial[ei]\b|\bsocio[\s-]?assistenzial", re.I)


# the page says its districts are the ambiti, in either order: "i Distretti coincidono con gli Ambiti territoriali",
# "ciascuno coincidente con un ambito", "i Distretti corrispondono agli Ambiti", "gli Ambiti coincidono con i
# Distretti"; not "i Distretti non coincidono più con gli Ambiti" (refused by its "non")
_DISTRICTS_ARE_AMBITI = re.compile(
    r"\bdistrett[oi]\b[^.;:]{0,80}?\b(?:coincid|corrispond)\w*\s[^.;:]{0,30}?\bambit[oi]\b|"
    r"\bambit[oi]\b[^.;:]{0,80}?\b(?:coincid|corrispond)\w*\s[^.;:]{0,30}?\bdistrett[oi]\b",
    re.I,
)
_NEGATED = re.compile(r"\bnon\b", re.I)
# the ambiti named as the social plans' in the same clause ("Ambiti territoriali dei Piani di Zona", "Ambiti sociali"),
# not a health programming's area ("l'ambito territoriale per la programmazione sociosanitaria")
_SOCIAL_PLANS = re.compile(r"\bpian[oi]\s+di\s+zona\b|\bsocial[ei]\b|\b328\b", re.I)
_CLAUSE_REST = re.compile(r"[^.;:]{0,80}")


def districts_are_ambiti(lines: list[str]) -> bool:
    """The page says its districts coincide with the ambiti of the social plans, and not that they do not."""
    return any(
        not _NEGATED.search(m.group()) and _SOCIAL_PLANS.search(m.group() + _CLAUSE_REST.match(line, m.end()).group())
        for line in lines
        if may_match(line, ("coincid", "corrispond"))
        for m in _DISTRICTS_ARE_AMBITI.finditer(line)
    )


def not_health_districts(mentions: list[Mention], heading: str, lines: list[str]) -> list[Mention]:
    """On an ASST's or an ATS's page (its name in the title, breadcrumb or letterhead) a "Distretto" with no "Ambito"
    anywhere on the page, and not named as a social one, is the health district (its Casa di Comunità, its
    sociosanitary territory, the comuni an ATS decree assigns it), not an ambito of the social plan; unless the page
    says its districts are the ambiti ("i Distretti coincidono con gli Ambiti territoriali dei Piani di Zona")."""
    if (
        _ASST.search(heading)
        and not any(m.kind == "ambito" or _SOCIAL_DISTRETTO.search(m.name) for m in mentions)
        and not districts_are_ambiti(lines)
    ):
        return []
    return mentions


def not_list_labels(mentions: list[Mention]) -> list[Mention]:
    """The mentions without the list labels' ones when the page names an ambito otherwise: "Comuni dell'Ambito:
    Caronno Pertusella, ..." under "Ambito territoriale di Saronno" names no second ambito; alone, the label's first
    item is the page's only clue ("I comuni dell'ambito: Rho, Pero e Arese" on Rho's page)."""
    if all(m.label for m in mentions):
        return mentions
    return [m for m in mentions if not m.label]


# a CMS's title "<page> - <site>" whose site is a comune's ("Ambito territoriale - Comune di Persico Dosimo",
# "Ambito sociale | Comune di Cermenate", "Ambito territoriale – Città di Cologno Monzese"): the comune publishes it
_COMUNE_SITE = re.compile(r"^(?:comune|citt[àa])\s+di\s+\S", re.I)


def site_name(head_title: str) -> str:
    """The site's name, the last part of a CMS's "<page> - <site>" title; empty when the title has no such part."""
    return _tidy(_SITE_SEPARATOR.split(head_title)[-1]) if _SITE_SEPARATOR.search(head_title) else ""


def not_publisher_titles(mentions: list[Mention], head_title: str) -> list[Mention]:
    """The mentions without a title's ambito named after the comune whose site publishes the page, when the text names
    an ambito itself: the site's name is the publisher, not the ambito's namesake ("San Martino Siccomario è uno dei
    Comuni dell'Ambito distrettuale di Pavia" under "Ambito territoriale - Comune di San Martino Siccomario").
    Alone, the title stays the page's only clue."""
    site = site_name(head_title)
    if not _COMUNE_SITE.match(site) or not any(m.line >= 0 and m.kind == "ambito" for m in mentions):
        return mentions
    return [m for m in mentions if not (m.line == -1 and _tidy(m.name).endswith(site))]


def numbers_named(mentions: list[Mention]) -> list[Mention]:
    """The mentions with an ambito named by its number alone ("Il Piano di Zona dell'Ambito 3") keyed as the one
    ambito of the page written with that number and a place or territory ("Ambito territoriale n. 3 – Pioltello"): one
    ambito, written short and in full. Two ambiti with that number (or a "Distretto 3" beside an "Ambito 3") leave it
    as it is."""
    if not any(m.key.startswith("n:") for m in mentions):
        return mentions
    named: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        head = MENTION.match(m.name) if not m.key.startswith("n:") else None
        if head and head.group("num"):
            named.setdefault((m.kind, head.group("num")), set()).add(m.key)
    if not named:
        return mentions
    out = []
    for m in mentions:
        keys = named.get((m.kind, m.key[2:]), set()) if m.key.startswith("n:") else set()
        out.append(replace(m, key=next(iter(keys))) if len(keys) == 1 else m)
    return out


def main_key(mentions: list[Mention]) -> str | None:
    """The page's own ambito: "Ambito" over "Distretto", named in the title, named most often."""
    if not mentions:
        return None
    scores: dict[str, tuple[int, int, int, int]] = {}
    for m in mentions:
        kind, titled, count, first = scores.get(m.key, (0, 0, 0, -(10**9)))
        scores[m.key] = (
            max(kind, m.kind == "ambito"),
            max(titled, m.line < 0 or m.line <= 2),
            count + 1,
            max(first, -m.line),
        )
    return max(scores, key=lambda k: scores[k])


PARTNERS = re.compile(
    r"\bambiti(?:\s+(?:territoriali|distrettuali|sociali))?\s+(?:di|del|della|dell['’]|dei)\s*(?P<list>[^.;:]{3,200})",
    re.I,
)


def partner_ambiti(sentences: list[str], own: set[str]) -> tuple[list[str], str]:
    """Other ambiti the page works with: "con gli Ambiti di Sesto Calende, Tradate e Arcisate",
    "con gli Ambiti del Legnanese, del Magentino e dell'Abbiatense" -> the names as written; plus
    the sentence that says so."""
    out: list[str] = []
    evidence = ""
    for sentence in sentences:
        for m in PARTNERS.finditer(sentence):
            for chunk in re.split(r",|\s+e\s+|\s+ed\s+", m.group("list")):
                name = re.sub(r"^\s*(?:e\s+|ed\s+)?(?:dell['’]|della|dei|del|di)?\s*", "", chunk).strip(" \"'’")
                words = name.split()
                if not words or len(words) > 4 or not all(w[:1].isupper() or _CONNECTOR.match(w) for w in words):
                    break
                if normalize_name(name) not in own and name not in out:
                    out.append(name)
                    evidence = evidence or sentence[:300]
    return out, evidence

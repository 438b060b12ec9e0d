"""Contacts in a run of lines: phones and fax (E.164), e-mails vs PEC, websites, addresses.

Contact blocks on municipal pages are "Label: value" lines ("Tel: 02 250771", "Fax 02/2500316",
"PEC: ..."), label and value on two lines (a <dl>, a Designers Italia card, a text file), a
"Label | value" table row, or several in one line ("Tel. 0331.471364 - Fax 0331.471399"). Each
number or address takes the kind of the label written before it. Numbers are found and parsed by
`phonenumbers` (Google's libphonenumber), so "02 250771", "02/92366130" and "0332.456354" all
land on one E.164 form and dates or postal codes are never taken for phones.
"""

from __future__ import annotations

import re

import phonenumbers

from crawler.parsers.italian import MONTHS, split_sentences
from crawler.records import Address, Contacts

# the Ufficio di Piano named: its lines are the office's, not a comune's
OFFICE_WORDS = re.compile(r"ufficio\s+(?:di\s+|del\s+)?piano|\budp\b", re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]|,;]+", re.I)
CAP_RE = re.compile(r"\b(2[0-7]\d{3}|46\d{3})\b")  # Lombardy's postal codes
# the months written in full, which name streets after a date ("via 20 settembre")
_MONTH_NAMES = "|".join(name for name in MONTHS if len(name) > 4)
STREET_RE = re.compile(
    r"\b(?:via|viale|v\.le|piazza|p\.zza|p\.za|piazzale|p\.le|piazzetta|plaza|corso|c\.so|largo|vicolo|vico|strada|"
    r"salita|alzaia|lungolago|galleria|contrada|localit[aà]|loc\.|frazione|fraz\.)\s+"
    r"(?:(?:dei|degli|delle|della|dello|dell['’]|del|dal|de|di|d['’])\s*)?"
    # (a name that opens with a number goes on in a capitalised word or a month, "Via 4 Novembre", "Corso 22 Marzo",
    # "via 25 aprile": a bare number is a year or a count in prose, "nel corso del 2024 l'Ufficio", "in corso di 3
    # anni")
    rf"(?!\d+(?!\d)(?!\s+(?:(?-i:[A-ZÀ-Ý])|(?:{_MONTH_NAMES})\b)))(?-i:[A-ZÀ-Ý0-9])"
    # (a year after an apostrophe is the name's, not the number: "Via Ragazzi del '99, 5", "Piazza Caduti del '44")
    r"[A-ZÀ-Ýa-zà-ÿ0-9'’. ]{1,50}?"
    r"(?:,?\s*(?:n\.?\s*|n°\s*)?(?<![\d'’])\d+(?:\s*/\s*[a-zA-Z0-9]{1,3}\b|[a-zA-Z]\b)?|,?\s*snc)?"
    # (a numbered street goes on in prose: "Inaugurato in via Manini 21 il nuovo Ufficio", "in via Roma 5 e risponde",
    # "riceve in piazza Mercato 5 dal lunedì al giovedì")
    # (an abbreviation's period is inside the name, not its end: "Piazza Ss. Trinità", "Via Don G. Minzoni",
    # "Piazza S.S. Redentore", "Largo SS. Martiri")
    r"(?=\s*(?:[,;|()–·•-]|$|(?<!\s[A-Za-z])(?<!\.[A-Za-z])(?<!\s[Ss][Ss])\.(?:\s|$)|\s\d{5}\b|\s+(?:a|in|presso)\s)|"
    r"(?<=\d)\s+(?:(?:il|lo|la|i|gli|le|e|ed|dal|dalle|dai|ogni|nei)\s|l['’]))",
    re.I,
)
# "Via Peccedi, 2 - frazione Isolaccia": the hamlet is part of the address
_HAMLET = re.compile(r"\s*[-–,]\s*((?:frazione|fraz\.|località|loc\.)\s+[A-ZÀ-Ý][\w'’]*(?:\s+[A-ZÀ-Ý][\w'’]*)*)")
# a certified-mail provider's domain label: "pec.", "cert.", "...pec." (arubapec), "pec..." (pecimprese), ...
PEC_DOMAIN = re.compile(
    r"@(?:[\w-]+\.)*(?:[\w-]*pec|pec[\w-]*|cert|certificata|[\w-]*cert(?:y)?mail|[\w-]*legalmail|postacert|"
    r"postecert|sicurezzapostale)\.",
    re.I,
)
_LABELS = (
    r"indirizzo|sede(?:\s+(?:legale|operativa|principale|amministrativa))?|cap|c\.a\.p\.|"
    r"tel(?:efono)?\.?|centralino|cell(?:ulare)?\.?|fax|telefax|e-?mail|mail|posta\s+elettronica"
    r"(?:\s+certificata)?|posta\s+certificata|pec|p\.e\.c\.|sito(?:\s+web|\s+internet|\s+istituzionale)?|web|"
    r"responsabile|resp\.|coordinatore|coordinatrice|coord\.|referente|ente\s+capofila|comune\s+capofila|capofila"
)
LABEL_RE = re.compile(
    rf"^(?P<label>{_LABELS})"
    r"(?P<qual>[^:|\n]{0,50}?)\s*(?::|\s\|\s|\.?\s(?=[\d+(])|\s(?=\S+@)|\s(?=https?://|www\.))"
    r"\s*(?P<value>\S.*)$",
    re.I,
)
BARE_LABEL = re.compile(rf"^(?:•\s*)?(?:(?:il|la)\s+)?(?:{_LABELS})\s*:?$", re.I)  # "Il Comune capofila" / "RHO"
# a role label with what it is the role of: "Responsabile dell'Ufficio di Piano", "Capofila dell'Ambito"
ROLE_LABEL = re.compile(
    r"^(?:•\s*)?(?:(?:il|la)\s+)?(?:responsabile|coordinat(?:ore|rice)|referente|(?:ente\s+|comune\s+)?capofila)"
    r"\s+(?:del|della|dell['’]|dello|dei)\s*[\w'’ ]{1,40}:?$",
    re.I,
)
# a label word inside a line, before the number or address it announces
_INLINE = re.compile(
    # (the invitation to call, also in the imperative: "Chiamate il (031) 717 430 oppure lo 031 717431")
    r"\b(?P<w>tel(?:efono|efonare|efonando|efonate(?:ci)?|efonaci)?|chiama(?:re|ndo|te(?:ci)?|ci)|telefax|fax|cell(?:ulare)?|centralino|e-?mail|pec|p\.e\.c|"
    # "è raggiungibile al numero 0331 ...", not any number ("l'infopoint risponde al numero ...")
    r"(?:raggiungibil|contattabil|reperibil)\w*\s+(?:anche\s+)?(?:al|allo)\s+numero|recapito\s+telefonico|"
    r"posta\s+(?:elettronica\s+)?certificata|posta\s+elettronica|[tf](?=\.?\s*\+?\d)|"  # "T. 02 … | F 02 …"
    # a line of its own for a notice or a desk: "Helpdesk telefonico: 0331 ...", "Numero dedicato: 0376 ...",
    # "Segreteria: 0331 ...", "Per chiarimenti: 0382 ..."
    r"help\s*desk(?:\s+telefonico)?|numero\s+(?:dedicato|diretto)|linea\s+(?:dedicata|diretta)|info\s*line|"
    r"segreteria(?:\s+telefonica)?|per\s+chiarimenti|"
    # an invitation to write, after a PEC in the same line: "... alla PEC x@pec...; per tutto il resto scrivete a y@..."
    r"scriv(?:ere|ete|i|endo)|invia(?:re|te)\s+una\s+(?:e-?)?mail)\b",
    re.I,
)


# opening hours read as a number: "09.00 - 12.30", "9:00/12:30"
_HOURS = re.compile(r"\d{1,2}[.:]\d{2}(?:\s*(?:[-–/]|alle)\s*\d{1,2}[.:]\d{2})?")


# an extension or a second line after a dash ("0331 471250-251", "035 304281-2", "02 93332 401-402"): blanked, so the
# number is neither lost nor run into its extension (Italian numbers vary in length: "0353042812" would be valid)
_EXTENSION = re.compile(r"(\b0\d{1,3}[\s./-]?\d{2,4}(?:[\s.]?\d{2,4}){0,2})-\d{1,3}(?!\d)")


# a second line written as the first one's other ending after a slash: "tel. 0331 877150 / 151", "0371 409720/721/725"
_OTHER_ENDINGS = re.compile(r"(?:\s*/\s*\d{1,3}\b)+(?![\s./-]*\d)")


def _extension(m: re.Match[str]) -> str:
    """The number kept, its dash extension blanked; "0371-409-725" (too short before its last dash) is one number."""
    if sum(ch.isdigit() for ch in m.group(1)) < 8:
        return m.group(0)
    return m.group(1) + " " * (len(m.group(0)) - len(m.group(1)))


def phones_in(text: str) -> list[str]:
    """Every valid Italian phone number written in text, E.164, in order."""
    return [number for _, _, number in phone_spans(text)]


_DATE = re.compile(r"[0-3]?\d[./-][01]?\d[./-](?:19|20)\d\d")  # "05.02.2025": a date, not a number
# no Lombard number is this short (the shortest, "02 44801", has seven digits); an ISTAT code has six
_ISTAT_DIGITS = 6
_FISCAL = re.compile(r"(?:\bp\.?\s?iva|partita\s+iva|\bc\.\s?f\.|cod(?:ice)?\.?\s*fisc(?:ale)?\.?)\s*[:.]?\s*$", re.I)


def phone_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, E.164) of each number, first sight only."""
    out: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    # same length: offsets stay the caller's
    text = _EXTENSION.sub(_extension, text)
    if sum(map(str.isdigit, text)) <= _ISTAT_DIGITS:
        return out  # no match could pass the ISTAT test below: phonenumbers' matcher is not run (most lines)
    for match in phonenumbers.PhoneNumberMatcher(text, "IT"):
        if match.number.country_code != 39 or _HOURS.fullmatch(match.raw_string) or _DATE.fullmatch(match.raw_string):
            continue
        if _FISCAL.search(text[max(0, match.start - 30) : match.start]):
            continue  # "P.IVA 01234560156", "C.F. 800...": a tax number, not a phone
        if sum(ch.isdigit() for ch in match.raw_string) <= _ISTAT_DIGITS:
            continue  # "015146", "098031": a comune's ISTAT code (a spreadsheet's column), not a phone
        number = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        numbers = [number]
        if others := _OTHER_ENDINGS.match(text, match.end):
            numbers += [number[: -len(end)] + end for end in re.findall(r"\d+", others.group(0))]
        for n in numbers:
            if n not in seen:
                seen.add(n)
                out.append((match.start, match.end, n))
    return out


def is_pec(email: str, label: str = "") -> bool:
    return bool(re.search(r"\bpec\b|p\.e\.c|certificata", label, re.I) or PEC_DOMAIN.search(email))


def _add(values: list[str], value: str | None) -> None:
    if value and value not in values:
        values.append(value)


def street_in(text: str) -> str | None:
    # "Municipio di X, 1, Via Y, X, ..., 21022, Italia": the map widget's number-first order
    m = re.search(r",\s*(\d+[a-zA-Z]?)\s*,\s*((?:via|viale|piazza|corso|largo)\s+[^,]+)", text, re.I)
    if m:
        return _tidy_street(f"{m.group(2)}, {m.group(1)}")
    m = STREET_RE.search(text)
    if not m:
        return None
    street = _tidy_street(m.group(0).strip(" ,.-"))
    hamlet = _HAMLET.match(text, m.end())
    return f"{street} - {hamlet.group(1)}" if hamlet else street


# the civic number closing a street, not a year after an apostrophe ("Via Ragazzi del '99")
_CIVIC_END = re.compile(r"\s*,?\s*(?:n\.?\s*|n°\s*)?(?<![\d'’])(\d+(?:\s*/\s*[a-zA-Z0-9]{1,3}|[a-zA-Z])?)$")


def _tidy_street(street: str) -> str:
    street = _CIVIC_END.sub(r", \1", street)
    street = re.sub(r"\s+", " ", street)
    return street[0].upper() + street[1:]


def address_in(text: str) -> Address | None:
    street = street_in(text)
    cap = CAP_RE.search(text)
    if not street and not cap:
        return None
    return Address(street=street, postal_code=cap.group(1) if cap else None)


# a footnote's legend: a sign, then the words it stands for ("★ = Comune capofila", "(*) ente capofila"); under a
# card's last bare label ("Sito istituzionale") it is the list's legend, not the label's value
# a footnote's sign other than a star: a dagger, a degree, a section sign, a shape (members.py marks names with them)
FOOTNOTE_SIGNS = "†‡§°✱✲✳★☆◆◇♦▲△►"
_LEGEND_LINE = re.compile(rf"^\s*(?:\(\s*)?(?:\*{{1,3}}|[{FOOTNOTE_SIGNS}]{{1,2}})\s*\)?\s*[:=–-]?\s*[^\W\d_]")


def pair_labels(lines: list[str], levels: list[int]) -> tuple[list[str], list[int], list[int]]:
    """Join a bare label line to the value line after it ("Telefono" / "0362 392301").

    Also turns a two-cell "Label | value" row into "Label: value". Returns the new lines, their
    levels and, for each, the index of the original line it starts at.
    """
    out: list[str] = []
    out_levels: list[int] = []
    origin: list[int] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        cells = [c for c in line.split(" | ") if c.strip() != ":"]  # "Capofila | : | Legnano": a cell for the colon
        if _heads_one_row(cells, nxt, lines[i + 2] if i + 2 < len(lines) else ""):
            # "Sede | Telefono" over its only row: each cell under its header is a label and its value too. The
            # capofila's cell is left to the table (capofila.column), which reads it only on a page about the ambito
            out += [line, nxt]
            out_levels += [levels[i], levels[i + 1]]
            origin += [i, i + 1]
            for head, value in zip(cells, nxt.split(" | "), strict=True):
                if value.strip() and not CAPOFILA_CELL.fullmatch(head.strip(" :")):
                    out.append(f"{head.strip().rstrip(':')}: {value.strip()}")
                    out_levels.append(0)
                    origin.append(i + 1)
            i += 2
            continue
        # "Telefono | 02 ...", "Comune capofila dell'Ambito | RHO"; not a header row ("Ente capofila | Sede")
        if (
            len(cells) == 2
            and (BARE_LABEL.match(cells[0]) or ROLE_LABEL.match(cells[0]))
            and not BARE_LABEL.match(cells[1])
        ):
            line = f"{cells[0]}: {cells[1]}"
        elif (
            (BARE_LABEL.match(line) or (ROLE_LABEL.match(line) and len(nxt) <= 60 and ":" not in nxt))
            and not (i and out and out[-1].endswith(","))  # "4) Comune di X," / "ente capofila": the item's wrap
            # "Viadana" / "20.160" / "Ente capofila": a table row written one cell a line, its last cell its role
            and not (i and FIGURE_CELL.fullmatch(lines[i - 1].strip()) and CAPOFILA_CELL.fullmatch(line.strip(" :")))
            and nxt
            and not BARE_LABEL.match(nxt)
            and not ROLE_LABEL.match(nxt)
            and not LABEL_RE.match(nxt.lstrip("• "))
            and not _LEGEND_LINE.match(nxt)
            and not (_CONTACT_KIND_LABEL.match(line) and not _OF_A_CONTACT_KIND.search(nxt))
            and (not 0 < levels[i + 1] < 7 or _titles_its_card(line, nxt, levels[i], levels[i + 1]))
        ):
            label = re.sub(r"^(?:il|la)\s+", "", line, flags=re.I)  # "Il Coordinatore dell'Ufficio di Piano"
            out.append(f"{label.rstrip(': ')}: {nxt.lstrip('• ')}")
            out_levels.append(0)
            origin.append(i)
            i += 2
            continue
        elif _LABEL_AT_END.search(line) and _VALUE_AT_START.match(nxt) and not 0 < levels[i + 1] < 7:
            # "... UFFICIO DI PIANO, PIAZZA ALDO MORO 1, BOLLATE - TEL." / "02 35005281 - ...": a label the wrap
            # parted from its value
            out.append(f"{line} {nxt}")
            out_levels.append(levels[i])
            origin.append(i)
            i += 2
            continue
        out.append(line)
        out_levels.append(levels[i])
        origin.append(i)
        i += 1
    return out, out_levels, origin


# a bare label of a number or a mailbox pairs only with a value of its kind: a table's header flattened one cell a line
# ("Nome" / "Ruolo" / "Telefono" / "E-mail" over "Luca Ferrandi"), or a card's empty "E-mail" over the next card's
# name, ends in a label whose next line is the first row's cell, not its value
_CONTACT_KIND_LABEL = re.compile(
    r"^(?:•\s*)?(?:tel(?:efono)?\.?|telefax|fax|cell(?:ulare)?\.?|e-?mail|mail|posta\s+elettronica(?:\s+certificata)?|"
    r"posta\s+certificata|pec|p\.e\.c\.)\s*:?$",
    re.I,
)
_OF_A_CONTACT_KIND = re.compile(r"[\d@]|[\[(]\s*at\s*[\])]|\bat\b|\bchiocciola\b|\bdot\b|\bpunto\b", re.I)
_LABEL_AT_END = re.compile(r"\b(?:tel(?:efono)?|fax|e-?mail|pec|cell(?:ulare)?)\.?\s*:?\s*$", re.I)
_VALUE_AT_START = re.compile(r"\s*(?:\+?\d|[\w.-]+@)")


CAPOFILA_CELL = re.compile(r"(?:(?:ente|comune)\s+)?capofila", re.I)
# a table's figure cell on a line of its own: residents, an area, a share ("21.302", "32,4", "4,3 kmq", "15,5%"); not a
# phone number ("0376 511411", "02.457971")
FIGURE_CELL = re.compile(r"\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?\s*(?:%|kmq|km²)?")
# a header cell naming a contact or a role: "Telefono", "Sede dell'Ufficio di Piano", "Ente capofila"
_HEAD_CELL = re.compile(rf"^(?:{_LABELS})\b[^|:]{{0,40}}:?$", re.I)


def _heads_one_row(cells: list[str], row: str, after: str) -> bool:
    """A header row of labels over a table's only row (the row after it has another shape)."""
    values = row.split(" | ")
    return (
        len(cells) > 1
        and len(values) == len(cells)
        and len(after.split(" | ")) != len(cells)
        and all(_HEAD_CELL.match(c.strip()) for c in cells)
        and not any(_HEAD_CELL.match(v.strip()) for v in values)
    )


def _titles_its_card(line: str, title: str, level: int, next_level: int) -> bool:
    """ "Ente capofila" as a heading over a card titled "Comune di X" (a deeper heading), or as the card's category
    label over its title (Designers Italia's "it-card-category"): the card names it."""
    role = bool(re.match(r"(?:ente\s+|comune\s+)?capofila\s*:?$", line, re.I))
    category = not level and bool(re.match(r"(?:comune|città)\s+di\s+", title, re.I))
    return role and (0 < level < next_level < 7 or category)


def parse_block(lines: list[str]) -> Contacts:
    """Contacts from the lines of one block (a comune's card, the Ufficio di Piano's section)."""
    found = Contacts()
    for line in lines:
        parse_line(line, found)
    return found


def parse_line(line: str, found: Contacts, bare_numbers: bool = False) -> None:
    """Add what one line says to `found`. Unlabelled numbers count only if `bare_numbers`."""
    text = line.lstrip("• ").strip()
    m = LABEL_RE.match(text)
    label = m.group("label").lower() if m else ""
    qual = (m.group("qual") or "").lower() if m else ""
    value = m.group("value") if m else text
    if label in ("cap", "c.a.p."):
        cap = CAP_RE.search(value)
        if cap:
            found.address = found.address or Address()
            found.address.postal_code = found.address.postal_code or cap.group(1)
    elif label.startswith(("indirizzo", "sede")):
        addr = address_in(value)
        if addr:
            found.address = found.address or Address()
            found.address.street = found.address.street or addr.street
            found.address.postal_code = found.address.postal_code or addr.postal_code
    elif label.startswith(("sito", "web")):
        url = URL_RE.search(value)
        if url and not found.website:
            found.website = as_url(url.group(0))
    if label.startswith(("ente", "comune", "capofila")):
        # "Ente capofila: Comune di X"; a role's line goes on ("Referente: Ufficio di Piano, tel. ..."). The sentences
        # after the capofila's are statements of their own ("Comune capofila: Como. Sede dell'Ufficio di Piano ...,
        # e-mail ...", "Ente capofila: Comune di Lecco. Sede: Piazza Diaz 1, ..."): each is read as a line, but not the
        # town hall's own ("Municipio in Piazza Duomo 25, tel. ...")
        for sentence in split_sentences(text)[1:]:
            if OFFICE_WORDS.search(sentence) or not re.search(r"\b(?:municipio|centralino)\b", sentence, re.I):
                parse_line(sentence, found, bare_numbers)
        return
    _numbers(text, label + " " + qual, found, bare_numbers)
    _emails(text, label + " " + qual, found)


_FAX_AFTER = re.compile(r"\s*\(\s*(?:tele)?fax\s*\)", re.I)


def _word_before(text: str, pos: int) -> re.Match[str] | None:
    """The label word nearest before `pos` in text."""
    words = [w for w in _INLINE.finditer(text[: pos + 8]) if w.end() <= pos]  # "F." needs a digit
    return words[-1] if words else None


def _kind_before(text: str, pos: int, default: str) -> str:
    """The label word nearest before `pos` in text, or the line's label."""
    word = _word_before(text, pos)
    return word.group("w").lower() if word else default


# one label for two channels ("Tel/Fax", "Tel. e fax", "Telefono-Fax", "Fax/Tel."): one number under it serves both,
# two are given in the label's order; more are read by the label's last word, as any label's numbers
_JOINT = re.compile(
    r"\b(?P<first>tel(?:efono)?|(?:tele)?fax)\.?\s*(?:/|e|-|–|\+)\s*(?:tel(?:efono)?|(?:tele)?fax)\b", re.I
)


def _numbers(text: str, label: str, found: Contacts, bare: bool) -> None:
    joint: dict[int, tuple[bool, list[str]]] = {}  # per joint label (where it ends): phone first?, its numbers
    for pos, end, number in phone_spans(text):
        word = _word_before(text, pos)
        kind = word.group("w").lower() if word else label.strip()
        if not kind and not bare:
            continue
        both = _JOINT.search(text, max(0, word.start() - 12), word.end()) if word else _JOINT.search(label)
        if both and (word is None or both.end() == word.end()):  # "Tel/Fax 0332 456 300"
            phone_first = "fax" not in both.group("first").lower()
            joint.setdefault(both.end() if word else -1, (phone_first, []))[1].append(number)
        elif "fax" in kind or kind == "f" or _FAX_AFTER.match(text, end):  # "02 93332402 (fax)"
            _add(found.fax, number)
        elif not re.search(r"e-?mail|pec|certificata|elettronica|scriv", kind):
            _add(found.phones, number)
    for phone_first, numbers in joint.values():
        if len(numbers) <= 2:  # one serves both channels; two, the label's first channel, then its second
            _add(found.phones, numbers[0 if phone_first else -1])
            _add(found.fax, numbers[-1 if phone_first else 0])
        else:  # read by the label's last word, as any label's numbers
            for number in numbers:
                _add(found.fax if phone_first else found.phones, number)


# written so that robots miss it: "ufficio(at)comune.x.it", "udp [chiocciola] comune.x.it", "udp @ comune.x.it",
# "udp at comune.x.it", "comune[dot]x[dot]it"
_AT = re.compile(
    r"\s*[\[(]\s*(?:at|chiocciola)\s*[\])]\s*|(?<=\w)\s+@\s*(?=\w)|(?<=\w)\s*@\s+(?=\w)|"
    r"(?<=[\w.-])\s+(?:at|chiocciola)\s+(?=[\w-]+(?:\.|\s*[\[(]\s*(?:dot|punto)))",
    re.I,
)
_DOT = re.compile(r"\s*[\[(]\s*(?:dot|punto)\s*[\])]\s*", re.I)


# an address a text layout broke after a dot of its domain ("ufficiodipiano@comune. rho.mi.it", the lines rejoined)
_BROKEN_DOMAIN = re.compile(r"(@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.)\s+(?=[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b)")


# a publisher's redaction of the name before the domain ("XXXXXX@comune.rho.mi.it", "***@", "omissis@"): no address
_REDACTED = re.compile(r"^(?:x{3,}|\*{3,}|_{3,}|omissis|\.{3,})$", re.I)


def _emails(text: str, label: str, found: Contacts) -> None:
    text = _BROKEN_DOMAIN.sub(r"\1", _DOT.sub(".", _AT.sub("@", text)))
    for m in EMAIL_RE.finditer(text):
        email = m.group(0).lower().rstrip(".")
        if _REDACTED.match(email.split("@")[0]):
            continue
        kind = _kind_before(text, m.start(), label)
        if is_pec(email, kind):
            _add(found.pec, email)
        else:
            _add(found.emails, email)


def as_url(raw: str) -> str:
    raw = raw.rstrip(".")
    return raw if raw.lower().startswith("http") else f"http://{raw}"

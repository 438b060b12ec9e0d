"""The Ufficio di Piano: which lines speak of it, its contacts, its responsible person, its seat.

The office's lines are the whole page when the page is the office's (title or breadcrumb say so),
else the section under a heading that names it, down to the next heading of the same rank that is
neither about the office nor about contacts ("Contatti", "Responsabile", "Sede"), plus any
labelled line that names it ("Telefono Ufficio di Piano: ..."). Lists of member comuni and comuni's
own contact blocks are never the office's.

The responsible person is taken only where a label or the words next to the name say so
("Responsabile: ...", "Coordinatrice dell'Ufficio di Piano: BERETTA Giovanna", a name card followed
by "Responsabile dell'Ufficio di Piano", "coordinato dal Responsabile dr.ssa ..."): assessori,
mayors, presidents and authors named nearby are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crawler.parsers import contacts as ct
from crawler.parsers import former_seat as fs
from crawler.parsers.capofila import HANDED_OVER
from crawler.parsers.desk_referral import sends_to_another_desk
from crawler.parsers.italian import HONORIFIC, person_name, split_sentences
from crawler.parsers.members import SERVICE_DESK
from crawler.records import Address, Contacts
from crawler.reference.comuni import NameResolver

OFFICE_WORDS = ct.OFFICE_WORDS
CONTACT_HEADING = re.compile(
    r"contatt|recapit|\bsede\b|responsabil|coordinat|referent|orari|indirizz|telefon|e-?mail|\bpec\b|"
    r"unit[aà]\s+organizzativa|dove\s+(?:siamo|trovarci|ci\s+trovi)|come\s+raggiungerci|\bpersone\b|informazioni|scrivi|chiama",
    re.I,
)
# the comune's own contact box under a heading that names it ("Contatta il comune" in the Designers Italia template for
# comuni, on every page of the site; "Contatti del Comune"): the town hall's numbers, never the office's
_TOWN_HALL_CONTACTS = re.compile(
    r"^(?=.*\b(?:contatt\w*|recapiti|chiama\w*|scrivi\w*)).*\b(?:comune|municipio)\b", re.I
)
# so is the box of its hours or numbers ("Orari del municipio", "Telefoni del Comune"), a heading of its own: a table's
# header row ("Comune | Indirizzo | Giorni e orari | Telefono del comune") heads every comune's desk, the office's too
_TOWN_HALL_HOURS = re.compile(r"^(?!.*\s\|\s)(?=.*\b(?:orari\w*|telefon\w*|numeri)\b).*\b(?:comune|municipio)\b", re.I)
# a heading over a directory ("Numeri utili", "Altri numeri", "Contatti utili"): a line under it that pairs a desk's
# name with its number ("Informagiovani: 0382 ...", "Centro per l'impiego | 0373 ...") is that desk's; the office's
# own lines there ("Segreteria | 0363 ...", "Fax: ...", "Ufficio di Piano: ...") stay its own
_DIRECTORY = re.compile(
    r"^(?:(?:numeri|contatti|recapiti|indirizzi|link|siti|telefoni)\s+utili|altri\s+(?:numeri|contatti|recapiti|"
    r"servizi|uffici|sportelli)|numeri\s+(?:di\s+emergenza|verdi|di\s+pubblica\s+utilit[aà]))\b",
    re.I,
)
_ROLE = re.compile(
    r"^(?:(?:il|la)\s+)?(?:responsabile|resp\.|coord\.|coordinat(?:ore|rice)|referente)(?:\b|(?<=\.))", re.I
)
_REFERENT = re.compile(r"^(?:(?:il|la)\s+)?referent[ei]\b", re.I)
# a role label and its holder side by side, no colon between: a card's "<span class=label>Responsabile</span> Marco
# Galbiati", a footer's "Coordinatrice dott.ssa Paola Villa"; the whole line is the role and a person's name
_ROLE_BESIDE_NAME = re.compile(
    rf"^(?:(?:il|la)\s+)?(?:responsabile|coordinat(?:ore|rice)|referente)\s+"
    rf"(?P<value>(?:{HONORIFIC}\s*)?(?-i:[A-ZÀ-Ý][\w'’]+(?:\s+[A-ZÀ-Ý][\w'’]+){{1,3}}))\.?$",
    re.I,
)
_ROLE_NEXT = re.compile(  # "Il Coordinatore dell'Ufficio di Piano" over the name in a signature block
    r"^(?:(?:il|la)\s+)?(?:responsabile|coordinat(?:ore|rice)|referente)\b.*(?:ufficio|piano|udp|servizio)", re.I
)
# a card's role line, bare: the office's head named in the line above (no article: "Il Responsabile dell'Ufficio di
# Piano" over a signature names the person below); a directory's role cell drops the preposition or abbreviates the
# office ("Responsabile Ufficio di Piano", "Coordinatrice UdP")
_CARD_ROLE = re.compile(
    r"^(?:responsabile|coordinat(?:ore|rice))\s+(?:(?:dell['’]\s*)?ufficio\s+di\s+piano|(?:dell['’]\s*)?u\.?d\.?p\.?)$",
    re.I,
)
RESPONSIBLE_PROSE = re.compile(
    r"\b(?:coordinat[oa]\s+(?:dal(?:la)?|da)|diretto\s+(?:dal(?:la)?|da)|"
    r"(?:responsabile|coordinat(?:ore|rice)|referente)(?:\s+dell['’]\s*ufficio\s+(?:di\s+)?piano)?\s+(?:è|e')|"
    r"responsabile|referente|\bresp\.|\bcoord\.|(?:il|la)\s+(?:responsabile|coordinat(?:ore|rice)),)\s*:?\s+"
    r"(?:(?:il|la)\s+)?"
    r"(?:responsabile\s+|coordinat(?:ore|rice)\s+)?"
    r"(?P<name>(?:dott\.?ssa|dr\.?ssa|dott\.|dr\.|sig\.?ra|sig\.)?\s*[A-ZÀ-Ý][^\n,;(]{2,40})",
    re.I,
)
# a notice's head of the procedure (RUP), of the inquiry or of the data's processing: a role in one act. Often the
# office's head too ("..., responsabile dell'Ufficio di Piano"; a row of the office's own card), so only one whose
# sentence leaves the office to the next is set aside (see _procedure_head_aside)
_PROCEDURE_HEAD = re.compile(
    r"\b(?:responsabile\s+(?:unic[oa]\s+)?del\s+procedimento|responsabile\s+dell['’]\s*istruttoria|"
    r"responsabile\s+del\s+trattamento|responsabile\s+della\s+protezione|R\.?U\.?P\.?(?=\W|$))",
    re.I,
)
# "dott.ssa Anna Verdi, Responsabile dell'Ufficio di Piano": the name first, its role after
NAME_THEN_ROLE = re.compile(
    r"^(?P<name>[^,;:()\n]{4,50}?)\s*(?:,|–|-|\()\s*(?:responsabile|coordinat(?:ore|rice)|referente)\b"
    r"[^.;]*(?:ufficio|piano|udp)",
    re.I,
)
# "Per informazioni: Ufficio di Piano, tel. 035 304 281, e-mail ...": the office's contacts in one line
INTRODUCED_LINES = 4  # the lines a colon-ended line naming the office governs: its contact lines
# "Ufficio di Piano c/o Comune di Rho, Piazza Visconti 23" over its "Tel." and e-mail lines: the head of a block
_BLOCK_HEAD = re.compile(
    r"^\s*(?:•\s*)?(?:l['’]\s*)?ufficio\s+(?:di\s+|del\s+)?piano\b(?!.*\b(?:è|sono|ha|hanno)\s)", re.I
)
_ASIDE = re.compile(r"\([^()]{0,80}\)")
_CONTACT_LINE = re.compile(r"\b(?:tel|telefono|e-?mail|pec)\b\.?\s*:?\s*[+\d\w]", re.I)
# "Per contattare l'Ufficio di Piano è possibile scrivere a udp@... o telefonare allo ...": an invitation to reach it
_CONTACT_PROSE = re.compile(
    r"\b(?:contattar\w*|scriver\w*|telefonar\w*|chiamar\w*|rivolger\w*|rispond\w*)\b.{0,80}?(?:@|\b0\d{1,3}[\s./-]?\d{3})",
    re.I,
)
# a number the office offers in a sentence of prose, with no "tel.": "l'Ufficio di Piano risponde allo 02 ...", "ha sede
# in via ...; per informazioni 030 ..."
_OFFERED = re.compile(
    r"\b(?:rispond\w*\s+(?:al|allo)(?:\s+numero)?|per\s+informazioni|(?:al|con\s+il)\s+numero)\s*:?\s*(?=\+?\d)", re.I
)  # (and "si può contattare al numero 0341 ...", "la nuova sede ..., con il numero 0382 ...")
# an invitation to call in the office's lines: "chiama lo 0331 ...", "telefonaci al numero ...", "chiamate allo ..."
_CALL = re.compile(r"\b(?:chiam|telefon)(?:a|aci|ate|i|are|arci)\s+(?:lo|al|allo)(?:\s+numero)?\s*:?\s*(?=\+?\d)", re.I)
# the office named again as "l'ufficio" by a sentence about it ("L'ufficio ha sede in piazza ...; si può contattare al
# numero ..."), on its page or after its name: the office itself, not another desk ("Ufficio Casa", "Ufficio tributi:")
_ANAPHOR = re.compile(
    r"^l['’]\s*ufficio(?:\s+(?:ha|è|e['’]|si|sarà|resta|rimane|risponde|riceve)\b|\s*,)|\bl['’]\s*ufficio\s+(?:si|ha|è)\b",
    re.I,
)  # (and "L'ufficio, in via Sacco 5 a Varese, risponde allo ...": the office, an aside after it)
# its number in brackets right after its name in a sentence of prose: "l'Ufficio di Piano (0363 317 602) seguirà ..."
_NAME_THEN_BRACKETED = re.compile(r"\s*\((?:\s*tel\.?)?\s*(?=\+?\d[\d\s./-]{5,16}\d\s*\))", re.I)
# (also "La sede dell'Ufficio di Piano è presso il Comune di X, Via ..." over its "Recapiti: telefono ...")
_SEAT_SENTENCE = re.compile(
    r"\bufficio\s+(?:di\s+)?piano\b[^.;]{0,40}\b(?:ha\s+sede|si\s+trova|è\s+ubicat)|"
    r"\bsede\s+dell['’]\s*ufficio\s+(?:di\s+)?piano\b[^.;]{0,40}?\s(?:è|si\s+trova)\s+(?:presso|in)\b",
    re.I,
)
_BARE_CONTACT = re.compile(
    r"^\s*(?:\S+@\S+\.[a-z]{2,}|\+?\d[\d\s./-]{6,})\s*$", re.I
)  # "udp@comune.x.it", "0371 409720"
_SEAT_WORDS = re.compile(
    r"\bsede\b|\bc/o\b|\bpresso\b|\bspazi\b|ubicat|si\s+trova|\blocali\b|ha\s+sede|"
    r"\b(?:è|e['’]|sarà|riceve)\s+(?:ora\s+)?in\s+(?=(?:via|viale|piazza|piazzale|corso|largo|vicolo)\b)",  # "è in via"
    re.I,
)
TOWN_HALL = re.compile(
    r"(?:\bcomune|\bmunicipio|palazzo\s+(?:comunale|municipale)|sede\s+comunale|casa\s+comunale)\s+di\s+"
    r"(?P<place>[A-ZÀ-Ý][\w'’ -]{1,40})",
    re.I,
)
_HOSTED = re.compile(r"\b(?:presso|c/o)\s+(?:il\s+|la\s+)?" + TOWN_HALL.pattern, re.I)


_THEN_STREET = re.compile(r",\s*" + ct.STREET_RE.pattern, ct.STREET_RE.flags)


_SEAT_HOST = re.compile(r"\s+(?:(?:presso|c/o)\s+)?(?:il\s+|la\s+)?" + TOWN_HALL.pattern, re.I)


def seat_hall(sentences: list[str], resolver: NameResolver) -> tuple[str | None, str]:
    """The comune whose town hall a sentence of prose says hosts the office, with no street in it ("L'Ufficio di Piano
    ha sede presso il Palazzo Comunale di X", "si trova presso il Municipio di X"): the street is given apart, on a
    label's line, so the seat's owner is said only here. The hall must follow the seat's verb: a meeting held at a
    town hall is no seat."""
    for sentence in sentences:
        seat = _SEAT_SENTENCE.search(sentence)
        hall = _SEAT_HOST.match(sentence, seat.end()) if seat else None
        code = _place(hall.group("place"), resolver) if hall else None
        if code:
            return code, sentence[:300]
    return None, ""


def _host_line(line: str) -> bool:
    """A line that is only the office's host ("presso Comune di Saronno", "c/o il Palazzo comunale di X"): the office's
    block goes on under it, as a rendered card's short lines read."""
    text = _ASIDE.sub("", line).strip()  # (the host's role in brackets: "c/o Comune di Suzzara (ente capofila)")
    m = _HOSTED.match(text)
    # or the host and the street ("c/o Comune di Rezzato, Piazza Vantini, 21"): the seat's line of the same card
    return bool(m) and (m.end() == len(text) or bool(_THEN_STREET.match(text, m.end())))


# a cell of an opening-hours table, one a line as a text reader gives it ("Giorno", "Lunedì", "Mattino", "9:00 – 12:30",
# "chiuso", "Mar-Gio", "dalle 9 alle 12"): no heading of a new section, the office's card goes on under its table
HOURS_CELL_CHARS = 40
_HOURS_CELL = re.compile(
    r"^(?:(?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|lun|mar|mer|gio|ven|sab|dom|"
    r"mattin[oa]|pomeriggio|giorn[oi]|orari[oe]?|chius[oa]|apert[oa]|su\s+appuntamento|dalle|alle|ore|e|h)\b\.?"
    r"|\d{1,2}(?:[:.]\d{2})?\b|[\s,;/–—-])+$",
    re.I,
)


# or the card's note of how it receives, a short line of its own ("Il pubblico è ricevuto su appuntamento", "Si riceve
# il martedì", "Apertura al pubblico: lunedì e giovedì"), impersonal: a line that names who receives ("Quando riceve
# l'assistente sociale del Comune?") is another desk's
RECEPTION_NOTE_CHARS = 80
_RECEPTION = re.compile(
    r"^(?:si\s+riceve|ricevimento|(?:il\s+)?pubblico\s+(?:è|e['’])\s+ricevuto|l['’]\s*ufficio\s+riceve|"
    r"apertura\s+al\s+pubblico|(?:solo\s+)?su\s+appuntamento)\b(?!.*\?)",
    re.I,
)


def hours_cell(line: str) -> bool:
    if len(line) <= HOURS_CELL_CHARS and _HOURS_CELL.match(line.strip()):
        return True
    return len(line) <= RECEPTION_NOTE_CHARS and bool(_RECEPTION.match(line.lstrip("• ")))


# the town after the postal code, up to any separator a page puts before the next item: "20094 Corsico · tel. ...",
# "20094 Corsico • ...", "20094 Corsico | tel.", "20094 Corsico - tel.", "20094 Corsico / ..."
_AFTER_CAP = re.compile(r"\b\d{5}\s+(?P<place>[A-ZÀ-Ý][\w'’ -]{1,40}?)\s*(?:\(|,|;|$|\s[-–—|/]|[·•∙‧]|\.)")


# after the office's name, its numbers or address: "Ufficio di Piano – 0331 471250 – udp@...", "Ufficio di Piano |
# Piazza San Magno 9, Legnano | 0331 471250", "presso l'Ufficio di Piano (0331 471250, udp@...)"
_THEN_CONTACT = re.compile(r"[^.;:]{0,60}?[(|,–-]\s*(?:tel\.?\s*)?(?:\+39\s*)?(?:0\d|3\d\d\s?\d)|[^.;]{0,60}?@")


def names_its_contacts(line: str) -> bool:
    """A short line where the office's name is followed by its numbers: unlabelled numbers there are its phones."""
    if len(line) > 250:
        return False
    m = OFFICE_WORDS.search(line)
    return bool(m) and bool(_THEN_CONTACT.match(line, m.end()))


# the office's name opening a line, in its first 40 characters: the first of the office's names, if it starts there (a
# search of a whole footer cost 60 us)
_OFFICE_OPENS = re.compile(rf"(?s:.{{0,40}}?)(?:{OFFICE_WORDS.pattern})", re.I)


def heads_its_contacts(line: str) -> bool:
    """A letterhead or footer line opened by the office's name, then its street or numbers ("Ambito di X · Ufficio
    di Piano · Via ..., tel. ..."); not a comune's footer that lists the office among its links."""
    m = _OFFICE_OPENS.match(line)
    if not m:
        return False  # most lines: the costly street search below is not run
    street = ct.STREET_RE.search(line)
    return names_its_contacts(line) or bool(street and street.start() > m.end())


@dataclass
class Office:
    contacts: Contacts = field(default_factory=Contacts)
    lines: list[int] = field(default_factory=list)
    town_hall: str | None = None  # ISTAT code of the comune whose town hall hosts the office
    address_line: str = ""
    footer: list[str] = field(default_factory=list)  # the site's footer lines headed by the office, read too


_NAME_AND_NUMBER = re.compile(r"^(?:•\s*)?(?P<name>[^:|\d@]{2,50}?)\s*(?::|\s\|\s|\s[-–]\s)\s*(?:tel\.?\s*)?\+?\d")
_OWN_DESK_LABEL = re.compile(r"^(?:segreteria|ufficio|sede|numero|recapito|linea|orari|informazioni|info)\b", re.I)


def _another_desks_number(line: str) -> bool:
    """A directory's line pairing a name with a number, the name no contact label and not the office."""
    m = _NAME_AND_NUMBER.match(line)
    if not m or OFFICE_WORDS.search(line):
        return False
    name = m.group("name").strip()
    return not (ct.BARE_LABEL.match(name) or _OWN_DESK_LABEL.match(name))


def is_office_page(title: str, breadcrumb: list[str]) -> bool:
    return bool(OFFICE_WORDS.search(" ".join([title, *breadcrumb[-1:]])))


def scope(
    lines: list[str],
    levels: list[int],
    whole_page: bool,
    excluded: set[int],
    contacts_are_office: bool = False,
    groups: list[int] | None = None,
) -> list[int]:
    """Indices of the lines that speak of the Ufficio di Piano. On a page about the ambito itself
    (`contacts_are_office`), its "Contatti" section is the office's too; so are the label rows of a table
    (`groups`: the lines of one table share one) whose other row names it ("Sede Ufficio di Piano | ...")."""
    out: list[int] = []
    excluded = excluded | other_cards(lines, levels)
    office_groups: set[int] = set()
    open_level = hall_level = directory_level = 0
    introduced = -1  # "Recapiti dell'Ufficio di Piano:" introduces the few lines after it
    seat_until = -1  # the office's seat stated in a sentence: its contact lines right below are its own
    for i, line in enumerate(lines):
        level = levels[i]
        if level and not ct.LABEL_RE.match(line.lstrip("• ")):
            # "Contatti" followed by a line naming the office opens its section too
            after = " ".join(lines[i + 1 : i + 3])
            contact = CONTACT_HEADING.search(line) and len(line) <= 60
            if hall_level and level <= hall_level:
                hall_level = 0
            if directory_level and level <= directory_level:
                directory_level = 0
            if _DIRECTORY.match(line.lstrip("• ")) and not OFFICE_WORDS.search(line):
                directory_level = level
            town_hall = _TOWN_HALL_CONTACTS.search(line) or _TOWN_HALL_HOURS.search(line)
            if contact and town_hall and not OFFICE_WORDS.search(line):
                hall_level, open_level = level, 0
            elif (
                level > open_level > 0
                and not OFFICE_WORDS.search(line)
                and (_comune_desk(line) or _SOCIAL_DESK.match(line))
            ):
                hall_level = level  # a comune's desk's box inside the contacts: its lines, down to the next heading
            elif contact and not OFFICE_WORDS.search(line) and _contacts_of_a_desk(line):
                hall_level, open_level = level, 0  # "Contatti dello sportello sociale di Pero": the comune's desk's
            elif OFFICE_WORDS.search(line) or (contact and (contacts_are_office or OFFICE_WORDS.search(after))):
                open_level = level
                if contacts_are_office and _card_seat_above(lines, levels, i, excluded, groups) and i - 1 not in out:
                    out.append(i - 1)
            elif (
                open_level
                and level <= open_level
                and not CONTACT_HEADING.search(line)
                and not _host_line(line)
                and not hours_cell(line)
            ):
                open_level = 0  # (not its host on a line of its own: "presso Comune di X", "c/o Municipio di X")
        if i in excluded or hall_level or (directory_level and _another_desks_number(line)):
            continue
        bare = line.lstrip("• ")
        labelled = OFFICE_WORDS.search(line) and (
            names_its_contacts(line)
            or ct.LABEL_RE.match(bare)
            or _SEAT_WORDS.search(line)
            or ct.STREET_RE.search(line)
            or _CONTACT_LINE.search(line)
            or _CONTACT_PROSE.search(line)
            or _OFFERED.search(line)  # "... sul sito dell'Ufficio di Piano; per informazioni 0331 ...": its number
            or any(_NAME_THEN_BRACKETED.match(line, m.end()) for m in OFFICE_WORDS.finditer(line))
        )
        # "... tramite la piattaforma dell'Ufficio di Piano. Informazioni: 02 ..., bandi@...": its contacts next
        labelled = labelled or bool(_INFO_AFTER_OFFICE.search(line))
        # "Per informazioni: ufficiodipiano@ambitox.it": a mailbox named for the office
        labelled = labelled or bool(_OFFICE_MAILBOX.search(line) and _INFO_LEAD.search(line))
        # "L'Ufficio di Piano ha sede in Piazza ..." over its "Telefono ...", "Fax ...", e-mail and role lines
        after_seat = (
            i <= seat_until
            and not level
            and bool(_CONTACT_LINE.search(line) or ct.LABEL_RE.match(bare) or _BARE_CONTACT.match(bare))
        )
        # the office's contact line over its responsible's ("Ufficio di Piano c/o ..., tel. ..." / "Responsabile: X")
        role_below = bool(out and out[-1] == i - 1 and not level and _ROLE.match(bare) and _label_row(bare))
        if i <= introduced and not labelled and _NUMBERED_SECTION.match(line):
            introduced = -1  # "4. I SERVIZI DEL COMUNE": the next section of a text, not the office's contact lines
        if whole_page or open_level or labelled or i <= introduced or after_seat or role_below:
            out.append(i)
        if (labelled and _SEAT_SENTENCE.search(line)) or after_seat:
            seat_until = i + 1 if after_seat else i + 2  # a run of contact lines goes on while it lasts
        if labelled and groups and ct.LABEL_RE.match(bare):
            office_groups.add(groups[i])
        if not level and (
            (len(line) <= 80 and line.rstrip().endswith(":") and OFFICE_WORDS.search(line))
            # (an aside in brackets is no sentence: "Ufficio di Piano dell'Ambito di X (il Comune è ente capofila)")
            or (len(line) <= 160 and _BLOCK_HEAD.match(_ASIDE.sub("", line)) and not line.rstrip().endswith("."))
        ):
            introduced = i + INTRODUCED_LINES
        elif labelled and (line.rstrip().endswith(",") or _numbers_below(lines, i, groups)):
            introduced = max(introduced, i + 1)  # "Per informazioni: Ufficio di Piano, ..., tel. ...," / "e-mail ..."
        if labelled and out[-2:-1] != [i - 1] and _address_above(lines, i, excluded, groups):
            out.insert(len(out) - 1, i - 1)  # before line i, appended above
    if office_groups and groups:
        rows = (i for i, g in enumerate(groups) if g in office_groups and i not in excluded)
        out = sorted(set(out) | {i for i in rows if _label_row(lines[i].lstrip("• "))})
    return out


CARD_LINES = 8  # a card: its heading and a few lines (seat, phone, e-mail, hours); a longer section is prose
# a contact value on a line: an e-mail or a number of six digits or more (a cheap test, run on headed sections only)
_HAS_CONTACT = re.compile(r"@|\+?\d[\d ./-]{5,}\d")


def _card_end(levels: list[int], i: int) -> int | None:
    """The line after the card that the heading at line i opens (at the next heading of its rank or higher), or None
    when its section runs on past CARD_LINES lines."""
    stop = min(len(levels), i + CARD_LINES + 1)
    for end in range(i + 1, stop):
        if 0 < levels[end] <= levels[i]:
            return end
    return stop if stop == len(levels) else None


def other_cards(lines: list[str], levels: list[int]) -> set[int]:
    """The lines of cards side by side that are not the office's: sibling headings of one rank (h1-h6), two or more
    each over its own contact lines, are cards; one headed by another unit (a desk, service, area, outlet or comune's
    desk) is that unit's (docs/members.md §65)."""
    out: set[int] = set()
    run: list[tuple[int, int]] = []  # (heading, end) of the current run of sibling cards
    rank = 0
    for i, level in enumerate(levels):
        if not 0 < level <= 6:
            continue
        if level < rank or (level > rank and run):
            out |= _foreign(lines, run)
            run = []
        end = _card_end(levels, i)
        if end and any(_HAS_CONTACT.search(lines[k]) for k in range(i + 1, end)):
            run.append((i, end))
            rank = level
        elif level == rank:
            out |= _foreign(lines, run)
            run, rank = [], 0
    return out | _foreign(lines, run)


# a seat's heading ("Sede", "Dove siamo"): the line under it says where the office is (a town hall, a building), not
# whose the box is
_SEAT_HEADING = re.compile(r"\bsede\b|indirizz|dove\s+(?:siamo|trovarci|ci\s+trovi)|come\s+raggiungerci", re.I)
OWNER_CHARS = 60  # a box's first line that names its owner is a name, not a sentence or a contact line


def named_boxes(lines: list[str], levels: list[int], site: str) -> set[int]:
    """The lines of contact boxes whose first line names their owner, another unit or the site's own publisher when
    the site is not the office's nor the ambito's: "Contatti" over "Ufficio Servizi Sociali" on a member comune's page,
    "Contatti redazione" over "Legnano Notizie" beside a news outlet's article (docs/members.md §67). A box with a
    line naming the office keeps it; a seat's box, or a comune named under the heading, says where the office is."""
    publisher = "" if OFFICE_WORDS.search(site) or _OFFICE_ALIAS.search(site) else site.casefold()
    out: set[int] = set()
    for i, level in enumerate(levels[:-1]):
        head = lines[i]
        if (
            not (0 < level <= 6 and len(head) <= OWNER_CHARS and CONTACT_HEADING.search(head))
            or _SEAT_HEADING.search(head)
            or 0 < levels[i + 1] <= level
        ):
            continue
        end = _card_end(levels, i)
        owner = lines[i + 1].lstrip("• ").strip()
        if end is None or len(owner) > OWNER_CHARS or _names_the_office(lines, i, end):
            continue
        if (_another_unit(owner) and not _OF_COMUNE.search(owner)) or (publisher and owner.casefold() == publisher):
            out.update(range(i, end))
    return out


# a card's heading naming another unit: a desk, service, area or outlet (`_OTHER_DESK`, `members.SERVICE_DESK`, a
# centre or point of service) or a comune's desk; never one naming the office, its zone or its ambito
_OUTLET = re.compile(r"^(?:centr[oi]|punt[oi])\b", re.I)
_OFFICE_ALIAS = re.compile(r"\bufficio\s+(?:di\s+|del(?:la)?\s+)?zona\b|\bsegreteria\s+tecnica\b|\bambito\b", re.I)


def _another_unit(heading: str) -> bool:
    text = heading.lstrip("• ").strip()
    if OFFICE_WORDS.search(text) or _OFFICE_ALIAS.search(text) or CONTACT_HEADING.search(text):
        return False
    return bool(_OTHER_DESK.search(text) or SERVICE_DESK.search(text) or _OUTLET.match(text) or _OF_COMUNE.search(text))


def _names_the_office(lines: list[str], start: int, end: int) -> bool:
    """A line of the box names the office: the box is the office's, whoever else it names."""
    return any(OFFICE_WORDS.search(lines[k]) for k in range(start, end))


def _foreign(lines: list[str], run: list[tuple[int, int]]) -> set[int]:
    """The lines of the run's cards headed by another unit, when the cards are two or more; a card with a line naming
    the office ("Settore Servizi Sociali" over "Ufficio di Piano: tel. ...") keeps it, labelled, as before."""
    if len(run) < 2:
        return set()
    return {
        k
        for i, end in run
        if _another_unit(lines[i]) and not _names_the_office(lines, i + 1, end)
        for k in range(i, end)
    }


def _label_row(text: str) -> bool:
    """A "Label: value" row, or a role beside its holder's name with no colon ("Responsabile Marco Galbiati")."""
    return bool(ct.LABEL_RE.match(text) or (_ROLE.match(text) and _ROLE_BESIDE_NAME.match(text)))


_SEAT_LABEL = re.compile(r"^(?:sede|indirizzo)\s*:\s*", re.I)


def _card_seat_above(lines: list[str], levels: list[int], i: int, excluded: set[int], groups: list[int] | None) -> bool:
    """The ambito's card gives its seat right over its contacts ("Sede: Via ..., 46100 X" / "Contatti" / "0376 ...",
    a <dl> on the ambito's page): the office's seat, as its contacts are the office's. A qualified seat ("Sede
    legale: ...", a consortium's) is not."""
    if i < 1 or i - 1 in excluded or levels[i - 1] or (groups is not None and groups[i - 1] != groups[i]):
        return False
    label = _SEAT_LABEL.match(lines[i - 1])
    return bool(label and ct.STREET_RE.match(lines[i - 1], label.end()))


# a sentence naming the office, the next one opened by "Informazioni:" (or "Per informazioni:", "Contatti:")
_INFO_AFTER_OFFICE = re.compile(
    r"\bufficio\s+(?:di\s+|del\s+)?piano\b[^.;]{0,80}[.;]\s+(?:per\s+)?(?:informazioni|contatti|recapiti)\s*:", re.I
)
_INFO_LEAD = re.compile(r"\b(?:per\s+)?(?:informazioni|contatti|recapiti)\s*:\s*", re.I)
_OFFICE_MAILBOX = re.compile(
    r"(?<![\w.-])(?:ufficio[._-]?(?:di[._-]?)?piano|udp|piano[._-]?di[._-]?zona)[\w.-]*@", re.I
)


def _numbers_below(lines: list[str], i: int, groups: list[int] | None) -> bool:
    """The office's address line ended by a semicolon, its numbers on the next line of its paragraph ("Per
    informazioni: Ufficio di Piano, Via Italia 58, 24068 Seriate;" / "tel. ...; ..." or "fax ..."), or its contact
    line's last item alone below it."""
    below = lines[i + 1].lstrip("• ") if i + 1 < len(lines) else ""
    same = groups is None or groups[i + 1 : i + 2] == groups[i : i + 1]
    contact = _CONTACT_LINE.search(below) or re.match(r"(?:tele)?fax\b", below, re.I)
    # (or a contact line ended by a number, its next contact alone on the line below: "... - fax 0371 409739" /
    # "PEC ambitolodi@pec...", a text document's wrapped line)
    alone = len(below) <= 80 and re.match(r"(?:tel(?:efono)?|fax|e-?mail|pec|posta)\b", below, re.I)
    ends_in_number = _CONTACT_LINE.search(lines[i]) and re.search(r"\d\s*$", lines[i])
    # (or the office's address ended by its town, with no stop, its contact line below: "Per informazioni: Ufficio di
    # Piano, Piazza ... 1, 24047 Treviglio" / "tel. ... - ufficiodipiano@...")
    ends_in_town = _ENDS_IN_TOWN.search(lines[i]) and re.match(r"(?:tel(?:efono)?|fax|e-?mail|pec)\b", below, re.I)
    return same and (
        (lines[i].rstrip().endswith(";") and bool(contact)) or bool(alone and ends_in_number) or bool(ends_in_town)
    )


_ENDS_IN_TOWN = re.compile(r"\b\d{5}\s+[A-ZÀ-Ý][\w'’ -]{1,40}?(?:\s*\((?-i:[A-Z]{2})\))?\s*$")


def _address_above(lines: list[str], i: int, excluded: set[int], groups: list[int] | None) -> bool:
    """A letterhead's street and postal code on the line over the office's contact line, in its paragraph
    ("AMBITO DI X" / "Via Pace 4 - 20021 Bollate (MI)" / "Tel. ... - udp@...")."""
    above = lines[i - 1] if i else ""
    same = groups is None or groups[i - 1] == groups[i]
    return same and i - 1 not in excluded and bool(ct.STREET_RE.match(above) and ct.CAP_RE.search(above))


# a line for another desk on the office's page: the comune's switchboard, another office or service ("Centralino
# del Comune: ...", "Ufficio Casa: tel. ...", "Servizi Sociali del Comune di X: ...", "Segretariato sociale: ...",
# "Polizia Locale: ...")
_OTHER_DESK = re.compile(
    r"\bcentralino\b|^(?:(?:l['’]|il|lo)\s*)?(?:uffici?o?|servizi?o?|sportello|segretariato|settore|area)(?=[\s:]|$)"
    r"(?!\s+(?:di\s+|del\s+)?piano)|"  # a word, not an address's local part ("ufficio.piano@...")
    # a comune's other desks by name: "Polizia Locale: 02 ...", "Anagrafe: ...", "Biblioteca civica: ..."
    r"^(?:(?:la|il|l['’])\s*)?(?:polizia\s+locale|vigili|comando|anagrafe|stato\s+civile|biblioteca|tributi|"
    r"protocollo|u\.?r\.?p\.?|farmacia|guardia\s+medica|carabinieri|pronto\s+soccorso|asilo|scuola|"
    # the services beside the office: "Pronto intervento sociale 02 ...", "Assistente sociale: ...", "Numero verde ..."
    r"pronto\s+intervento|assistent[ei]\s+social[ei]|numero\s+verde|emergenz[ae]|tutela\s+minori|consultorio)"
    r"(?=[\s:|]|$)",
    re.I,
)


# another desk as the subject of a line below the office's, after its town ("A Codogno il Punto Casa riceve in via ...
# (tel. ...)", "Lo Sportello Affitti risponde allo ..."): that desk's seat and number
# (or a person of another service, however written: "A Castronno l'assistente sociale riceve il martedì (tel. ...)",
# "Il segretariato sociale risponde allo ...", "L'educatrice è reperibile al ...")
_DESK_SUBJECT = re.compile(
    r"^(?:(?:a|ad|in)\s+(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*){0,3},?\s+)?(?:il|lo|la|l['’]|gli|le|i)\s*"
    r"(?:(?:punto|sportello|centro|segretariato|servizio)\s+(?-i:[A-ZÀ-Ý])|segretariato\s+sociale\b|"
    r"assistent[ei]\s+social[ei]\b|educat(?:ore|rice|ori|rici)\b|operat(?:ore|rice|ori|rici)\b|"
    r"psicolog[oa]\b|infermier[ea]\b|mediat(?:ore|rice)\b|custode\b)",
    re.I,
)


# another desk named right before the colon or the comma that opens its contacts, deep in a sentence ("... il primo
# riferimento resta il Segretariato sociale del Comune: Piazza ..., tel. ...", "... si rivolga allo Sportello sociale
# comunale: ...", "... rivolgersi al Settore Servizi Sociali, via Giussani 9, tel. ...")
_DESK_BEFORE_COLON = re.compile(
    r"\b(?:il|lo|la|l['’]|al|allo|alla|all['’])\s*(?:segretariato|servizi?o?\s+social[ei]|sportello|settore|"
    r"assistent[ei]\s+social[ei]|ufficio\s+(?!(?:di\s+|del\s+)?piano\b|(?:ha|è|e['’]|si|sarà|resta|rimane|risponde|riceve)\b)\w+)\b"
    r"[^:.;()]{0,50}(?::|,\s*(?=(?:via|viale|piazza|p\.zza|corso|largo|tel\.?|telefono)\s)|"
    r"\s\((?=\s*(?:tel\.?|telefono)\s))\s*(?=\S)",
    re.I,
)
# a lead-in before the desk it names ("Per informazioni sui servizi del Comune di X: Ufficio Servizi Sociali, tel. ...")
_LEAD_IN = re.compile(r"^(?:per\s|informazioni\b|contatti\b|recapiti\b)[^:]{0,80}:\s*", re.I)


# a comune named by its title, as a site, a block or a card opens: "Comune di X", "Città di X", "Municipio di X"
TOWN_OF = r"(?:comune|citt[aà]|municipio)\s+di\s+"
# a comune's own letterhead or footer line, opened by its name and run on with its street and numbers ("Comune di
# Inveruno - Via Marcora 38 - 20010 Inveruno (MI) - Tel. ... - PEC: ..."): the town hall's, not the office's
_COMUNE_LETTERHEAD = re.compile(
    rf"^{TOWN_OF}[A-ZÀ-Ý][\w'’ ]{{1,40}}?\s*[-–|·,]\s*(?=.*(?:\b\d{{5}}\b|\btel\b|@))", re.I
)
# a map widget's place card, in a geocoder's order ("Municipio di X, 1, Via Y, X, Varese, Lombardia, 21022, Italia"):
# on a Designers Italia page of an office it is the office's seat, under the unit's parent ("Area di riferimento" /
# "Area Attività alla persona"), which is no other desk, and naming a building, which is no letterhead ("Comune di X -")
_PLACE_CARD = re.compile(r",\s*lombardia\s*,\s*\d{5}\s*,\s*italia\s*$", re.I)
_UNIT_PARENT = re.compile(r"^(?:area\s+di\s+riferimento|tipologia\s+di\s+organizzazione)\s*:?$", re.I)


# a sentence giving another service's or body's number ("Per il servizio di trasporto sociale chiamare la cooperativa
# incaricata al 035 ...", "... il numero verde regionale 800 ..."): not the office's when it does not name the office
_ELSEWHERE = re.compile(
    r"\bper\s+(?:il|lo|la|i|gli|le|l['’])\s*(?:servizi?o?|sportell[oi])\b|\bcooperativ[ae]\b|\bassociazion[ei]\b|"
    r"\bnumer[oi]\s+verd[ei]\b",
    re.I,
)


# a comune's own desk named as such: "Servizi sociali del Comune di Cesate", "Sportello sociale comunale"
_OF_COMUNE = re.compile(r"\b(?:comune|municipio)\s+di\b|\bcomunal[ei]\b", re.I)


# a comune's own social-services desk, by its heading alone: "Ufficio Servizi Sociali", "Settore Servizi Sociali",
# "Servizio sociale professionale", "Segretariato sociale", "Area Servizi alla Persona". An Ufficio di Piano is never
# called so: in a page's contacts, such a box is the comune's desk, whether or not it adds "del Comune"
_SOCIAL_DESK = re.compile(
    r"^(?:(?:l['’]|il|lo)\s*)?(?:(?:uffici?o|servizi?o?|settore|area|sportello)\s+(?:servizi\s+)?"
    r"(?:social[ei]|alla\s+persona)\b|segretariato\s+sociale\b)",
    re.I,
)


# the comune's own person for the service, labelled as the comune's: "Referente comunale | Sig.ra X – 0382 ...",
# "Referente del Comune: ...", "Assistente sociale comunale: ...", "Incaricato per il Comune: ...": not the office's
_COMUNE_REFERENT = re.compile(
    r"^(?:referente|responsabile|assistente\s+sociale|incaricat[oa]|delegat[oa])\s+"
    r"(?:comunale|del\s+comune|per\s+il\s+comune)\b",
    re.I,
)


# a text's numbered section title in capitals ("4. I SERVIZI DEL COMUNE", "5) ALTRI RECAPITI", "Art. 6 - SEDI"): in a
# comune's charter or report the office's block ends there, the next section's desks being the comune's
_NUMBERED_SECTION = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|art\.?\s*\d{1,3}\s*[-–.]?)\s+(?-i:[A-ZÀ-Ý][^a-zà-ù]{3,80})$", re.I
)


# a contacts heading that names whose they are ("Contatti dello sportello sociale di Pero", "Recapiti del Segretariato
# sociale", "Riferimenti dell'Ufficio Servizi Sociali"): a comune's desk's contacts, however its town is written
_CONTACTS_OF = re.compile(
    r"^\W*(?:contatti|recapiti|riferimenti)\s+(?:del|dello|della|dei|degli|delle|dell['’])\s*", re.I
)


def _contacts_of_a_desk(heading: str) -> bool:
    """A contacts heading whose owner is a comune's social desk (docs/members.md §79, C)."""
    named = _CONTACTS_OF.match(heading)
    return bool(named) and bool(_SOCIAL_DESK.match(heading[named.end() :]) or _comune_desk(heading[named.end() :]))


def _comune_desk(heading: str) -> bool:
    """A heading naming a comune's desk (a desk's word and the comune), whose box is that desk's, not the office's."""
    return bool(_OTHER_DESK.search(heading.lstrip("• ")) and _OF_COMUNE.search(heading))


def _other_desk_above(lines: list[str], idx: list[int], n: int) -> bool:
    """The value under another desk's label line ("Numero verde emergenza caldo" / "800 123 456", a <dl>); not a row
    under a table's header ("Sportello | Indirizzo | Telefono" over the office's own row)."""
    i = idx[n]
    above = lines[i - 1].lstrip("• ").strip() if n and idx[n - 1] == i - 1 else ""
    return (
        0 < len(above) <= 60
        and not _in_flat_staff_table(lines, i)
        and " | " not in above
        and not re.search(r"\d", above)
        and bool(_OTHER_DESK.search(above))
        and not OFFICE_WORDS.search(above)
        and not ct.LABEL_RE.match(lines[i].lstrip("• "))
    )


# a number or seat the page says is out of use: "La vecchia sede ... e il numero 0331 ... non sono più attivi", "Il
# centralino 031 ... non smista più le chiamate all'Ufficio", "numero dismesso"
_STALE = re.compile(
    r"\bnon\s+(?:è|e['’]|sono)\s+più\s+(?:attiv|in\s+uso|valid|raggiungibil|in\s+funzione)|"
    r"\bnon\s+(?:smista|risponde|riceve|inoltra)\s+più\b|\bnon\s+più\s+(?:attiv|in\s+uso|valid)|"
    r"\b(?:dismess|disattivat)[oi]\b",
    re.I,
)


def _stale_numbers(lines: list[str]) -> set[str]:
    """The numbers of every sentence that says they are out of use."""
    return {p for line in lines for s in split_sentences(line) if _STALE.search(s) for p in ct.phones_in(s)}


def _own_sentences(text: str) -> str:
    """The line without its sentences about another service's numbers (a desk it sends the reader to, "rivolgersi allo
    sportello sociale comunale (tel. ...)") or about numbers out of use."""
    sentences = split_sentences(text)
    kept = [
        s
        for s in sentences
        if (OFFICE_WORDS.search(s) or not (_ELSEWHERE.search(s) or _DESK_BEFORE_COLON.search(s)))
        and not _STALE.search(s)
    ]
    return text if len(kept) == len(sentences) else " ".join(kept)


# a press office's or a newsroom's label, on its own line or run on after the office's contacts ("... udp@... Ufficio
# Stampa: Giulia Restelli - tel. ... - stampa@...", "Redazione: redazione@... - tel. ...", "Addetta stampa – ..."):
# the comune's or the outlet's desk, never the office's
_PRESS_DESK = re.compile(
    r"(?<![\w@.])(?:ufficio\s+stampa|addett[oa]\s+(?:stampa|alla\s+comunicazione)|redazione|"
    r"relazioni\s+con\s+i\s+media|press\s+office|contatti\s+(?:per\s+la\s+)?stampa|"
    # the site's own keepers: "Webmaster: ...", "Gestione del sito: ...", "Segnalazioni sul sito: ..."
    r"web\s*master|gestione\s+(?:del\s+)?sito|amministrat(?:ore|rice)\s+(?:del\s+)?sito|"
    r"segnalazioni\s+(?:sul|relative\s+al)\s+sito|assistenza\s+(?:tecnica\s+)?(?:al|del)\s+sito|"
    # an outlet's masthead and business desks in its colophon (round 46b): "Direttore responsabile: ...", "Editore:
    # ...", "Pubblicità: ...", "Abbonamenti: ...", "Ufficio commerciale - ..."
    r"direttore\s+(?:responsabile|editoriale)|editore|(?:concessionaria\s+(?:per\s+la\s+)?)?pubblicit[aà]|"
    r"abbonament[io]|ufficio\s+commerciale|ufficio\s+marketing)"
    r"(?:\s+(?:del|della|dell['’])\s*[^:@\d–]{1,40}?)?\s*[:–-]",  # "Ufficio Stampa del Comune di Rho:"
    re.I,
)


def _without_press(text: str) -> str:
    """The line without what a press office's or newsroom's label introduces, up to the office's name if it is back."""
    kept, at = [], 0
    for m in _PRESS_DESK.finditer(text):
        if m.start() < at:
            continue
        kept.append(text[at : m.start()])
        back = OFFICE_WORDS.search(text, m.end())
        at = back.start() if back else len(text)
    kept.append(text[at:])
    return "".join(kept).strip()


DESK_TABLE_REACH = 12  # rows from a table of desks' header row down to the office's own row
_DESK_HEAD = re.compile(r"^(?:uffici?o?|servizi?o?|settor[ei]|aree|area|struttur[ae]|sportell[oi]|unit[aà])$", re.I)


def _table_header(lines: list[str], i: int) -> tuple[list[str], list[str]] | None:
    """A table row's cells (three or more) and its header's: the nearest row above of as many cells with no digit or
    "@" in it, within DESK_TABLE_REACH rows of the same width."""
    cells = [c.strip() for c in lines[i].split(" | ")]
    if len(cells) < 3:
        return None
    for k in range(i - 1, max(-1, i - DESK_TABLE_REACH), -1):
        head = [c.strip() for c in lines[k].split(" | ")]
        if len(head) != len(cells):
            return None
        if not re.search(r"[\d@]", lines[k]):
            return cells, head
    return None


def _desk_row(lines: list[str], i: int) -> str | None:
    """A row of a table of a comune's desks ("Ufficio | Sede | Telefono | E-mail" over "Anagrafe | ..." and "Ufficio
    di Piano | Via ... | 039 ... | ...") as labelled text when the row is the office's; "" when it is another desk's;
    None when the line is no such row."""
    table = _table_header(lines, i)
    if table is None:
        return None
    cells, head = table
    if not _DESK_HEAD.match(head[0]) or not any(ct.BARE_LABEL.match(h) for h in head[1:]):
        return None  # a table of other things: the office's staff ("Ruolo | Nome | ..."), comuni, figures
    if not OFFICE_WORDS.search(cells[0]):
        return ""
    return " – ".join([cells[0], *(f"{h}: {c}" for h, c in zip(head[1:], cells[1:], strict=True) if c)])


_STAFF_HEAD = re.compile(r"^(?:ruolo|nome|nominativo|funzione|qualifica|incarico|personale)$", re.I)
_CONTACT_HEAD = re.compile(r"^(?:tel(?:efono|\.)?|telefono\s+diretto|interno|e-?mail|posta\s+elettronica)$", re.I)


FLAT_ROWS_REACH = 24  # lines from a flattened table's header down to a row's cell (five rows of four cells)
_FLAT_CELL = re.compile(
    rf"{_STAFF_HEAD.pattern}|{_CONTACT_HEAD.pattern}|{_DESK_HEAD.pattern}|^(?:sede|indirizzo|orari)$", re.I
)


def _flat_header(lines: list[str], i: int) -> tuple[int, int] | None:
    """The first line and the width of the header of a table flattened to one cell a line that line i is a row's cell
    of: three or more header cells in a row ("Nome" / "Ruolo" / "Telefono" / "E-mail") within FLAT_ROWS_REACH lines
    above."""
    run = 0
    for k in range(i - 1, max(-1, i - FLAT_ROWS_REACH) - 1, -1):
        if k >= 0 and _FLAT_CELL.match(lines[k].strip()):
            run += 1
        elif run >= 3:
            return k + 1, run
        else:
            run = 0
    return None


def _in_flat_staff_table(lines: list[str], i: int) -> bool:
    """A row's cell of the office's staff table flattened one cell a line (its header opens with a person's column):
    the cell above a number is its holder's role ("Assistente sociale", "Protocollo e accoglienza"), not another desk's
    label, and each number is the office's, as in a staff table's row (`_staff_row`; docs/members.md §143)."""
    head = _flat_header(lines, i)
    return head is not None and bool(_STAFF_HEAD.match(lines[head[0]].strip()))


def _flat_desk_row_elsewhere(lines: list[str], i: int) -> bool:
    """A row's cell of a table of desks flattened one cell a line ("Servizio" / "Sede" / "Telefono" over "Consultorio
    familiare" / "Via ..." / "02 ..."), the row's first cell naming another desk: that desk's, as `_desk_row` says of
    a table's row."""
    head = _flat_header(lines, i)
    if head is None or not _DESK_HEAD.match(lines[head[0]].strip()):
        return False
    top, width = head
    first = top + width + (i - top - width) // width * width
    return first < i and not OFFICE_WORDS.search(lines[first])


# a roles table's column of the body each person answers for ("Ruolo | Nome | Ente | Telefono")
_BODY_HEAD = re.compile(r"^(?:ente|enti|comune|amministrazione|organizzazione|appartenenza)$", re.I)
_OF_AMBITO_BODY = re.compile(rf"{OFFICE_WORDS.pattern}|\bambito\b", re.I)


def _staff_row(lines: list[str], i: int) -> str | None:
    """The contact cells, labelled by their headers, of a row of the office's staff table ("Ruolo | Nome | Telefono"
    over "Amministrativa | Giulia Re | 02 3500 5614"): each person's number is the office's, whatever the role; ""
    when the row's body column names another body ("Comune di Seriate | 035 304 111": the comune's switchboard)."""
    table = _table_header(lines, i)
    if table is None or not _STAFF_HEAD.match(table[1][0]):
        return None
    cells, head = table
    body = next((k for k, h in enumerate(head) if _BODY_HEAD.match(h)), None)
    if body is not None and cells[body] and not _OF_AMBITO_BODY.search(cells[body]):
        return ""
    said = [f"{h}: {c}" for h, c in zip(head, cells, strict=True) if c and _CONTACT_HEAD.match(h)]
    return " – ".join(said) or None


def office_facts(lines: list[str], idx: list[int], resolver: NameResolver) -> Office:
    office = Office(lines=idx)
    found = office.contacts
    by_referent = False  # the responsible so far is a "Referente:" label's, which a "Responsabile:" label outranks
    own_seat = False  # the address so far is the one under the office's own name, which no other block's replaces
    for n, i in enumerate(idx):
        staff = _staff_row(lines, i)
        if staff == "":
            continue  # another body's row in a table of roles
        if staff:
            ct.parse_line(staff, found, bare_numbers=True)
        row = _desk_row(lines, i)
        if row == "":
            continue  # another desk's row in the comune's table of desks
        if _flat_desk_row_elsewhere(lines, i):
            continue  # the same, its cells one a line
        text = _without_press(_own_sentences((row or lines[i]).lstrip("• ").strip()))
        lead = _LEAD_IN.match(text)
        other = (
            _OTHER_DESK.search(text)
            or (lead and _OTHER_DESK.search(text[lead.end() :]))
            or _DESK_SUBJECT.match(text)
            or _DESK_BEFORE_COLON.search(text)
            or _COMUNE_REFERENT.match(text)
            or sends_to_another_desk(text)  # "rivolgersi ai Servizi Sociali del Comune di X (tel. ...)"
        )
        place_card = bool(_PLACE_CARD.search(text))
        comune = _COMUNE_LETTERHEAD.match(text)  # "Comune di X - Via ...", not a card's "Municipio di X, 1, Via ..."
        letterhead = comune and not (place_card and comune.group().rstrip().endswith(","))
        if (other or letterhead) and not (OFFICE_WORDS.search(text) or _ANAPHOR.match(text)):
            continue  # another desk's numbers, not the office's
        unit_card = place_card and i >= 2 and bool(_UNIT_PARENT.match(lines[i - 2].strip()))
        if not text or (_other_desk_above(lines, idx, n) and not unit_card):
            continue
        label = ct.LABEL_RE.match(text)
        role = _ROLE.match(text) and not _procedure_head_aside(text)
        if label and role:
            name = person_name(label.group("value"), labelled=True)
            # (a "Referente: X (amministrativa)" above "Responsabile del servizio: dott. Y": the head is Y)
            head = not _REFERENT.match(text) and not _PROCEDURE_HEAD.search(text)
            if name and (found.responsible is None or (by_referent and head)):
                found.responsible, by_referent = name, not head
        elif role and (beside := _ROLE_BESIDE_NAME.match(text)) and found.responsible is None:
            found.responsible = person_name(beside.group("value"))  # a known given name, or a surname in capitals
            by_referent = bool(_REFERENT.match(text))
        # (a contact cell under the office's bare name: a <dl>'s "Ufficio di Piano" over "Via ..., 21100 X – 0332 ...")
        under_name = n > 0 and idx[n - 1] == i - 1 and bool(_OFFICE_NAME_LINE.match(lines[i - 1].lstrip("• ")))
        under_name = under_name or _under_block_head(lines, idx, n)
        if found.address is None or found.address.street is None or _bare_street(found.address.street, text):
            # also "Referente: Ufficio di Piano, Via ..., tel."
            _address(_with_cut_street(text, lines, i), lines, i, label, office, resolver)
            own_seat = under_name and found.address is not None and found.address.street is not None
        elif under_name and not own_seat:
            own_seat = _own_block_seat(text, lines, i, label, office, resolver)
        bare = (len(text) <= 40 and not label) or names_its_contacts(text)
        # (also after a lead: "Recapiti: 0381 299 350 • ufficiodipiano@...")
        info = _INFO_LEAD.match(text)
        only = bool(_ONLY_CONTACTS.match(text[info.end() :] if info else text))
        bare = bare or (len(text) <= 160 and only) or bool(_INFO_AFTER_OFFICE.search(text))
        bare = bare or (under_name and not label and bool(ct.CAP_RE.search(text) or ct.STREET_RE.match(text)))
        bare = bare or _in_flat_staff_table(lines, i)
        ct.parse_line(text, found, bare_numbers=bare)
        for call in _CALL.finditer(text):  # "Scrivi a udp@... o chiama lo 0331 ...": an answer under the office's name
            called = ct.phones_in(text[call.end() : call.end() + 20])[:1]
            found.phones.extend(p for p in called if p not in found.phones)
        for sentence in split_sentences(text) if OFFICE_WORDS.search(text) or _ANAPHOR.search(text) else []:
            named = OFFICE_WORDS.search(sentence) or _ANAPHOR.search(sentence)
            offered = [m.end() for m in _OFFERED.finditer(sentence)] if named else []
            offered += [
                b.end() for m in OFFICE_WORDS.finditer(sentence) if (b := _NAME_THEN_BRACKETED.match(sentence, m.end()))
            ]
            found.phones.extend(
                p for at in offered for p in ct.phones_in(sentence[at : at + 20])[:1] if p not in found.phones
            )
        found.phones.extend(p for p in _stated_numbers(text) if p not in found.phones and p not in found.fax)
        if found.responsible is None and not _procedure_head_aside(text):
            found.responsible = _responsible_near(lines, idx, n) or _responsible_in_prose(text)
    stale = _stale_numbers([lines[i] for i in idx])
    found.phones[:] = [p for p in found.phones if p not in stale and lombard_line(p)]
    found.fax[:] = [p for p in found.fax if p not in stale]
    if found.address is None and office.town_hall is None:
        # "Ufficio di Piano presso il Comune di X": a seat without a street still names its comune
        for i in idx:
            hall = _HOSTED.search(lines[i]) if OFFICE_WORDS.search(lines[i]) else None
            code = _place(hall.group("place"), resolver) if hall else None
            if code:
                found.address, office.town_hall, office.address_line = Address(municipality=code), code, lines[i]
                break
    if found.address and not (found.address.street or found.address.postal_code or found.address.municipality):
        found.address = None
    return office


# Lombardy's telephone districts: a landline outside them is another region's office ("Ufficio di Piano distrettuale:
# Castel San Giovanni, tel. 0523 ..." on a Piacenza district's page that names a Lombard ambito as its neighbour)
_LOMBARD_DISTRICTS = re.compile(r"^\+390(?:2|3[015]|39|33[12]|34[1-6]|36[2-5]|37[1-7]|38[1-6])")


def lombard_line(number: str) -> bool:
    """A landline in one of Lombardy's districts, or a mobile or toll-free number (anywhere)."""
    return not number.startswith("+390") or bool(_LOMBARD_DISTRICTS.match(number))


# another body or desk named between the office's name and a number: the number is that one's ("L'Ufficio di Piano
# coordina; il segretariato sociale risponde allo ...", "... o il centralino del Comune ..."); the comune that hosts
# the office is no other body ("presso il Comune capofila di X, Corso Roma 20 – numero unico ...")
_ANOTHER_BODY = re.compile(
    r"\b(?:sportell[oi]|segretariato|centralino|cooperativ[ae]|associazion[ei]|numer[oi]\s+verd[ei]|"
    r"(?-i:ATS|ASST|INPS)|caf|patronat[oi]|consultori[oa]|assistent[ei]\s+social[ei]|polizia|emergenz[ae]|"
    r"servizi?o?\s+social[ei])\b|"
    r"(?<!presso\s)(?<!presso\sil\s)(?<!c/o\s)(?<!c/o\sil\s)\bcomun(?:e|ale|i)\b",
    re.I,
)
# a sentence right after one naming the office that speaks of its number ("Restano invariati il numero 0342 ...",
# "Cambiano anche i contatti: il nuovo numero è 02 ...", "Prenotazioni al numero 0331 ...")
_ITS_NUMBER = re.compile(r"\b(?:numero|contatti|recapiti)\b", re.I)
# a sentence of the office's lines opened by a lead and its number ("Per appuntamenti: 035 ... oppure 035 ...",
# "Informazioni: 0363 ..."): the office's numbers, unless the lead names another body ("Per il segretariato: ...")
_LEAD_THEN_NUMBER = re.compile(r"^(?:per\s+[^:.;]{1,40}|informazioni|contatti|recapiti)\s*:\s*(?=\+?\d)", re.I)


def _stated_numbers(text: str) -> list[str]:
    """The office's numbers its own sentences state with no label word: every number after its name (or "l'ufficio"
    opening the sentence) with no other body named between, and in the next sentence if it speaks of a number and
    names no other body, and in a sentence opened by a lead and its number ("Per appuntamenti: 035 ..."). A sentence
    about another service or about numbers out of use is left out (`_own_sentences`)."""
    out: list[str] = []
    sentences = split_sentences(text)
    for n, sentence in enumerate(sentences):
        if _ELSEWHERE.search(sentence) or _STALE.search(sentence):
            continue
        named = _office_named(sentence)
        start = named.end() if named else 0
        after_named = n > 0 and _office_named(sentences[n - 1]) and _ITS_NUMBER.search(sentence)
        if not (named or after_named or _LEAD_THEN_NUMBER.match(sentence)):
            continue
        for at, end, number in ct.phone_spans(sentence):
            # (nor a body named in the number's own brackets: "(0381 ..., centralino del Comune)")
            aside = re.match(r"[^()]*\)", sentence[end:]) if "(" in sentence[start : at + 1] else None  # "(0381"
            if at >= start and not _ANOTHER_BODY.search(sentence[start:at] + (aside.group(0) if aside else "")):
                out.append(number)
    return out


# the office's name as a word, not a mailbox's ("udp@comune.x.it", "ufficio.piano@...")
_OFFICE_NAME = re.compile(rf"(?<![@.\w-])(?:{OFFICE_WORDS.pattern})(?![@\w-]|\.\w)", re.I)


def _office_named(sentence: str) -> re.Match[str] | None:
    """The office's name in a sentence, or "L'ufficio" opening it."""
    return _OFFICE_NAME.search(sentence) or _ANAPHOR.match(sentence)


# a line of nothing but the office's number and e-mail ("0376 338 620 - udp@...", a card's "Contatti" value)
_ONLY_CONTACTS = re.compile(r"^(?:(?:[\w.+-]+@[\w.-]+\.[a-z]{2,}|\+?\d[\d ./]{5,}\d)\s*(?:[-–·•|,;]\s*|$))+$", re.I)


def _under_block_head(lines: list[str], idx: list[int], n: int) -> bool:
    """A node's or card's address line under the office's name and its head's role line ("Ufficio di Piano dell'Ambito
    di X (il Comune è ente capofila)" / "Responsabile: dott. Y" / "Via ..., 24068 X · 035 ... · udp@..."): its
    unlabelled number is the office's."""
    i = idx[n]
    if i < 2 or n < 1 or idx[n - 1] != i - 1 or not _ROLE.match(lines[i - 1].lstrip("• ")):
        return False
    head = _ASIDE.sub("", lines[i - 2].lstrip("• "))
    return len(head) <= 160 and bool(_BLOCK_HEAD.match(head)) and not head.rstrip().endswith(".")


# the office's name alone on a label line or cell ("Ufficio di Piano", "Sede dell'Ufficio di Piano:")
_OFFICE_NAME_LINE = re.compile(
    r"^\s*(?:(?:sede|recapiti|contatti)\s+(?:dell['’]\s*)?)?(?:l['’]\s*)?ufficio\s+(?:di\s+|del\s+)?piano\s*:?\s*$",
    re.I,
)


def _bare_street(street: str, text: str) -> bool:
    """A street named without its number ("nella sede di via De Amicis") that a later line writes in full ("Via De
    Amicis 10 - 20017 Rho"): the later line is the address."""
    later = ct.street_in(text)
    return not re.search(r"\d", street) and bool(later) and later.lower().startswith(street.lower()) and later != street


_OF_AMBITO = re.compile(r"^\s*(?:dell['’]\s*ambito\b[^,;:–-]{0,50})?", re.I)


def _address(
    text: str, lines: list[str], i: int, label: re.Match[str] | None, office: Office, resolver: NameResolver
) -> None:
    is_seat_label = bool(label) and label.group("label").lower().startswith(("indirizzo", "sede"))
    # "Per informazioni: Ufficio di Piano, Piazza San Magno 9, 20025 Legnano, tel. ...": a one-line contact block
    office_words = OFFICE_WORDS.search(text)
    # the street right after the office's name ("rivolgersi all'Ufficio di Piano, Piazza San Magno 9, Legnano (tel.")
    # (its ambito between: "Referente: Ufficio di Piano dell'Ambito, Via Pace 4, Bollate - tel. ...")
    rest = _OF_AMBITO.sub("", text[office_words.end() :]) if office_words else ""
    beside = bool(office_words) and bool(ct.STREET_RE.match(rest.lstrip(" ,–-:")))
    # (its numbers may go on in the next line: "..., 20022 Castano Primo;" / "tel. 0331 877150; udp@...")
    below = lines[i + 1] if i + 1 < len(lines) else ""
    # (or its e-mail unlabelled: "Referente: Ufficio di Piano, Via ..., 22100 Como, ufficiodipiano@...")
    contact = _CONTACT_LINE.search(text) or _CONTACT_LINE.match(below.lstrip()) or ct.EMAIL_RE.search(text)
    one_line_block = bool(office_words and (ct.CAP_RE.search(text) or beside) and contact)
    if label and not (is_seat_label or one_line_block):
        return
    # a letterhead's second line, however long: "Via De Amicis, 10 - 20017 Rho (MI) - Tel. ... - e-mail: ... - PEC: ..."
    # (and a site's footer headed by the office: "Ufficio di Piano ... · Corso ... 5 · 20022 X (MI) Tema ...")
    short = len(text) <= 120 or bool(ct.STREET_RE.match(text) and ct.CAP_RE.search(text)) or heads_its_contacts(text)
    # an answer that opens with where the office is: "In Piazza Aldo Moro 1 a Bollate (CAP 20021). Telefono ..."
    where_first = _WHERE_FIRST.match(text)
    opens_with_street = bool(where_first and ct.STREET_RE.match(text, where_first.end()))
    named = _street_after_office(text) or _street_after_move(text)
    if not (
        is_seat_label
        or one_line_block
        or (short and not text.endswith((".", ";")))
        or _SEAT_WORDS.search(text)
        or opens_with_street
        or named
        or (ct.STREET_RE.match(text) and ct.CAP_RE.search(text))  # "Via ..., 22100 Como — tel. ... . Responsabile: ..."
    ):
        return
    street = named or fs.present_street(text)  # (not a seat the office left: "non riceve più in Via A: ... in Via B")
    if not street or (
        not (is_seat_label or one_line_block or _SEAT_WORDS.search(text) or opens_with_street or named)
        and _event_street(text, street)
    ):
        return
    found = office.contacts
    found.address = found.address or Address()
    found.address.street = street
    where = text if ct.CAP_RE.search(text) else f"{text} {_address_tail(lines, i, resolver)}".strip()
    cap = ct.CAP_RE.search(where)
    found.address.postal_code = found.address.postal_code or (cap.group(1) if cap else None)
    found.address.municipality = _municipality(where, street, resolver)
    hall = TOWN_HALL.search(where)
    if hall:
        office.town_hall = _place(hall.group("place"), resolver)
    office.address_line = where[:300]


def _event_street(text: str, street: str) -> bool:
    """A street without its number or postal code inside a short line that does not open with it: a headline's place
    of works, a market, a closure ("Lavori di asfaltatura in via Roma", "Chiusa al traffico Piazza Garibaldi"), not a
    seat."""
    opens = text.lstrip(" •-–").lower().startswith(street.lower())
    return not opens and not re.search(r"\d", street) and not ct.CAP_RE.search(text)


def _own_block_seat(
    text: str, lines: list[str], i: int, label: re.Match[str] | None, office: Office, resolver: NameResolver
) -> bool:
    """The address under the office's own name ("Ufficio di Piano" / "Via Umberto I 78, 20831 Seregno") in place of one
    read earlier in another block of the office's lines (the capofila's card "Comune di Seregno" / "Piazza ... 1"):
    whether it took its place."""
    earlier, line = office.contacts.address, office.address_line
    office.contacts.address = None
    _address(text, lines, i, label, office, resolver)
    if office.contacts.address is None or office.contacts.address.street is None:
        office.contacts.address, office.address_line = earlier, line
        return False
    return True


# the office's street right after its name in a sentence: "l'Ufficio di Piano di via Manini 21", "ospita l'Ufficio di
# Piano in Corso Roma 20", "all'Ufficio di Piano (Piazza Duomo 25, Crema; tel. ...)", "L'Ufficio di Piano, in piazza
# Matteotti 3 a Bergamo, riceve ...", "L'ufficio resta in Piazza Broletto 1", "l'Ufficio di Piano dell'Ambito, presso il
# Comune capofila di X, Corso Roma 20"
_BRIDGE_TO_STREET = re.compile(
    r"\s*(?:\(\s*|,\s*)?(?:(?:di|in|è\s+in|resta\s+in|rimane\s+in|si\s+trova\s+in)\s+|"
    r"presso\s+(?:il\s+|la\s+)?[^,;.()]{0,50},\s*)?",
    re.I,
)
_ANAPHOR_NAME = re.compile(r"^l['’]\s*ufficio\b", re.I)


def _street_after_office(text: str) -> str | None:
    """The street a sentence puts right after the office's name (or "L'ufficio" opening it): the office's seat."""
    names = [*OFFICE_WORDS.finditer(text), *filter(None, [_ANAPHOR_NAME.match(text) if _ANAPHOR.match(text) else None])]
    said = text.replace(":", ",")  # (a colon ends the street as a comma does: "..., Corso Roma 20: telefono ...")
    for m in names:
        of_ambito = _OF_AMBITO.match(said[m.end() :])  # ("l'Ufficio di Piano dell'Ambito, presso ...")
        bridge = _BRIDGE_TO_STREET.match(said, m.end() + (of_ambito.end() if of_ambito else 0))
        street = ct.STREET_RE.match(said, bridge.end()) if bridge else None
        if street and re.search(r"\d", street.group(0)):  # (a street without its number, "in via Mazzini", is no seat)
            # (a numbered street ends at its number where the sentence goes on: "di via Manini 21 riceve il pubblico")
            numbered = _NUMBER_THEN_WORDS.match(street.group(0))
            return ct.street_in(numbered.group(1) if numbered else said[street.start() :])
    return None


# the office's seat given by where it moved or who hosts its rooms: "gli uffici lasciano piazza Mercato e si
# trasferiscono in via Fanfulla 14", "si è trasferito: lavora negli uffici di Piazza ... 7", "il Comune ne ospita gli
# uffici in Via Perego 1": the street after the verb (the one before it is the old seat)
_MOVED_OR_HOSTED = re.compile(r"\b(?:trasferi\w+|(?:ne\s+)?ospit\w+\s+gli\s+uffici)\b", re.I)


def _street_after_move(text: str) -> str | None:
    """The numbered street after a move or a host's verb in a sentence of the office's lines: its seat now."""
    for sentence in split_sentences(text):
        verb = _MOVED_OR_HOSTED.search(sentence)
        street = ct.street_in(sentence[verb.end() :]) if verb else None
        if street and re.search(r"\d", street):
            return street
    return None


_NUMBER_THEN_WORDS = re.compile(r"^(.*?\d+[a-zA-Z]?(?:\s*/\s*[a-zA-Z0-9]{1,3})?)(?=\s+[a-zà-ÿ])")


_WHERE_FIRST = re.compile(r"^(?:(?:si\s+trova|ci\s+trovate|siamo)\s+)?(?:in|presso)\s+(?=[A-ZÀ-Ý])", re.I)
_CAP_LINE = re.compile(r"\d{5}(?:\s+[A-ZÀ-Ý][\w'’ -]{1,40})?(?:\s*\((?-i:[A-Z]{2})\))?|(?-i:[A-Z]{2})")


# a street's type word ending a line, written as a name's ("... ha sede in Piazza" / "Vittorio Emanuele II 1, 20066 X";
# a set of words, not a pattern searched over a whole run-on line)
_STREET_WORDS = frozenset(["Via", "Viale", "Piazza", "Piazzale", "Corso", "Largo", "Vicolo", "Contrada"])


def _with_cut_street(text: str, lines: list[str], i: int) -> str:
    """The line and the next one when a narrow column cut the office's street after its type word: the next line
    opens with the street's capitalised name and holds a postal code ("Piazza" / "Vittorio Emanuele II 1, 20066
    Melzo,"); not a square that ends a sentence's line ("la festa in Piazza" / "Domenica 18 maggio ...")."""
    below = lines[i + 1].strip() if i + 1 < len(lines) else ""
    last = text[text.rfind(" ") + 1 :]
    named = last in _STREET_WORDS or (last.isupper() and last.title() in _STREET_WORDS)  # "Piazza", "PIAZZA"
    if named and below[:1].isupper() and ct.CAP_RE.search(below[:60]):
        return f"{text} {below}"
    return text


def _address_tail(lines: list[str], i: int, resolver: NameResolver) -> str:
    """The lines that finish the address a street line begins: "20017 Rho" under it, or a contact card's town,
    province and postal code each on a line of its own (Joomla: "Saronno" / "VA" / "21047")."""
    tail: list[str] = []
    for line in lines[i + 1 : i + 4]:
        text = line.strip()
        town = len(text) <= 40 and resolver.resolve(text, fuzzy=False)
        if not (_CAP_LINE.fullmatch(text) or (town and town.method != "fuzzy")):
            break
        tail.append(text)
    return " ".join(tail) if any(ct.CAP_RE.search(t) for t in tail) else ""


def _place(text: str, resolver: NameResolver) -> str | None:
    words = re.split(r"\s+", text.strip())
    for n in range(min(4, len(words)), 0, -1):
        res = resolver.resolve(" ".join(words[:n]).strip(" ,.;:-–"), fuzzy=False)
        if res and res.method != "fuzzy":
            return res.istat
    return None


def _municipality(text: str, street: str, resolver: NameResolver) -> str | None:
    """The comune of an address: after its postal code, else "Comune di X", else "a X" after the street or "sede a X"
    before it."""
    after_cap = _AFTER_CAP.search(text)
    if after_cap:
        code = _place(after_cap.group("place"), resolver)
        if code:
            return code
    hall = TOWN_HALL.search(text)
    if hall:
        code = _place(hall.group("place"), resolver)
        if code:
            return code
    start = text.lower().find(street.lower()[:8])
    rest = text[start + len(street) :] if start >= 0 else ""
    at = re.match(r"\W*?(?:\b(?:a|in)\s+|[-–,]\s*|\s+)([A-ZÀ-Ý][\w'’ -]{1,40})", rest)
    # the town before the street: "con sede a Legnano in Piazza San Magno n. 9"
    seat = re.search(r"\bsede\s+(?:a|in)\s+([A-ZÀ-Ý][\w'’ -]{1,40}?)\s*,?\s*(?:in\s+)?$", text[: max(start, 0)])
    return (_place(at.group(1), resolver) if at else None) or (_place(seat.group(1), resolver) if seat else None)


def _responsible_near(lines: list[str], idx: list[int], n: int) -> str | None:
    """A name card: the name line followed (or preceded) by "Responsabile dell'Ufficio di Piano"."""
    i = idx[n]
    text = lines[i].lstrip("• ").strip()
    if len(text) > 60 or ct.LABEL_RE.match(text):
        return None
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    prev = lines[i - 1].strip() if i > 0 else ""
    if _CARD_ROLE.match(text):
        # a person card's role line under its holder ("Persona" / "Monica Brambati" / "Responsabile dell'Ufficio di
        # Piano"): the name above, a known given name or a surname in capitals, not a heading or a label
        return person_name(prev)
    if (
        _ROLE_NEXT.match(nxt)
        or re.match(r"^(?:responsabile|coordinat(?:ore|rice)|referente)\s*:?$", prev, re.I)
        or _role_ends_label(prev)
    ):
        return person_name(text, labelled=True)
    return None


def _role_ends_label(line: str) -> bool:
    """A line ending in "Responsabile" that labels the name below ("Il Responsabile", "Coordinatrice e Responsabile");
    not a staff row that names its own holder ("Andrea Rossi – Responsabile", "Rossi Anna, responsabile"): the name
    under that is the next colleague's."""
    role = re.search(r"\bresponsabile$", line, re.I)
    return bool(role) and person_name(line[: role.start()].strip(" –-,:|•")) is None


def _procedure_head_aside(text: str) -> bool:
    """The head of a notice's procedure named in a sentence of his own, the office only in another one ("Responsabile
    del procedimento: dott. X. Per informazioni: Ufficio di Piano, tel. ..."): the office is where to ask, not his."""
    sentences = split_sentences(text)
    return any(
        _PROCEDURE_HEAD.search(s) and not OFFICE_WORDS.search(s) and any(OFFICE_WORDS.search(o) for o in sentences)
        for s in sentences
    )


# the office's head in a sentence anywhere in the ambito's part of the page, by the role of the office itself next to a
# name: "udita la relazione della Responsabile dell'Ufficio di Piano, dott.ssa X", "La responsabile dell'Ufficio è la
# dott.ssa X", "Il Responsabile del procedimento e dell'Ufficio di Piano: dott. X", "la nomina della dott.ssa X a
# responsabile dell'Ufficio di Piano", "è la dott.ssa X, responsabile dell'Ufficio di Piano (tel. ...)"; not a former
# or deputy head ("l'ex responsabile", "già coordinatrice", "vice responsabile", "uscente"), nor a sentence naming a
# session's minute-taker ("Assiste in qualità di segretario verbalizzante la Responsabile ..."): minutes' secretaries
# are no contacts
_OFFICE_ROLE = (
    r"(?:responsabile|coordinat(?:ore|rice)|referente)(?:\s+del\s+procedimento\s+e)?\s+dell['’]\s*ufficio"
    r"(?:\s+(?:di\s+|del\s+)?piano\b|(?=\s*[:,]|\s+(?:è|e['’])\s))"
)
_TITLE = rf"(?P<title>{HONORIFIC}\s*)?"  # italian.TITLES' honorifics
_TITLED_NAME = _TITLE + r"(?-i:[A-ZÀ-Ý][\w'’]+(?:\s+[A-ZÀ-Ý][\w'’]+){1,3})"
_ROLE_THEN_NAME = re.compile(
    rf"{_OFFICE_ROLE}\s*(?:[:,]|\s(?:è|e['’]))\s*(?:(?:il|la)\s+)?(?P<name>{_TITLED_NAME})(?![\w'’])", re.I
)
_NAME_THEN_OFFICE_ROLE = re.compile(
    rf"(?P<name>{_TITLED_NAME})\s*(?:,\s*|\s+(?:a|come|quale|in\s+qualit[aà]\s+di)\s+)(?:(?:la|il|l['’])\s*)?"
    rf"(?:nuov[oa]\s+)?{_OFFICE_ROLE}",
    re.I,
)
# news' wordings: "È la dott.ssa X la nuova responsabile dell'Ufficio di Piano", and "Guidato da X, che ne è la
# responsabile dal 2023, l'ufficio ..." right after a sentence naming the office ("ne": of the office just named)
_IS_NAME_THE_ROLE = re.compile(
    rf"(?<![\w'’])[èÈ]\s+(?:(?:la|il)\s+)?(?P<name>{_TITLED_NAME})\s+(?:la|il)\s+(?:nuov[oa]\s+)?{_OFFICE_ROLE}", re.I
)
_NAME_WHO_HEADS_IT = re.compile(
    rf"(?P<name>{_TITLED_NAME})\s*,\s*che\s+ne\s+(?:è|e['’])\s+(?:(?:la|il)\s+)?(?:nuov[oa]\s+)?"
    r"(?:responsabile|coordinat(?:ore|rice))\b",
    re.I,
)
# the head by the bare role right after a sentence naming the office: "Cambio alla guida dell'Ufficio di Piano. Dal 1°
# febbraio la nuova responsabile sarà la dott.ssa X" (the role with no "dell'Ufficio": the office just named)
_BARE_ROLE_IS_NAME = re.compile(
    rf"\b(?:il|la)\s+(?:nuov[oa]\s+)?(?:responsabile|coordinat(?:ore|rice))\s+(?:sarà|è|e['’])\s+(?:(?:il|la)\s+)?"
    rf"(?P<name>{_TITLED_NAME})(?![\w'’])",
    re.I,
)
# the office led by a person in the same breath: "l'Ufficio di Piano, coordinato dalla dott.ssa X, redige il Piano"
_OFFICE_LED_BY = re.compile(
    rf"\bufficio\s+(?:di\s+|del\s+)?piano\b[^.;()]{{0,30}}?,?\s*(?:coordinat|dirett|guidat)[oa]\s+"
    rf"(?:dal(?:la|l['’])?|da)\s*(?:(?:responsabile|coordinat(?:ore|rice))\s+)?(?P<name>{_TITLED_NAME})(?![\w'’])",
    re.I,
)
# the office's head as the one who leads it, in the active voice or by a post entrusted to a person: "la dott.ssa X
# guida l'Ufficio di Piano", "Dottor X, lei guida l'Ufficio di Piano ...?", "Coordina l'Ufficio la dott.ssa X", "la
# responsabilità dell'Ufficio di Piano è affidata al dott. X", "(l'ufficio opera) sotto la responsabilità del dott. X";
# not a mayor or an assessore said to lead it ("Il sindaco X coordina l'Ufficio di Piano")
_OFFICE_ITSELF = r"l['’]\s*ufficio(?:\s+(?:di\s+|del\s+)?piano)?\b"
_RESPONSIBILITY = r"responsabilit(?:[aà]|a['’])"  # ("responsabilita'", a text's accent)
_NAME_LEADS_IT = re.compile(
    rf"(?P<name>{_TITLED_NAME})\s*(?:,\s*(?:lei|lui)\s+)?(?:guida|dirige|coordina)\s+{_OFFICE_ITSELF}", re.I
)
_LEADS_IT_NAME = re.compile(
    rf"\b(?:guida|dirige|coordina)\s+{_OFFICE_ITSELF}\s+(?:(?:il|la)\s+)?(?P<name>{_TITLED_NAME})(?![\w'’])", re.I
)
_POST_ENTRUSTED = re.compile(
    rf"\b(?:{_RESPONSIBILITY}|incarico\s+di\s+responsabile)\s+del{_OFFICE_ITSELF}"  # ("dell'Ufficio di Piano")
    rf"[^.;]{{0,40}}?\baffidat[oa]\b[^.;]{{0,30}}?\s(?:al(?:la)?|a)\s+(?P<name>{_TITLED_NAME})(?![\w'’])",
    re.I,
)
_UNDER_ITS_HEAD = re.compile(
    rf"\bsotto\s+la\s+(?:{_RESPONSIBILITY}|direzione|guida)\s+(?:del(?:la)?|di)\s+(?P<name>{_TITLED_NAME})(?![\w'’])",
    re.I,
)
_LEADERS = (_LEADS_IT_NAME, _POST_ENTRUSTED, _UNDER_ITS_HEAD)  # the name after the role: labelled by it
_POLITICAL = re.compile(r"\b(?:sindac[oa]|vicesindac[oa]|assessor[ea]|president[ei]|consiglier[ea])\W*$", re.I)


# an FAQ's question for the office's head, its answer the next sentence: "Chi è il responsabile dell'Ufficio di Piano?"
# / "La dott.ssa X. L'ufficio si trova ..."
_WHO_HEADS = re.compile(rf"\bchi\s+(?:è|e['’])\s+(?:(?:il|la)\s+)?{_OFFICE_ROLE}[^?]*\?\s*$", re.I)
_ANSWER_NAME = re.compile(rf"^\s*(?:(?:il|la)\s+)?(?P<name>{_TITLED_NAME})(?![\w'’])\s*[.,;]", re.I)
_MINUTE_TAKER = re.compile(r"\bsegretari[oa]\s+verbalizzante\b|\bverbalizza\b|\bfunge\s+da\s+segretari", re.I)
_NOT_THE_HEAD = re.compile(r"\b(?:ex|già|gia'|vice|precedente|uscente|former)\W*$", re.I)


# every pattern of responsible_stated needs one of these words in its sentence, or the office in the one before (the
# FAQ's answer): most sentences hold none, and a pattern that opens with a name tries every word (a new pattern
# without them must add its words here)
_MAY_NAME_THE_HEAD = re.compile(r"ufficio|responsabile|coordinat", re.I)


def responsible_stated(sentences: list[str]) -> tuple[str, str] | None:
    """(name, sentence): the office's head where a sentence puts a name right beside the office's own role."""
    may = [bool(_MAY_NAME_THE_HEAD.search(sentence)) for sentence in sentences]
    for n, sentence in enumerate(sentences):
        if not (may[n] or (n and may[n - 1])) or _MINUTE_TAKER.search(sentence):
            continue
        patterns = [_ROLE_THEN_NAME, _NAME_THEN_OFFICE_ROLE, _IS_NAME_THE_ROLE, _OFFICE_LED_BY, _NAME_LEADS_IT]
        patterns += [_LEADS_IT_NAME, _POST_ENTRUSTED]
        if n and _WHO_HEADS.search(sentences[n - 1]):
            patterns.append(_ANSWER_NAME)
        if OFFICE_WORDS.search(" ".join(sentences[max(0, n - 1) : n + 1])):
            patterns += [_NAME_WHO_HEADS_IT, _BARE_ROLE_IS_NAME]
        # ("L'Ufficio opera ... sotto la responsabilità del dott. X"; not a handover's: "passa alla dott.ssa Y")
        if re.search(_OFFICE_ITSELF, sentence, re.I) and not HANDED_OVER.search(sentence):
            patterns.append(_UNDER_ITS_HEAD)
        for pattern in patterns:
            for m in pattern.finditer(sentence):
                role_first = (_ROLE_THEN_NAME, _OFFICE_LED_BY, _BARE_ROLE_IS_NAME, *_LEADERS)
                role_at = m.start() if pattern in role_first else m.end("name")
                political = pattern in (_NAME_LEADS_IT, *_LEADERS) and _POLITICAL.search(sentence[: m.start("name")])
                if (
                    political
                    or _NOT_THE_HEAD.search(sentence[max(0, role_at - 20) : role_at])
                    or re.match(r"\W*(?:uscente|precedente)\b", sentence[m.end() :], re.I)
                ):
                    continue
                # (a name before its role needs a title or a known given name: "Conferma Rossi, responsabile ...")
                titled = pattern in role_first or bool(m.group("title"))
                name = person_name(m.group("name"), labelled=titled)
                if name:
                    return name, sentence
    return None


def _responsible_in_prose(text: str) -> str | None:
    first = NAME_THEN_ROLE.match(text)
    if first:
        return person_name(first.group("name"), labelled=True)
    m = RESPONSIBLE_PROSE.search(text)
    return person_name(m.group("name")) if m else None


# a person's card or CV whose post is the office's head ("Nome | X" / "Incarico attuale | Responsabile dell'Ufficio di
# Piano ..." / "Telefono dell'ufficio | ..." / "Sede: ..."): the card's contacts are the office's, its name its head
_POST_ROW = re.compile(
    r"^(?:incarico(?:\s+attuale)?|ruolo|qualifica|posizione(?:\s+organizzativa)?|funzione)\s*(?:\||:)\s*", re.I
)
_HEAD_POST = re.compile(
    _POST_ROW.pattern + r"(?:responsabile|coordinat(?:ore|rice))\s+dell['’]\s*ufficio\s+(?:di\s+|del\s+)?piano\b",
    re.I,
)
_CARD_ROW = re.compile(r"^[A-ZÀ-Ý][\w'’ -]{1,30}?(?:\s\|\s|:\s)")
_NAME_ROW = re.compile(r"^(?:nome(?:\s+e\s+cognome)?|nominativo)\s*(?:\||:)\s*(?P<name>.+)$", re.I)
CARD_REACH = 4  # rows of the card either side of its post's row


def _card_row(line: str) -> bool:
    """A "Label: value" row of a person's card, not a post's row (which opens or ends another person's card)."""
    return bool(_CARD_ROW.match(line)) and not _POST_ROW.match(line)


def head_card(lines: list[str]) -> tuple[dict[int, str], str | None]:
    """The rows of the card of the office's head, as labelled lines ("Telefono dell'ufficio: 0383 ..."), by index;
    and the name its "Nome" row gives. The post's own row is left out (its "ente capofila: Comune di X" is no seat)."""
    for i, line in enumerate(lines):
        if not _HEAD_POST.match(line):
            continue
        # the card ends where a neighbour's begins (a staff page's cards, one under another): at another post's row,
        # and at a second name row; the head's name is the one nearest above the post, else the first below it
        lo = i
        while lo > 0 and i - lo < CARD_REACH and _card_row(lines[lo - 1]):
            lo -= 1
            if _NAME_ROW.match(lines[lo]):
                break
        named = any(_NAME_ROW.match(lines[k]) for k in range(lo, i))
        hi = i + 1
        while hi < len(lines) and hi - i <= CARD_REACH and _card_row(lines[hi]):
            if _NAME_ROW.match(lines[hi]) and named:
                break
            named = named or bool(_NAME_ROW.match(lines[hi]))
            hi += 1
        rows = {k: lines[k].replace(" | ", ": ", 1) for k in range(lo, hi) if k != i}
        names = (_NAME_ROW.match(r) for r in rows.values())
        return rows, next((person_name(m.group("name"), labelled=True) for m in names if m), None)
    return {}, None


def town_halls(chrome: list[str], resolver: NameResolver) -> dict[str, str]:
    """Town-hall streets a comune's own site states in its header or footer ("Comune di X - Via Y, 1"):
    the address an Ufficio di Piano shares when it sits at that town hall."""
    out: dict[str, str] = {}
    for text in chrome:
        for m in re.finditer(r"\b(?:comune|città|municipio)\s+di\s+(?P<place>[A-ZÀ-Ý][\w'’ -]{1,40})", text, re.I):
            code = _place(m.group("place"), resolver)
            street = ct.street_in(text[m.start() : m.start() + 250]) if code else None
            if code and street and code not in out:
                out[code] = street
    return out


OPENS_WITH_COMUNE = re.compile(rf"^\s*{TOWN_OF}[A-ZÀ-Ý]", re.I)
# the site's owner opening its identity block: a comune, or the social-services company that runs the site under its
# legal form ("Comuni Insieme a.s.c.", "Sercop Azienda Speciale Consortile", "Consorzio Sociale S.c.r.l.")
OPENS_WITH_OWNER = re.compile(
    rf"{OPENS_WITH_COMUNE.pattern}|^[^·|]{{2,60}}?\b(?:a\.\s?s\.\s?c\.|azienda\s+speciale\s+consortile|"
    r"s\.\s?c\.\s?r\.\s?l\.)(?=\s*(?:$|·))",
    re.I,
)


def without_town_hall_mail(found: Contacts, office_lines: list[str], chrome: list[str]) -> None:
    """Drop the site owner's own e-mail and PEC (a comune's, an azienda's), which its footer gives ("Comune di X ·
    Piazza ... · PEC protocollo@...", "Comuni Insieme a.s.c. · ... · info@..."), where the page's body repeats them
    without naming the office ("Le domande devono pervenire ... alla PEC protocollo@..."): a notice's address for
    applications, the town hall's; not where the office names them."""
    hall = {
        m.group(0).lower()
        for text in chrome
        if OPENS_WITH_OWNER.match(text) and not heads_its_contacts(text)
        for m in ct.EMAIL_RE.finditer(text)
    }
    if not hall:
        return
    named = {
        m.group(0).lower()
        for line in office_lines
        if OFFICE_WORDS.search(line) or _ANAPHOR.search(line)
        for m in ct.EMAIL_RE.finditer(line)
    }
    for values in (found.emails, found.pec):
        values[:] = [v for v in values if v.lower() not in hall or v.lower() in named]

"""The site's own identity block in a page flattened to text, where no `<footer>` marks it: a rendered comune
site's last block restates its owner ("Comune di X" / its town hall's address / switchboard / PEC) and sits among the
site's legal chrome (P.IVA or codice fiscale, privacy and cookie, accessibility, credits, social links, "©"). Its
contacts are the site's, like a `<footer>`'s, not a fact of the ambito's comuni. A careful reader knows it by three
marks together: it is the page's last contact block and comes after everything the page says of an ambito; it names
the comune the site's header names (the owner, not a comune the body speaks of); the legal chrome surrounds it. A
series of comuni's blocks ("I Comuni dell'ambito": one after another) is content, and is kept.

The same block is known by its fiscal identity too (round 44b): the one card of the page that carries a "Codice
fiscale" / "P. IVA", with less text under it than above (the page's tail). That mark needs no header or mentions, so
it is read as the contact cards are made (`without_fiscal_identity_card`); the three marks above are read once the
page's mentions are known (`trailing_owner_block`).

And the office's contacts must not take it either (round 46b, docs/members.md §88): on a page about the office its
scope reaches the page's last lines, and the town hall's PEC and seat became the office's. There the block is found
by its opening line ("Comune di X", "Città di X", "Municipio di X") with the fiscal identity under it, at the tail,
with no line of it or just above it naming the office (an office card "Ufficio di Piano / presso Comune di X / ... /
C.F." is the office's seat) (`town_hall_block`), and handed to the footer's town-hall rule.

And the owner's card needs neither mark where the site's brand line names it (round 51, docs/members.md §98): on
a comune's site ("Comune di X" at the top), X's lone card, in its footer or a "Contatti" box, is the site's own
(`owner_lone_card`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from crawler.parsers.contacts import OFFICE_WORDS
from crawler.parsers.identity_footer import IDENTITY
from crawler.parsers.office import OPENS_WITH_COMUNE, OPENS_WITH_OWNER, TOWN_OF
from crawler.records import Contacts

# closed vocabulary: the legal and service links and marks every Italian public body's site carries by its footer
LEGAL_CHROME = re.compile(
    r"p\.\s?iva|partita\s+iva|c\.\s?f\.|cod(?:ice|\.)\s+fiscale|\bprivacy\b|\bcookie|note\s+legali|accessibilit|"
    r"\bcredits\b|mappa\s+del\s+sito|©|\bcopyright\b|powered\s+by|\bseguici\b|fatturazione\s+elettronica",
    re.I,
)
OWNER_HEADER_LINES = 12  # a site's banner, menus and crumbs over the content: its owner's name sits there
CHROME_AFTER_LINES = 12  # the legal chrome sits in the block or in the lines right after it
SERIES_GAP_LINES = 3  # a block this close after another is one of a series of comuni's blocks


def _names(header: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", header) is not None


def trailing_owner_block(
    blocks: list[tuple[int, int, str]], lines: list[str], header: list[str], name_of: dict[str, str], content_end: int
) -> int | None:
    """Index in `blocks` (first line, last line, ISTAT) of the site's identity block, or None. `header` holds the
    page's title, crumbs and first lines; `name_of` each block's comune name; `content_end` the last line of
    anything said of an ambito (its mentions, its member lists)."""
    if not blocks:
        return None
    first, last, code = blocks[-1]
    if first <= content_end or first <= OWNER_HEADER_LINES:
        return None
    if len(blocks) > 1 and first - blocks[-2][1] <= SERIES_GAP_LINES:
        return None
    head = " ".join(header).lower()
    if not _names(head, name_of[code]):
        return None
    near = lines[first : last + 1 + CHROME_AFTER_LINES]
    return len(blocks) - 1 if any(LEGAL_CHROME.search(line) for line in near) else None


Block = tuple[int, int, str, Contacts]  # a contact card: first line, last line, ISTAT, contacts
_CARD_TAIL = 2  # the fiscal code may close the card on the line after its last contact line


def _holds_fiscal_identity(block: Block, lines: list[str]) -> bool:
    return any(IDENTITY.search(line) for line in lines[block[0] : block[1] + 1 + _CARD_TAIL])


def without_fiscal_identity_card(blocks: list[Block], lines: list[str]) -> list[Block]:
    """The blocks but the site's identity card: the one card with a fiscal identity, with less text under it than
    above it (the page's tail). Several cards with their fiscal codes are a page of comuni's contacts: all kept."""
    with_identity = [b for b in blocks if _holds_fiscal_identity(b, lines)]
    if len(with_identity) != 1:
        return blocks
    card = with_identity[0]
    return [b for b in blocks if b is not card] if _at_tail(lines, card[0], card[1] + 1) else blocks


def _at_tail(lines: list[str], first: int, end: int) -> bool:
    """Whether lines[first:end] sit at the page's tail: less text under them than above them."""
    return sum(len(line) for line in lines[end:]) < sum(len(line) for line in lines[:first])


IDENTITY_REACH = 3  # a comune's fiscal code sits on one of the lines right under its name
COMPANY_REACH = 5  # a company's may come after its legal form, seat and capital (round 50a)
BLOCK_LINES = 6  # name, seat, fiscal code, PEC, switchboard, e-mail
_ABOVE = 2  # an office card's heading sits just above its "presso Comune di X" line
# the block's opening line seats the comune in itself, no fiscal code needed (round 50c): "Comune di X – Strada Cisa,
# 112 – 46047 X (MN)", "Città di X · Via Gramsci 21 · 20851 X (MB)", "Municipio di X, Piazza ... 3, 46030 X"
_SELF_SEATED = re.compile(rf"^\s*{TOWN_OF}(?P<name>[A-ZÀ-Ý][^–·,|]{{1,40}}?)\s*[-–·,|].*\b\d{{5}}\s+(?P=name)\b", re.I)


class HallBlock(NamedTuple):
    """The site owner's identity block at a text page's tail, its lines parted by " · " as a footer's are; `seat`: a
    comune's block known by its fiscal code, whose address is the town hall's seat (a block known by its self-seated
    opening line alone, or a company's, gives up its numbers and mail, not an address the office may share)."""

    text: str
    seat: bool


def town_hall_block(lines: list[str]) -> HallBlock | None:
    """The comune's identity block at the page's tail, or None."""
    for i in range(len(lines) - 1, -1, -1):
        if not OPENS_WITH_OWNER.match(lines[i]):
            continue
        comune = bool(OPENS_WITH_COMUNE.match(lines[i]))
        reach = IDENTITY_REACH if comune else COMPANY_REACH
        fiscal = any(IDENTITY.search(line) for line in lines[i + 1 : i + 1 + reach])
        if not (fiscal or _SELF_SEATED.match(lines[i])):
            continue
        block = lines[i : i + BLOCK_LINES]
        if any(OFFICE_WORDS.search(line) for line in lines[max(0, i - _ABOVE) : i + BLOCK_LINES]):
            return None
        seat = fiscal and comune
        return HallBlock(" · ".join(block), seat) if _at_tail(lines, i, i + BLOCK_LINES) else None
    return None


def _squeezed(text: str) -> str:
    return re.sub(r"\W", "", text.lower())


def without_hall_seat(found: Contacts, hall: HallBlock, office_lines: list[str]) -> None:
    """Drop the office's address where it is the town hall's seat that the block gives ("Via Gramsci 21 - 20851
    Lissone"), unless a line naming the office gives that street too (an office hosted in the town hall); and so the
    block's switchboard numbers (round 50c). A block known only by its self-seated opening line (no fiscal code)
    gives up its numbers, not the address: an office hosted in the town hall shares that seat (as clean sets showed)."""
    block = hall.text
    digits, named = (
        re.sub(r"\D", "", block),
        [re.sub(r"\D", "", line) for line in office_lines if OFFICE_WORDS.search(line)],
    )
    found.phones[:] = [
        p for p in found.phones if p.removeprefix("+39") not in digits or any(p.removeprefix("+39") in n for n in named)
    ]
    if found.address is None or not found.address.street or not hall.seat:
        return
    street = _squeezed(found.address.street)
    if street not in _squeezed(block):
        return
    if not any(OFFICE_WORDS.search(line) and street in _squeezed(line) for line in office_lines):
        found.address = None


# The template's box of actions for the citizen on every page of a comune's site (AgID / Designers Italia, and the
# themes that copied it): its number is the comune's switchboard or green number, never the office's (round 49b).
_ASSISTANCE_BOX = re.compile(
    r"^(?:contatta\s+(?:il\s+comune|la\s+citt[aà]|il\s+municipio|l['’]\s*ente)|hai\s+bisogno\s+di\s+aiuto|"
    r"problemi\s+in\s+citt[aà])\b",
    re.I,
)
BOX_LINES = 8  # the box's actions: FAQ, assistance, the call, an appointment, a report of a fault
ACTION_CHARS = 60  # an action of the box is a short line
_CONTACT_VALUE = re.compile(r"@|\d{2,4}[\s./-]?\d{3}", re.I)
_SEAT_HEADER = re.compile(rf"\b{TOWN_OF}[A-ZÀ-Ý]", re.I)


def _assistance_box(lines: list[str]) -> set[int]:
    out: set[int] = set()
    for i, line in enumerate(lines):
        if len(line) > ACTION_CHARS or not _ASSISTANCE_BOX.match(line.strip()):
            continue
        for k in range(i + 1, min(len(lines), i + 1 + BOX_LINES)):
            if not lines[k].strip() or len(lines[k]) > ACTION_CHARS or OFFICE_WORDS.search(lines[k]):
                break
            out.add(k)
    return out


def _neighbours(lines: list[str], i: int) -> list[str]:
    """The nearest non-blank line above and below line i."""
    above = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].strip()), "")
    below = next((lines[k] for k in range(i + 1, len(lines)) if lines[k].strip()), "")
    return [above, below]


def _legal_contact_lines(lines: list[str], header: list[str]) -> set[int]:
    if not any(_SEAT_HEADER.search(line) for line in header):
        return set()
    out: set[int] = set()
    under = sum(len(line) for line in lines)
    above = 0  # at the page's tail (`_at_tail`): less text under the line than above it, counted in one pass
    for i, line in enumerate(lines):
        under -= len(line)
        above += len(line)
        if under >= above - len(line) or not _CONTACT_VALUE.search(line):
            continue
        near = _neighbours(lines, i)
        card = lines[max(0, i - BLOCK_LINES) : i + 2]  # an office's card at the tail names the office over its lines
        if any(LEGAL_CHROME.search(n) and len(n) <= ACTION_CHARS for n in near) and not any(
            OFFICE_WORDS.search(n) for n in card
        ):
            out.add(i)
    return out


def chrome_contact_lines(lines: list[str], header: list[str]) -> set[int]:
    """The lines of a comune site's chrome on a page read as text that carry a contact no office owns: the template's
    assistance box ("Contatta il comune" / "Chiama il numero ...") and a contact line among the legal links at the
    site's tail ("PEC ..." beside "Privacy | Note legali"), where `header` (the page's title and first lines) names a
    comune. An office's or an ambito's own site keeps its tail card (`text_footer`)."""
    return _assistance_box(lines) | _legal_contact_lines(lines, header)


# A comune's site names its owner in its brand line at the top ("Comune di Chiari", "Città di Suzzara - Sito
# istituzionale"): a short line that opens with the comune's name (round 51, docs/members.md §98).
BRAND_CHARS = 80
_BRAND = re.compile(rf"^\s*{TOWN_OF}(.+)", re.I)


def _brand(line: str) -> tuple[int, str] | None:
    """(where the line's name starts, the line lowercased) of a brand line, or None."""
    m = _BRAND.match(line) if len(line) <= BRAND_CHARS else None
    return (m.start(1), line.lower()) if m else None


def _opens_with(brand: tuple[int, str], name: str) -> bool:
    at, text = brand
    return text.startswith(name.lower(), at) and not text[at + len(name) : at + len(name) + 1].isalnum()


def owner_lone_card(
    blocks: list[tuple[int, int, str]], lines: list[str], titles: list[str], name_of: dict[str, str]
) -> set[int]:
    """Indexes in `blocks` (first line, last line, ISTAT) of the site owner's own card: the card of the comune the
    brand line names (in `titles`, the page's title and crumbs, or in the page's first lines above the card), standing
    alone (no other comune's card within SERIES_GAP_LINES of it), wherever it sits (the footer, a "Contatti" or
    "Orari e contatti" box), with or without its fiscal identity. A series of cards is a page of comuni's contacts,
    and another comune's card is content: both kept."""
    heads = [(-1, _brand(line)) for line in titles] + [
        (i, _brand(line)) for i, line in enumerate(lines[:OWNER_HEADER_LINES])
    ]
    brands = [(i, b) for i, b in heads if b]
    out: set[int] = set()
    if not brands:
        return out
    for n, (first, last, code) in enumerate(blocks):
        before = n > 0 and first - blocks[n - 1][1] <= SERIES_GAP_LINES
        after = n + 1 < len(blocks) and blocks[n + 1][0] - last <= SERIES_GAP_LINES
        if not (before or after) and any(i < first and _opens_with(b, name_of[code]) for i, b in brands):
            out.add(n)
    return out

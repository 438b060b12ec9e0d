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
"""

from __future__ import annotations

import re

from crawler.parsers.identity_footer import IDENTITY
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
    above = sum(len(line) for line in lines[: card[0]])
    below = sum(len(line) for line in lines[card[1] + 1 :])
    return blocks if below >= above else [b for b in blocks if b is not card]

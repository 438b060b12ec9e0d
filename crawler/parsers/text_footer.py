"""The site's legal-identity footer on a page read as text. Every Italian public body's site ends each page with its
name, seat, "Codice fiscale" / "P. IVA", PEC and switchboard; in HTML the `<footer>` is dropped (and
`identity_footer.py` drops an old layout's last block), but a page read as text keeps it, and its "Comune di X" card
under the content reads as that comune's contacts. It is the publisher's chrome: neither the comune's fact about
the ambito nor evidence that the comune is a member.
"""

from __future__ import annotations

from crawler.parsers.identity_footer import IDENTITY
from crawler.records import Contacts

Block = tuple[int, int, str, Contacts]  # first line, last line, ISTAT, contacts

_CARD_TAIL = 2  # the fiscal code may close the card on the line after its last contact line


def _holds_identity(block: Block, lines: list[str]) -> bool:
    return any(IDENTITY.search(line) for line in lines[block[0] : block[1] + 1 + _CARD_TAIL])


def without_site_identity(blocks: list[Block], lines: list[str]) -> list[Block]:
    """The blocks but the site's identity footer: the one card with a fiscal identity, with less text under it than
    above it (the page's tail). Several cards with their fiscal codes are a page of comuni's contacts: all kept."""
    with_identity = [b for b in blocks if _holds_identity(b, lines)]
    if len(with_identity) != 1:
        return blocks
    footer = with_identity[0]
    above = sum(len(line) for line in lines[: footer[0]])
    below = sum(len(line) for line in lines[footer[1] + 1 :])
    return blocks if below >= above else [b for b in blocks if b is not footer]

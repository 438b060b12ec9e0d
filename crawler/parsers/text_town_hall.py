"""The comune's identity block at the tail of a page read as text, handed to the footer's town-hall rule (round 46b).

In HTML a comune site's `<footer>` ("Comune di X · Piazza ... · C.F. ... · PEC protocollo@... · Centralino ...") is
chrome, and `office.without_town_hall_mail` keeps its PEC and e-mail out of the office's contacts unless the office's
own lines name them. A page flattened to text has no `<footer>`: the same block is its last lines, inside the office's
scope on a page about the office, and the town hall's PEC became the office's. A careful reader knows the block by
marks together: a line opening with the comune's name ("Comune di X", "Città di X", "Municipio di X"), its fiscal
identity ("Codice fiscale", "P. IVA", "C.F.") within a few lines under it, less text below it than above (the page's
tail), and no line of it or just above it naming the office (an office card "Ufficio di Piano / presso Comune di X /
... / C.F." is the office's seat, not the town hall's footer).
"""

from __future__ import annotations

import re

from crawler.parsers.contacts import OFFICE_WORDS
from crawler.parsers.identity_footer import IDENTITY
from crawler.parsers.office import OPENS_WITH_COMUNE
from crawler.records import Contacts

IDENTITY_REACH = 3  # the fiscal code sits on one of the lines right under the comune's name
BLOCK_LINES = 6  # name, seat, fiscal code, PEC, switchboard, e-mail
_ABOVE = 2  # an office card's heading sits just above its "presso Comune di X" line


def town_hall_block(lines: list[str]) -> str | None:
    """The comune's identity block at the page's tail, its lines parted by " · " as a footer's are, or None."""
    for i in range(len(lines) - 1, -1, -1):
        if not OPENS_WITH_COMUNE.match(lines[i]):
            continue
        if not any(IDENTITY.search(line) for line in lines[i + 1 : i + 1 + IDENTITY_REACH]):
            continue
        block = lines[i : i + BLOCK_LINES]
        if any(OFFICE_WORDS.search(line) for line in lines[max(0, i - _ABOVE) : i + BLOCK_LINES]):
            return None
        above = sum(len(line) for line in lines[:i])
        below = sum(len(line) for line in lines[i + BLOCK_LINES :])
        return " · ".join(block) if below < above else None
    return None


def _squeezed(text: str) -> str:
    return re.sub(r"\W", "", text.lower())


def without_hall_seat(found: Contacts, block: str, office_lines: list[str]) -> None:
    """Drop the office's address where it is the town hall's seat that the block gives ("Via Gramsci 21 - 20851
    Lissone"), unless a line naming the office gives that street too (an office hosted in the town hall)."""
    if found.address is None or not found.address.street:
        return
    street = _squeezed(found.address.street)
    if street not in _squeezed(block):
        return
    if not any(OFFICE_WORDS.search(line) and street in _squeezed(line) for line in office_lines):
        found.address = None

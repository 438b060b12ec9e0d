"""A comune's name that closes a list of members ("... / SAN VITTORE OLONA / VILLA CORTESE") right above a page's next
sections ("Come fare" / "Contatti" / "Segretariato Sociale" / "Telefono: ..."): an item of the list, not the head of a
contact card. A careful reader takes a name for a card's head only when its contact lines sit right under it ("Comune
di Bresso" / "Indirizzo: ..." / "Tel: ...", kept even when the names also make a list of members); the contacts a
few headings further down are some desk's, not that comune's.
"""

from __future__ import annotations

from crawler.parsers import contacts as ct


def _contact_line(line: str) -> bool:
    return bool(
        ct.LABEL_RE.match(line) or ct.EMAIL_RE.search(line) or ct.STREET_RE.match(line) or ct.phones_in(line[:200])
    )


def list_items(blocks: list[tuple[int, str]], lists: list[tuple[int, int]], lines: list[str]) -> set[int]:
    """Indices in `blocks` (head line, ISTAT) of the heads that are items of a list (`lists`: first and last line of
    each member list) with no contact line right under them."""
    return {
        n
        for n, (head, _) in enumerate(blocks)
        if any(lo <= head <= hi for lo, hi in lists) and not (head + 1 < len(lines) and _contact_line(lines[head + 1]))
    }

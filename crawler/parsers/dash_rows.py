"""A table written as text lines with a dash for its column rule: "Marnate – Piazza Sant'Ilario 1 – 0331 368 230",
one comune's desk or town hall a line, as a call's "sportelli dei Comuni", a service's directory or a PDF's
appendix write it. Its cells are the comune's street and phone, read as a " | " table row's cells are
(`members.row_contacts`)."""

import re

from crawler.parsers import contacts as ct
from crawler.parsers import members as mb
from crawler.records import Contacts
from crawler.reference.comuni import NameResolver

# a spaced en dash, em dash or hyphen between cells; "Gorla Minore" keeps its space, "Sant-Ilario" its hyphen
_RULE = re.compile(r"\s+[–—-]\s+")
ROW_CHARS = 200  # a row is short: a run-on line of a text is no row
MIN_ROWS = 2  # one such line is a signature or a footer, two in a row are a table
MAX_CELLS = 4  # name, street, phone and perhaps an email: more cells are two rows the page ran together


def _row(line: str, resolver: NameResolver) -> tuple[str, Contacts] | None:
    """The comune and contacts of a line "Name – street – phone", if it is one."""
    if len(line) > ROW_CHARS:
        return None
    cells = _RULE.split(line.strip())
    if not 3 <= len(cells) <= MAX_CELLS or not mb.looks_like_name(cells[0]):
        return None
    if not any(ct.STREET_RE.search(c) for c in cells[1:]):
        return None
    code = _code(cells[0], resolver)
    if not code:
        return None
    found = mb.row_contacts(cells, 0, [])
    return (code, found) if found.phones and found.address else None


def _code(name: str, resolver: NameResolver) -> str | None:
    found = resolver.resolve(name, fuzzy=False)
    return found.istat if found else None


def dash_rows(lines: list[str], start: int, resolver: NameResolver) -> dict[int, tuple[str, Contacts]]:
    """The rows of the dash table that begins at line `start` (none unless MIN_ROWS lines in a row are rows)."""
    rows: dict[int, tuple[str, Contacts]] = {}
    n = start
    while n < len(lines):
        row = _row(lines[n], resolver)
        if row:
            rows[n] = row
        elif not (rows and n + 1 < len(lines) and _row(lines[n + 1], resolver)):
            break  # one line between rows that is none (two rows the page ran together) leaves the table open
        n += 1
    return rows if len(rows) >= MIN_ROWS else {}

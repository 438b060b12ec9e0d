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
MAX_RUN_ROWS = 20  # rows run together on one line: a directory's page, not a text's run-on line
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


# where a row the text's reader ran onto the one before begins: after the last figure of a phone, a name and a rule
_NEXT_ROW = re.compile(r"(?<=\d)\s+(?=[A-ZÀ-Ý][^\d|–—-]{1,45}?\s[–—-]\s)")


def _rows(line: str, resolver: NameResolver) -> list[tuple[str, Contacts]] | None:
    """The rows of one line (several when the reader ran them together), or None unless each piece is a row."""
    if not line or len(line) > ROW_CHARS * MAX_RUN_ROWS:
        return None
    rows = [_row(piece, resolver) for piece in _NEXT_ROW.split(line)]
    return None if None in rows else [row for row in rows if row]


def dash_rows(lines: list[str], resolver: NameResolver) -> dict[str, tuple[int, Contacts]]:
    """Each comune's (line, contacts) in the page's dash tables (MIN_ROWS rows in a row, or more)."""
    found: dict[str, tuple[int, Contacts]] = {}
    table: list[tuple[int, str, Contacts]] = []
    for n, line in enumerate([*lines, ""]):
        rows = _rows(line, resolver)
        if rows:
            table += [(n, code, contacts) for code, contacts in rows]
            continue
        if len(table) >= MIN_ROWS:
            for k, code, contacts in table:
                found.setdefault(code, (k, contacts))
        table = []
    return found

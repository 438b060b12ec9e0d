"""A table flattened into a rendered page's text, one cell a line: "Comune" / "Ruolo" / "Castano Primo" / "Ente
capofila" / "Arconate" / "Comune associato" / .... Read line by line, each role cell sits between two comuni and reads
as the label of the next ("Ente capofila" / "Arconate": the wrong holder), and the roles break the list. A careful
reader sees the header's cells (the first names the comune's column), then rows of as many cells, each opening with a
comune and going on with words (a role, a status, a zone) or links, or a directory's figures (inhabitants, area)
with the comune's website or mailbox (a web address on a line of its own breaks a list): the table's rows, joined
back as " | " rows. The comune's cell may carry a note in brackets ("Seriate (capofila)"). A comune's figures alone,
or beside words, are left as they are: the lists read them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from crawler.parsers.document import Document
from crawler.reference.comuni import NameResolver

# closed vocabulary: the first header cell of a column of comuni
_COMUNE_COLUMN = re.compile(r"^(?:comun[ei]|ent[ei]|municipi[oi]|denominazione)(?:\s+\w+){0,2}$", re.I)
_HEADER_CELL = re.compile(r"^[^\d.;:!?|]{2,30}$")  # short, no figure, no sentence
_WORD_CELL = re.compile(r"^[^\d|]{2,40}$")  # a role or status: words, no figure
# a directory's cells: "8.400" inhabitants, "12,5" km², and the comune's "www.comune.x.it" or mailbox
_FIGURE = re.compile(r"^\d{1,3}(?:[.\s]\d{3})*(?:,\d+)?$")
_LINK = re.compile(r"^(?:(?:https?://|www\.)\S+|[\w.-]+@[\w.-]+)$")
_COMUNE_PREFIX = re.compile(r"^(?:comune|citt[àa])\s+di\s+", re.I)
_NOTE = re.compile(r"\s*\([^()]{1,30}\)$")  # the comune's note in brackets: "Seriate (capofila)", "Rho (sede)"
MIN_ROWS = 3
WIDTHS = (2, 3, 4)


def _comune(line: str, resolver: NameResolver) -> bool:
    res = resolver.resolve(_NOTE.sub("", _COMUNE_PREFIX.sub("", line)), fuzzy=False)
    return bool(res) and res.method != "fuzzy"


def _row_cells(cells: list[str], resolver: NameResolver) -> bool:
    """Whether the cells after a comune's are a row's: words (a role, a status, a zone) or links, naming no comune;
    figures only in a directory's row, with the comune's link or mailbox and no words. A comune's figures alone, or
    beside words, the lists read as they are (joining those rows gave a clean set's table to the wrong ambito)."""
    if any(_comune(c, resolver) for c in cells):
        return False
    if any(_FIGURE.match(c) for c in cells):
        return all(_FIGURE.match(c) or _LINK.match(c) for c in cells) and any(_LINK.match(c) for c in cells)
    return all(_WORD_CELL.match(c) or _LINK.match(c) for c in cells)


def _rows(lines: list[str], at: int, width: int, resolver: NameResolver) -> int:
    """How many rows of `width` cells start at line `at`: a comune, then the cells of its row."""
    n = 0
    while at + (n + 1) * width <= len(lines):
        row = lines[at + n * width : at + (n + 1) * width]
        if not _comune(row[0], resolver) or not _row_cells(row[1:], resolver):
            break
        n += 1
    return n


def rejoined(doc: Document, resolver: NameResolver) -> Document:
    """The text page with each table flattened one cell a line joined back into " | " rows; else the page as is."""
    if not any(_COMUNE_COLUMN.match(line) for line in doc.lines):
        return doc  # (most pages: no header of a comuni's column)
    lines, levels, groups = [], [], []
    i = 0
    while i < len(doc.lines):
        width = next(
            (
                w
                for w in WIDTHS
                if _COMUNE_COLUMN.match(doc.lines[i])
                and not _comune(doc.lines[i], resolver)  # "Comune di Adro": a gallery's caption, no column's header
                and all(_HEADER_CELL.match(cell) for cell in doc.lines[i : i + w])
                and _rows(doc.lines, i + w, w, resolver) >= MIN_ROWS
            ),
            None,
        )
        if width is None:
            lines.append(doc.lines[i])
            levels.append(doc.levels[i])
            groups.append(doc.groups[i])
            i += 1
            continue
        rows = 1 + _rows(doc.lines, i + width, width, resolver)
        for r in range(rows):
            at = i + r * width
            lines.append(" | ".join(doc.lines[at : at + width]))
            levels.append(0)
            groups.append(doc.groups[i])
        i += rows * width
    return replace(doc, lines=lines, levels=levels, groups=groups)

"""A table flattened into a rendered page's text, one cell a line: "Comune" / "Ruolo" / "Castano Primo" / "Ente
capofila" / "Arconate" / "Comune associato" / .... Read line by line, each role cell sits between two comuni and reads
as the label of the next ("Ente capofila" / "Arconate": the wrong holder), and the roles break the list. A careful
reader sees the header's cells (the first names the comune's column), then rows of as many cells, each opening with a
comune and going on with words (a role, a status, a zone) or links, or a directory's figures (inhabitants, area)
with the comune's website or mailbox (a web address on a line of its own breaks a list): the table's rows, joined
back as " | " rows. The comune's cell may carry a note in brackets ("Seriate (capofila)"). A comune's figures alone,
or beside words, are left as they are: the lists read them.

A table whose rows are ambiti ("Ambito" / "Ente capofila" / "Comuni" / "Abitanti" over "Legnanese" / "Comune di Legnano"
/ "Busto Garolfo, Canegrate, ..." / "188.412") flattens the same way: its header names the ambito's column and a column
of their capofila or comuni (`names.ambito_table_column`), and each row opens with the ambito's name and holds a comune
in a later cell; a row that names none ("Totale", a row whose cells say "vedi voce") ends the table.
"""

from __future__ import annotations

import re
from dataclasses import replace

from crawler.parsers.document import LABEL_LEVEL, Document
from crawler.parsers.names import ambito_table_column, names_by_comune
from crawler.reference.comuni import NameResolver

# closed vocabulary: the first header cell of a column of comuni
_COMUNE_COLUMN = re.compile(r"^(?:comun[ei]|ent[ei]|municipi[oi]|denominazione)(?:\s+\w+){0,2}$", re.I)
# short, no figure, no sentence; a word's abbreviation dot is no sentence's end ("N. comuni", "Pop. residente"), nor
# an initialism's ("C.A.P.")
_HEADER_CELL = re.compile(r"^(?:[^\d.;:!?|]|(?<=[^\W\d_])\.(?=\s|$|[^\W\d_]\.)){2,30}$")
_WORD_CELL = re.compile(r"^[^\d|]{2,40}$")  # a role or status: words, no figure
# a directory's cells: "8.400" inhabitants, "12,5" km², and the comune's "www.comune.x.it" or mailbox
_FIGURE = re.compile(r"^\d{1,3}(?:[.\s]\d{3})*(?:,\d+)?$")
_LINK = re.compile(r"^(?:(?:https?://|www\.)\S+|[\w.-]+@[\w.-]+)$")
# a comune's codes: its postal code "25061", ISTAT code "017024", cadastral code "B157", province "BS" or "(BS)"
_CODE = re.compile(r"^(?:\d{5,6}|[A-Z]\d{3}|\(?[A-Z]{2}\)?)$")
_COMUNE_PREFIX = re.compile(r"^(?:comune|citt[àa])\s+di\s+", re.I)
_NOTE = re.compile(r"\s*\([^()]{1,30}\)$")  # the comune's note in brackets: "Seriate (capofila)", "Rho (sede)"
_ASIDE = re.compile(r"\s*\([^()]*\)")  # a header's aside: "Popolazione (2023)", "Abitanti (ISTAT)"
_NAME_CELL = re.compile(r"^(?=.*[^\W\d_])[^|]{2,60}$")  # an ambito's name: words, maybe its number ("Distretto 4")
_CELL = re.compile(r"^[^|]{1,800}$")  # any one cell of an ambito's row: a name, a capofila, a list, a figure
_LIST_ITEM = re.compile(r"\s*[,;]\s*")
# closed vocabulary: a heading that names the table below the ambito's own comuni ("I Comuni dell'Ambito", "Comuni
# aderenti al Piano di Zona"): its licence to join rows of figures beside words. An Unione's or a park's comuni
# ("I Comuni aderenti all'Unione") are not the ambito's: no licence
_MEMBERS_HEADING = re.compile(
    r"^(?:(?:i|gli)\s+)?(?:comuni|enti)\s+(?:(?:aderenti|associati|soci)\s+)?"
    r"(?:dell['’]\s*ambito|del\s+piano\s+di\s+zona|all['’]\s*ambito|al\s+piano\s+di\s+zona)\b[^.;:!?|]{0,60}$",
    re.I,
)
MIN_ROWS = 3
MIN_AMBITO_ROWS = 2  # two ambiti under their header are a table already
WIDTHS = (2, 3, 4)
AMBITO_WIDTHS = (3, 4, 5)


def _comune(line: str, resolver: NameResolver) -> bool:
    res = resolver.resolve(_NOTE.sub("", _COMUNE_PREFIX.sub("", line)), fuzzy=False)
    return bool(res) and res.method != "fuzzy"


def _row_cells(cells: list[str], named: set[int], resolver: NameResolver, members: bool = False) -> bool:
    """Whether the cells after a comune's are a row's: words (a role, a status, a zone) or links, naming no comune but
    in a column of the comune's ambito or capofila; the comune's codes only (its CAP, province, ISTAT or cadastral
    code) in a register's row; figures only in a directory's row, with the comune's link or mailbox and no words. A
    comune's figures alone, or beside words, the lists read as they are (joining those rows gave a clean set's table
    to the wrong ambito), unless the heading above names the table the ambito's comuni (`members`): then figures
    (inhabitants, a share) beside words (a desk, a day) are that comune's row too."""
    if any(k not in named and _comune(cell, resolver) for k, cell in enumerate(cells, 1)):
        return False
    if all(_CODE.match(cell) for cell in cells):
        return True  # a register's row: the comune and its codes ("Bovegno" / "25061"), figures of no count
    if members and all(_FIGURE.match(c) or _WORD_CELL.match(c) or _LINK.match(c) for c in cells):
        return True
    if any(_FIGURE.match(cell) for cell in cells):
        return all(_FIGURE.match(c) or _LINK.match(c) for c in cells) and any(_LINK.match(c) for c in cells)
    return all(_WORD_CELL.match(cell) or _LINK.match(cell) for cell in cells)


def _rows(lines: list[str], at: int, width: int, resolver: NameResolver, members: bool = False) -> int:
    """How many rows of `width` cells start at line `at`: a comune, then the cells of its row; under a header of the
    comune's ambito or capofila ("Comune" / "Ambito" / "Comune capofila" over "Bresso" / "Cinisello Balsamo" /
    "Cinisello Balsamo") those cells name an ambito by its comune."""
    head = lines[at - width : at]
    named = {k for k, cell in enumerate(head) if k and names_by_comune(cell)}
    n = 0
    while at + (n + 1) * width <= len(lines):
        row = lines[at + n * width : at + (n + 1) * width]
        if not _comune(row[0], resolver) or not _row_cells(row[1:], named, resolver, members):
            break
        n += 1
    return n


def _names_comune(cell: str, resolver: NameResolver) -> bool:
    """A cell that is a comune ("Comune di Legnano") or a list opening with one ("Busto Garolfo, Canegrate")."""
    return _comune(_LIST_ITEM.split(cell.strip())[0], resolver)


def _ambito_row(row: list[str], resolver: NameResolver) -> bool:
    """An ambito's row: its name, then cells of which one names a comune (a "Totale" row names none)."""
    return (
        len(row) > 1
        and bool(_NAME_CELL.match(row[0]))
        and all(_CELL.match(cell) for cell in row[1:])
        and any(_names_comune(cell, resolver) for cell in row[1:])
    )


def _ambito_rows(doc: Document, at: int, width: int, resolver: NameResolver) -> list[range]:
    """The rows of an ambiti's table from line `at`. Under a header that is one paragraph each row is one too (as many
    cells or fewer: a figure the text joined to the list before it); else rows of `width` lines."""
    lines, groups = doc.lines, doc.groups
    paragraphs = groups[at - width] == groups[at - 1] != groups[at] if at < len(lines) else False
    rows: list[range] = []
    while at < len(lines):
        end = at + width
        if paragraphs:
            end = at
            while end < len(lines) and groups[end] == groups[at]:
                end += 1
        if end - at > width or end > len(lines) or not _ambito_row(lines[at:end], resolver):
            break
        rows.append(range(at, end))
        at = end
    return rows


def _table(doc: Document, i: int, resolver: NameResolver) -> tuple[list[range], int] | None:
    """The header's and the rows' lines, and the header's level, of a table flattened one cell a line whose header
    starts at line `i`. A table of ambiti's header is a label row, as in a page's markup: its rows' capofila read it."""
    lines = doc.lines
    if _COMUNE_COLUMN.match(lines[i]) and not _comune(lines[i], resolver):  # "Comune di Adro": a caption, no header
        members = bool(i) and bool(_MEMBERS_HEADING.match(lines[i - 1]))
        header = _WORD_CELL if members else _HEADER_CELL  # under the heading, a column's longer name too
        for w in WIDTHS:
            if all(header.match(cell) for cell in lines[i : i + w]):
                n = _rows(lines, i + w, w, resolver, members)
                if n >= MIN_ROWS:
                    return [range(i + r * w, i + (r + 1) * w) for r in range(n + 1)], 0
    if ambito_table_column([lines[i], "comuni"]) != 0:
        return None  # (most lines: no ambito's column heads them)
    if i and doc.groups[i - 1] == doc.groups[i]:
        return None  # a header paragraph that opens before: the "Ambito" cell is not its first ("Progetto" / "Ambito")
    paragraph = next((k for k in range(i, len(lines)) if doc.groups[k] != doc.groups[i]), len(lines)) - i
    for w in (paragraph,) if paragraph in AMBITO_WIDTHS else AMBITO_WIDTHS:  # a header paragraph is the whole header
        head = [_ASIDE.sub("", cell) for cell in lines[i : i + w]]
        if len(head) == w and all(_HEADER_CELL.match(cell) for cell in head) and ambito_table_column(head) == 0:
            rows = _ambito_rows(doc, i + w, w, resolver)
            if len(rows) >= MIN_AMBITO_ROWS:
                return [range(i, i + w), *rows], LABEL_LEVEL
    return None


def rejoined(doc: Document, resolver: NameResolver) -> Document:
    """The text page with each table flattened one cell a line joined back into " | " rows; else the page as is."""
    if not any(_COMUNE_COLUMN.match(line) or ambito_table_column([line, "comuni"]) == 0 for line in doc.lines):
        return doc  # (most pages: no header of a comuni's or an ambito's column)
    lines, levels, groups = [], [], []
    i = 0
    while i < len(doc.lines):
        table = _table(doc, i, resolver)
        if table is None:
            lines.append(doc.lines[i])
            levels.append(doc.levels[i])
            groups.append(doc.groups[i])
            i += 1
            continue
        rows, header_level = table
        width = len(rows[0])
        for r, row in enumerate(rows):  # a row the text left short (a figure joined to the list) keeps the columns
            lines.append(" | ".join(doc.lines[row.start : row.stop] + [""] * (width - len(row))))
            levels.append(header_level if r == 0 else 0)
            groups.append(doc.groups[i])
        i = rows[-1].stop
    return replace(doc, lines=lines, levels=levels, groups=groups)

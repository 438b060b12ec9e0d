"""A table typed with spaces in a text document (a `.txt` act, a PDF's `-layout` text) is read as a table.

A roll call, a population or quota annex, a signatories' table keeps its columns only as runs of spaces ("AZZATE
XXXXXX   Sindaco   P"), so its rows read as one line of words, a comune run on into its sitter's name and role. A
header line of short labels, the first the comuni's ("COMUNE   RUOLO   PRESENZA"), and the rows under it whose second
cell starts under the header's second label are rewritten with their cells joined by " | ", the way a markup table's
rows are, so the member lists read them as table rows. Two columns of a numbered list or of prose have no such header
and stay as they are.
"""

from __future__ import annotations

import re

_CELL = re.compile(r"\S+(?: \S+)*")  # a cell: words parted by single spaces
# a header's label: up to three words, no figure first, and perhaps the unit its column's figures are in ("QUOTA %",
# "Importo (€)", "Superficie km²", "Quota (‰)"): a unit is a sign, or a short word in brackets, the label's last
_UNIT = r"(?: ?(?:%|€|‰|km²|\((?:%|€|‰|km²|[^\W\d_][\w.]{0,5})\)))?"
_LABEL = re.compile(rf"[^\W\d_][\w'’/.°]*(?: [\w'’/.°]+){{0,2}}{_UNIT}")
MIN_LABELS = 3  # a header of two labels is as likely two columns of prose ("Il Presidente   Il Segretario")
MIN_ROWS = 2
SLACK = 3  # columns typed or extracted a few characters apart still line up


def _cells(line: str) -> list[tuple[int, str]]:
    """(column, text) of each cell of a line, cells parted by two spaces or more; on a line parted by tabs (a
    spreadsheet's or a word processor's table pasted as text) each tab parts a cell, its column the cell's rank, as
    tabs stop at no fixed character."""
    if "\t" in line.strip():
        return [(k, text.strip()) for k, text in enumerate(line.split("\t")) if text.strip()]
    out: list[tuple[int, str]] = []
    for m in _CELL.finditer(line):
        if out and m.start() - (out[-1][0] + len(out[-1][1])) < 2:
            col, text = out.pop()
            out.append((col, f"{text} {m.group()}"))
        else:
            out.append((m.start(), m.group()))
    return out


# the first column holds the comuni (or the bodies, comuni among them, of a signatories' table); a table of ambiti or
# of figures keeps its own reading; "Comune di X" is a row's comune, not a column's label
_FIRST_LABEL = re.compile(r"(?:comun[ei]|ent[ei])\b(?!\s+(?:di|del|della|dell'|d')\b)", re.I)


# a column of the sitters' names: the member lists read such a roll call as it is typed (`members._Text.sitter_rows`)
_NAME_LABEL = re.compile(r"(?:nome|cognome|nominativo)\b", re.I)


def _header(cells: list[tuple[int, str]]) -> bool:
    """Labels only, the first one the comuni's, none said twice, none a column of names: a header that repeats its
    labels ("Comune  Presenza  Comune  Presenza") heads two tables side by side, which the member lists read as two
    columns already, and a table of sitters by name ("Comune  Nome  Ruolo") is read as a roll call."""
    labels = [text.lower() for _, text in cells]
    return (
        len(cells) >= MIN_LABELS
        and bool(_FIRST_LABEL.match(labels[0]))
        and len(set(labels)) == len(labels)
        and not any(_NAME_LABEL.match(label) for label in labels)
        and all(_LABEL.fullmatch(text) for _, text in cells)
    )


def _row_under(cells: list[tuple[int, str]], header: list[tuple[int, str]]) -> bool:
    return len(cells) >= 2 and abs(cells[0][0] - header[0][0]) <= SLACK and abs(cells[1][0] - header[1][0]) <= SLACK


def as_tables(lines: list[str]) -> list[str]:
    """The lines, with each table typed with spaces (a header of labels, then two rows or more under it) written
    as rows of cells joined by " | "."""
    out = list(lines)
    n = 0
    while n < len(lines):
        header = _cells(lines[n]) if "  " in lines[n] or "\t" in lines[n] else []
        if not _header(header):
            n += 1
            continue
        end = n + 1
        while end < len(lines) and _row_under(_cells(lines[end]), header):
            end += 1
        if end - n - 1 >= MIN_ROWS:
            for k in range(n, end):
                out[k] = " | ".join(text for _, text in _cells(lines[k]))
        n = end
    return out


# a header cell that names an ambito (or a district of one): "AMBITO RHODENSE", "Ambito di Garbagnate Milanese"
_AMBITO_LABEL = re.compile(r"(?:ambito|distretto)\s+\S", re.I)
EMPTY_CELL = "–"  # a column's list ended before the others': its cell in the rows below


def ambito_columns(lines: list[str]) -> list[str]:
    """The lines, with each typed table of side-by-side lists headed by ambiti ("AMBITO RHODENSE     AMBITO DI
    GARBAGNATE MILANESE" over "Arese     Baranzate", a joint plan's or an accord's text) written as rows of cells
    joined by " | ", a column's missing cell as "–", so each column's comuni go to the ambito above it, the way a
    markup table's columns do; read as lines, the two lists run on into one."""
    out = list(lines)
    n = 0
    while n < len(lines):
        header = _cells(lines[n]) if "  " in lines[n] else []
        if len(header) < 2 or not all(_AMBITO_LABEL.match(text) for _, text in header):
            n += 1
            continue
        starts = [col for col, _ in header]
        end = n + 1
        rows: list[list[str]] = []
        while end < len(lines) and (cells := _cells(lines[end])):
            at = [min(range(len(starts)), key=lambda k: abs(starts[k] - col)) for col, _ in cells]
            off = any(abs(starts[k] - col) > SLACK for k, (col, _) in zip(at, cells, strict=True))
            if off or len(set(at)) < len(at):
                break  # a line that is no row of these columns (prose under the table)
            row = [EMPTY_CELL] * len(starts)
            for k, (_, text) in zip(at, cells, strict=True):
                row[k] = text
            rows.append(row)
            end += 1
        if len(rows) >= MIN_ROWS:
            out[n] = " | ".join(text for _, text in header)
            out[n + 1 : end] = [" | ".join(row) for row in rows]
        n = end
    return out

"""A comune-by-comune table's rows, gathered by the ambito each row names.

A "find your ambito" table lists comuni one a row with their ambito in a column ("Comune | Provincia | Ambito" over
"Arconate | MI | Castanese", "Busto Garolfo | MI | Legnanese", ...), sorted by comune: the ambiti interleave. A reader
takes each ambito's comuni from the rows that name it, wherever they stand; the extractor reads lists as runs of
adjacent lines, so the rows are brought together first, each ambito's in the order they came, the ambiti in the order
each first appears. A table whose ambiti already come one block each is left as it is.
"""

from __future__ import annotations


def gathered(
    lines: list[str], levels: list[int], origin: list[int], columns: dict[int, tuple[int, int]]
) -> tuple[list[str], list[int], list[int]]:
    """The lines, levels and origins with each interleaved ambito table's rows gathered by their ambito cell.
    `columns` is `names.ambito_columns(lines)`; rows only change places among themselves, so it holds after too."""
    tables: dict[int, list[tuple[int, str]]] = {}  # header line -> (row line, its ambito cell)
    for row, (col, header) in columns.items():
        tables.setdefault(header, []).append((row, lines[row].split(" | ")[col].strip().lower()))
    order = list(range(len(lines)))
    for rows in tables.values():
        cells = [cell for _, cell in rows]
        blocks = [cell for k, cell in enumerate(cells) if k == 0 or cell != cells[k - 1]]
        if not all(cells) or len(blocks) == len(set(blocks)):
            continue  # a row without an ambito, or each ambito's rows together already
        first = {cell: k for k, cell in reversed(list(enumerate(cells)))}
        ranked = sorted(range(len(rows)), key=lambda k: first[cells[k]])
        for slot, k in zip((row for row, _ in rows), ranked, strict=True):
            order[slot] = rows[k][0]
    if order == list(range(len(lines))):
        return lines, levels, origin
    return [lines[i] for i in order], [levels[i] for i in order], [origin[i] for i in order]

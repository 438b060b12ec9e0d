"""Numbered items that a PDF's reading order put before the list they continue (round 41c, `docs/members.md` §74).

Two numbered lists laid out in columns or across a page break ("Ambito di A:" 1-15, "Ambito di B:" 1-11) come out of a
PDF's text layer interleaved: B's items 6-11 between A's 15 and 16, B's 1-5 after A's 17. A reader follows the numbers:
items that continue no list above them but do continue one below (its last number is one less than their first) are
that list's, and are read right after it. A list whose numbers go on from the list above stays where it is.
"""

from __future__ import annotations

import re

_NUMBERED = re.compile(r"^(\d{1,3})[.)]\s+\S")


def _blocks(lines: list[str], levels: list[int]) -> list[tuple[int, int, int, int]]:
    """(first line, end line, first number, last number) of each run of lines numbered one after the other."""
    out: list[tuple[int, int, int, int]] = []
    for i, line in enumerate(lines):
        m = _NUMBERED.match(line) if not levels[i] else None
        if not m:
            continue
        n = int(m.group(1))
        if out and out[-1][1] == i and out[-1][3] + 1 == n:
            first, _, start, _ = out[-1]
            out[-1] = (first, i + 1, start, n)
        else:
            out.append((i, i + 1, n, n))
    return out


def followed(lines: list[str], levels: list[int], origin: list[int]) -> tuple[list[str], list[int], list[int]]:
    """The lines, levels and origins with each run of numbered items moved to right after the list it continues,
    when that list comes after it and no list above it ends where it starts."""
    blocks = _blocks(lines, levels)
    moves: dict[int, tuple[int, int]] = {}  # the end line of the list continued -> the run moved after it
    for k, (first, end, start, _) in enumerate(blocks):
        if start == 1 or any(b[3] + 1 == start for b in blocks[:k]):
            continue
        after = next((b for b in blocks[k + 1 :] if b[3] + 1 == start and b[2] == 1), None)
        if after is not None and after[1] not in moves:
            moves[after[1]] = (first, end)
    if not moves:
        return lines, levels, origin
    moved = {i for first, end in moves.values() for i in range(first, end)}
    order: list[int] = []
    for i in range(len(lines)):
        if i not in moved:
            order.append(i)
        if i + 1 in moves:
            order.extend(range(*moves[i + 1]))
    return [lines[i] for i in order], [levels[i] for i in order], [origin[i] for i in order]

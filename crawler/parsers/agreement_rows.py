"""A comune's register of its agreements with other bodies ("Oggetto | Enti | Ente capofila | Durata | Atto", as its
transparency section lists them): each row's comuni are the parties to that row's own agreement. They are the ambito's
only on the row whose object is the ambito's own agreement (its Piano di Zona, accordo di programma, Ufficio di Piano);
a row of another service the comuni run together (tutela minori, segreteria comunale, a library system) lists that
service's comuni, even where the ambito is named in the next row."""

from __future__ import annotations

import re

from crawler.parsers.capofila import AMBITO_WORDS

# the first header cell of such a register: the agreement's object, its kind or its title
_REGISTER_HEAD = re.compile(
    r"^\s*(?:oggetto|convenzion[ei]|accord[oi]|tipologia|titolo)"
    r"(?:\s+(?:di\s+|della\s+|dell['’]\s*)?(?:convenzione|accordo))?\s*(?:\||$)",
    re.I,
)
_OWN_OBJECT = re.compile(AMBITO_WORDS.pattern + r"|\bdistrett[oi]\b|\b(?:l\.|legge)\s*(?:n\.\s*)?328\b", re.I)


def register_header(lines: list[str], levels: list[int], n: int) -> str | None:
    """The header of the agreements register whose row is line `n`, its rows one a line or apart (a text page leaves
    a blank line between them); None if the row is no such register's."""
    k = n
    while k > 0 and not levels[k - 1] and " | " in lines[k - 1]:
        k -= 1  # up the rows to the header above them
    head = k - 1
    ok = " | " in lines[n] and head >= 0 and levels[head] and _REGISTER_HEAD.match(lines[head])
    return lines[head] if ok else None


def another_agreements_row(lines: list[str], levels: list[int], n: int, col: int) -> bool:
    """Whether the run at column `col` of line `n` lies in a later cell of an agreements register's row whose object
    (its first cell) is not the ambito's own agreement."""
    first = lines[n].split(" | ")[0]
    return col > len(first) and bool(register_header(lines, levels, n)) and not _OWN_OBJECT.search(first)

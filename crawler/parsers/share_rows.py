"""A table of sums per ambito: a region's or an ATS's allocation ("riparto") of a fund, one ambito a row, each with
its amount ("Ambito di Rho (capofila Rho)   1.234.567,00", "Ambito di Melzo   € 311.980,00"). It names ambiti, at
times their capofila, and states no membership: an ambito the page names only in such rows is none of the page's
(an ambito's own deliberation that cites its row names itself elsewhere too, and keeps its facts; a row that lists
its comuni, "Ambito di Bormio | Bormio, Livigno, ... | 312.400,00", states a membership and is no bare share)."""

from __future__ import annotations

import re

from crawler.parsers.names import Mention

# a sum at the row's end, in the Italian style: "1.234.567,00", "€ 512.300,00", "98765,00 euro"
_SUM_AT_END = re.compile(r"(?:€\s*)?(?:\d{1,3}(?:\.\d{3})+|\d+),\d{2}\s*(?:€|euro)?\s*$", re.I)
_TAIL = 40  # a row's sum and its currency
MIN_AMBITI = 3  # one or two rows with a sum may be a page's own budget line; three ambiti make a table of shares


def share_rows(lines: list[str], mentions: list[Mention], listed: set[int]) -> set[int]:
    """The bare rows of a table of sums per ambito: lines naming an ambito and ending in a sum, when such lines name
    three ambiti or more, less those that hold a list of comuni (`listed`, the lines of the page's member runs)."""
    # each line once, its tail only: a run-on line of megabytes names many ambiti and ends in no sum
    rows = {n for n in {m.line for m in mentions if m.line >= 0} if _SUM_AT_END.search(lines[n][-_TAIL:])}
    return rows - listed if len({m.key for m in mentions if m.line in rows}) >= MIN_AMBITI else set()


def only_in_share_rows(key: str, mentions: list[Mention], rows: set[int]) -> bool:
    """Whether the page names the ambito in a table of sums and nowhere else (its title included)."""
    return bool(rows) and all(m.line in rows for m in mentions if m.key == key)

"""A page's update stamp written the English way, as a CMS, a feed or a server prints it (round 46b).

The Italian date forms (`italian.find_dates`) miss a stamp a machine writes in English: RFC 822 in a feed or an HTTP
header ("lastBuildDate: Wed, 22 Jan 2025 10:12:00 +0100", "Last-Modified: Tue, 08 Oct 2024 ..."), a theme's
"Updated: Oct 8, 2024" / "Last updated January 8, 2025" (month first, a comma before the year). Read only after a
"last updated" label (`extract.page_date`), never for plans or approvals: an English month name in an Italian body is
a summary's, which `italian.MONTHS` already reads in its full form.
"""

from __future__ import annotations

import re

from crawler.parsers.italian import parse_date

# closed vocabulary: the English months, full and as three letters (with "Sept")
_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "22 Jan 2025" (day first, RFC 822) or "Oct 8, 2024" / "January 8th, 2025" (month first, the year after a comma)
_STAMP = re.compile(
    rf"\b(?:(?P<d>[0-3]?\d)\s+(?P<m>{_MONTH})\.?\s+(?P<y>20\d\d)"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,\s*(?P<y2>20\d\d))\b",
    re.I,
)


def english_dates(line: str) -> list[tuple[int, str]]:
    """(offset, ISO date) of the English-written dates in a line."""
    out = []
    for m in _STAMP.finditer(line):
        day, month, year = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])
        if iso := parse_date(day, str(_MONTHS[month.lower()]), year):
            out.append((m.start(), iso))
    return out

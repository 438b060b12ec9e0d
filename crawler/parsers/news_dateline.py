"""A news article's dateline below a long chrome: a page read as text keeps the site's menus, sections and "I più
letti" headlines above the article, so its date alone on a line ("Martedì 9 novembre 2021") may sit far from the
top. It is the article's when it comes before the article's first paragraph: the day the article's yearless dates
("lunedì 8 novembre") count back from.
"""

from __future__ import annotations

from crawler.parsers.italian import DATELINE, find_dates

PARAGRAPH_CHARS = 120  # a line this long ending a sentence is the article's text: a dateline sits above it


def _paragraph(line: str) -> bool:
    return len(line) >= PARAGRAPH_CHARS and line.rstrip().endswith((".", "!", "?", "»", '"'))


def dateline_above_text(lines: list[str]) -> str | None:
    """The ISO date of the one line that is a date alone above the first paragraph, if exactly one is."""
    found: list[str] = []
    for line in lines:
        if _paragraph(line):
            break
        if DATELINE.fullmatch(line):
            found += [iso for _, iso in find_dates(line)]
    return found[0] if len(found) == 1 else None

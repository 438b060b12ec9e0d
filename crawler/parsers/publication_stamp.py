"""A page's publication stamp: the line that says when (and by whom) the page itself was put online ("Pubblicato il
28 gennaio 2022 da Ufficio di Piano", "Data di pubblicazione: 03/02/2025", "Inserita il 04/03/2025 - Categoria"), or
a news item's title opened by its date ("16/12/2020 - Assemblea dei Sindaci: approvata la proroga del Piano").
It is a unit of its own: a text's lines re-joined across a blank line (a PDF's text layer breaks its sentences
anywhere) must not glue it to the paragraph under it, whose approval or extension it would otherwise date.
"""

from __future__ import annotations

import re

from crawler.parsers.italian import DATELINE

# the stamp's label, then its date within a few words ("Pubblicato il", "Pubblicata in data", "Data di pubblicazione:",
# "Inserito il", "Postato il", "Data:"); a bando "pubblicato il 3 marzo dal Comune" in a sentence opens no line so
_LABEL = re.compile(
    r"(?:pubblicat[oa]|inserit[oa]|postat[oa])\s+(?:il|in\s+data)\b|data(?:\s+di\s+pubblicazione)?\s*:|pubblicazione\s*:",
    re.I,
)
# a title or teaser opened by its date and a dash ("16/12/2020 - Title", "17 dicembre 2024 | Title")
_DATED_TITLE = re.compile(rf"(?:{DATELINE.pattern})[-–|]\s", re.I)
_DATE_REACH = 12  # characters between the label and its date ("il", "in data", "del giorno")


def is_stamp(line: str) -> bool:
    """Whether the line opens with a publication label followed by its date, or with its date and a dash."""
    if _DATED_TITLE.match(line):
        return True
    m = _LABEL.match(line)
    return bool(m) and DATELINE.match(line[m.end() : m.end() + _DATE_REACH + 30].lstrip(" :")) is not None

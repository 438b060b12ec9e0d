"""The site's own identity block in a page flattened to text, where no `<footer>` marks it: a rendered comune
site's last block restates its owner ("Comune di X" / its town hall's address / switchboard / PEC) and sits among the
site's legal chrome (P.IVA or codice fiscale, privacy and cookie, accessibility, credits, social links, "©"). Its
contacts are the site's, like a `<footer>`'s, not a fact of the ambito's comuni. A careful reader knows it by three
marks together: it is the page's last contact block and comes after everything the page says of an ambito; it names
the comune the site's header names (the owner, not a comune the body speaks of); the legal chrome surrounds it. A
series of comuni's blocks ("I Comuni dell'ambito": one after another) is content, and is kept.
"""

from __future__ import annotations

import re

# closed vocabulary: the legal and service links and marks every Italian public body's site carries by its footer
LEGAL_CHROME = re.compile(
    r"p\.\s?iva|partita\s+iva|c\.\s?f\.|cod(?:ice|\.)\s+fiscale|\bprivacy\b|\bcookie|note\s+legali|accessibilit|"
    r"\bcredits\b|mappa\s+del\s+sito|©|\bcopyright\b|powered\s+by|\bseguici\b|fatturazione\s+elettronica",
    re.I,
)
OWNER_HEADER_LINES = 12  # a site's banner, menus and crumbs over the content: its owner's name sits there
CHROME_AFTER_LINES = 12  # the legal chrome sits in the block or in the lines right after it
SERIES_GAP_LINES = 3  # a block this close after another is one of a series of comuni's blocks


def _names(header: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", header) is not None


def trailing_owner_block(
    blocks: list[tuple[int, int, str]], lines: list[str], header: list[str], name_of: dict[str, str], content_end: int
) -> int | None:
    """Index in `blocks` (first line, last line, ISTAT) of the site's identity block, or None. `header` holds the
    page's title, crumbs and first lines; `name_of` each block's comune name; `content_end` the last line of
    anything said of an ambito (its mentions, its member lists)."""
    if not blocks:
        return None
    first, last, code = blocks[-1]
    if first <= content_end or first <= OWNER_HEADER_LINES:
        return None
    if len(blocks) > 1 and first - blocks[-2][1] <= SERIES_GAP_LINES:
        return None
    head = " ".join(header).lower()
    if not _names(head, name_of[code]):
        return None
    near = lines[first : last + 1 + CHROME_AFTER_LINES]
    return len(blocks) - 1 if any(LEGAL_CHROME.search(line) for line in near) else None

"""An element's text as a reader sees it, and the characters a reader does not see.

Inline tags part no words: an editor's `<span>` or `<strong>` around half a word ("Can<span>tù</span>", "COR<b>SICO
</b>") shows one word, and a text joined with a space at every tag read it as two, so a title, a breadcrumb or a
table cell lost the comune or the ambito it named. A block (a paragraph, a list item), a line break and two elements
side by side with nothing between (a row of chips or links: items the page shows apart) still part words.

A copy-paste from a word processor leaves soft hyphens and zero-width characters inside long words ("capo\u00adfila",
"Trez\u200bzano"): a reader sees neither, a pattern or the gazetteer saw a word cut in two.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

# format characters (Unicode Cf) a page may carry inside words: zero-width spaces and joiners, direction marks,
# the word joiner, a byte-order mark; a soft hyphen (a hyphenation point) everywhere but at a line's end, where it
# says the word goes on in the next line (one class first, then the soft hyphen's condition looking back: a pattern
# that opens with a class is searched for by a scan in C, an alternation is tried at every character)
INVISIBLE = re.compile("[\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u00ad](?<!\u00ad(?!\\S))")


def reader_text(
    el: etree._Element,
    blocks: set[str] | frozenset[str] = frozenset(),
    br: str = " ",
    block: str = " ",
    replace: Callable[[etree._Element], str | None] | None = None,
) -> str:
    """The text of `el` with inline tags joined as written, side-by-side elements parted by a space, each of `blocks`
    opened by `block` and closed by a space, and each `<br>` parted by `br`. `replace` may give the text an element
    stands for (a link's target), or None."""
    parts: list[str] = []
    append = parts.append  # (each tag and tail read once: lxml makes a new string at every read, and a footer has
    # hundreds of elements)

    def visit(e: etree._Element) -> None:
        said = replace(e) if replace else None
        if said is not None:
            append(said)
            return
        append(e.text or "")
        previous_tail = None  # None before the first element child
        for child in e:
            tag, tail = child.tag, child.tail or ""
            if isinstance(tag, str):
                opened = tag in blocks
                append(br if tag == "br" else block if opened else " " if previous_tail == "" else "")
                visit(child)
                if opened:
                    append(" ")
                previous_tail = tail
            append(tail)

    visit(el)
    return "".join(parts)


# a typographic apostrophe is the apostrophe ("Trezzo sull’Adda", "Sant‘Ilario", "dellʼAmbito"): one spelling, so that a
# name or a street as written is one value whichever a page's editor typed
APOSTROPHES = str.maketrans(dict.fromkeys("’‘ʼ", "'"))
_BOLD = ("b", "strong")


def _bold_only(cell: etree._Element) -> bool:
    """A cell whose text is all bold: `<td><strong>Comune capofila</strong></td>`."""
    if (cell.text or "").strip() or not len(cell):
        return False
    return all(child.tag in _BOLD and not (child.tail or "").strip() for child in cell)


def _header_row(tr: etree._Element) -> bool:
    cells = [c for c in tr if isinstance(c.tag, str)]
    return bool(cells) and all(c.tag == "th" or (c.tag == "td" and _bold_only(c)) for c in cells)


def header_rows(table: etree._Element) -> list[etree._Element]:
    """A table's first rows of bold (or `<th>`) cells, with a row below them: its header rows. (Its rows are read up to
    the first that is not one: a layout table holds the page's other tables' rows too.)"""
    rows = (tr for tr in table.iter("tr") if next(tr.iterancestors("table")) is table)
    heads: list[etree._Element] = []
    above = None  # the last header row read, a header row once a row below it is found
    for tr in rows:
        if above is not None:
            heads.append(above)
        if not _header_row(tr):
            break
        above = tr
    return heads


def bold_rows_as_headers(root: etree._Element) -> None:
    """A table's first rows of bold cells are its header rows, as `<th>` rows are: a CMS without a header button
    writes `<td><strong>Ambito</strong></td><td><strong>Comune capofila</strong></td>`, and a reader sees the same
    header over the same columns. Their cells become `<th>` (not in a table all bold: no header over data)."""
    for table in root.iter("table"):
        for tr in header_rows(table):
            for cell in tr:
                if cell.tag == "td":
                    cell.tag = "th"
                    for child in list(cell):
                        child.drop_tag()

"""A name in bold inside a run of names a paragraph writes inline ("Arluno · Bareggio · <b>Magenta</b> · Mesero",
"Rho, Pero, <strong>Legnano</strong>, Nerviano", "Rho | <b>Pero</b> | Settimo"): an item of that run, as a list's
`<li>` is, so a legend that says bold marks the capofila speaks of it. A bold word inside a sentence ("ha sede a
<b>Rho</b> presso") is emphasis, not an item: an item stands between the run's separators.
"""

from __future__ import annotations

import re

from lxml import etree

# a run's separators: a middot, a bullet, a comma, a semicolon, a pipe, a slash, a dash; the run's last "e"; before
# its first item, the colon of its label ("Comuni dell'Ambito: <b>A</b> | B")
_SEPARATOR_BEFORE = re.compile(r"(?:[·•,;:|/–-]|\be)\s*$")
_SEPARATOR_AFTER = re.compile(r"^\s*(?:[·•,;|/–-]|e\b|\.?\s*$)")
_SEPARATORS = re.compile(r"[·•,;|/–]")
_RUN_ITEMS = 3  # a run names at least this many: "A, <b>B</b>" is no run


def bold_items_of_runs(root: etree._Element) -> list[etree._Element]:
    """Each bold element of a paragraph (or a div of text) that stands as one item of a run of names."""
    items = []
    for b in root.xpath("//p/b | //p/strong | //div/b | //div/strong"):
        text = (b.text_content() or "").strip()
        if not text or _SEPARATORS.search(text) or len(text) > 60:
            continue
        prev = b.getprevious()
        before = (prev.tail if prev is not None else b.getparent().text) or ""
        if before.strip() and not _SEPARATOR_BEFORE.search(before):
            continue
        if not _SEPARATOR_AFTER.match(b.tail or ""):
            continue
        if not (before.strip() or (b.tail or "").strip()):
            continue  # the paragraph's only text: a heading in bold, no item
        if len(_SEPARATORS.findall(b.getparent().text_content())) + 1 >= _RUN_ITEMS:
            items.append(b)
    return items

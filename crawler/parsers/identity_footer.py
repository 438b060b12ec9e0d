"""The site's footer an old layout writes without a `<footer>`: the page's last block, a table or a div after the
content, that holds the owner's legal identity (every Italian public body's site carries its "P.IVA" or "Codice
fiscale" at the bottom). Its address, switchboard and PEC are the site's, as a `<footer>`'s are: chrome, not a
comune's or the office's facts. The block is a footer only when an earlier block holds more text (the content
itself, alone at the bottom with the office's fiscal code, stays).
"""

from __future__ import annotations

import re

from lxml import etree

# (no word boundary: the block's text is its pieces joined as written, "...example.itC.F." after a <br>, and a word
# split by a <span> stays whole)
IDENTITY = re.compile(r"p\.\s?iva|partita\s+iva|c\.\s?f\.|cod(?:ice|\.)\s+fiscale", re.I)
_FOOTER_CHARS = 800  # a footer is short: a page's content that ends with a fiscal code is longer
_NOT_CONTENT = {"script", "style", "noscript", "template"}


def _blocks(el: etree._Element) -> list[etree._Element]:
    return [c for c in el if isinstance(c.tag, str) and c.tag not in _NOT_CONTENT]


def trailing_identity_block(root: etree._Element) -> etree._Element | None:
    """The body's last block when it is such a footer (under a lone wrapper `<div>` too), else None."""
    body = root if root.tag == "body" else root.find("body")
    blocks = _blocks(body) if body is not None else []
    while len(blocks) == 1 and blocks[0].tag == "div":  # a page wrapper: its own blocks
        blocks = _blocks(blocks[0])
    if len(blocks) < 2 or blocks[-1].tag in ("main", "article"):
        return None
    last = blocks[-1]
    text = "".join(last.itertext())
    if len(text) > _FOOTER_CHARS or not IDENTITY.search(text):
        return None
    longest = max(len("".join(b.itertext())) for b in blocks[:-1])
    return last if longest > len(text) else None

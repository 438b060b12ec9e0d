"""Links a browser follows that are no `<a href>`: written into the page's tree as anchors before it is read.

Real sites build menus and lists with scripts (the eleventh simulated web: 19 of its 64 fact pages behind
them, 9 of those missed):

- a list item or a table row that navigates by itself: `<li data-href="/atti/12">`, `<tr onclick=
  "location.href='/atti/12'">`; an `<a>` whose href is `#` or `javascript:` and whose `onclick` navigates.
  Each gets an anchor around its words (of a row, its wordiest cell's), so that the row is read as a link
  with its text and the row around it;
- a menu given to a script as data: `window.__MENU__ = {"voci": [{"titolo": ..., "url": ...}]}`, or
  `<script type="application/json">`. Every object of the data with an address and a label becomes an
  anchor of a `<nav>` put where the script was: the site's menu, as a browser would draw it.

And a page whose only way on is a script that sends the browser elsewhere (`window.location = '...'`,
`location.replace(...)`): `script_redirect` names where, and the spider follows it as Scrapy follows a
`<meta http-equiv="refresh">`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from lxml import etree

NAVIGATES = re.compile(
    r"""(?:\blocation(?:\.href)?\s*=\s*|\blocation\.(?:assign|replace)\(\s*|\bwindow\.open\(\s*)(['"])([^'"]+)\1"""
)
_SCRIPTS = etree.XPath("//script[not(@src)]")
URL_KEYS = ("url", "href", "link", "path", "permalink")
LABEL_KEYS = ("titolo", "title", "label", "nome", "name", "text", "testo", "voce")
_HAS_ADDRESS = re.compile(r'"(?:' + "|".join(URL_KEYS) + r')"\s*:\s*"')
ROW_ATTRIBUTES = ("data-href", "data-url", "data-link", "data-target", "onclick")
# an attribute or a key that names an address holds one: any word without spaces with a step or an extension
# ("notizie/(offset)/8", "../albo-pretorio", "pagina.php?id=3"), not a fragment or a script
_ADDRESS = re.compile(r"^(?![#?]$|javascript:|mailto:|tel:)[^\s]*[/.?][^\s]*$", re.I)
# Bootstrap's `data-target` names the element an item opens (a panel "#regolamenti", a class ".navbar-collapse");
# some themes put the document's address there instead: only a path, a URL or a file's name is one
_PATH_TARGET = re.compile(
    r"^(?:https?://|\.{0,2}/)|^[^#.\s][^\s]*(?:/|\.(?:pdf|docx?|odt|xlsx?|html?|php|aspx?)\b)", re.I
)
SCRIPT_CHARS = 200_000  # a script longer than this is an application, not a menu's data
HOP_CHARS = 400  # the words of a page that only sends the browser on ("Attendere prego...")


def unhide(root: Any, body: bytes) -> None:
    """Write into the tree an anchor for each element that navigates by script and each menu a script draws. The
    page's `body` says first which attributes to look for, and whether a script may hold a menu (a search of the
    tree costs 0.2-0.6 ms of CPU on a page of 100 KB, a search of its bytes ~0.05 ms: ~0.3 ms in all)."""
    present = tuple(name for name in ROW_ATTRIBUTES if name.encode() in body)
    for element in dict.fromkeys(value.getparent() for value in _rows(present)(root)) if present else ():
        target = _row_target(element)
        if target:
            _anchor_inside(element, target)
    if b"<script" not in body or b'":' not in body:  # no script, or none with a key of JSON
        return
    for script in _SCRIPTS(root):
        links = list(_menu_entries(script.text or ""))
        if links:
            nav = etree.Element("nav", {"class": "menu"})
            for href, label in links:
                etree.SubElement(nav, "a", href=href).text = label
            nav.tail, script.tail = script.tail, None
            script.addnext(nav)


def script_redirect(root: Any) -> str | None:
    """Where a page sends the browser by script, if that is all it does: no anchor, a few words, and a script
    that sets the location when it runs."""
    if next(root.iter("a"), None) is not None:
        return None
    words = etree.tostring(root, method="text", encoding=str)
    for script in _SCRIPTS(root):
        text = script.text or ""
        words = words.replace(text, "")
        found = NAVIGATES.search(text)
        if found and "function" not in text[: found.start()] and len(" ".join(words.split())) <= HOP_CHARS:
            return found.group(2)
    return None


@lru_cache(maxsize=16)
def _rows(names: tuple[str, ...]) -> etree.XPath:
    """The values of these attributes in a tree: one walk each, ~4x faster than one walk testing each element."""
    return etree.XPath(" | ".join(f"//@{name}" for name in names))


def _row_target(element: Any) -> str | None:
    """Where an element that is no plain link leads: its `data-href` (`data-url`, `data-link`, an accordion's
    `data-target` when it is an address, not a panel's `#id`), or the address
    its `onclick` sends the browser to. An `<a>` with a real href is a link already."""
    href = (element.get("href") or "").strip()
    if element.tag == "a" and href and not href.startswith(("#", "javascript:")):
        return None
    for name in ("data-href", "data-url", "data-link", "data-target"):
        value = (element.get(name) or "").strip()
        if value and _ADDRESS.search(value) and (name != "data-target" or _PATH_TARGET.search(value)):
            return value
    found = NAVIGATES.search(element.get("onclick") or "")
    return found.group(2) if found else None


def _anchor_inside(element: Any, target: str) -> None:
    """An anchor to `target` holding the element's words: an `<a>`'s own href set; a row's wordiest cell's
    content (the row around it is the anchor's context); any other element's whole content."""
    if element.tag == "a":
        element.set("href", target)
        return
    if element.tag == "tr":
        cells = [c for c in element if c.tag in ("td", "th")]
        if cells:
            element = max(cells, key=lambda c: len(etree.tostring(c, method="text", encoding=str)))
    if next(element.iter("a"), None) is not None:  # an anchor of its own inside: that one is the link
        return
    anchor = etree.Element("a", href=target)
    anchor.text, element.text = element.text, None
    for child in list(element):
        anchor.append(child)  # moves it, with its tail
    element.append(anchor)


def _menu_entries(text: str) -> Iterator[tuple[str, str]]:
    """(address, label) of every object with both in the data a script holds (JSON, or a JS object literal
    assigned whole), at most once each."""
    if len(text) > SCRIPT_CHARS or not _HAS_ADDRESS.search(text):
        return
    start = min((i for i in (text.find("{"), text.find("[")) if i >= 0), default=-1)
    try:
        data, _ = json.JSONDecoder().raw_decode(text[start:])
    except ValueError:
        return
    seen: set[str] = set()
    for href, label in _pairs(data):
        if href not in seen:
            seen.add(href)
            yield href, label


def _pairs(data: Any) -> Iterator[tuple[str, str]]:
    if isinstance(data, list):
        for item in data:
            yield from _pairs(item)
    elif isinstance(data, dict):
        href = next((v for k in URL_KEYS if isinstance(v := data.get(k), str) and _ADDRESS.search(v.strip())), None)
        label = next((v for k in LABEL_KEYS if isinstance(v := data.get(k), str) and v.strip()), None)
        if href and label:
            yield href.strip(), label.strip()
        for value in data.values():
            if isinstance(value, (dict, list)):
                yield from _pairs(value)

"""Place names a page shows only in a picture: an SVG map whose areas carry their comune's name as a tooltip
(`<g><title>Arconate</title><path/></g>`). The map is read as the list it draws, under its own title ("Mappa dei
Comuni dell'Ambito"), before SVG is dropped with the other non-text elements.

Areas drawn as outside the ambito are left out: their class says so ("fuori-ambito", "confinante") or their tooltip
names the ambito they belong to ("Magenta (Ambito del Magentino)").
"""

from __future__ import annotations

import re

from lxml import etree

MIN_AREAS = 3  # fewer titled shapes are icons ("Facebook", "Cerca"), not a map
_OUTSIDE = re.compile(r"fuori|outside|confin|limitrof|vicin|neighbo|estern|other|altr[oi]", re.I)
_ANOTHER_AMBITO = re.compile(r"\(\s*(?:ambito|distretto)\b", re.I)


def _text(el: etree._Element) -> str:
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip()


def _outside(title: etree._Element, svg: etree._Element) -> bool:
    """The area's shape or group, inside the map, is classed as outside the ambito."""
    for el in title.iterancestors():
        if el is svg:
            return False
        if _OUTSIDE.search(str(el.get("class", ""))):
            return True
    return False


def svg_maps_as_lists(root: etree._Element) -> None:
    """Each SVG map of three titled areas or more becomes its title as a paragraph and a list of its areas' names."""
    for svg in root.xpath("//svg"):
        own = svg.find("title")
        areas = [t for t in svg.iter("title") if t is not own]
        if len(areas) < MIN_AREAS:
            continue
        names = [_text(t) for t in areas if not (_outside(t, svg) or _ANOTHER_AMBITO.search(_text(t)))]
        shown = svg.makeelement("div", {})
        if own is not None and _text(own):
            etree.SubElement(shown, "p").text = _text(own)
        listed = etree.SubElement(shown, "ul")
        for name in filter(None, names):
            etree.SubElement(listed, "li").text = name
        shown.tail = svg.tail
        svg.getparent().replace(svg, shown)

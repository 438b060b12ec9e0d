"""Place names a page shows only in a picture: an SVG map whose areas carry their comune's name as a tooltip
(`<g><title>Arconate</title><path/></g>`). The map is read as the list it draws, under its own title ("Mappa dei
Comuni dell'Ambito"), before SVG is dropped with the other non-text elements. A map drawn by a script (Leaflet,
OpenLayers, Google Maps) is read the same way: its features' names (`"properties": {"nome": "Lodi"}`) and markers'
popups (`.bindPopup("<b>Codogno</b>")`) become a list under the map box's accessible name, before scripts go. An
infographic's text alternative ("Infografica: 23 Comuni, 1 ente capofila (Comune di Sondrio)") is read as a paragraph.
A band of logos links each comune's site by its coat of arms alone: each link's name is its picture's text
alternative ("Stemma del Comune di Arconate"), as a screen reader says it.

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


# an SVG of enough titled shapes to be a map, found in C: an icon (a Bootstrap Italia page has a hundred) is not read
_TITLED_SVG = etree.XPath(f"//svg[count(.//title) >= {MIN_AREAS}]")


def svg_maps_as_lists(root: etree._Element) -> None:
    """Each SVG map of three titled areas or more becomes its title as a paragraph and a list of its areas' names."""
    for svg in _TITLED_SVG(root):
        titles = list(svg.iter("title"))
        own = svg.find("title")
        areas = [t for t in titles if t is not own]
        if len(areas) < MIN_AREAS:
            continue
        names = [_text(t) for t in areas if not (_outside(t, svg) or _ANOTHER_AMBITO.search(_text(t)))]
        _show_as_list(svg, _text(own) if own is not None else "", names)


def _show_as_list(el: etree._Element, title: str, names: list[str]) -> None:
    """Replace `el` by its title as a paragraph over a list of the names, so the member rules read it as any list."""
    shown = el.makeelement("div", {})
    if title:
        etree.SubElement(shown, "p").text = title
    listed = etree.SubElement(shown, "ul")
    for name in filter(None, names):
        etree.SubElement(listed, "li").text = name
    shown.tail = el.tail
    el.getparent().replace(el, shown)


MAP_SCRIPT_CHARS = 2_000_000  # a longer script is a bundle (a framework, a site's components), not a page's map
# a script that draws a map: Leaflet, OpenLayers, Google Maps, or GeoJSON data
_MAP_SCRIPT = re.compile(
    r"\bL\.(?:map|marker|geoJSON|geoJson|circleMarker|polygon)\s*\(|\bbindPopup\s*\(|FeatureCollection|"
    r"\bgoogle\.maps\.|\bnew\s+ol\.Map\b"
)
# a place's name where a map keeps it, a string: a GeoJSON feature's properties ("properties": {"nome": "Lodi"}),
# a marker's title (L.marker([..], {title: 'Codogno'})), a popup's or tooltip's text. A bare `name:` key is any
# object's (a bundle's components: {name: 'header'}), not a place's; but one beside its coordinates is a marker's
# data, kept in an array the marker calls read ({"title": "Comune di Turbigo", "lat": 45.5, "lng": 8.7})
_MAP_NAME = re.compile(
    r"""(?:\bproperties["']?\s*:\s*\{[^{}]{0,300}?["']?\b(?:nome|name|comune|denominazione|nome_com\w{0,10})["']?\s*:"""
    r"""|\{(?=[^{}]{0,300}?["']?\b(?:lat|lng|lon|latitude|longitude|coords|coordinates)["']?\s*:)[^{}]{0,300}?"""
    r"""["']?\b(?:title|nome|name|comune|denominazione)["']?\s*:"""
    r"""|\bmarker\s*\([^;]{0,300}?\btitle["']?\s*:|\bbind(?:Popup|Tooltip)\s*\()"""
    r"""\s*(["'])((?:(?!\1)[^\\\n]|\\.){1,200})\1""",
    re.I,
)
# every branch of _MAP_SCRIPT needs one of these strings: they are looked for first (each branch opening with a word
# boundary, the pattern tries every character of a site's scripts, 0.4 ms on a 5 KB script)
_MAP_WORDS = ("L.", "bindPopup", "FeatureCollection", "google.maps.", "ol.Map")
_MAP_BOX = re.compile(r"""(?:\bL\.map|getElementById|\btarget)\s*[(:]\s*["']([\w-]{1,80})["']""")
_TAG = re.compile(r"<[^<>]{0,500}>")
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\(.)")


def _unescape(text: str) -> str:
    """A JavaScript string's text: "d\\'Adda" and "Cant\\u00f9" as the page shows them."""
    return _ESCAPE.sub(lambda m: chr(int(m[1], 16)) if m[1] else m[2], text)


def _first_text(popup: str) -> str:
    """A popup's first piece of text: "<b>Codogno</b><br>Sede dello sportello" names Codogno."""
    pieces = (p.strip() for p in _TAG.split(_unescape(popup)))
    return next((p for p in pieces if p), "")


def script_maps_as_lists(root: etree._Element) -> None:
    """Each script in the page's body that draws a map of three named places or more becomes the map box's
    accessible name ("Mappa dei Comuni dell'Ambito di Lodi", its aria-label or title) over a list of the names.
    Whose places they are (an ambito's comuni, a Distretto del Commercio's, an ATS's points of care) is decided by
    the member rules, as for any list under its title."""
    by_id: dict[str, etree._Element] | None = None  # built at the first map: a page-wide query per id is quadratic
    for script in root.xpath("//body//script"):
        code = script.text or ""
        if len(code) > MAP_SCRIPT_CHARS or not any(w in code for w in _MAP_WORDS) or not _MAP_SCRIPT.search(code):
            continue
        names = list(dict.fromkeys(_first_text(m[2]) for m in _MAP_NAME.finditer(code)))
        if len(names) < MIN_AREAS:
            continue
        if by_id is None:
            by_id = {}
            for el in root.xpath("//*[@id]"):
                by_id.setdefault(el.get("id"), el)
        box = next((by_id[m[1]] for m in _MAP_BOX.finditer(code) if m[1] in by_id), None)
        title = "" if box is None else (box.get("aria-label") or box.get("title") or "")
        _show_as_list(script, re.sub(r"\s+", " ", title).strip(), names)


# the text alternative of a picture of facts, not of a logo or a photo: it opens by naming the kind of picture
_FACTS_PICTURE = re.compile(r"^\s*(?:infografica|infographic|grafico|schema|diagramma|organigramma)\b", re.I)
# a chart of a body's structure (and a form, document.py) is the ambito's only when it names it: a comune's
# "Organigramma del Comune: ... Ufficio Tributi tel. ..." gives other desks' numbers
_STRUCTURE_CHART = re.compile(r"^\s*(?:schema|organigramma)\b", re.I)
NAMES_THE_AMBITO = re.compile(r"\b(?:ambito|distretto)\b|ufficio\s+(?:di\s+|del\s+)?piano|piano\s+di\s+zona", re.I)


def infographics_as_text(root: etree._Element) -> None:
    """Each picture of facts in the page's body gets its text alternative as a paragraph after it: the page says
    those facts only there, for the reader who cannot see the picture."""
    for img in root.xpath("//body//img[@alt]"):
        if not _FACTS_PICTURE.match(img.get("alt") or ""):
            continue  # most pictures stop here, before their text is tidied (the test allows leading spaces)
        alt = re.sub(r"\s+", " ", img.get("alt") or "").strip()
        if not _STRUCTURE_CHART.match(alt) or NAMES_THE_AMBITO.search(alt):
            said = img.makeelement("p", {})
            said.text = alt
            said.tail = img.tail
            img.tail = None
            img.addnext(said)


MIN_LOGOS = 3  # fewer linked pictures side by side are a site's badges ("Facebook", "Regione Lombardia"), not a band
# the picture's kind before the name it shows: "Stemma del Comune di X" names the Comune di X, "Logo di X" names X
_PICTURE_WORD = re.compile(
    r"^\s*(?:(?:lo|il)\s+)?(?:stemma|logo(?:tipo)?|emblema|gonfalone|marchio)\s+(?:(?:del|dello|della|di)\s+)?", re.I
)


def logo_bands_as_names(root: etree._Element) -> None:
    """In a band of links that show only a picture (three or more in one block, side by side or one an item), each
    link gets its picture's text alternative as its text, the kind of picture left out: a footer's or a page's band of
    coats of arms names the comuni it links."""
    bands: dict[etree._Element, list[tuple[etree._Element, str]]] = {}
    for img in root.iter("img"):
        alt = re.sub(r"\s+", " ", img.get("alt") or "").strip()
        link = next(img.iterancestors("a"), None)
        if not alt or link is None or "".join(link.itertext()).strip():
            continue  # a picture with no text alternative, outside a link, or beside the link's own words
        holder = link.getparent()
        if holder is not None and holder.tag in ("li", "figure") and holder.getparent() is not None:
            holder = holder.getparent()  # one logo an item: the list is the band
        if holder is not None:
            bands.setdefault(holder, []).append((link, _PICTURE_WORD.sub("", alt)))
    for links in bands.values():
        if len(links) >= MIN_LOGOS:
            for link, name in links:
                link.text = name

"""A site's main menu, the last links given back to a site that runs dry.

A main menu entry of no word the scoring knows ("Vivere il Comune", a Designers Italia WordPress theme's
fourth entry, where the theme lists the comune's ambito and its members) is no candidate on a home page
that does not speak of the ambito: it was never requested, nor even kept in the reserve, while the site
ran dry past its floor with its budget two thirds unspent. Its entries are the site's own sections, a
handful: each is worth one request once nothing else is left (crawler/spiders/sites.py: `idle`).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from lxml import etree

from crawler.canonical import canonical_url

MAIN_MENU = 8  # entries of a main menu read at most: the top of a Designers Italia mega-menu has 4-6
_MENU_NAME = re.compile("menu|nav")
_MIN_ENTRIES = 3  # fewer links to its own site: a header's link to the Regione, a language switch


def main_menu(root: Any, base: str) -> list[str]:
    """The sections of the site (`_section`) among the top entries of the page's first menu (`_menu`) that holds
    at least `_MIN_ENTRIES` of them, in page order, at most `MAIN_MENU`: a header's main menu comes before the
    sidebars and the footer."""
    for nav in root.iter(etree.Element):
        if not _menu(nav):
            continue
        urls: list[str] = []
        anchors = [(_lists_above(anchor, nav), anchor) for anchor in nav.iter("a")]
        top = min((depth for depth, _ in anchors), default=0)
        for depth, anchor in anchors:
            href = (anchor.get("href") or "").strip() if depth == top else ""
            url = canonical_url(urldefrag(urljoin(base, href))[0]) if href else ""
            if url and _section(url, base) and url not in urls:
                urls.append(url)
        if len(urls) >= _MIN_ENTRIES:
            return urls[:MAIN_MENU]
    return []


def _menu(element: Any) -> bool:
    """A `<nav>`, a `role="navigation"`, or a list its class or id calls a menu (Joomla's header menu is a
    `<ul class="mod-menu nav">` in a `<header>`)."""
    if element.tag == "nav" or element.get("role") == "navigation":
        return True
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return element.tag in ("ul", "ol") and _MENU_NAME.search(names) is not None


def _section(url: str, base: str) -> bool:
    """Whether a URL is a section of the site the page `base` heads: on its host, one step below the page's
    folder (`/vivere-il-comune/`, `/l-ente.html`); a mega-menu's pages under them are not."""
    parts, home = urlsplit(url), urlsplit(base)
    folder = home.path.rsplit("/", 1)[0]
    steps = parts.path.rstrip("/")[len(folder) :].strip("/")
    own = parts.netloc == home.netloc and parts.path.startswith(folder + "/")
    return own and bool(steps) and "/" not in steps  # canonical_url made a logo's `/index.php` the folder again


def _lists_above(anchor: Any, nav: Any) -> int:
    """How many lists hold an anchor within its menu: a mega-menu's sections are its top entries, the pages of
    each section one list deeper."""
    depth = 0
    for up in anchor.iterancestors():
        if up is nav:
            break
        depth += up.tag in ("ul", "ol")
    return depth

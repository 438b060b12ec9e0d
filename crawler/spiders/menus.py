"""A site's main menu, the last links given back to a site that runs dry.

A main menu entry of no word the scoring knows ("Vivere il Comune", a Designers Italia WordPress theme's
fourth entry, where the theme lists the comune's ambito and its members) is no candidate on a home page
that does not speak of the ambito: it was never requested, nor even kept in the reserve, while the site
ran dry past its floor with its budget two thirds unspent. Its entries are the site's own sections, a
handful: each is worth one request once nothing else is left (crawler/spiders/sites.py: `idle`).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from lxml import etree

from crawler.canonical import canonical_url

MAIN_MENU = 8  # entries of a main menu read at most: the top of a Designers Italia mega-menu has 4-6
_MIN_ENTRIES = 3  # fewer links to its own site: a header's link to the Regione, a language switch


def main_menu(root: Any, base: str) -> list[str]:
    """The addresses on the page's own host of its first `<nav>` (or `role="navigation"`) that holds at
    least `_MIN_ENTRIES` of them, in page order, at most `MAIN_MENU`: a header's main menu comes before
    the sidebars and the footer."""
    host = urlsplit(base).netloc
    for nav in root.iter(etree.Element):
        if nav.tag != "nav" and nav.get("role") != "navigation":
            continue
        urls: list[str] = []
        for anchor in nav.iter("a"):
            href = (anchor.get("href") or "").strip()
            url = canonical_url(urldefrag(urljoin(base, href))[0]) if href else ""
            if url and urlsplit(url).netloc == host and url.rstrip("/") != base.rstrip("/") and url not in urls:
                urls.append(url)
        if len(urls) >= _MIN_ENTRIES:
            return urls[:MAIN_MENU]
    return []

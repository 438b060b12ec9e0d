"""The sixth web's CMS families: the fifth web's sixteen, with their URL habits and chrome, unchanged.

What is new in this web is how the sites serve those families (tests/simweb6/quirks.py and server.py):
mega-menus, aliases of one page, relative links, `<base href>`, moved pages, downloads, soft 404s.
"""

from __future__ import annotations

from tests.simweb5.families import FAMILIES, LISTING_PAGE, LOAD_MORE, Family, esc, render

__all__ = ["FAMILIES", "LISTING_PAGE", "LOAD_MORE", "Family", "esc", "render"]

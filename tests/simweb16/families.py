"""The sixteenth web's CMS families: the sixth web's (the fifth web's sixteen, unchanged).

What is new in this web is the sites (other comuni of six provinces, a comune's social sub-domain, an
azienda and a comunità montana) and four habits of real sites (tests/simweb16/quirks.py).
"""

from tests.simweb6.families import FAMILIES, LISTING_PAGE, LOAD_MORE, Family, esc, render

__all__ = ["FAMILIES", "LISTING_PAGE", "LOAD_MORE", "Family", "esc", "render"]

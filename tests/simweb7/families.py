"""The seventh web's CMS families: the sixth web's (the fifth web's sixteen, unchanged).

What is new in this web is the sites (other comuni, unioni, consorzi and aziende) and how they serve
those families (tests/simweb7/quirks.py on top of the sixth web's).
"""

from tests.simweb6.families import FAMILIES, LISTING_PAGE, LOAD_MORE, Family, esc, render

__all__ = ["FAMILIES", "LISTING_PAGE", "LOAD_MORE", "Family", "esc", "render"]

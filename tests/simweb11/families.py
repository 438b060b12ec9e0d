"""The eleventh web's CMS families: the seventh web's (the fifth web's sixteen, unchanged).

What is new in this web is how the sites serve those families (tests/simweb11/quirks.py, server.py).
"""

from tests.simweb7.families import FAMILIES, LISTING_PAGE, LOAD_MORE, Family, esc, render

__all__ = ["FAMILIES", "LISTING_PAGE", "LOAD_MORE", "Family", "esc", "render"]

"""The twenty-second web's CMS families: the seventh web's (the fifth web's sixteen, unchanged).

What is new in this web is the sites, the places of their facts and one more habit (tests/simweb22/quirks.py).
"""

from tests.simweb7.families import FAMILIES, LISTING_PAGE, LOAD_MORE, Family, esc, render

__all__ = ["FAMILIES", "LISTING_PAGE", "LOAD_MORE", "Family", "esc", "render"]

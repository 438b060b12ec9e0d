"""The twenty-first web's CMS families: the seventh web's (the fifth web's sixteen, unchanged).

What is new in this web is its sites and places, and three habits of how real sites show their lists
(tests/simweb21/quirks.py).
"""

from tests.simweb7.families import FAMILIES, LISTING_PAGE, LOAD_MORE, Family, esc, render

__all__ = ["FAMILIES", "LISTING_PAGE", "LOAD_MORE", "Family", "esc", "render"]

"""The twenty-third web's CMS families: the sixth web's (the fifth web's sixteen, unchanged).

What is new in this web is its sites, its ambiti and four habits of how real portals show their links
(tests/simweb23/habits.py).
"""

from tests.simweb6.families import FAMILIES, LISTING_PAGE, LOAD_MORE, Family, esc, render

__all__ = ["FAMILIES", "LISTING_PAGE", "LOAD_MORE", "Family", "esc", "render"]

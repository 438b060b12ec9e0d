"""The eighth web's CMS families: the sixth web's (the fifth web's sixteen, unchanged).

What is new in this web is the sites and how they arrange and serve those families' pages
(tests/simweb8/writer.py, structures.py).
"""

from tests.simweb6.families import FAMILIES, LISTING_PAGE, LOAD_MORE, Family, esc, render

__all__ = ["FAMILIES", "LISTING_PAGE", "LOAD_MORE", "Family", "esc", "render"]

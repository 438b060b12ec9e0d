"""The twelfth web's CMS families: the sixth web's sixteen, unchanged (through the seventh web's module).

What is new in this web is its sites and how they serve those families (tests/simweb12/structures.py).
"""

from tests.simweb7.families import FAMILIES, LISTING_PAGE, LOAD_MORE, Family, esc, render

__all__ = ["FAMILIES", "LISTING_PAGE", "LOAD_MORE", "Family", "esc", "render"]

"""The fifteenth web's CMS families: the seventh web's (the fifth web's sixteen, unchanged).

What is new is the sites, comuni and ambiti (tests/simweb15/build.py), not how a family writes a page.
"""

from tests.simweb7.families import FAMILIES, LISTING_PAGE, LOAD_MORE, Family, esc, render

__all__ = ["FAMILIES", "LISTING_PAGE", "LOAD_MORE", "Family", "esc", "render"]

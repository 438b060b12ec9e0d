"""The nineteenth web's CMS families: the seventh web's (the sixth and fifth web's sixteen, unchanged).

What is new in this web is its sites, ambiti and where their facts sit (tests/simweb19/build.py).
"""

from tests.simweb7.families import FAMILIES, LISTING_PAGE, LOAD_MORE, Family, esc, render

__all__ = ["FAMILIES", "LISTING_PAGE", "LOAD_MORE", "Family", "esc", "render"]

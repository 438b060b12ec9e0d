"""The seventeenth web's CMS families: the seventh web's (the fifth web's sixteen, unchanged).

What is new in this web is its sites, how deep and behind which generic words they keep their facts,
and how they serve them (tests/simweb17/quirks.py on top of the seventh web's).
"""

from tests.simweb7.families import FAMILIES, LISTING_PAGE, LOAD_MORE, Family, esc, render

__all__ = ["FAMILIES", "LISTING_PAGE", "LOAD_MORE", "Family", "esc", "render"]

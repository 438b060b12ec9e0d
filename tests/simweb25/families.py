"""The twenty-fifth web's CMS families: the sixth web's sixteen, unchanged (this web's new markup is in quirks.py)."""

from tests.simweb6.families import FAMILIES, LISTING_PAGE, LOAD_MORE, Family, esc, render

__all__ = ["FAMILIES", "LISTING_PAGE", "LOAD_MORE", "Family", "esc", "render"]

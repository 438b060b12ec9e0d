"""The fourteenth web's CMS families: the sixth web's sixteen, unchanged (what is new is the sites, their
places and how they serve those families: tests/simweb14/quirks.py)."""

from tests.simweb6.families import FAMILIES, LISTING_PAGE, LOAD_MORE, Family, esc, render

__all__ = ["FAMILIES", "LISTING_PAGE", "LOAD_MORE", "Family", "esc", "render"]

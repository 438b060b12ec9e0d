"""The tenth web's CMS families: the sixth web's sixteen, unchanged; what is new is how the sites serve
them (tests/simweb10/quirks.py, server.py)."""

from tests.simweb6.families import FAMILIES, LISTING_PAGE, LOAD_MORE, Family, esc, render

__all__ = ["FAMILIES", "LISTING_PAGE", "LOAD_MORE", "Family", "esc", "render"]

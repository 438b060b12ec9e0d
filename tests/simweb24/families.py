"""The twenty-fourth web's CMS families: the seventh web's (the sixth web's sixteen), re-exported for the writers
loaded as modules of this package."""

from tests.simweb7.families import FAMILIES, LISTING_PAGE, LOAD_MORE, Family, esc, render

__all__ = ["FAMILIES", "LISTING_PAGE", "LOAD_MORE", "Family", "esc", "render"]

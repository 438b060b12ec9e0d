"""The thirteenth web's CMS families: the sixth web's (the fifth web's sixteen, unchanged): the commonest
families of Lombard comuni and ambito sites today, which is what this web measures on."""

from tests.simweb6.families import FAMILIES, LISTING_PAGE, LOAD_MORE, Family, esc, render

__all__ = ["FAMILIES", "LISTING_PAGE", "LOAD_MORE", "Family", "esc", "render"]

"""How real municipal sites serve their pages: the seventh web's habits (tests/simweb7/quirks.py), and two
more applied to a written page's HTML: lists shown as a catalogue of cards (the Designers Italia "Servizi"
pages), and the one link to an ambito's own site given as a banner image with no words.
"""

from __future__ import annotations

import re

from tests.simweb7.quirks import (
    ITEM,
    LIST,
    with_base,
    with_document_table,
    with_filter_buttons,
    with_megafooter,
    with_megamenu,
    with_onclick,
    with_relative_links,
)

__all__ = [
    "BANNER_IMAGE", "with_banner", "with_base", "with_cards", "with_document_table", "with_filter_buttons",
    "with_megafooter", "with_megamenu", "with_onclick", "with_relative_links",
]  # fmt: skip

BANNER_IMAGE = "/images/banner/ambito-sociale.png"  # not served: the shared server has no image type


def with_cards(page: str) -> str:
    """Every list of links as a catalogue of cards: the link in the card's title, a line of text, a button."""

    def cards(match: re.Match[str]) -> str:
        found = "".join(
            f'<div class="card card-bg"><div class="card-body"><h3 class="card-title">{cell}</h3>'
            '<p class="card-text">Informazioni, modulistica e contatti.</p>'
            '<span class="btn btn-outline-primary" role="button">Vai alla scheda</span></div></div>'
            for cell in ITEM.findall(match.group(1))
        )
        return f'<div class="row card-catalogo">{found}</div>'

    return LIST.sub(cards, page)


def with_banner(page: str, href: str) -> str:
    """The link to `href` (another site's home page) as a banner image whose only text is an empty `alt`."""
    link = re.compile(rf'<a href="{re.escape(href)}">[^<]*</a>')
    image = f'<a href="{href}" class="banner-link"><img src="{BANNER_IMAGE}" alt="" width="300" height="90"></a>'
    return link.sub(lambda _: image, page)

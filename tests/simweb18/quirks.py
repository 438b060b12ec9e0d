"""How today's municipal sites serve their pages: the seventh web's habits (tests/simweb7/quirks.py), and
two more applied to a written page's HTML: lists shown as a catalogue of cards (the title a heading, the
only link a generic "Vai alla pagina"), and links to another body's site shown as a banner image with no
words.
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
    "with_banners", "with_base", "with_cards", "with_document_table", "with_filter_buttons", "with_megafooter",
    "with_megamenu", "with_onclick", "with_relative_links",
]  # fmt: skip

LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.S)
OTHER_SITE = re.compile(r'<a href="(__SITE_[^"]+__/)">(.*?)</a>', re.S)


def with_cards(page: str) -> str:
    """Every list of links as Designers Italia cards: the title in a heading, the link's words generic."""

    def card(item: str) -> str:
        link = LINK.search(item)
        assert link is not None, item
        href, title = link.groups()
        return (
            f'<div class="card card-teaser"><div class="card-body"><h3 class="card-title">{title}</h3>'
            f'<a class="read-more" href="{href}"><span class="text">Vai alla pagina</span></a></div></div>'
        )

    def cards(match: re.Match[str]) -> str:
        return f'<div class="card-wrapper">{"".join(card(i) for i in ITEM.findall(match.group(1)))}</div>'

    return LIST.sub(cards, page)


def with_banners(page: str) -> str:
    """Every link to another site's home page as a banner image: no words, no alternative text."""
    return OTHER_SITE.sub(
        lambda m: f'<a href="{m.group(1)}" class="banner"><img src="/images/banner/ente.jpg" alt="" width="300"></a>',
        page,
    )

"""How real municipal sites show their lists: the seventh web's habits (tests/simweb7/quirks.py), and three
more applied to a written page's HTML: "Leggi di più" teasers (the title as a heading, the only link a
generic word), a catalogue of cards (a heading link and a "Vai alla pagina" button), and a link to another
site shown only as a banner image with no words.
"""

from __future__ import annotations

import re

from tests.simweb7.quirks import (
    with_base,
    with_document_table,
    with_filter_buttons,
    with_megafooter,
    with_megamenu,
    with_onclick,
    with_relative_links,
)

__all__ = [
    "with_banner", "with_base", "with_cards", "with_document_table", "with_filter_buttons", "with_megafooter",
    "with_megamenu", "with_onclick", "with_relative_links", "with_teasers",
]  # fmt: skip

LIST = re.compile(r'<ul class="elenco">(.*?)</ul>', re.S)
ITEM = re.compile(r'<li><a href="([^"]*)">(.*?)</a></li>', re.S)
OTHER_SITE = re.compile(r'<a href="(__SITE_[^"]*)">[^<]*</a>')
BLURBS = (
    "Tutte le informazioni aggiornate.",
    "Modalità, tempi e contatti dell'ufficio.",
    "Pubblicato dall'ufficio competente.",
    "Consulta la pagina per i dettagli.",
)


def _items(match: re.Match[str]) -> list[tuple[str, str]]:
    """A list's (href, title) pairs; every item is a plain link, so none is lost."""
    found: list[tuple[str, str]] = ITEM.findall(match.group(1))
    assert len(found) == match.group(1).count("<li"), match.group(1)[:200]
    return found


def _is_file(href: str) -> bool:
    return href.partition("?")[0].endswith(".pdf") or "id=" in href


def with_teasers(page: str) -> str:
    """Every list item as a teaser: the title a heading with no link, a blurb, and a "Leggi di più" link."""

    def teaser(k: int, href: str, title: str) -> str:
        label = "Scarica il documento" if _is_file(href) else "Leggi di più"
        return (
            f'<div class="anteprima"><h3 class="anteprima__titolo">{title}</h3>'
            f'<p class="anteprima__testo">{BLURBS[k % len(BLURBS)]}</p>'
            f'<a class="anteprima__link" href="{href}">{label}</a></div>'
        )

    def teasers(match: re.Match[str]) -> str:
        items = "".join(teaser(k, h, t) for k, (h, t) in enumerate(_items(match)))
        return f'<div class="elenco-anteprime">{items}</div>'

    return LIST.sub(teasers, page)


def with_cards(page: str) -> str:
    """Every list as a grid of cards: a category, the title linked in a heading, a "Vai alla pagina" button."""

    def card(href: str, title: str) -> str:
        kind = "Documento" if _is_file(href) else "Pagina"
        return (
            f'<div class="card card-teaser"><div class="card-body"><span class="card-category">{kind}</span>'
            f'<h3 class="card-title"><a href="{href}">{title}</a></h3>'
            f'<a class="read-more" href="{href}"><span class="text">Vai alla pagina</span></a></div></div>'
        )

    def grid(match: re.Match[str]) -> str:
        return '<div class="card-wrapper">' + "".join(card(h, t) for h, t in _items(match)) + "</div>"

    return LIST.sub(grid, page)


def with_banner(page: str) -> str:
    """Every link to another site of the web as a banner image: no text, an empty `alt`."""
    return OTHER_SITE.sub(
        lambda m: f'<a href="{m.group(1)}" class="banner"><img src="/immagini/banner-3.jpg" alt="" width="300"></a>',
        page,
    )

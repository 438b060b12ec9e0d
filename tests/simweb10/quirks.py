"""How the tenth web's sites serve their pages: the seventh web's habits (tests/simweb7/quirks.py), and
two more applied to a written page's HTML: lists whose links carry no text of their own (an image's
`alt`, an SVG icon's `<title>`, an `aria-label` or a `title` only), and lists folded into script tabs
and "Leggi di più" toggles whose panels are in the DOM but hidden by CSS.
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
    "with_base", "with_document_table", "with_filter_buttons", "with_icon_links", "with_megafooter",
    "with_megamenu", "with_onclick", "with_relative_links", "with_tabs",
]  # fmt: skip

LIST = re.compile(r'<ul class="elenco">(.*?)</ul>', re.S)
LINK = re.compile(r'<a href="([^"]*)">([^<]*)</a>')
TABS = ("Documenti", "Modulistica", "Approfondimenti")


def _icon(k: int, href: str, text: str) -> str:
    """One link of a list with its words only where a screen reader finds them, four ways in turn."""
    shapes = (
        f'<a href="{href}" class="banner"><img src="/immagini/banner-{k}.png" alt="{text}" width="300"></a>',
        f'<a href="{href}" class="icona"><svg viewBox="0 0 24 24" role="img"><title>{text}</title>'
        '<path d="M4 4h16v16H4z"/></svg></a>',
        f'<a href="{href}" class="icona" aria-label="{text}"><span class="icon icon-arrow"></span></a>',
        f'<a href="{href}" class="card-link" title="{text}"><span class="stretched"></span></a>',
    )
    return shapes[k % len(shapes)]


def with_icon_links(page: str) -> str:
    """Every link of every list as an image, an SVG icon, or an empty link named by `aria-label`/`title`."""

    def icons(match: re.Match[str]) -> str:
        count = iter(range(10_000))
        body = LINK.sub(lambda m: _icon(next(count), m.group(1), m.group(2)), match.group(1))
        return f'<ul class="elenco">{body}</ul>'

    return LIST.sub(icons, page)


def with_tabs(page: str) -> str:
    """Every list inside a hidden tab panel behind script tabs, then a "Leggi di più" toggle."""
    count = iter(range(10_000))

    def tabs(match: re.Match[str]) -> str:
        k = next(count)
        heads = "".join(
            f'<button role="tab" aria-selected="{str(i == 0).lower()}" aria-controls="pannello-{k}-{i}">{t}</button>'
            for i, t in enumerate(TABS)
        )
        empty = "".join(f'<div role="tabpanel" id="pannello-{k}-{i}" hidden></div>' for i in range(1, len(TABS)))
        return (
            f'<div class="tabs" data-js="tabs"><div role="tablist">{heads}</div>'
            f'<div role="tabpanel" id="pannello-{k}-0" class="is-hidden" style="display:none">'
            f'<div class="leggi-di-piu"><p>Contenuti della sezione.</p>'
            f'<button type="button" class="toggle" aria-expanded="false">Leggi di più</button>'
            f'<div class="collapse">{match.group(0)}</div></div></div>{empty}</div>'
        )

    return LIST.sub(tabs, page)

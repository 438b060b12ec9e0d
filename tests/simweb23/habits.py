"""Four habits of real Italian public portals, applied to a written page's HTML (none in an earlier web's
modules): "Leggi di più" teaser cards whose only link is the generic button, an "Allegati" tab of a service
card holding the page's list, file links dressed as the Bootstrap Italia download item (icon, format and
size, `download` attribute), and another site's link as a banner image with no words of its own.
"""

from __future__ import annotations

import re

LIST = re.compile(r'<ul class="elenco">(.*?)</ul>', re.S)
ITEM = re.compile(r'<li><a href="([^"]*)">(.*?)</a></li>', re.S)
FILE_LINK = re.compile(r'<a href="([^"]*(?:\.pdf|scarica\.php\?id=\d+))">(.*?)</a>', re.S)
SITE_LINK = re.compile(r'<a href="(__SITE_[^"]*__/)">([^<]*)</a>')


def with_teasers(page: str) -> str:
    """Every list item as a card: its title as a heading, a line of summary, and a "Leggi di più" link."""

    def card(match: re.Match[str]) -> str:
        href, title = match.groups()
        return (
            f'<div class="card card-teaser"><div class="card-body"><h3 class="card-title">{title}</h3>'
            '<p class="card-text">Pubblicato dal Comune. Consulta il contenuto completo.</p>'
            f'<a class="read-more" href="{href}"><span class="text">Leggi di più</span></a></div></div>'
        )

    return LIST.sub(lambda m: f'<div class="card-wrapper">{ITEM.sub(card, m.group(1))}</div>', page)


def with_attachment_tabs(page: str) -> str:
    """Every list inside the "Allegati" tab of a tabbed card; the first tab, shown, describes the page."""

    def tabs(match: re.Match[str]) -> str:
        nav = (
            '<ul class="nav nav-tabs" role="tablist">'
            '<li class="nav-item"><a class="nav-link active" data-bs-toggle="tab" href="#tab-descrizione">'
            "Descrizione</a></li>"
            '<li class="nav-item"><a class="nav-link" data-bs-toggle="tab" href="#tab-allegati">Allegati</a></li></ul>'
        )
        panes = (
            '<div class="tab-content"><div class="tab-pane active" id="tab-descrizione" role="tabpanel">'
            "<p>Le informazioni sono a cura dell'ufficio competente.</p></div>"
            f'<div class="tab-pane" id="tab-allegati" role="tabpanel" hidden>{match.group(0)}</div></div>'
        )
        return f'<div class="scheda-tabs">{nav}{panes}</div>'

    return LIST.sub(tabs, page)


def with_file_items(page: str) -> str:
    """Every file link with the download attribute, a PDF icon, and its format and size after the name."""

    def item(match: re.Match[str]) -> str:
        href, text = match.groups()
        size = 96 + 37 * len(text) % 900
        return (
            f'<a href="{href}" class="link-file" download title="Scarica il file">'
            '<svg class="icon icon-sm" aria-hidden="true"><use href="#it-file-pdf"></use></svg>'
            f'<span>{text}</span> <small class="file-info">(pdf {size} kB)</small></a>'
        )

    return FILE_LINK.sub(item, page)


def with_site_banners(page: str) -> str:
    """Every link to another site of the web as a banner image: the words only in a file name."""
    return SITE_LINK.sub(
        lambda m: (
            f'<a href="{m.group(1)}" class="banner" target="_blank"><img src="/images/banner_2025.png" alt=""></a>'
        ),
        page,
    )


HABITS = {  # in the order they apply: a banner is no list item, so no teaser card takes it
    "banners": with_site_banners,
    "teasers": with_teasers,
    "tabs": with_attachment_tabs,
    "fileitems": with_file_items,
}

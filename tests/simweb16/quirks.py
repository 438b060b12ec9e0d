"""How real municipal sites serve their pages: the seventh web's habits (tests/simweb7/quirks.py, for the
loaded writers), and four more applied to a written page's HTML: lists kept in a `<template>` that a script
clones, list links that say only "clicca qui" or "scarica", a `<base href>` in a sub-folder with every link
written `../`, and PDFs shown by `<embed src>` instead of linked.
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
    "with_base", "with_base_folder", "with_click_here", "with_document_table", "with_embedded_pdfs",
    "with_filter_buttons", "with_megafooter", "with_megamenu", "with_onclick", "with_relative_links", "with_template",
]  # fmt: skip

LIST = re.compile(r'<ul class="elenco">.*?</ul>', re.S)
ITEM_LINK = re.compile(r'<li><a href="([^"]*)">(.*?)</a>', re.S)
PDF_LINK = re.compile(r'<a href="([^"]*\.pdf)">(.*?)</a>', re.S)
ROOT_HREF = re.compile(r'href="/([^"]*)"')
BASE_FOLDER = "portale"
CLONE = (
    "<script>document.querySelectorAll('[data-template]').forEach(function (box) {"
    " box.appendChild(document.getElementById(box.dataset.template).content.cloneNode(true)); });</script>"
)


def with_template(page: str) -> str:
    """Every list of links inside an inert `<template>`, shown only when the page's script clones it."""
    count = iter(range(1, 1000))

    def inert(match: re.Match[str]) -> str:
        name = f"elenco-{next(count)}"
        return f'<div class="elenco-box" data-template="{name}"></div><template id="{name}">{match.group(0)}</template>'

    page = LIST.sub(inert, page)
    return page.replace("</body>", CLONE + "</body>", 1) if "<template id=" in page else page


def with_click_here(page: str) -> str:
    """Every list link reads "clicca qui" ("scarica" for a PDF): what it leads to only in the text before
    it and in its `title`."""

    def vague(match: re.Match[str]) -> str:
        href, text = match.groups()
        word = "scarica" if href.partition("?")[0].endswith(".pdf") else "clicca qui"
        return f'<li>{text} - per i dettagli <a href="{href}" title="{text}">{word}</a>'

    return LIST.sub(lambda m: ITEM_LINK.sub(vague, m.group(0)), page)


def with_base_folder(page: str, site: str) -> str:
    """A `<base href>` in the portal's sub-folder, and every root-relative link written `../` from it:
    right only when resolved against the base, wrong against the page's own address."""
    page = ROOT_HREF.sub(lambda m: f'href="../{m.group(1)}"', page)
    return page.replace("<head>", f'<head><base href="{site}/{BASE_FOLDER}/">', 1)


def with_embedded_pdfs(page: str) -> str:
    """Every linked PDF shown in the page by `<embed src>`, its name in a caption; no `<a>` to it."""
    return PDF_LINK.sub(
        lambda m: (
            f'<figure class="anteprima-documento"><embed src="{m.group(1)}" type="application/pdf" width="100%"'
            f' height="480"><figcaption>{m.group(2)}</figcaption></figure>'
        ),
        page,
    )

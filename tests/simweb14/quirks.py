"""How real municipal sites serve their pages: the sixth and seventh webs' habits (tests/simweb7/quirks.py),
and four more applied to a written page's HTML: accordion lists whose links are `href="#"` with the address
in `data-target`, PDFs reached through a "Scarica" button that is a `<form method="get">`, PDF links that
open at a page (`#page=N`), and a home page that is a single-page app with a `<noscript>` fallback.
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
    "with_accordion", "with_base", "with_document_table", "with_filter_buttons", "with_megafooter", "with_megamenu",
    "with_noscript_app", "with_onclick", "with_page_fragments", "with_relative_links", "with_scarica_forms",
]  # fmt: skip

LIST = re.compile(r'<ul class="elenco">(.*?)</ul>', re.S)
LINK = re.compile(r'<a href="([^"#]*)">')
PDF_LINK = re.compile(r'<a href="([^"#]*\.pdf)">(.*?)</a>', re.S)
BODY = re.compile(r"<body([^>]*)>(.*)</body>", re.S)


def with_accordion(page: str) -> str:
    """Every list folded in an accordion: its links are `href="#"`, a script opens `data-target`."""

    def folded(match: re.Match[str]) -> str:
        items = LINK.sub(lambda m: f'<a href="#" class="voce" data-target="{m.group(1)}">', match.group(1))
        return (
            '<div class="accordion"><button type="button" class="accordion-toggle" aria-expanded="false">'
            f'Mostra elenco</button><ul class="elenco accordion-body" hidden>{items}</ul></div>'
        )

    return LIST.sub(folded, page)


def with_scarica_forms(page: str) -> str:
    """Every PDF named by its text, fetched only through a "Scarica" button of a GET form."""
    return PDF_LINK.sub(
        lambda m: (
            f'<span class="documento">{m.group(2)}</span> <form class="scarica" method="get" action="{m.group(1)}">'
            '<button type="submit">Scarica</button></form>'
        ),
        page,
    )


def with_page_fragments(page: str) -> str:
    """Every PDF link opens the viewer at a page: `#page=N` after the address."""
    return PDF_LINK.sub(lambda m: f'<a href="{m.group(1)}#page={2 + len(m.group(2)) % 5}">{m.group(2)}</a>', page)


def with_noscript_app(page: str) -> str:
    """A single-page app's shell: the written page only as the `<noscript>` fallback of an empty mount point."""
    return BODY.sub(
        lambda m: (
            f'<body{m.group(1)}><div id="app" data-api="/api/v1/menu.json">Caricamento…</div>'
            f'<noscript>{m.group(2)}</noscript><script src="/static/js/app.bundle.js"></script></body>'
        ),
        page,
        count=1,
    )

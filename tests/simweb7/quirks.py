"""How real municipal sites serve their pages: the sixth web's habits (tests/simweb6/quirks.py), and three
more applied to a written page's HTML: a mega-footer (the sixth web's mega-menu, put before `</body>`),
lists shown as the long table of a "Documenti" page, and a toolbar of `<button>` filters with script-only
links over every list.
"""

from __future__ import annotations

import re

from tests.simweb6.quirks import with_base, with_megamenu, with_onclick, with_relative_links

__all__ = [
    "with_base", "with_document_table", "with_filter_buttons", "with_megafooter", "with_megamenu", "with_onclick",
    "with_relative_links",
]  # fmt: skip

LIST = re.compile(r'<ul class="elenco">(.*?)</ul>', re.S)
ITEM = re.compile(r"<li>(.*?)</li>", re.S)
FILTERS = ("Tutti", "Famiglie", "Anziani", "Disabilità", "Minori", "Casa e lavoro")


def with_megafooter(page: str, leaves: list[tuple[str, str]], sections: list[tuple[str, str]]) -> str:
    """The page with the sixth web's mega-menu as a footer: every leaf page and each section's aliases."""
    menu = with_megamenu("<body>", leaves, sections).removeprefix("<body>")
    footer = menu.replace('class="mega-menu"', 'class="mega-menu mega-footer"', 1)
    return page.replace("</body>", f'<footer class="footer-esteso">{footer}</footer></body>', 1)


def with_document_table(page: str) -> str:
    """Every list of links as a numbered table: number, document, publication date, format."""

    def table(match: re.Match[str]) -> str:
        rows = "".join(
            f"<tr><td>{k}</td><td>{cell}</td><td>{1 + k % 28:02d}/{1 + k % 12:02d}/2025</td><td>HTML/PDF</td></tr>"
            for k, cell in enumerate(ITEM.findall(match.group(1)), 1)
        )
        head = "<thead><tr><th>N.</th><th>Documento</th><th>Data</th><th>Formato</th></tr></thead>"
        return f'<table class="documenti">{head}<tbody>{rows}</tbody></table>'

    return LIST.sub(table, page)


def with_filter_buttons(page: str) -> str:
    """A toolbar of filter buttons, a "show filters" script link and a "back to top" anchor over every list."""
    buttons = "".join(f'<button type="button" data-filter="{f.lower()}">{f}</button>' for f in FILTERS)
    bar = (
        f'<div class="filtri" role="toolbar">{buttons}'
        '<a href="javascript:void(0)" onclick="mostraFiltri()">Mostra filtri</a>'
        '<a href="#" class="torna-su">Torna su</a></div>'
    )
    return page.replace('<ul class="elenco">', bar + '<ul class="elenco">')

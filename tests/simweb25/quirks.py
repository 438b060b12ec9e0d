"""How real municipal sites serve their lists: the sixth web's habits (tests/simweb6/quirks.py), and five of
this web's, applied to a written page's HTML. Each keeps every address; only the markup around it changes:
`tiles` (a grid of icon tiles, as Designers Italia "argomenti" pages), `deflist` (a `<dl>` of records with
their update date, as ISWEB/Maggioli portals), `titleattr` (the title as plain text, the link an "Apri"
button whose name is only in `title`), `details` (the list folded in a `<details>` "Mostra tutti"), and
`logolink` (a link to another body's site shown only as its logo image).
"""

from __future__ import annotations

import re

from tests.simweb6.quirks import with_base, with_megamenu, with_onclick, with_relative_links

__all__ = [
    "NEW_QUIRKS", "with_base", "with_megamenu", "with_new_quirk", "with_onclick", "with_relative_links",
]  # fmt: skip

NEW_QUIRKS = ("tiles", "deflist", "titleattr", "details", "logolink")
LIST = re.compile(r'<ul class="elenco">(.*?)</ul>', re.S)
ITEM = re.compile(r"<li>(.*?)</li>", re.S)
ANCHOR = re.compile(r'<a href="([^"]*)"([^>]*)>(.*?)</a>', re.S)
OTHER_SITE = re.compile(r'<a href="(__SITE_[^"]+__/)"[^>]*>(.*?)</a>', re.S)


def _tiles(items: list[str]) -> str:
    tiles = "".join(f'<div class="tile"><span class="tile-icona" aria-hidden="true"></span>{i}</div>' for i in items)
    return f'<nav class="griglia-tile">{tiles}</nav>'


def _deflist(items: list[str]) -> str:
    rows = "".join(f"<dt>{i}</dt><dd>Ultima modifica: {1 + k % 28:02d}/{1 + k % 12:02d}/2025</dd>"
                   for k, i in enumerate(items, 1))  # fmt: skip
    return f'<dl class="elenco-schede">{rows}</dl>'


def _titleattr(items: list[str]) -> str:
    def button(match: re.Match[str]) -> str:
        title = re.sub(r"<[^>]+>", "", match.group(3)).replace('"', "&quot;")
        link = f'<a href="{match.group(1)}"{match.group(2)} title="{title}" class="btn-apri">Apri</a>'
        return f'<span class="titolo">{match.group(3)}</span> {link}'

    return '<div class="righe">' + "".join(f'<p class="riga">{ANCHOR.sub(button, i)}</p>' for i in items) + "</div>"


def _details(items: list[str]) -> str:
    rows = "".join(f"<li>{i}</li>" for i in items)
    summary = f"<summary>Mostra tutti ({len(items)})</summary>"
    return f'<details class="espandi">{summary}<ul class="elenco">{rows}</ul></details>'


LISTS = {"tiles": _tiles, "deflist": _deflist, "titleattr": _titleattr, "details": _details}


def with_new_quirk(page: str, quirk: str) -> str:
    """The page served with one of this web's quirks."""
    if quirk == "logolink":
        logo = r'<a href="\1" class="logo-ente"><img src="/images/loghi/ente-gestore.png" alt="Logo"></a>'
        return OTHER_SITE.sub(logo, page)
    return LIST.sub(lambda m: LISTS[quirk](ITEM.findall(m.group(1))), page)

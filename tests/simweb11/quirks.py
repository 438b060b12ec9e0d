"""How the eleventh web's sites serve a written page: the seventh web's habits (tests/simweb7/quirks.py),
and this web's, applied to the page's HTML.

- the header's menu only as data for a script: `window.__MENU__ = {...}` or
  `<script type="application/json" id="menu">`;
- list items and table rows that navigate only by `data-href` or `onclick="location.href='...'"`;
- hop pages in front of fact pages: a meta refresh or a `window.location = '...'` script;
- `?lang=it` / `?lang=en` variants of every page named by `hreflang` alternates and a language switch,
  and a `<link rel="canonical">` naming another address of the page;
- paths written in Title-Case (`/Servizi/Servizi-Sociali/`), which the server redirects to lower case;
- accented paths (`/novità/`), linked %-encoded (`/novit%C3%A0/`) as browsers send them.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote

from tests.simweb7.quirks import (
    with_base,
    with_document_table,
    with_filter_buttons,
    with_megafooter,
    with_megamenu,
    with_onclick,
    with_relative_links,
)

from .families import esc

__all__ = [
    "accented", "hop_page", "with_accents", "with_base", "with_canonical", "with_document_table",
    "with_filter_buttons", "with_languages", "with_megafooter", "with_megamenu", "with_onclick",
    "with_relative_links", "with_row_links", "with_script_menu", "with_title_case",
]  # fmt: skip

NAV = re.compile(r"(<nav\b[^>]*>)(.*?)(</nav>)", re.S)
ANCHOR = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.S)
LIST_LINK = re.compile(r'<li><a href="([^"]*)">(.*?)</a></li>', re.S)
ROW_LINK = re.compile(r'<tr><td>(\d+)</td><td><a href="([^"]*)">(.*?)</a></td>', re.S)
ROOT_PATH = re.compile(r'href="(/[a-z0-9/_.-]*)"')
BODY = re.compile(r"(<body[^>]*>)")
ACCENTED = {"attivita": "attività", "novita": "novità", "disabilita": "disabilità", "societa": "società"}
PLAIN_WORD = re.compile("|".join(ACCENTED))
ADDRESS = re.compile(r'(href=")([^"]*)')


def with_script_menu(page: str, form: str) -> str:
    """The first `<nav>` emptied; its links become JSON that a script would turn into a menu.
    form "global": `window.__MENU__ = {...}`; form "json": `<script type="application/json" id="menu">`."""

    def menu(match: re.Match[str]) -> str:
        items = [{"titolo": t, "url": u.replace("&amp;", "&")} for u, t in ANCHOR.findall(match.group(2))]
        data = json.dumps({"voci": items}, ensure_ascii=False).replace("</", "<\\/")
        script = (
            f"<script>window.__MENU__ = {data};</script>"
            if form == "global"
            else f'<script type="application/json" id="menu">{data}</script>'
        )
        return f'{match.group(1)}<div class="menu-js" data-menu="principale"></div>{match.group(3)}{script}'

    return NAV.sub(menu, page, count=1)


def with_row_links(page: str) -> str:
    """List items and table rows with no anchor: the address only in `data-href` or a row's `onclick`."""
    page = LIST_LINK.sub(lambda m: f'<li class="voce" data-href="{m.group(1)}">{m.group(2)}</li>', page)
    return ROW_LINK.sub(
        lambda m: (
            f'<tr class="riga" onclick="location.href=\'{m.group(2)}\'"><td>{m.group(1)}</td><td>{m.group(3)}</td>'
        ),
        page,
    )


def with_languages(page: str, url: str) -> str:
    """`hreflang` alternates in the head and a language switch after the body's opening tag."""
    sep = "&amp;" if "?" in url else "?"
    it, en = esc(url) + f"{sep}lang=it", esc(url) + f"{sep}lang=en"
    head = f'<link rel="alternate" hreflang="it" href="{it}"><link rel="alternate" hreflang="en" href="{en}">'
    switch = f'<div class="lingue"><a href="{it}" hreflang="it">IT</a> <a href="{en}" hreflang="en">EN</a></div>'
    page = page.replace("</head>", head + "</head>", 1)
    return BODY.sub(lambda m: m.group(1) + switch, page, count=1)


def with_canonical(page: str, other: str) -> str:
    return page.replace("</head>", f'<link rel="canonical" href="{esc(other)}"></head>', 1)


def with_title_case(page: str) -> str:
    """Root-relative paths with no query (style sheets aside) written with capitals, as editors type them."""
    return ROOT_PATH.sub(
        lambda m: (
            m.group(0)
            if m.group(1).endswith(".css")
            else f'href="{"/".join(s.title() for s in m.group(1).split("/"))}"'
        ),
        page,
    )


def hop_page(target: str, style: str, site_title: str) -> bytes:
    """A page whose only way on is a meta refresh (style "refresh") or a script (style "script")."""
    if style == "refresh":
        head, body = f'<meta http-equiv="refresh" content="0; url={esc(target)}">', "<p>Reindirizzamento in corso…</p>"
    else:
        head, body = "", f"<script>window.location = '{target}';</script><p>Attendere prego…</p>"
    return (
        f'<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">{head}<title>{esc(site_title)}</title></head>'
        f"<body>{body}</body></html>"
    ).encode()


def accented(path: str) -> str:
    """A site address with its words' accents, as an editor names the page."""
    return PLAIN_WORD.sub(lambda m: ACCENTED[m.group(0)], path)


def with_accents(page: str) -> str:
    """Every link to an accented address, %-encoded as a browser sends it."""
    return ADDRESS.sub(lambda m: m.group(1) + PLAIN_WORD.sub(lambda w: quote(ACCENTED[w.group(0)]), m.group(2)), page)

"""How real municipal sites serve their pages, applied to a written page's HTML.

Each function takes one rendered page and returns it as a site with that habit would serve it: a
mega-menu of every leaf page and of aliases of the main sections (tracking parameters, `index.php`, a
fragment, no trailing slash, upper case), list items that navigate by `data-href`/`onclick` over a plain
link, links relative to the page (`../`), and links relative to a `<base href>` in the head.
"""

from __future__ import annotations

import posixpath
import re

from .families import esc

ROOT_HREF = re.compile(r'href="(/[^"]*)"')
LIST_ITEM = re.compile(r'<li><a href="([^"]*)">')
BODY = re.compile(r"(<body[^>]*>)")


def aliases(url: str) -> list[str]:
    """Other addresses of the same page, as menus and newsletters link them."""
    sep = "&" if "?" in url else "?"
    found = [f"{url}{sep}utm_source=sito&utm_medium=megamenu", f"{url}#contenuto"]
    if url.endswith("/") and url != "/":
        found += [url + "index.php", url[:-1]]
    if "?" not in url and url != url.upper():
        found.append(url.upper())
    return found


def with_megamenu(page: str, leaves: list[tuple[str, str]], sections: list[tuple[str, str]]) -> str:
    """The page with a mega-menu after the body's opening tag: every leaf page, and each section's aliases."""
    items = [(title, url) for title, url in leaves]
    items += [(f"{title} ({k + 1})", alias) for title, url in sections for k, alias in enumerate(aliases(url))]
    links = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in items)
    menu = f'<nav class="mega-menu" aria-label="Menu completo"><ul class="mega-menu__list">{links}</ul></nav>'
    return BODY.sub(lambda m: m.group(1) + menu, page, count=1)


def with_onclick(page: str) -> str:
    """Every list item navigates by script, with the plain link kept inside it."""
    return LIST_ITEM.sub(
        lambda m: (
            f'<li class="scheda" data-href="{m.group(1)}" onclick="window.location.href=\'{m.group(1)}\'">'
            f'<a href="{m.group(1)}">'
        ),
        page,
    )


def relative_href(href: str, page_url: str) -> str:
    """`href` (root-relative) written relative to the page at `page_url`, `../` and all."""
    cut = min((i for i in (href.find("?"), href.find("#")) if i >= 0), default=len(href))
    path, rest = href[:cut], href[cut:]
    folder = page_url.partition("?")[0].rsplit("/", 1)[0] or "/"
    head, tail = posixpath.split(path)
    up = posixpath.relpath(head, folder)
    return (tail if up == "." and tail else f"{up}/{tail}") + rest


def with_relative_links(page: str, page_url: str) -> str:
    return ROOT_HREF.sub(lambda m: f'href="{relative_href(m.group(1), page_url)}"', page)


def with_base(page: str, base: str) -> str:
    """Links relative to the site's root, which only the head's `<base href>` makes right."""
    page = ROOT_HREF.sub(lambda m: f'href="{m.group(1)[1:] or "./"}"', page)
    return page.replace("<head>", f'<head><base href="{base}/">', 1)

"""This web's habits of real sites, applied to a written page, feed, robots.txt or sitemap.

- "Carica altri" lists: the next page of a list is asked by a script button; the plain-HTML fallback is
  a `<noscript>` link and a `<link rel="next">` in the head (`loadmore`), or the head's link alone
  (`relnext`);
- an RSS feed announced by `<link rel="alternate">` in every page's head;
- robots.txt lines added to what the site already forbids (the search, a whole section, a crawl delay);
- sitemap dates: every page old but the ones that changed lately.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date

from tests.simweb.build import BASE

from .families import esc

NEXT_LINK = re.compile(r'<li([^>]*)><a href="([^"]*)">(Pagina successiva|Carica altri)</a></li>')
LOC_LASTMOD = re.compile(r"<loc>([^<]*)</loc><lastmod>[^<]*</lastmod>")
FEED_PATH = "/rss.xml"
FEED_LINK = f'<link rel="alternate" type="application/rss+xml" title="Notizie" href="{FEED_PATH}">'


def with_load_more(page: str, noscript: bool) -> str:
    """Every next-page link made a "Carica altri" button; its address kept in the head's `<link rel="next">`
    and, if `noscript`, in a `<noscript>` link beside the button."""
    nexts: list[str] = []

    def button(match: re.Match[str]) -> str:
        attrs, href, text = match.groups()
        nexts.append(href)
        fallback = f'<noscript><a href="{href}">{text}</a></noscript>' if noscript else ""
        return (
            f'<li{attrs} class="carica-altri"><button type="button" class="btn btn-outline-primary" '
            f'data-next="{href}" onclick="caricaAltri(this)">Carica altri</button>{fallback}</li>'
        )

    page = NEXT_LINK.sub(button, page)
    if nexts:
        page = page.replace("</head>", f'<link rel="next" href="{nexts[0]}"></head>', 1)
    return page


def with_feed_link(page: str) -> str:
    return page.replace("</head>", FEED_LINK + "</head>", 1)


def rss(site_title: str, items: list[tuple[str, str]]) -> bytes:
    """An RSS 2.0 feed of (title, root-relative URL) items, newest first."""
    rows = "".join(
        f"<item><title>{esc(t)}</title><link>{BASE}{esc(u)}</link><guid>{BASE}{esc(u)}</guid>"
        f"<pubDate>{28 - k:02d} Nov 2025 09:00:00 +0100</pubDate></item>\n"
        for k, (t, u) in enumerate(items)
    )
    head = f"<channel><title>{esc(site_title)} - Notizie</title><link>{BASE}/</link><description>Notizie</description>"
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">{head}\n{rows}</channel></rss>\n'.encode()


def with_robots_lines(robots: bytes, disallow: list[str], delay: int | None) -> bytes:
    """robots.txt with more forbidden prefixes (and a crawl delay) in its `User-agent: *` group."""
    text = robots.decode("utf-8")
    extra = "".join(f"Disallow: {path}\n" for path in disallow) + (f"Crawl-delay: {delay}\n" if delay else "")
    return text.replace("User-agent: *\n", "User-agent: *\n" + extra, 1).encode("utf-8")


def old_date(url: str) -> str:
    """A date between 2014 and 2019 drawn from the URL alone."""
    n = int(hashlib.sha256(url.encode("utf-8")).hexdigest()[:8], 16)
    return date.fromordinal(date(2014, 1, 1).toordinal() + n % 2000).isoformat()


def with_lastmod(sitemap: bytes, recent: set[str]) -> bytes:
    """The sitemap with every date old but those of the `recent` (root-relative) URLs: November 2025."""

    def dated(match: re.Match[str]) -> str:
        loc = match.group(1)
        path = loc.removeprefix(BASE)
        when = "2025-11-24" if path in recent else old_date(path)
        return f"<loc>{loc}</loc><lastmod>{when}</lastmod>"

    return LOC_LASTMOD.sub(dated, sitemap.decode("utf-8")).encode("utf-8")

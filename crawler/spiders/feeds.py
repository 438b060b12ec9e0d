"""A site's news feeds (RSS, Atom): the items a page's head names by `<link rel="alternate">`.

A feed lists a site's news newest first, and sometimes an item no page links any more and no sitemap lists (an old
news item that says the Piano di Zona was signed, off the news list's pages the crawl reads). The crawl reads a
site's feed once, for the items whose titles name the ambito's planning: a careful reader skims a feed's titles
and opens those. Pure: an lxml tree or a feed's bytes in, URLs out.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml import etree

FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml"})
FEEDS_PER_SITE = 2  # WordPress names its posts' feed and a category's; more are comments, tags, authors
_COMMENTS = re.compile(r"comment", re.I)  # a feed of comments lists no news
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True)


def feed_links(root: etree._Element, base_url: str) -> list[str]:
    """The feeds a page's head names (`<link rel="alternate" type="application/rss+xml" href=...>`), resolved;
    not a feed of comments."""
    found: list[str] = []
    for link in root.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").strip().lower()
        href = (link.get("href") or "").strip()
        if "alternate" in rels and kind in FEED_TYPES and href and not _COMMENTS.search(f"{href} {link.get('title')}"):
            url = urljoin(base_url, href)
            if url not in found:
                found.append(url)
    return found


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(item: etree._Element, name: str) -> str:
    for child in item:
        if _local(child.tag) == name:
            return " ".join("".join(child.itertext()).split())
    return ""


def _atom_link(entry: etree._Element) -> str:
    """An Atom entry's page: its `<link rel="alternate">` (or a link without rel)."""
    for child in entry:
        if _local(child.tag) == "link" and (child.get("rel") or "alternate") == "alternate":
            return (child.get("href") or "").strip()
    return ""


def feed_items(body: bytes, base_url: str) -> list[tuple[str, str]]:
    """(URL, title) of each item of an RSS or Atom feed, in its order; [] when the body is no feed."""
    try:
        root = etree.fromstring(body, _PARSER)
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    items: list[tuple[str, str]] = []
    for item in root.iter():
        name = _local(item.tag)
        if name not in ("item", "entry"):
            continue
        link = _child_text(item, "link") if name == "item" else _atom_link(item)
        if link:
            items.append((urljoin(base_url, link), _child_text(item, "title")))
    return items

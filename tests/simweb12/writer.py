"""The twelfth web's site writer: the seventh web's (tests/simweb7/writer.py), read with this web's
tables, and the structures of tests/simweb12/structures.py.

The seventh web's writer file is loaded once more as `tests.simweb12.seventh_web_writer`: the earlier
writers it loads in turn become modules of this package and read this web's `families.py`,
`content.py` and `quirks.py` (no copy; the frozen files are only read). `SiteWriter` then serves each
site by this web's quirks (NEW_QUIRKS; what each does: structures.py). A quirk that moves a fact
(`viewer`, `splash`, `lingua`: one click deeper; `tags`: linked from its tag page; `feed`, `breadcrumb`:
routes of their own) says so in the manifest entry; `endless` and `tags` add traps the server knows.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.simweb2.build import NEWS_PAGES

from .structures import (
    ENDLESS_PARAM,
    FEED_PATH,
    NEWS_SITEMAP,
    TAGS,
    english_page,
    language_chooser,
    plain_page,
    rss,
    splash_page,
    split_sitemap,
    tag_address,
    tag_page,
    viewer_address,
    viewer_key,
    viewer_page,
    with_crawl_delay,
    with_feed_link,
    with_next_page,
    with_sitemap_entry,
    with_sitemap_lines,
    with_tag_cloud,
    without_sitemap_entry,
)

SEVENTH_WEB_WRITER = Path(__file__).resolve().parents[1] / "simweb7" / "writer.py"
NEW_QUIRKS = ("viewer", "feed", "crawldelay", "sitemapindex", "tags", "splash", "endless", "lingua", "breadcrumb")
LANGUAGE_HOME, ENGLISH = "/it/", "/en/"
SECTION = "/politiche-sociali/notizie-dal-distretto/"  # the section only a breadcrumb links
SIBLING = SECTION + "contributi-alle-famiglie-2025/"  # its page only the sitemap lists
SPLASH_HOME = "/home/"
TAGGED = "ufficio-di-piano"  # the tag of the one fact a tag page links
CRAWL_DELAY = 1  # seconds (robots.txt parsers read whole seconds): short enough to score the web in minutes
FEED_ITEMS = 12


def _seventh_web_writer() -> ModuleType:
    name = f"{__package__}.seventh_web_writer"
    spec = importlib.util.spec_from_file_location(name, SEVENTH_WEB_WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


seventh = _seventh_web_writer()
Fact12 = seventh.Fact7
QUIRKS: tuple[str, ...] = (*seventh.QUIRKS, *NEW_QUIRKS)
is_html = seventh.is_html


class SiteWriter(seventh.SiteWriter):  # type: ignore[misc]
    """The seventh web's writer with this web's tables; `quirks` (a subset of QUIRKS) say how the site serves."""

    def __init__(self, site: Any, quirks: tuple[str, ...] = ()) -> None:
        super().__init__(site, tuple(q for q in quirks if q not in NEW_QUIRKS))
        assert set(quirks) <= set(QUIRKS), quirks
        assert not ({"viewer"} & set(quirks) and {"download", "moved", "relative", "base"} & set(quirks)), quirks
        self.twelfth_quirks = quirks

    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        files, entry = super().render()
        if "viewer" in self.twelfth_quirks:
            self._serve_viewer(files, entry)
        if "splash" in self.twelfth_quirks:  # before the feed and the tag cloud: the splash page carries them too
            self._serve_splash(files, entry, SPLASH_HOME, splash_page(self.site.title, SPLASH_HOME))
        if "lingua" in self.twelfth_quirks:
            self._serve_splash(files, entry, LANGUAGE_HOME, language_chooser(self.site.title, LANGUAGE_HOME, ENGLISH))
            files[ENGLISH] = english_page(self.site.title, LANGUAGE_HOME)
        if "breadcrumb" in self.twelfth_quirks:
            self._serve_breadcrumb(files, entry)
        if "feed" in self.twelfth_quirks:
            self._serve_feed(files, entry)
        if "crawldelay" in self.twelfth_quirks:
            files["/robots.txt"] = with_crawl_delay(files["/robots.txt"], CRAWL_DELAY)
        if "sitemapindex" in self.twelfth_quirks:
            self._serve_sitemap_index(files, entry)
        if "tags" in self.twelfth_quirks:
            self._serve_tags(files, entry)
        if "endless" in self.twelfth_quirks:
            self._serve_endless(files, entry)
        entry["quirks"] = list(self.twelfth_quirks)
        return files, entry

    def _serve_breadcrumb(self, files: dict[str, bytes], entry: dict[str, Any]) -> None:
        """The site's news fact of route `sitemap` leaves the sitemap for a section page that only the
        breadcrumb of a sitemap-only sibling links (route `breadcrumb`)."""
        assert entry["sitemap"] == "/sitemap.xml" and not {SECTION, SIBLING} & set(files), self.site.id
        fact = next(f for f in entry["facts"] if f["reach"] == "sitemap" and f["kind"] == "news")
        placed = {p["url"] for p in entry["facts"] + entry["must_not_reach"] + entry["decoys"]}
        leaves = self._leaves(placed)[:2]
        title = "Notizie dal distretto sociale"
        trail = [("Home", "/"), ("Politiche sociali", SECTION), (title, SECTION)]
        items = [(self.pages[fact["url"]].title, fact["url"]), *leaves, ("Contributi alle famiglie 2025", SIBLING)]
        files[SECTION] = plain_page(self.site.title, title, trail[:2], items, "Comunicazioni dell'ambito.")
        sibling = "Contributi alle famiglie 2025"
        text = "Le domande si presentano allo sportello sociale del comune entro il 30 giugno 2025."
        files[SIBLING] = plain_page(self.site.title, sibling, [*trail, (sibling, SIBLING)], [], text)
        files["/sitemap.xml"] = with_sitemap_entry(
            without_sitemap_entry(files["/sitemap.xml"], fact["url"]), SIBLING, "2025-05-14"
        )
        fact["reach"] = "breadcrumb"

    def _serve_endless(self, files: dict[str, bytes], entry: dict[str, Any]) -> None:
        """The news list's last page links a next page, `?page=N`, that the server answers past the end with
        the last page again (and its own next link): an endless trap, recorded for the server. (A Drupal
        list's own pages are `?page=1`, `?page=2`: stored, they stay what they are.)"""
        first = self._news_lists()
        last = self.family.news_url(NEWS_PAGES)
        assert "?" not in first and f"{first}?{ENDLESS_PARAM}={NEWS_PAGES + 1}" not in files, self.site.id
        files[last] = with_next_page(files[last].decode("utf-8"), first, NEWS_PAGES + 1).encode("utf-8")
        trap = {"kind": "endless", "prefix": first, "param": ENDLESS_PARAM, "last": last, "next": NEWS_PAGES + 1}
        entry["traps"].append(trap)

    def _serve_tags(self, files: dict[str, bytes], entry: dict[str, Any]) -> None:
        """A tag cloud on every page; the site's Ufficio di Piano page, if only search found it, now linked
        only from its tag page (route `links`, depth 2). Tag pages list generic pages with no links."""
        assert entry["sitemap"] is None, self.site.id  # a CMS sitemap would list the fact once it is linked
        placed = {p["url"] for p in entry["facts"] + entry["must_not_reach"] + entry["decoys"]}
        leaves = self._leaves(placed)
        tagged = [f for f in entry["facts"] if f["reach"] == "search" and f["kind"] == TAGGED]
        tags = sorted([*TAGS, *([TAGGED] if tagged else [])])
        for url in [u for u in files if is_html(u)]:
            files[url] = with_tag_cloud(files[url].decode("utf-8"), tags).encode("utf-8")
        for k, tag in enumerate(tags):
            items = [leaves[(3 * k + j) % len(leaves)] for j in range(3)]
            if tag == TAGGED:
                fact = tagged[0]
                items[1] = (self.pages[fact["url"]].title, fact["url"])
                fact["reach"], fact["depth"] = "links", 2
            files[tag_address(tag)] = tag_page(self.site.title, tag, items, tags)
        entry["traps"].append({"kind": "tagcloud", "prefix": "/tag/", "pages": len(TAGS)})

    def _serve_splash(self, files: dict[str, bytes], entry: dict[str, Any], home: str, front: bytes) -> None:
        """The home page moved to `home` behind the `front` page: every linked page one click deeper."""
        assert not {"relative", "base"} & set(self.twelfth_quirks) and home not in files, self.site.id
        files[home], files["/"] = files["/"], front
        for fact in entry["facts"] + entry["must_not_reach"]:
            if fact["reach"] in ("links", "pagination", "robots"):
                fact["depth"] += 1
                assert fact["depth"] <= 4, (self.site.id, fact["url"])

    def _serve_sitemap_index(self, files: dict[str, bytes], entry: dict[str, Any]) -> None:
        """The plain sitemap split in a gzipped pages part and a news part, both named by an index."""
        assert entry["sitemap"] == "/sitemap.xml" and "feed" not in self.twelfth_quirks, self.site.id
        news = {u for u in self.pages if "notizi" in u and u.count("/") >= 2 and is_html(u)}
        news |= {f["url"] for f in entry["facts"] if f["kind"] == "news" and f["reach"] != "search"}
        listed = files["/sitemap.xml"].decode("utf-8")
        files.update(
            split_sitemap(files["/sitemap.xml"], {u for u in news if f"__BASE_URL__{u}<" in listed}, self.site.title)
        )
        files["/robots.txt"] = with_sitemap_lines(files["/robots.txt"], (NEWS_SITEMAP,))

    def _serve_viewer(self, files: dict[str, bytes], entry: dict[str, Any]) -> None:
        """Every linked fact PDF shown through the viewer: pages link the viewer, the viewer the PDF."""
        for fact in (f for f in entry["facts"] if f["reach"] in ("links", "pagination") and f["format"] == "pdf"):
            pdf, shown = fact["url"], viewer_address(fact["url"])
            for url in [u for u in files if is_html(u)]:
                files[url] = files[url].replace(f'href="{pdf}"'.encode(), f'href="{shown}"'.encode())
            files[viewer_key(pdf)] = viewer_page(pdf, self.site.title)
            fact["depth"] += 1
            assert fact["depth"] <= 4, (self.site.id, pdf)

    def _serve_feed(self, files: dict[str, bytes], entry: dict[str, Any]) -> None:
        """A feed named in every page's head; the site's news fact of route `sitemap` becomes its old item."""
        assert entry["sitemap"] == "/sitemap.xml", self.site.id
        old = None
        for fact in (f for f in entry["facts"] if f["reach"] == "sitemap" and f["kind"] == "news"):
            files["/sitemap.xml"] = without_sitemap_entry(files["/sitemap.xml"], fact["url"])
            fact["reach"], old = "feed", (self.pages[fact["url"]].title, fact["url"])
        recent = [(p.title, u) for u, p in self.pages.items() if u.count("/") >= 3 and not p.links and is_html(u)]
        placed = {p["url"] for p in entry["facts"] + entry["must_not_reach"] + entry["decoys"]}
        items = [(t, u) for t, u in recent if u not in placed][-FEED_ITEMS:][::-1]
        files[FEED_PATH] = rss(self.site.title, items, old)
        for url in [u for u in files if is_html(u)]:
            files[url] = with_feed_link(files[url].decode("utf-8")).encode("utf-8")

"""The sixth web's site writer: the fifth web's (tests/simweb5/writer.py), read with this web's tables,
and the habits of real sites applied to what it writes.

The fifth web's writer file is loaded once more as `tests.simweb6.fifth_web_writer`: the fourth and third
web's writers it loads in turn become modules of this package and read this web's `families.py` and
`content.py` (no copy; the frozen files are only read). `SiteWriter` then serves each site the way its
quirks say (tests/simweb6/quirks.py): a mega-menu of hundreds of links, list items by `onclick`, links
relative to the page or to a `<base href>`, fact pages moved to a new address after a migration (the old
address, the one linked, answers 301 or 302), fact PDFs downloaded from a script with no file name in the
address (the file stays stored under its own address, which nothing links). The manifest entry records
the quirks, the moved addresses and the downloads, for the server.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from .families import esc
from .quirks import with_base, with_megamenu, with_onclick, with_relative_links

FIFTH_WEB_WRITER = Path(__file__).resolve().parents[1] / "simweb5" / "writer.py"
QUIRKS = ("megamenu", "onclick", "relative", "base", "moved", "download", "soft404", "www")
ARCHIVE_YEARS = range(2012, 2026)  # the news archive's year filters
ARCHIVE_PAGES = 12  # pages of each year


def _fifth_web_writer() -> ModuleType:
    name = f"{__package__}.fifth_web_writer"
    spec = importlib.util.spec_from_file_location(name, FIFTH_WEB_WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


fifth = _fifth_web_writer()
Fact6 = fifth.Fact5
site_base = fifth.site_base


def is_html(url: str) -> bool:
    return not url.partition("?")[0].endswith((".pdf", ".xml", ".txt", ".gz"))


class SiteWriter(fifth.SiteWriter):  # type: ignore[misc]
    """The fifth web's writer with this web's tables; `quirks` (a subset of QUIRKS) say how the site serves."""

    def __init__(self, site: Any, quirks: tuple[str, ...] = ()) -> None:
        super().__init__(site)
        assert set(quirks) <= set(QUIRKS) and not {"relative", "base"} <= set(quirks), quirks
        self.quirks = quirks

    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        files, entry = super().render()
        linked = [f for f in entry["facts"] if f["reach"] in ("links", "pagination")]
        renamed: dict[str, str] = {}  # written address -> the address the site links
        if "download" in self.quirks:
            entry["downloads"] = {}
            for k, fact in enumerate(f for f in linked if f["format"] == "pdf"):
                new = f"/scarica.php?id={9100 + 7 * k}"
                entry["downloads"][new] = fact["url"]
                renamed[fact["url"]] = fact["url"] = new
        if "moved" in self.quirks:
            entry["moved"] = {}
            for k, fact in enumerate(linked):
                old = f"/index.php?option=com_content&view=article&id={700 + k}"
                if fact["format"] == "pdf":
                    old = "/public/archivio/" + fact["url"].rsplit("/", 1)[-1]
                entry["moved"][old] = {"to": fact["url"], "status": 302 if fact["format"] == "pdf" else 301}
                renamed[fact["url"]] = old
        placed = {p["url"] for p in self.facts + self.must_not_reach + self.decoys}
        menu = (self._leaves(placed), [(t, u) for t, u in self.nav + self.footer if u not in placed])
        for url in [u for u in files if is_html(u)]:
            files[url] = self._serve(url, files[url].decode("utf-8"), renamed, menu).encode("utf-8")
        entry["quirks"] = list(self.quirks)
        return files, entry

    def _traps(self) -> list[dict[str, Any]]:
        """The fifth web's traps, and a long news archive: a filter by year on the first news list page,
        each year `ARCHIVE_PAGES` pages long, each page linking every year and every page of its own."""
        traps: list[dict[str, Any]] = super()._traps()
        if "archive" in self.site.traps:
            first = self._news_lists()
            assert "?" not in first
            self.pages[first].links.extend((f"Archivio {y}", f"{first}?anno={y}") for y in ARCHIVE_YEARS)
            traps.append({"kind": "archive", "prefix": first, "param": "anno", "pages": ARCHIVE_PAGES})
        return traps

    def _serve(self, url: str, page: str, renamed: dict[str, str], menu: tuple[list[Any], list[Any]]) -> str:
        """One written page as this site serves it; `menu`: the mega-menu's leaves and aliased sections."""
        for written, linked in renamed.items():
            page = page.replace(f'href="{esc(written)}"', f'href="{esc(linked)}"')
        if "megamenu" in self.quirks:
            page = with_megamenu(page, *menu)
        if "onclick" in self.quirks:
            page = with_onclick(page)
        if "relative" in self.quirks:
            page = with_relative_links(page, url)
        if "base" in self.quirks:
            page = with_base(page, site_base(self.site.id))
        return page

    def _leaves(self, placed: set[str]) -> list[tuple[str, str]]:
        """Generic pages with no links of their own: what a mega-menu can list without moving a fact closer."""
        return [
            (page.title, url)
            for url, page in self.pages.items()
            if not page.links and url not in self.sidebars and url not in placed and url != "/"
        ]

"""The tenth web's site writer: the seventh web's (tests/simweb7/writer.py), read with this web's tables,
and three more habits of real sites.

The seventh web's writer file is loaded once more as `tests.simweb10.seventh_web_writer`: the earlier
writers it loads in turn become modules of this package and read this web's `families.py`,
`content.py` and `quirks.py` (no copy; the frozen files are only read). `SiteWriter` adds `icons`
(links named only by an image, an SVG `<title>`, `aria-label` or `title`), `tabs` (lists in hidden
script tabs behind "Leggi di più") and `hops` (the `moved` quirk's old addresses replaced by an
external-link tracker's and a shortener's: `/go.php?url=...`, `/redirect?to=...`, `/link/N`, each a 301
or 302 to the page or PDF), `permalinks` (the same with WordPress's `/?p=N`, `/?page_id=N`,
`/?attachment_id=N`); `plaintext` and `lastmod` are the server's (tests/simweb10/server.py).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

from .families import esc
from .quirks import with_icon_links, with_tabs

SEVENTH_WEB_WRITER = Path(__file__).resolve().parents[1] / "simweb7" / "writer.py"
NEW_QUIRKS = ("icons", "tabs", "hops", "permalinks")
SERVED_QUIRKS = ("plaintext", "lastmod")  # how the server answers (server.py); the pages stay as written


def _seventh_web_writer() -> ModuleType:
    name = f"{__package__}.seventh_web_writer"
    spec = importlib.util.spec_from_file_location(name, SEVENTH_WEB_WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


seventh = _seventh_web_writer()
Fact10 = seventh.Fact7
QUIRKS: tuple[str, ...] = (*seventh.QUIRKS, *NEW_QUIRKS, *SERVED_QUIRKS)
is_html = seventh.is_html


def hop(k: int, target: str, pdf: bool, wordpress: bool) -> str:
    """The address a tracker, a shortener or WordPress's plain permalinks show for a page at `target`."""
    if wordpress:
        return f"/?attachment_id={3100 + 11 * k}" if pdf else f"/?p={211 + 13 * k}" if k % 2 else f"/?page_id={42 + k}"
    if pdf:
        return f"/link/{123 + 17 * k}"
    return f"/go.php?url={quote(target, safe='/')}" if k % 2 == 0 else f"/redirect?to={quote(target, safe='')}"


class SiteWriter(seventh.SiteWriter):  # type: ignore[misc]
    """The seventh web's writer with this web's tables; `quirks` (a subset of QUIRKS) say how the site serves."""

    def __init__(self, site: Any, quirks: tuple[str, ...] = ()) -> None:
        super().__init__(site, tuple(q for q in quirks if q not in NEW_QUIRKS + SERVED_QUIRKS))
        assert set(quirks) <= set(QUIRKS), quirks
        hops = {"hops", "permalinks"} & set(quirks)
        assert not hops or (len(hops) == 1 and "moved" in quirks and not {"relative", "base", "onclick"} & set(quirks))
        assert not {"table", "icons"} <= set(quirks) and not {"table", "tabs"} <= set(quirks), quirks
        self.tenth_quirks = quirks

    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        files, entry = super().render()
        renamed: dict[str, str] = {}
        hops = {"hops", "permalinks"} & set(self.tenth_quirks)
        if hops:
            moved = entry["moved"]
            for k, old in enumerate(list(moved)):
                new = hop(k, moved[old]["to"], moved[old]["status"] == 302, "permalinks" in hops)
                renamed[old] = new
                moved[new] = moved.pop(old)
        for url in [u for u in files if is_html(u)]:
            page = files[url].decode("utf-8")
            for old, new in renamed.items():
                page = page.replace(f'href="{esc(old)}"', f'href="{esc(new)}"')
            if "icons" in self.tenth_quirks:
                page = with_icon_links(page)
            if "tabs" in self.tenth_quirks:
                page = with_tabs(page)
            files[url] = page.encode("utf-8")
        entry["quirks"] = list(self.tenth_quirks)
        return files, entry

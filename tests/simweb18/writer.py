"""The eighteenth web's site writer: the seventh web's (tests/simweb7/writer.py), read with this web's
tables, and two habits of today's sites.

The seventh web's writer file is loaded once more as `tests.simweb18.seventh_web_writer`: the sixth, fifth,
fourth and third web's writers it loads in turn become modules of this package and read this web's
`families.py`, `content.py` and `quirks.py` (no copy; the frozen files are only read). `SiteWriter` serves
each site by the earlier webs' quirks and by this web's: `cards` (every list of links a catalogue of cards
whose only link says "Vai alla pagina") and `banner` (a link to another body's site a bare image); a
top-level section of generic words that a family's menu lacks joins the site's header menu.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from .quirks import with_banners, with_cards

SEVENTH_WEB_WRITER = Path(__file__).resolve().parents[1] / "simweb7" / "writer.py"
NEW_QUIRKS = ("cards", "banner")


def _seventh_web_writer() -> ModuleType:
    name = f"{__package__}.seventh_web_writer"
    spec = importlib.util.spec_from_file_location(name, SEVENTH_WEB_WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


seventh = _seventh_web_writer()
Fact18 = seventh.Fact7
QUIRKS: tuple[str, ...] = (*seventh.QUIRKS, *NEW_QUIRKS)
is_html = seventh.is_html


class SiteWriter(seventh.SiteWriter):  # type: ignore[misc]
    """The seventh web's writer with this web's tables; `quirks` (a subset of QUIRKS) say how the site serves."""

    def __init__(self, site: Any, quirks: tuple[str, ...] = ()) -> None:
        super().__init__(site, tuple(q for q in quirks if q not in NEW_QUIRKS))
        assert set(quirks) <= set(QUIRKS) and not {"cards", "table"} <= set(quirks), quirks
        assert not {"cards", "onclick"} <= set(quirks), quirks
        self.quirks18 = quirks
        self.menu_made = True

    def section(self, labels: tuple[str, ...]) -> str:
        """The earlier webs' section; a top-level one the family's menu lacks ("Vivere il comune", "Aree
        tematiche", ...) joins the header's menu, as a site's editor adds it, so that it is reached."""
        url: str = super().section(labels)
        if len(labels) == 1 and getattr(self, "menu_made", False) and url not in {u for _, u in self.nav + self.footer}:
            self.nav.append((labels[0], url))
        return url

    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        files, entry = super().render()
        for url in [u for u in files if is_html(u)]:
            page = files[url].decode("utf-8")
            if "cards" in self.quirks18:
                page = with_cards(page)
            if "banner" in self.quirks18:
                page = with_banners(page)
            files[url] = page.encode("utf-8")
        entry["quirks"] = list(self.quirks18)
        return files, entry

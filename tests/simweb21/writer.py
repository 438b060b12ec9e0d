"""The twenty-first web's site writer: the seventh web's (tests/simweb7/writer.py), read with this web's
tables, and three more ways real sites show their lists.

The seventh web's writer file is loaded once more as `tests.simweb21.seventh_web_writer`: the sixth, fifth,
fourth and third web's writers it loads in turn become modules of this package and read this web's
`families.py`, `content.py` and `quirks.py` (no copy; the frozen files are only read). `SiteWriter` serves
each site by the seventh web's quirks and by this web's: `teaser` (every list a column of "Leggi di più"
teasers whose titles are not links), `cards` (every list a grid of cards) and `banner` (the link to another
site of the web an image with an empty `alt`).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from .quirks import with_banner, with_cards, with_teasers

SEVENTH_WEB_WRITER = Path(__file__).resolve().parents[1] / "simweb7" / "writer.py"
NEW_QUIRKS = ("teaser", "cards", "banner")
LIST_QUIRKS = {"teaser", "cards", "table", "onclick", "relative", "base"}  # at most one rewrites a site's lists


def _seventh_web_writer() -> ModuleType:
    name = f"{__package__}.seventh_web_writer"
    spec = importlib.util.spec_from_file_location(name, SEVENTH_WEB_WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


seventh = _seventh_web_writer()
Fact21 = seventh.Fact7
QUIRKS: tuple[str, ...] = (*seventh.QUIRKS, *NEW_QUIRKS)
is_html = seventh.is_html


class SiteWriter(seventh.SiteWriter):  # type: ignore[misc]
    """The seventh web's writer with this web's tables; `quirks` (a subset of QUIRKS) say how the site serves."""

    def __init__(self, site: Any, quirks: tuple[str, ...] = ()) -> None:
        super().__init__(site, tuple(q for q in quirks if q not in NEW_QUIRKS))
        assert set(quirks) <= set(QUIRKS) and len(LIST_QUIRKS & set(quirks)) <= 1, quirks
        self.own_quirks = tuple(q for q in quirks if q in NEW_QUIRKS)

    def section(self, labels: tuple[str, ...]) -> str:
        """The earlier writers' section; a top section that the family's menus lack ("Aree tematiche",
        "Argomenti") joins the header's menu, as a site that adds one shows it."""
        url: str = super().section(labels)
        menus_made = {"nav", "footer"} <= set(vars(self))  # the earlier writers make them from `section`
        if len(labels) == 1 and menus_made and url not in {u for _, u in self.nav + self.footer}:
            self.nav.append((labels[0], url))
        return url

    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        files, entry = super().render()
        for url in [u for u in files if is_html(u)]:
            page = files[url].decode("utf-8")
            if "banner" in self.own_quirks:
                page = with_banner(page)
            if "teaser" in self.own_quirks:
                page = with_teasers(page)
            if "cards" in self.own_quirks:
                page = with_cards(page)
            files[url] = page.encode("utf-8")
        entry["quirks"] = [*entry["quirks"], *self.own_quirks]
        return files, entry

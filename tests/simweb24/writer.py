"""The twenty-fourth web's site writer: the seventh web's (tests/simweb7/writer.py), read with this web's tables,
and four habits of real portals (habits.py).

The seventh web's writer file is loaded once more as `tests.simweb24.seventh_web_writer`: the writers it loads
in turn become modules of this package and read this web's `families.py`, `content.py` and `quirks.py` (no copy;
the frozen files are only read). `SiteWriter` serves each site by the earlier quirks and this web's habits.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from .habits import HABITS, with_definition_lists, with_service_bar, with_share_bar, with_truncated_titles

SEVENTH_WEB_WRITER = Path(__file__).resolve().parents[1] / "simweb7" / "writer.py"


def _seventh_web_writer() -> ModuleType:
    name = f"{__package__}.seventh_web_writer"
    spec = importlib.util.spec_from_file_location(name, SEVENTH_WEB_WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


seventh = _seventh_web_writer()
Fact24 = seventh.Fact7
QUIRKS: tuple[str, ...] = (*seventh.QUIRKS, *HABITS)
is_html = seventh.is_html


class SiteWriter(seventh.SiteWriter):  # type: ignore[misc]
    """The seventh web's writer with this web's tables; `quirks` (a subset of QUIRKS) say how the site serves."""

    def __init__(self, site: Any, quirks: tuple[str, ...] = ()) -> None:
        super().__init__(site, tuple(q for q in quirks if q not in HABITS))
        assert set(quirks) <= set(QUIRKS), quirks
        assert not {"dlist", "table"} <= set(quirks) and not {"dlist", "truncated"} <= set(quirks), quirks
        self.habits = quirks

    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        files, entry = super().render()
        for url in [u for u in files if is_html(u)]:
            page = files[url].decode("utf-8")
            if "dlist" in self.habits:
                page = with_definition_lists(page)
            if "truncated" in self.habits:
                page = with_truncated_titles(page)
            if "share" in self.habits:
                page = with_share_bar(page, url)
            if "spidbar" in self.habits:
                page = with_service_bar(page, url, self.site.id)
            files[url] = page.encode("utf-8")
        entry["quirks"] = list(self.habits)
        return files, entry

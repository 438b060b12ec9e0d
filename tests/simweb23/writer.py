"""The twenty-third web's site writer: the seventh web's (tests/simweb7/writer.py), read with this web's
tables, and four more habits of real portals (habits.py).

The seventh web's writer file is loaded once more as `tests.simweb23.seventh_web_writer`: the sixth, fifth,
fourth and third web's writers it loads in turn become modules of this package and read this web's
`families.py`, `content.py` and `quirks.py` (no copy; the frozen files are only read). `SiteWriter` serves
each site by the earlier quirks and then by this web's habits, applied in the order of `HABITS`.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from .habits import HABITS

SEVENTH_WEB_WRITER = Path(__file__).resolve().parents[1] / "simweb7" / "writer.py"


def _loaded_here(path: Path, stem: str) -> ModuleType:
    """A frozen writer file run as a module of this package, so its relative imports read this web's tables."""
    name = f"{__package__}.{stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


seventh = _loaded_here(SEVENTH_WEB_WRITER, "seventh_web_writer")
Fact23 = seventh.Fact7
ARCHIVE_YEARS = seventh.ARCHIVE_YEARS
QUIRKS: tuple[str, ...] = (*seventh.QUIRKS, *HABITS)
is_html = seventh.is_html
EXCLUSIVE = ({"teasers", "table"}, {"teasers", "onclick"}, {"tabs", "table"}, {"teasers", "tabs"})


class SiteWriter(seventh.SiteWriter):  # type: ignore[misc]
    """The seventh web's writer with this web's tables; `quirks` (a subset of QUIRKS) say how the site serves."""

    def __init__(self, site: Any, quirks: tuple[str, ...] = ()) -> None:
        super().__init__(site, tuple(q for q in quirks if q not in HABITS))
        assert set(quirks) <= set(QUIRKS) and not any(pair <= set(quirks) for pair in EXCLUSIVE), quirks
        self.habits = [habit for name, habit in HABITS.items() if name in quirks]
        self.all_quirks = quirks

    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        files, entry = super().render()
        for url in [u for u in files if is_html(u)]:
            page = files[url].decode("utf-8")
            for habit in self.habits:
                page = habit(page)
            files[url] = page.encode("utf-8")
        entry["quirks"] = list(self.all_quirks)
        return files, entry

"""The twenty-fifth web's site writer: the sixth web's (tests/simweb6/writer.py), read with this web's tables,
and this web's five habits (tests/simweb25/quirks.py). The sixth web's writer file is loaded once more as
`tests.simweb25.sixth_web_writer`, so the earlier writers it loads read this web's `families.py`,
`content.py` and `quirks.py` (no copy; the frozen files are only read)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from .quirks import NEW_QUIRKS, with_new_quirk

SIXTH_WEB_WRITER = Path(__file__).resolve().parents[1] / "simweb6" / "writer.py"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


sixth = _load(f"{__package__}.sixth_web_writer", SIXTH_WEB_WRITER)
Fact25 = sixth.Fact6
QUIRKS: tuple[str, ...] = (*sixth.QUIRKS, *NEW_QUIRKS)
is_html = sixth.is_html


class SiteWriter(sixth.SiteWriter):  # type: ignore[misc]
    """The sixth web's writer; this web's quirks rewrite the markup of every written page."""

    def __init__(self, site: Any, quirks: tuple[str, ...] = ()) -> None:
        super().__init__(site, tuple(q for q in quirks if q not in NEW_QUIRKS))
        assert set(quirks) <= set(QUIRKS), quirks
        assert not ("onclick" in quirks and set(quirks) & set(NEW_QUIRKS)), quirks  # onclick lists have no hrefs
        self.all_quirks = quirks

    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        files, entry = super().render()
        for url in [u for u in files if is_html(u)]:
            page = files[url].decode("utf-8")
            for quirk in (q for q in self.all_quirks if q in NEW_QUIRKS):
                page = with_new_quirk(page, quirk)
            files[url] = page.encode("utf-8")
        entry["quirks"] = list(self.all_quirks)
        return files, entry

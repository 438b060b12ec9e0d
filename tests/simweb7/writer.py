"""The seventh web's site writer: the sixth web's (tests/simweb6/writer.py), read with this web's tables,
and three more habits of real sites.

The sixth web's writer file is loaded once more as `tests.simweb7.sixth_web_writer`: the fifth, fourth
and third web's writers it loads in turn become modules of this package and read this web's
`families.py`, `content.py` and `quirks.py` (no copy; the frozen files are only read). `SiteWriter`
serves each site by the sixth web's quirks and by this web's: `megafooter` (hundreds of links before
`</body>` on every page), `table` (every list of links a numbered documents table) and `buttons` (a
toolbar of `<button>` filters, a `javascript:` link and a `#` link over every list).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from .quirks import with_document_table, with_filter_buttons, with_megafooter

SIXTH_WEB_WRITER = Path(__file__).resolve().parents[1] / "simweb6" / "writer.py"
NEW_QUIRKS = ("megafooter", "table", "buttons")


def _sixth_web_writer() -> ModuleType:
    name = f"{__package__}.sixth_web_writer"
    spec = importlib.util.spec_from_file_location(name, SIXTH_WEB_WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


sixth = _sixth_web_writer()
Fact7 = sixth.Fact6
ARCHIVE_YEARS = sixth.ARCHIVE_YEARS
QUIRKS: tuple[str, ...] = (*sixth.QUIRKS, *NEW_QUIRKS)
is_html = sixth.is_html


class SiteWriter(sixth.SiteWriter):  # type: ignore[misc]
    """The sixth web's writer with this web's tables; `quirks` (a subset of QUIRKS) say how the site serves."""

    def __init__(self, site: Any, quirks: tuple[str, ...] = ()) -> None:
        super().__init__(site, tuple(q for q in quirks if q not in NEW_QUIRKS))
        assert set(quirks) <= set(QUIRKS) and not {"megamenu", "megafooter"} <= set(quirks), quirks
        assert not {"onclick", "table"} <= set(quirks), quirks
        self.all_quirks = quirks

    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        files, entry = super().render()
        placed = {p["url"] for p in self.facts + self.must_not_reach + self.decoys}
        menu = (self._leaves(placed), [(t, u) for t, u in self.nav + self.footer if u not in placed])
        for url in [u for u in files if is_html(u)]:
            page = files[url].decode("utf-8")
            if "table" in self.all_quirks:
                page = with_document_table(page)
            if "buttons" in self.all_quirks:
                page = with_filter_buttons(page)
            if "megafooter" in self.all_quirks:
                page = with_megafooter(page, *menu)
            files[url] = page.encode("utf-8")
        entry["quirks"] = list(self.all_quirks)
        return files, entry

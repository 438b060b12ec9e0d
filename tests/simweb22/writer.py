"""The twenty-second web's site writer: the seventh web's (tests/simweb7/writer.py), read with this web's
tables, and one more habit of real sites.

The seventh web's writer file is loaded once more as `tests.simweb22.seventh_web_writer`: the sixth, fifth,
fourth and third web's writers it loads in turn become modules of this package and read this web's
`families.py`, `content.py` and `quirks.py` (no copy; the frozen files are only read). `SiteWriter` adds
the `banner` quirk: the comune's link to the ambito's own site is an image with an empty `alt`.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from .quirks import with_banner_links

SEVENTH_WEB_WRITER = Path(__file__).resolve().parents[1] / "simweb7" / "writer.py"
NEW_QUIRKS = ("banner",)


def _seventh_web_writer() -> ModuleType:
    name = f"{__package__}.seventh_web_writer"
    spec = importlib.util.spec_from_file_location(name, SEVENTH_WEB_WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


seventh = _seventh_web_writer()
Fact22 = seventh.Fact7
QUIRKS: tuple[str, ...] = (*seventh.QUIRKS, *NEW_QUIRKS)
is_html = seventh.is_html


class SiteWriter(seventh.SiteWriter):  # type: ignore[misc]
    """The seventh web's writer with this web's tables; `quirks` (a subset of QUIRKS) say how the site serves."""

    def __init__(self, site: Any, quirks: tuple[str, ...] = ()) -> None:
        super().__init__(site, tuple(q for q in quirks if q not in NEW_QUIRKS))
        assert set(quirks) <= set(QUIRKS) and not {"banner", "onclick"} <= set(quirks), quirks
        self.own_quirks = quirks

    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        files, entry = super().render()
        if "banner" in self.own_quirks:
            for url in [u for u in files if is_html(u)]:
                files[url] = with_banner_links(files[url].decode("utf-8")).encode("utf-8")
        entry["quirks"] = list(self.own_quirks)
        return files, entry

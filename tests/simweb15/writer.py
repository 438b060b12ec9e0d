"""The fifteenth web's site writer: the seventh web's (tests/simweb7/writer.py), read with this web's tables,
and four habits of real sites (tests/simweb15/structures.py).

The seventh web's writer file is loaded once more as `tests.simweb15.seventh_web_writer`: the sixth,
fifth, fourth and third web's writers it loads in turn become modules of this package and read this web's
`families.py`, `content.py` and `quirks.py` (no copy; the frozen files are only read).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from .structures import (
    clerk_file_name,
    download_param,
    with_production_canonical,
    with_renamed_pdfs,
    with_viewstate,
)

SEVENTH_WEB_WRITER = Path(__file__).resolve().parents[1] / "simweb7" / "writer.py"
NEW_QUIRKS = ("dlparam", "filenames", "prodcanonical", "viewstate")
RENAMES = {"dlparam": download_param, "filenames": clerk_file_name}
REWRITING = {"relative", "base", "moved", "download", "onclick"}  # quirks that rewrite the links a rename renames


def _seventh_web_writer() -> ModuleType:
    name = f"{__package__}.seventh_web_writer"
    spec = importlib.util.spec_from_file_location(name, SEVENTH_WEB_WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


seventh = _seventh_web_writer()
Fact15 = seventh.Fact7
QUIRKS: tuple[str, ...] = (*seventh.QUIRKS, *NEW_QUIRKS)
is_html = seventh.is_html


def production_host(site_id: str) -> str:
    """The host a `prodcanonical` site names as its own: `t3-lesmo` -> `www.comune-lesmo.invalid`."""
    return f"www.comune-{site_id.partition('-')[2]}.invalid"


class SiteWriter(seventh.SiteWriter):  # type: ignore[misc]
    """The seventh web's writer with this web's tables; `quirks` (a subset of QUIRKS) say how the site serves."""

    def __init__(self, site: Any, quirks: tuple[str, ...] = ()) -> None:
        super().__init__(site, tuple(q for q in quirks if q not in NEW_QUIRKS))
        assert set(quirks) <= set(QUIRKS) and not (RENAMES.keys() & set(quirks) and REWRITING & set(quirks)), quirks
        assert len(RENAMES.keys() & set(quirks)) <= 1, quirks
        self.fifteenth_quirks = quirks

    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        files, entry = super().render()
        for quirk in RENAMES.keys() & set(self.fifteenth_quirks):
            linked = [f for f in entry["facts"] if f["reach"] in ("links", "pagination") and f["format"] == "pdf"]
            renamed = with_renamed_pdfs(files, [f["url"] for f in linked], RENAMES[quirk])
            for fact in linked:
                fact["url"] = renamed[fact["url"]]
        host = production_host(self.site.id)
        for url in [u for u in files if is_html(u)]:
            page = files[url].decode("utf-8")
            if "viewstate" in self.fifteenth_quirks:
                page = with_viewstate(page, url)
            if "prodcanonical" in self.fifteenth_quirks:
                page = with_production_canonical(page, url, host)
            files[url] = page.encode("utf-8")
        entry["quirks"] = list(self.fifteenth_quirks)
        return files, entry

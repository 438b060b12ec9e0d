"""The fourteenth web's site writer: the seventh web's (tests/simweb7/writer.py), read with this web's
tables, and four more habits of real sites.

The seventh web's writer file is loaded once more as `tests.simweb14.seventh_web_writer`: the sixth,
fifth, fourth and third web's writers it loads in turn become modules of this package and read this
web's `families.py`, `content.py` and `quirks.py` (no copy; the frozen files are only read).
`SiteWriter` serves each site by the earlier webs' quirks and by this web's: `accordion` (lists of
`href="#"` links with `data-target`), `scarica` (PDFs behind a GET form's button), `pagefrag` (PDF links
with `#page=N`) and `spa` (the home page a script shell with a `<noscript>` fallback).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from .quirks import with_accordion, with_noscript_app, with_page_fragments, with_scarica_forms

SEVENTH_WEB_WRITER = Path(__file__).resolve().parents[1] / "simweb7" / "writer.py"
NEW_QUIRKS = ("accordion", "scarica", "pagefrag", "spa")
LIST_QUIRKS = ("accordion", "onclick", "table")  # each rewrites the same lists: one a site


def _seventh_web_writer() -> ModuleType:
    name = f"{__package__}.seventh_web_writer"
    spec = importlib.util.spec_from_file_location(name, SEVENTH_WEB_WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


seventh = _seventh_web_writer()
Fact14 = seventh.Fact7
QUIRKS: tuple[str, ...] = (*seventh.QUIRKS, *NEW_QUIRKS)
is_html = seventh.is_html


class SiteWriter(seventh.SiteWriter):  # type: ignore[misc]
    """The seventh web's writer with this web's tables; `quirks` (a subset of QUIRKS) say how the site serves."""

    def __init__(self, site: Any, quirks: tuple[str, ...] = ()) -> None:
        super().__init__(site, tuple(q for q in quirks if q not in NEW_QUIRKS))
        assert set(quirks) <= set(QUIRKS) and len(set(LIST_QUIRKS) & set(quirks)) <= 1, quirks
        assert not {"scarica", "pagefrag"} <= set(quirks), quirks
        self.all_quirks = quirks

    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        files, entry = super().render()
        for url in [u for u in files if is_html(u)]:
            page = files[url].decode("utf-8")
            if "accordion" in self.all_quirks:
                page = with_accordion(page)
            if "scarica" in self.all_quirks:
                page = with_scarica_forms(page)
            if "pagefrag" in self.all_quirks:
                page = with_page_fragments(page)
            if "spa" in self.all_quirks and url == "/":
                page = with_noscript_app(page)
            files[url] = page.encode("utf-8")
        entry["quirks"] = list(self.all_quirks)
        return files, entry

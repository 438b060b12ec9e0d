"""The sixteenth web's site writer: the seventh web's (tests/simweb7/writer.py), read with this web's
tables, and four more habits of real sites.

The seventh web's writer file is loaded once more as `tests.simweb16.seventh_web_writer`: the sixth,
fifth, fourth and third web's writers it loads in turn become modules of this package and read this web's
`families.py`, `content.py` and `quirks.py` (no copy; the frozen files are only read). `SiteWriter` serves
each site by the earlier quirks and by this web's: `template` (lists only inside a `<template>`),
`clickhere` (list links that say "clicca qui"/"scarica"), `basefolder` (a `<base href>` in a sub-folder,
links written `../`) and `embed` (PDFs shown by `<embed src>`, not linked).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from .quirks import with_base_folder, with_click_here, with_embedded_pdfs, with_template

SEVENTH_WEB_WRITER = Path(__file__).resolve().parents[1] / "simweb7" / "writer.py"
NEW_QUIRKS = ("template", "clickhere", "basefolder", "embed")


def _seventh_web_writer() -> ModuleType:
    name = f"{__package__}.seventh_web_writer"
    spec = importlib.util.spec_from_file_location(name, SEVENTH_WEB_WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


seventh = _seventh_web_writer()
Fact16 = seventh.Fact7
QUIRKS: tuple[str, ...] = (*seventh.QUIRKS, *NEW_QUIRKS)
is_html = seventh.is_html
site_base = seventh.sixth.site_base


class SiteWriter(seventh.SiteWriter):  # type: ignore[misc]
    """The seventh web's writer with this web's tables; `quirks` (a subset of QUIRKS) say how the site serves."""

    def __init__(self, site: Any, quirks: tuple[str, ...] = ()) -> None:
        super().__init__(site, tuple(q for q in quirks if q not in NEW_QUIRKS))
        assert set(quirks) <= set(QUIRKS), quirks
        assert not ({"basefolder"} & set(quirks) and {"base", "relative"} & set(quirks)), quirks
        assert not {"embed", "download"} <= set(quirks), quirks
        self.new_quirks = tuple(q for q in quirks if q in NEW_QUIRKS)
        self.every_quirk = quirks

    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        files, entry = super().render()
        for url in [u for u in files if is_html(u)]:
            page = files[url].decode("utf-8")
            if "embed" in self.new_quirks:
                page = with_embedded_pdfs(page)
            if "clickhere" in self.new_quirks:
                page = with_click_here(page)
            if "template" in self.new_quirks:
                page = with_template(page)
            if "basefolder" in self.new_quirks:
                page = with_base_folder(page, site_base(self.site.id))
            files[url] = page.encode("utf-8")
        entry["quirks"] = list(self.every_quirk)
        return files, entry

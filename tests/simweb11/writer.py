"""The eleventh web's site writer: the seventh web's (tests/simweb7/writer.py), read with this web's
tables, and this web's habits of real sites.

The seventh web's writer file is loaded once more as `tests.simweb11.seventh_web_writer`: the earlier
writers it loads in turn become modules of this package and read this web's `families.py`, `content.py`
and `quirks.py` (no copy; the frozen files are only read). `SiteWriter` adds the page habits of
tests/simweb11/quirks.py and records in the manifest entry the ones the server plays (`consent`,
`ratelimit`, `flaky`: tests/simweb11/server.py) and the hop pages (`hops`: hop address -> fact address).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

from .quirks import (
    accented,
    hop_page,
    with_accents,
    with_canonical,
    with_languages,
    with_row_links,
    with_script_menu,
    with_title_case,
)

SEVENTH_WEB_WRITER = Path(__file__).resolve().parents[1] / "simweb7" / "writer.py"
PAGE_QUIRKS = ("menuscript", "menujson", "rows", "hops", "lang", "titlecase", "accents")
SERVED_QUIRKS = ("consent", "ratelimit", "flaky")
NEW_QUIRKS = PAGE_QUIRKS + SERVED_QUIRKS


def _seventh_web_writer() -> ModuleType:
    name = f"{__package__}.seventh_web_writer"
    spec = importlib.util.spec_from_file_location(name, SEVENTH_WEB_WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


seventh = _seventh_web_writer()
Fact11 = seventh.Fact7
QUIRKS: tuple[str, ...] = (*seventh.QUIRKS, *NEW_QUIRKS)
is_html = seventh.is_html


class SiteWriter(seventh.SiteWriter):  # type: ignore[misc]
    """The seventh web's writer with this web's tables; `quirks` (a subset of QUIRKS) say how the site serves."""

    def __init__(self, site: Any, quirks: tuple[str, ...] = ()) -> None:
        super().__init__(site, tuple(q for q in quirks if q not in NEW_QUIRKS))
        mine = set(quirks)
        assert mine <= set(QUIRKS) and not {"menuscript", "menujson"} <= mine, quirks
        assert not ({"titlecase", "hops", "accents"} & mine and {"moved", "download", "relative", "base"} & mine), (
            quirks
        )
        assert not ({"rows", "onclick"} <= mine or {"rows", "buttons"} <= mine), quirks
        self.eleventh_quirks = quirks

    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        files, entry = super().render()
        quirks = self.eleventh_quirks
        hops = self._hops(entry) if "hops" in quirks else {}
        for url in [u for u in files if is_html(u)]:
            page = files[url].decode("utf-8")
            for hop, target in hops.items():
                page = page.replace(f'href="{target}"', f'href="{hop}"')
            if url in hops.values() and url.endswith("/"):  # the page names its `index.html` address
                page = with_canonical(page, url + "index.html")
            if "accents" in quirks:
                page = with_accents(page)
            if "menuscript" in quirks or "menujson" in quirks:
                page = with_script_menu(page, "global" if "menuscript" in quirks else "json")
            if "rows" in quirks:
                page = with_row_links(page)
            if "lang" in quirks:
                page = with_languages(page, quote(accented(url), safe="/?=&") if "accents" in quirks else url)
            if "titlecase" in quirks:
                page = with_title_case(page)
            files[url] = page.encode("utf-8")
        for k, (hop, target) in enumerate(hops.items()):
            files[hop] = hop_page(target, ("refresh", "script")[k % 2], self.site.title)
        if hops:
            entry["hops"] = hops
        if "accents" in quirks:
            files = self._accented(files, entry)
        entry["quirks"] = list(quirks)
        return files, entry

    @staticmethod
    def _accented(files: dict[str, bytes], entry: dict[str, Any]) -> dict[str, bytes]:
        """The site's files and placed pages under their accented addresses: the links already point there,
        %-encoded; the sitemaps name them in UTF-8, as many CMSs write them."""
        for placed in entry["facts"] + entry["decoys"] + entry["must_not_reach"]:
            placed["url"] = accented(placed["url"])
        sitemaps = {
            url: accented(body.decode()).encode()
            for url, body in files.items()
            if url.partition("?")[0].endswith(".xml")
        }
        return {accented(url): sitemaps.get(url, body) for url, body in files.items()}

    def _hops(self, entry: dict[str, Any]) -> dict[str, str]:
        """A hop address in front of each linked fact page: hop -> fact."""
        linked = [f["url"] for f in entry["facts"] if f["reach"] in ("links", "pagination")]
        return {f"/vai/?id={4400 + 13 * k}": url for k, url in enumerate(linked)}

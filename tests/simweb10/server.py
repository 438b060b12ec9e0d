"""Serve the tenth simulated web: the sixth web's server (tests/simweb6/server.py: aliases, moved pages
and this web's redirect hops, downloads, soft 404s, news archives by year, bare hosts) with this web's
manifest, and two habits of real servers: `plaintext` (a site's HTML fact pages sent as
`text/plain`, as a misconfigured CMS module sends them) and `lastmod` (every answer has a
`Last-Modified` header).
"""

from __future__ import annotations

from typing import Any

from tests.simweb.server import SimWeb, WebSpec, canonical
from tests.simweb6.server import BareHost, SimSite6, SimWeb6

from .build import MANIFEST, build_web

SIMWEB10 = WebSpec("simweb10", MANIFEST, build_web)
LAST_MODIFIED = "Thu, 05 Dec 2024 09:30:00 GMT"


class SimSite10(SimSite6):
    """A site of the sixth web's kind that may mistype its fact pages and date every answer."""

    def __init__(self, entry: dict[str, Any], files: dict[str, bytes]) -> None:
        super().__init__(entry, files)
        self.mistyped = {canonical(f["url"]) for f in entry["facts"] if f["format"] == "html"}

    def answer(self, target: str) -> tuple[int, str, bytes, dict[str, str]]:
        status, ctype, body, headers = super().answer(target)
        quirks = self.entry["quirks"]
        if "plaintext" in quirks and status == 200 and canonical(target) in self.mistyped:
            ctype = "text/plain; charset=utf-8"
        if "lastmod" in quirks:
            headers = {**headers, "Last-Modified": LAST_MODIFIED}
        return status, ctype, body, headers


class SimWeb10(SimWeb6):
    """All sites (or the named ones) of the tenth web, each on a free loopback port (two for a `www` site)."""

    def __init__(self, site_ids: list[str] | None = None) -> None:
        SimWeb.__init__(self, site_ids, SIMWEB10)
        self.sites = {i: SimSite10(site.entry, site.files) for i, site in self.sites.items()}
        self.bare: dict[str, BareHost] = {}
        self.bare_urls: dict[str, str] = {}

"""Serve the twelfth simulated web: the sixth web's server (tests/simweb6/server.py: aliases, moved pages,
downloads, soft 404s, news archives by year, bare hosts, links to other sites) with this web's manifest
and generator. This web's viewer pages, feeds, sitemap parts, tag pages and splash pages are stored files,
served as any page; the server adds the endless listing (trap `endless`: any `?page=N` on the news list
answers the last page again, with a link to N+1) and counts as traps the requests for it and for tag
pages (trap `tagcloud`: every page under `/tag/` but the one tag that leads to a fact).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from tests.simweb.server import SimWeb, WebSpec, canonical
from tests.simweb6.server import BareHost, SimSite6, SimWeb6

from .build import MANIFEST, build_web
from .structures import ENDLESS_PARAM, tag_address
from .writer import TAGGED

SIMWEB12 = WebSpec("simweb12", MANIFEST, build_web)


class SimSite12(SimSite6):
    """A site of the twelfth web: the sixth web's site with an endless listing and tag pages as traps."""

    def answer(self, target: str) -> tuple[int, str, bytes, dict[str, str]]:
        number = self._endless_page(target)
        if number is None:
            return super().answer(target)
        trap = self.traps["endless"]
        written = f'{ENDLESS_PARAM}={trap["next"]}"'.encode()  # the last page's own link past the end
        page = self.files[canonical(trap["last"])].replace(written, f'{ENDLESS_PARAM}={number + 1}"'.encode())
        return 200, "text/html; charset=utf-8", page, {}

    def is_trap(self, target: str, repeat: bool) -> bool:
        """The sixth web's traps, the endless listing's pages and the tag pages that lead nowhere."""
        path = canonical(target).partition("?")[0]
        tags = "tagcloud" in self.traps and path.startswith("/tag/") and path != tag_address(TAGGED)
        return super().is_trap(target, repeat) or tags or self._endless_page(target) is not None

    def _endless_page(self, target: str) -> int | None:
        """The page number asked of the endless listing (None: another address, or a page the list has)."""
        trap: dict[str, Any] | None = self.traps.get("endless")
        key = canonical(target)
        path, _, query = key.partition("?")
        value = dict(parse_qsl(query)).get(ENDLESS_PARAM, "")
        endless = trap and path == trap["prefix"] and value.isdigit() and key not in self.files
        return int(value) if endless else None


class SimWeb12(SimWeb6):
    """All sites (or the named ones) of the twelfth web, each on a free loopback port (two for a `www` site)."""

    def __init__(self, site_ids: list[str] | None = None) -> None:
        SimWeb.__init__(self, site_ids, SIMWEB12)
        self.sites = {i: SimSite12(site.entry, site.files) for i, site in self.sites.items()}
        self.bare: dict[str, BareHost] = {}
        self.bare_urls: dict[str, str] = {}

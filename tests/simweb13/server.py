"""Serve the thirteenth simulated web: the sixth web's server (tests/simweb6/server.py: aliases, moved
pages, downloads, soft 404s, news archives by year, bare hosts, links to other sites) on this web's
manifest and generator."""

from __future__ import annotations

from tests.simweb.server import SimWeb, WebSpec
from tests.simweb6.server import BareHost, SimSite6, SimWeb6

from .build import MANIFEST, build_web

SIMWEB13 = WebSpec("simweb13", MANIFEST, build_web)


class SimWeb13(SimWeb6):
    """All sites (or the named ones) of the thirteenth web, each on a free loopback port (two for a `www` site)."""

    def __init__(self, site_ids: list[str] | None = None) -> None:
        SimWeb.__init__(self, site_ids, SIMWEB13)
        self.sites = {i: SimSite6(s.entry, s.files) for i, s in self.sites.items()}
        self.bare: dict[str, BareHost] = {}
        self.bare_urls: dict[str, str] = {}

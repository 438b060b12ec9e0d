"""Serve the twenty-fifth simulated web: the sixth web's server (aliases, moved pages, downloads, soft 404s,
archives, bare hosts, links to other sites) with this web's manifest and generator."""

from __future__ import annotations

from tests.simweb.server import SimWeb, WebSpec
from tests.simweb6.server import BareHost, SimSite6, SimWeb6

from .build import MANIFEST, build_web

SIMWEB25 = WebSpec("simweb25", MANIFEST, build_web)


class SimWeb25(SimWeb6):
    """All sites (or the named ones) of the twenty-fifth web, each on a free loopback port (two for a `www` site)."""

    def __init__(self, site_ids: list[str] | None = None) -> None:
        SimWeb.__init__(self, site_ids, SIMWEB25)
        self.sites = {i: SimSite6(site.entry, site.files) for i, site in self.sites.items()}
        self.bare: dict[str, BareHost] = {}
        self.bare_urls: dict[str, str] = {}

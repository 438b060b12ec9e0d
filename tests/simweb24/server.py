"""Serve the twenty-fourth simulated web: the sixth web's server (tests/simweb6/server.py: aliases, moved pages,
downloads, soft 404s, news archives by year, bare hosts, links to other sites) with this web's manifest and
generator. This web's own habits are in its pages, not in how the server answers.
"""

from __future__ import annotations

from tests.simweb.server import SimWeb, WebSpec
from tests.simweb6.server import BareHost, SimSite6, SimWeb6

from .build import MANIFEST, build_web

SIMWEB24 = WebSpec("simweb24", MANIFEST, build_web)


class SimWeb24(SimWeb6):
    """All sites (or the named ones) of the twenty-fourth web, each on a free loopback port (two for a `www` site)."""

    def __init__(self, site_ids: list[str] | None = None) -> None:
        SimWeb.__init__(self, site_ids, SIMWEB24)
        self.sites = {i: SimSite6(site.entry, site.files) for i, site in self.sites.items()}
        self.bare: dict[str, BareHost] = {}
        self.bare_urls: dict[str, str] = {}

"""Serve the ninth simulated web: the sixth web's server (tests/simweb6/server.py: aliases, soft 404s,
links to other sites, gzipped sitemaps, the first to fifth webs' traps) with this web's manifest, and
two answers it lacks: a PDF's links name the port it is served from, and a Joomla blog answers every
`start=` past its last page with one more empty page that links the next (trap `start`), as a template
with a broken pager does.
"""

from __future__ import annotations

import html
from urllib.parse import parse_qsl, urlencode

from tests.simweb.server import SimWeb, WebSpec, canonical
from tests.simweb6.server import BareHost, SimSite6, SimWeb6

from .build import MANIFEST, build_web
from .pages import PDF_BASE

SIMWEB9 = WebSpec("simweb9", MANIFEST, build_web)


class SimSite9(SimSite6):
    """A site of the ninth web: the sixth web's site with PDFs' links and an endless blog."""

    def answer(self, target: str) -> tuple[int, str, bytes, dict[str, str]]:
        if self._past_the_end(target):
            return 200, "text/html; charset=utf-8", self._empty_blog_page(target), {}
        status, ctype, body, headers = super().answer(target)
        if ctype == "application/pdf":
            assert len(self.base_url) == len(PDF_BASE), self.base_url  # a PDF's offsets must not move
            body = body.replace(PDF_BASE.encode(), self.base_url.encode())
        return status, ctype, body, headers

    def is_trap(self, target: str, repeat: bool) -> bool:
        """The sixth web's traps, and a page of a blog past its last."""
        return super().is_trap(target, repeat) or self._past_the_end(target)

    def _past_the_end(self, target: str) -> bool:
        trap = self.traps.get("start")
        if not trap:
            return False
        params = dict(parse_qsl(canonical(target).partition("?")[2]))
        blog = dict(parse_qsl(trap["prefix"].partition("?")[2]))
        start = params.pop(trap["param"], "")
        return params == blog and start.isdigit() and int(start) > trap["last"]

    def _empty_blog_page(self, target: str) -> bytes:
        trap = self.traps["start"]
        params = dict(parse_qsl(canonical(target).partition("?")[2]))
        params[trap["param"]] = str(int(params[trap["param"]]) + 10)
        following = html.escape(trap["prefix"].partition("?")[0] + "?" + urlencode(params))
        return self._plain_page("Notizie", f'<p>Nessun articolo.</p><p><a href="{following}">Avanti</a></p>')


class SimWeb9(SimWeb6):
    """All sites (or the named ones) of the ninth web, each on a free loopback port."""

    def __init__(self, site_ids: list[str] | None = None) -> None:
        SimWeb.__init__(self, site_ids, SIMWEB9)
        self.sites = {i: SimSite9(site.entry, site.files) for i, site in self.sites.items()}
        self.bare: dict[str, BareHost] = {}
        self.bare_urls: dict[str, str] = {}

"""Serve the fifth simulated web: the fourth web's server (tests/simweb4/server.py: gzipped sitemaps,
searches that link more searches, sort orders, links to another site of the web, and the first web's
traps) with this web's manifest and generator, and one trap it lacks: a tag cloud, whose every tag
page links every tag added to its own (`/argomenti/?tag=sociale,casa,...`), counted as traps."""

from __future__ import annotations

import html
from urllib.parse import parse_qsl, urlencode

from tests.simweb.server import SimWeb, WebSpec, canonical
from tests.simweb4.server import SimSite4, SimWeb4

from .build import MANIFEST, build_web
from .writer import TAGS

SIMWEB5 = WebSpec("simweb5", MANIFEST, build_web)


class SimSite5(SimSite4):
    """A site of the fifth web: the fourth web's site with a tag cloud."""

    def answer(self, target: str) -> tuple[int, str, bytes, dict[str, str]]:
        path, _, query = canonical(target).partition("?")
        params = dict(parse_qsl(query, keep_blank_values=True))
        tags = self.traps.get("tags")
        if tags and path == tags["prefix"] and params.get(tags["param"]):
            return 200, "text/html; charset=utf-8", self._tag_page(params[tags["param"]]), {}
        return super().answer(target)

    def is_trap(self, target: str, repeat: bool) -> bool:
        """The fourth web's traps, and a page of the tag cloud."""
        path, _, query = canonical(target).partition("?")
        tags = self.traps.get("tags")
        params = {k for k, _ in parse_qsl(query, keep_blank_values=True)}
        return super().is_trap(target, repeat) or bool(tags and path == tags["prefix"] and tags["param"] in params)

    def _tag_page(self, chosen: str) -> bytes:
        """Contents with all the chosen tags (none), and every tag added to them: combinations without end."""
        prefix, param = self.traps["tags"]["prefix"], self.traps["tags"]["param"]
        links = "".join(
            f'<li><a href="{prefix}?{html.escape(urlencode({param: f"{chosen},{tag}"}))}">#{tag}</a></li>'
            for tag in TAGS
        )
        shown = html.escape(chosen.replace(",", ", "))
        return self._plain_page(f"Argomenti: {shown}", f'<p>Nessun contenuto.</p><ul class="nuvola-tag">{links}</ul>')


class SimWeb5(SimWeb4):
    """All sites (or the named ones) of the fifth web, each on a free loopback port."""

    def __init__(self, site_ids: list[str] | None = None) -> None:
        SimWeb.__init__(self, site_ids, SIMWEB5)
        self.sites = {i: SimSite5(site.entry, site.files) for i, site in self.sites.items()}

"""Serve the fourth simulated web: the third web's server (tests/simweb3/server.py: gzipped sitemaps,
searches that link more searches, and the first web's traps) with this web's manifest and generator,
and two things it lacks: sort orders of a news list that link a next page without end (counted as
traps), and links to another site of the web, whose port is known only when the web is served. A site
that only such a link reaches (its manifest entry has `linked_from`) is no seed of the crawl."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl, urlencode

from tests.simweb.server import SimWeb, WebSpec, canonical
from tests.simweb3.server import SimSite3, SimWeb3

from .build import MANIFEST, build_web
from .writer import SORT_ORDERS, site_base

SIMWEB4 = WebSpec("simweb4", MANIFEST, build_web)
_OTHER_SITE = re.compile(re.escape(site_base("@")).replace("@", "([a-z0-9-]+)").encode())


class SimSite4(SimSite3):
    """A site of the fourth web: the third web's site with sort orders and links to other sites."""

    others: dict[str, str]  # site id -> base URL, of every site served with this one

    def answer(self, target: str) -> tuple[int, str, bytes, dict[str, str]]:
        path, _, query = canonical(target).partition("?")
        params = dict(parse_qsl(query, keep_blank_values=True))
        sort = self.traps.get("sort")
        if sort and path == sort["prefix"] and set(params) & set(sort["params"]):
            return 200, "text/html; charset=utf-8", self._sorted(path, params), {}
        status, ctype, body, headers = super().answer(target)
        if ctype.startswith("text/html"):
            body = _OTHER_SITE.sub(lambda m: self.others.get(m.group(1).decode(), m.group(0)).encode(), body)
        return status, ctype, body, headers

    def is_trap(self, target: str, repeat: bool) -> bool:
        """The third web's traps, and a sort order of the news list."""
        path, _, query = canonical(target).partition("?")
        sort = self.traps.get("sort")
        params = {k for k, _ in parse_qsl(query, keep_blank_values=True)}
        return super().is_trap(target, repeat) or bool(sort and path == sort["prefix"] and params & set(sort["params"]))

    def _sorted(self, path: str, params: dict[str, str]) -> bytes:
        """The news list again in another order, with every order and a next page: links without end."""
        number = int(params["pagina"]) if params.get("pagina", "").isdigit() else 1
        links = [(f"Ordina per {label}", {"ordina": key, "verso": "asc"}) for key, label in SORT_ORDERS]
        links.append(("Pagina successiva", {**params, "pagina": str(number + 1)}))
        items = "".join(f'<li><a href="{path}?{html.escape(urlencode(q))}">{html.escape(t)}</a></li>' for t, q in links)
        return self.files[path].replace(b"</body>", f'<ul class="ordinamento">{items}</ul></body>'.encode())


class SimWeb4(SimWeb3):
    """All sites (or the named ones) of the fourth web, each on a free loopback port."""

    def __init__(self, site_ids: list[str] | None = None) -> None:
        SimWeb.__init__(self, site_ids, SIMWEB4)
        self.sites = {i: SimSite4(site.entry, site.files) for i, site in self.sites.items()}

    def start(self) -> SimWeb4:
        super().start()
        bases = {site.id: site.base_url for site in self.sites.values()}
        for site in self.sites.values():
            site.others = bases
        return self

    def start_urls(self) -> list[str]:
        """The home page of every site but one that a link of a served site is meant to lead to."""
        return [
            site.base_url + site.entry["start"]
            for site in self.sites.values()
            if site.entry.get("linked_from", {}).get("site") not in self.sites
        ]

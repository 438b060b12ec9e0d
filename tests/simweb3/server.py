"""Serve the third simulated web: the first web's server (tests/simweb/server.py) with this web's
manifest and generator, and two things it lacks: a gzipped sitemap (stored plain, so that the digest
does not follow the zlib version; compressed here with the served base URL in it), and search result
pages that link more searches (related queries and a next page, without end), counted as traps.
By hand: `python -m tests.simweb3.server` prints each site's start URL."""

from __future__ import annotations

import contextlib
import gzip
import html
import threading
from urllib.parse import parse_qsl, urlencode

from tests.simweb.server import SimSite, SimWeb, WebSpec, canonical

from .build import BASE, MANIFEST, build_web

SIMWEB3 = WebSpec("simweb3", MANIFEST, build_web)
RELATED = ("modulo", "orari", "bando", "contributo", "ufficio")


class SimSite3(SimSite):
    """A site of the third web: the first web's site with gzipped sitemaps and linked searches."""

    def answer(self, target: str) -> tuple[int, str, bytes, dict[str, str]]:
        key = canonical(target)
        path, _, query = key.partition("?")
        if path.endswith(".gz") and key in self.files:
            xml = self.files[key].replace(BASE.encode("ascii"), self.base_url.encode("ascii"))
            return 200, "application/x-gzip", gzip.compress(xml, mtime=0), {}
        status, ctype, body, headers = super().answer(target)
        trap = self.traps.get("search-links")
        params = dict(parse_qsl(query, keep_blank_values=True))
        search = self.entry["search"]
        if trap and status == 200 and path == trap["prefix"] and search and search["param"] in params:
            body = self._more_searches(body, search["param"], params)
        return status, ctype, body, headers

    def is_trap(self, target: str, repeat: bool) -> bool:
        """The first web's traps, and a search reached through a link of a search (or of a topic list)."""
        path, _, query = canonical(target).partition("?")
        trap = self.traps.get("search-links")
        params = {k for k, _ in parse_qsl(query, keep_blank_values=True)}
        return super().is_trap(target, repeat) or bool(trap and path == trap["prefix"] and params & set(trap["params"]))

    def _more_searches(self, page: bytes, param: str, params: dict[str, str]) -> bytes:
        """Related searches (the query and one more word) and the next result page: links without end."""
        prefix, query = self.traps["search-links"]["prefix"], params[param]
        number = int(params.get("pagina", "1")) if params.get("pagina", "1").isdigit() else 1
        links = [(f"{query} {w}", {param: f"{query} {w}", "origine": "correlate"}) for w in RELATED]
        links.append(("Pagina successiva", {param: query, "pagina": str(number + 1)}))
        items = "".join(
            f'<li><a href="{prefix}?{html.escape(urlencode(q))}">{html.escape(t)}</a></li>' for t, q in links
        )
        return page.replace(b"</body>", f'<ul class="ricerche-correlate">{items}</ul></body>'.encode())


class SimWeb3(SimWeb):
    """All sites (or the named ones) of the third web, each on a free loopback port."""

    def __init__(self, site_ids: list[str] | None = None) -> None:
        super().__init__(site_ids, SIMWEB3)
        self.sites = {i: SimSite3(site.entry, site.files) for i, site in self.sites.items()}


def main() -> None:
    """Serve the whole web by hand until Ctrl-C."""
    with SimWeb3() as web:
        for url in web.start_urls():
            print(url, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()

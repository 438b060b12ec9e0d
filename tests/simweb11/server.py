"""Serve the eleventh simulated web: the sixth web's server (tests/simweb6/server.py: aliases, Title-Case
paths redirected to lower case, moved pages, downloads, soft 404s, news archives by year, bare hosts,
links to other sites) on this web's manifest, answering as real sites do besides:

- `consent`: until a visitor has accepted cookies, every page answers a banner whose only link is
  "Accetta e continua", the same address with `consent=1`; once accepted, the site serves its pages;
- `ratelimit`: the fourth page asked of the site answers 429 with `Retry-After: 1`, once;
- `flaky`: the first request to each fact page answers 503 with `Retry-After: 1`; the next one, the page;
- every site answers `?lang=it` and `?lang=en` with the page itself; the English view links every page
  in English too (`lang=en` on every link), counted as a trap: it holds nothing new.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlencode

from tests.simweb.server import SimWeb, WebSpec, canonical
from tests.simweb6.server import BareHost, SimSite6, SimWeb6

from .build import MANIFEST, build_web
from .writer import is_html

SIMWEB11 = WebSpec("simweb11", MANIFEST, build_web)
SERVED_PARAMS = ("lang", "consent")  # parameters the server reads and drops before finding the page
ROOT_HREF = re.compile(r'href="(/[^"]*)"')
RATE_LIMITED_AT = 4


class SimSite11(SimSite6):
    """A site of the eleventh web: the sixth web's site with a cookie banner, a 429, 503s, language views."""

    def __init__(self, entry: dict[str, Any], files: dict[str, bytes]) -> None:
        super().__init__(entry, files)
        self.consented = "consent" not in entry["quirks"]
        self.pages_asked = 0
        self.failed_once: set[str] = set()
        self.flaky = {canonical(f["url"]) for f in entry["facts"]} if "flaky" in entry["quirks"] else set()

    def answer(self, target: str) -> tuple[int, str, bytes, dict[str, str]]:
        key = canonical(target)
        path, _, query = key.partition("?")
        params = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in params if k not in SERVED_PARAMS]
        page = path + ("?" + urlencode(kept) if kept else "")
        if is_html(page):
            self.pages_asked += 1
            if "ratelimit" in self.entry["quirks"] and self.pages_asked == RATE_LIMITED_AT:
                return 429, "text/html; charset=utf-8", b"", {"Retry-After": "1"}
            if ("consent", "1") in params:
                self.consented = True
            if not self.consented:
                return 200, "text/html; charset=utf-8", self._banner(key), {}
        if page in self.flaky and page not in self.failed_once:
            self.failed_once.add(page)
            return 503, "text/html; charset=utf-8", b"", {"Retry-After": "1"}
        status, ctype, body, headers = super().answer(page)
        if ("lang", "en") in params and ctype.startswith("text/html"):
            body = ROOT_HREF.sub(lambda m: f'href="{_in_english(m.group(1))}"', body.decode("utf-8")).encode()
        return status, ctype, body, headers

    def is_trap(self, target: str, repeat: bool) -> bool:
        """The sixth web's traps, and the English view of any page."""
        params = parse_qsl(canonical(target).partition("?")[2], keep_blank_values=True)
        return super().is_trap(target, repeat) or ("lang", "en") in params

    def _banner(self, key: str) -> bytes:
        """The cookie banner: no menu, no home link, only "Accetta e continua" to this address."""
        accept = (key + ("&" if "?" in key else "?") + "consent=1").replace("&", "&amp;")
        return (
            '<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Informativa sui cookie</title>'
            '</head><body><div class="cookie-wall"><p>Questo sito usa cookie tecnici e, previo consenso, cookie'
            f' di terze parti.</p><p><a class="cookie-accept" href="{accept}">Accetta e continua</a></p></div>'
            "</body></html>"
        ).encode()


def _in_english(href: str) -> str:
    if "lang=" in href:
        return href
    return href + ("&amp;" if "?" in href else "?") + "lang=en"


class SimWeb11(SimWeb6):
    """All sites (or the named ones) of the eleventh web, each on a free loopback port (two for a `www` site)."""

    def __init__(self, site_ids: list[str] | None = None) -> None:
        SimWeb.__init__(self, site_ids, SIMWEB11)
        self.sites = {i: SimSite11(site.entry, site.files) for i, site in self.sites.items()}
        self.bare: dict[str, BareHost] = {}
        self.bare_urls: dict[str, str] = {}

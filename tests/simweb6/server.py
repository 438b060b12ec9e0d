"""Serve the sixth simulated web: the fifth web's server (tests/simweb5/server.py, and through it the
earlier webs' traps, gzipped sitemaps and links to other sites) with this web's manifest and generator,
answering as real sites do:

- one page under several addresses: tracking parameters (`utm_*`) and a trailing `index.php` or
  `index.html` give the page itself (200); the path in upper case is redirected (301) to lower case;
- pages moved after a migration (`moved` in the manifest entry): the old address answers 301 or 302;
- downloads (`downloads`: script address -> the stored PDF): a fact PDF served from a script as
  `application/octet-stream`, its file name only in the `Content-Disposition` header;
- soft 404s (quirk `soft404`): a missing page answers 200 "Pagina non trovata";
- a long news archive by year (trap `archive`): 14 years of 12 pages each, every page linking every
  year and every page of its own, counted as traps;
- a seed address that is not the site's own (quirk `www`): the seed names a second port of the site,
  the bare host, which redirects (301) every request to the site's own address. Its requests are
  logged apart (`SimWeb6.bare`), not in the site's log.
"""

from __future__ import annotations

import threading
from typing import Any
from urllib.parse import parse_qsl, urlencode

from tests.simweb.server import LOOPBACK, SimWeb, SiteLog, WebSpec, _Handler, _Server, canonical
from tests.simweb5.server import SimSite5, SimWeb5

from .build import MANIFEST, build_web
from .writer import ARCHIVE_YEARS

SIMWEB6 = WebSpec("simweb6", MANIFEST, build_web)
INDEX_FILES = ("index.php", "index.html")


class SimSite6(SimSite5):
    """A site of the sixth web: the fifth web's site with aliases, moved pages, downloads, soft 404s."""

    def __init__(self, entry: dict[str, Any], files: dict[str, bytes]) -> None:
        super().__init__(entry, files)
        self.moved = {canonical(old): new for old, new in entry.get("moved", {}).items()}
        self.downloads = {canonical(script): stored for script, stored in entry.get("downloads", {}).items()}

    def answer(self, target: str) -> tuple[int, str, bytes, dict[str, str]]:
        key = canonical(target)
        moved = self.moved.get(key)
        if moved:
            return moved["status"], "text/html; charset=utf-8", b"", {"Location": self.base_url + moved["to"]}
        alias = self.alias(key)
        if alias and alias.lower() == key.lower() and alias != key:
            return 301, "text/html; charset=utf-8", b"", {"Location": self.base_url + alias}
        stored = self.downloads.get(key)
        if stored:
            filename = stored.rsplit("/", 1)[-1]
            headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
            return 200, "application/octet-stream", self.files[canonical(stored)], headers
        archive = self.traps.get("archive")
        path, _, query = key.partition("?")
        params = dict(parse_qsl(query, keep_blank_values=True))
        if archive and path == archive["prefix"] and params.get(archive["param"], "").isdigit():
            return 200, "text/html; charset=utf-8", self._archive_page(params), {}
        status, ctype, body, headers = super().answer(alias or target)
        if status == 404 and "soft404" in self.entry["quirks"]:
            status = 200
        return status, ctype, body, headers

    def is_trap(self, target: str, repeat: bool) -> bool:
        """The fifth web's traps, and a page of the news archive by year."""
        path, _, query = canonical(target).partition("?")
        archive = self.traps.get("archive")
        params = {k for k, _ in parse_qsl(query, keep_blank_values=True)}
        return super().is_trap(target, repeat) or bool(
            archive and path == archive["prefix"] and archive["param"] in params
        )

    def _archive_page(self, params: dict[str, str]) -> bytes:
        """One page of a year of the news archive: ten old notices, links to every year and every page of this one."""
        trap = self.traps["archive"]
        prefix, param, year = trap["prefix"], trap["param"], params[trap["param"]]
        page = int(params["pagina"]) if params.get("pagina", "").isdigit() else 1
        items = "".join(
            f"<li>Avviso n. {k} del {year}: chiusura uffici, lavori stradali, iscrizioni.</li>"
            for k in range(page * 10 - 9, page * 10 + 1)
        )
        pages = "".join(
            f'<a href="{prefix}?{param}={year}&amp;pagina={n}">{n}</a> ' for n in range(1, trap["pages"] + 1)
        )
        years = "".join(f'<li><a href="{prefix}?{param}={y}">{y}</a></li>' for y in ARCHIVE_YEARS)
        body = f'<ul class="archivio">{items}</ul><p class="paginazione">{pages}</p><ul class="anni">{years}</ul>'
        return self._plain_page(f"Archivio notizie {year} - pagina {page}", body)

    def alias(self, key: str) -> str | None:
        """The stored page another address of it names (None: no page, or the address is the page's own)."""
        if key in self.files:
            return None
        path, _, query = key.partition("?")
        kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not k.startswith("utm_")]
        paths = [path] + [path.removesuffix(index) for index in INDEX_FILES if path.endswith("/" + index)]
        for candidate in paths + [p.lower() for p in paths]:
            found = candidate + ("?" + urlencode(kept) if kept else "")
            if found in self.files:
                return found
        return None


class BareHost:
    """The address a seed list names for a site whose own address is another: it redirects every request."""

    def __init__(self, site: SimSite6) -> None:
        self.site = site
        self.log = SiteLog()

    def answer(self, target: str) -> tuple[int, str, bytes, dict[str, str]]:
        return 301, "text/html; charset=utf-8", b"", {"Location": self.site.base_url + target}


class SimWeb6(SimWeb5):
    """All sites (or the named ones) of the sixth web, each on a free loopback port (two for a `www` site)."""

    def __init__(self, site_ids: list[str] | None = None) -> None:
        SimWeb.__init__(self, site_ids, SIMWEB6)
        self.sites = {i: SimSite6(site.entry, site.files) for i, site in self.sites.items()}
        self.bare: dict[str, BareHost] = {}
        self.bare_urls: dict[str, str] = {}

    def start(self) -> SimWeb6:
        super().start()
        for site in self.sites.values():
            if "www" in site.entry["quirks"]:
                self.bare[site.id] = BareHost(site)
                self.bare_urls[site.id] = self._serve(self.bare[site.id])
        return self

    def _serve(self, host: BareHost) -> str:
        server = _Server((LOOPBACK, 0), _Handler)
        server.site = host  # type: ignore[assignment]
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        thread.start()
        self._servers.append((server, thread))
        return f"http://{LOOPBACK}:{server.server_address[1]}"

    def start_urls(self) -> list[str]:
        """The fifth web's seeds, a `www` site's by its bare address."""
        seeds = super().start_urls()
        for site_id, bare in self.bare_urls.items():
            own = self.sites[site_id].base_url + self.sites[site_id].entry["start"]
            seeds = [bare + self.sites[site_id].entry["start"] if s == own else s for s in seeds]
        return seeds

"""Serve the development sites on 127.0.0.1, one port each, and count every request a site gets."""

from __future__ import annotations

import gzip
import re
import secrets
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from html import escape, unescape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from tests.serving import in_background

from .layout import LAYOUTS, ul
from .sites import Site

TAGS = re.compile(r"<[^>]+>")
SESSION = re.compile(r"[;?&](?:PHPSESSID|jsessionid|osCsid|sid)=[0-9a-zA-Z]*|[?&]s=\d{10}\b|/\(S\([a-z0-9]{24}\)\)")
LOCAL_HREF = re.compile(r'href="((?!https?:|mailto:)[^"#]*)"')
# what a server ignores: a newsletter's and a social network's tracking parameters
TRACKING = re.compile(r"(?<=[?&])(?:utm_\w+|fbclid)=[^&]*&?")


def without_session(target: str) -> str:
    """A request target without the session parameter a site added to it."""
    clean = SESSION.sub("", target)
    return clean if "?" in clean or "&" not in clean else clean.replace("&", "?", 1)


def with_sessions(html: str, name: str) -> str:
    """Every local link of a page with a new session id: a server that cannot set a cookie opens
    a new session on each request and writes it into each link (PHP's trans_sid, Java's URL rewriting)."""

    def add(m: re.Match[str]) -> str:
        href, token = m.group(1), secrets.token_hex(16)
        if name == "aspnet":  # ASP.NET's cookieless sessions: the token is a step of the path
            token = "".join(secrets.choice("abcdefghijklmnopqrstuvwxyz012345") for _ in range(24))
            return f'href="/(S({token})){href}"' if href.startswith("/") else m.group(0)
        if name == "s":  # a number under a name that is also WordPress's search
            token = str(secrets.randbelow(9 * 10**9) + 10**9)
        if name == "jsessionid":
            path, sep, query = href.partition("?")
            return f'href="{path};jsessionid={token.upper()}{sep}{query}"'
        return f'href="{href}{"&amp;" if "?" in href else "?"}{name}={token}"'

    return LOCAL_HREF.sub(add, html)


def visible_words(html: str) -> str:
    main = html.split("<main", 1)[-1] if "<main" in html else html.split("entry-content", 1)[-1]
    return " ".join(unescape(TAGS.sub(" ", main)).lower().split())


@dataclass
class Served:
    site: Site
    base: str = ""
    requests: list[str] = field(default_factory=list)
    peers: dict[str, str] = field(default_factory=dict)  # the web's sites by name -> their bases


SITE_LINK = re.compile(rb"@site:([^@]+)@")


def _answer(served: Served, target: str) -> tuple[int, str, bytes, dict[str, str]]:
    site, base = served.site, served.base
    if site.session:
        status, ctype, body, headers = _answer(replace(served, site=replace(site, session="")), without_session(target))
        if ctype.startswith("text/html"):
            body = with_sessions(body.decode("utf-8"), site.session).encode("utf-8")
        return status, ctype, body, headers
    if site.print_views:
        return _with_print_views(served, target)
    if "?" in target:
        target = TRACKING.sub("", target).rstrip("?&")
    path, _, query = target.partition("?")
    # a site migration: the old host sends every path to the new one, but a bare address may answer its own
    # robots.txt, which names the sitemaps of its www twin
    if site.moved_to and not (target == "/robots.txt" and "@site:" in site.robots):
        return 301, "text/html", b"", {"Location": served.peers[site.moved_to] + target}
    if target == "/robots.txt":
        return 200, "text/plain", re.sub(r"(?m)^Sitemap: /", f"Sitemap: {base}/", site.robots).encode(), {}
    if path in site.redirects:
        return 301, "text/html", b"", {"Location": base + site.redirects[path]}
    if path in site.attachments:  # a document manager's download: no extension, the name in a header
        body = site.pages[path]
        assert isinstance(body, bytes)
        disposition = f'attachment; filename="{site.attachments[path]}"'
        return 200, "application/octet-stream", body, {"Content-Disposition": disposition}
    if path in site.sitemap and path.endswith(".gz"):  # Plone's sitemap.xml.gz: a gzip file, not an encoding
        return 200, "application/x-gzip", gzip.compress(_sitemap(site, path, base)), {}
    if path in site.sitemap:
        return 200, "application/xml", _sitemap(site, path, base), {}
    if path in site.feeds:
        return 200, "application/rss+xml", site.feeds[path].encode("utf-8"), {}
    if site.search and path == site.search[0] and site.search[1] in parse_qs(query):
        words = parse_qs(query)[site.search[1]][0].lower().split()
        hits = [
            (p, _title(b))
            for p, b in site.pages.items()
            if isinstance(b, str) and all(w in visible_words(b) for w in words)
        ]
        main = f"<p>Risultati per: {escape(' '.join(words))}</p>" + ul(hits, "search-results") + _related(site, query)
        return 200, "text/html; charset=utf-8", LAYOUTS[site.family](site.name, "Ricerca", main, site.nav).encode(), {}
    body = site.pages.get(target)
    if body is None and path == "/" + target.lstrip("/").split("?")[0] and not query:
        body = site.pages.get(path)
    if body is None:
        body = site.filler(target)
    if body is None and site.soft404:
        page = LAYOUTS[site.family](site.name, "Pagina non trovata", "<p>La pagina richiesta non esiste.</p>", site.nav)
        return 200, "text/html; charset=utf-8", page.encode("utf-8"), {}
    if body is None:
        return 404, "text/html", b"<html><body>Pagina non trovata</body></html>", {}
    if isinstance(body, bytes):
        return 200, "application/pdf", body, {}
    return 200, "text/html; charset=utf-8", body.encode("utf-8"), {}


PRINT_VIEW = re.compile(r"[?&](?:print=1|format=pdf)$")


def _with_print_views(served: Served, target: str) -> tuple[int, str, bytes, dict[str, str]]:
    """A page with a print view and a PDF view of itself linked under its text ('Stampa', 'Versione
    PDF'): the same page again under `?print=1` and `?format=pdf`, each linking its own views."""
    page = PRINT_VIEW.sub("", target)
    status, ctype, body, headers = _answer(replace(served, site=replace(served.site, print_views=False)), page)
    if not ctype.startswith("text/html") or status != 200:
        return status, ctype, body, headers
    view = f"{escape(page)}{'&amp;' if '?' in page else '?'}"
    views = f'<p><a href="{view}print=1">Stampa</a> <a href="{view}format=pdf">Versione PDF</a></p>'
    return status, ctype, body.replace(b"</main>", views.encode() + b"</main>", 1), headers


def _related(site: Site, query: str) -> str:
    """Links a search result page gives to more searches, without end: related queries (the query and
    one more word) and the next page of results."""
    if not site.related or site.search is None:
        return ""
    path, field = site.search
    asked = parse_qs(query)
    words, page = asked[field][0], int(asked.get("pagina", ["1"])[0])
    more = [
        (f"{path}?{urlencode({field: f'{words} {w}', 'origine': 'correlate'})}", f"{words} {w}") for w in site.related
    ]
    more.append((f"{path}?{urlencode({field: words, 'pagina': page + 1})}", "Pagina successiva"))
    return "<h2>Ricerche correlate</h2>" + ul(more)


def _title(html: str) -> str:
    found = re.search(r"<title>(.*?)</title>", html)
    return unescape(found.group(1)) if found else "Pagina"


def _sitemap(site: Site, path: str, base: str) -> bytes:
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    entries = site.sitemap[path]
    if not entries:  # an index of the site's other sitemaps
        locs = "".join(f"<sitemap><loc>{base}{p}</loc></sitemap>" for p in site.sitemap if p != path)
        return f"<?xml version='1.0'?><sitemapindex {ns}>{locs}</sitemapindex>".encode()
    rows = "".join(f"<url><loc>{escape(base + p)}</loc><lastmod>{m}</lastmod></url>" for p, m in entries)
    return f"<?xml version='1.0'?><urlset {ns}>{rows}</urlset>".encode()


CONSENT_COOKIE = "scelta_cookie=accettati"
BANNER = b"<section id='banner'>"  # a cookie wall's page (`_cookie_wall`)


def _cookie_wall(site: Site, target: str, cookie: str) -> tuple[int, str, bytes, dict[str, str]] | None:
    """A site's cookie wall: its accept link sets the cookie and sends the visitor back to the page; without the
    cookie a page answers the banner (robots.txt, sitemaps and documents are served as they are)."""
    path, _, query = target.partition("?")
    if not site.consent or target == "/robots.txt" or path in site.sitemap or isinstance(site.pages.get(path), bytes):
        return None
    accepted = f"{site.consent}=accetto"
    if accepted in query.split("&"):
        back = "&".join(q for q in query.split("&") if q != accepted)
        headers = {"Location": path + ("?" + back if back else ""), "Set-Cookie": f"{CONSENT_COOKIE}; Path=/"}
        return 302, "text/html", b"", headers
    if CONSENT_COOKIE in cookie:
        return None
    accept = escape(f"{target}{'&' if query else '?'}{accepted}")
    banner = (
        f"<!DOCTYPE html><html lang='it'><head><title>Preferenze cookie</title></head><body>{BANNER.decode()}"
        f"<h1>{escape(site.name)}</h1><p>Usiamo i cookie per migliorare la navigazione. Per continuare devi"
        f" esprimere le tue preferenze.</p><p><a href='{accept}' class='btn'>Accetto i cookie</a>"
        " <a href='/privacy-policy/'>Informativa sulla privacy</a></p></section></body></html>"
    )
    return 200, "text/html; charset=utf-8", banner.encode("utf-8"), {}


def _handler(served: Served) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        # keep-alive (every answer has a Content-Length): the crawl's ~4,700 requests reuse their connections
        # instead of a connect, an accept and a thread each (~3 s of the whole web's ~18 s of CPU)
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            served.requests.append(self.path)
            parts = urlsplit(self.path)
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            time.sleep(served.site.slow.get(target, 0))  # a page that answers late, the others meanwhile
            wall = _cookie_wall(served.site, target, self.headers.get("Cookie", ""))
            status, ctype, body, headers = wall or _answer(served, target)
            body = SITE_LINK.sub(lambda m: served.peers[m.group(1).decode()].encode(), body)
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@contextmanager
def serving(sites: list[Site]) -> Iterator[list[Served]]:
    """Every site on its own loopback port for the time of the block."""
    out = []
    with ExitStack() as running:
        for site in sites:
            served = Served(site)
            server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(served))
            served.base = f"http://127.0.0.1:{server.server_address[1]}"
            running.enter_context(in_background(server))
            out.append(served)
        peers = {served.site.name: served.base for served in out}
        for served in out:
            served.peers = peers
        yield out

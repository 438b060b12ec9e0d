"""Cookie walls: a page answered, with 200, by a banner in its place until the visitor accepts cookies.

Such a site answers every address with the same small page, a word on cookies and a link that accepts
them (the same address with `?consent=1`, `?cookie=accetto`, ...). Archived as it was, the banner stood in
the archive for the page it hid: a fact page fetched but not kept (the eleventh simulated web, 5 of its
12 fact pages fetched without their ambito). Its accept link was followed as any link, and the page came
back under the accept link's address, not its own.

Here the banner is neither archived nor read for links: the site's accept link is asked once, and every
page the banner answered is asked again at its own address, sending back the cookie the acceptance set
(a real site remembers the choice in a cookie; the crawl keeps none otherwise: COOKIES_ENABLED is off).
A page the banner answers again after that is archived as it is: the wall was not passed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from urllib.parse import urlsplit

import scrapy
from lxml import etree
from scrapy.http import HtmlResponse, Response

# the words of a banner's accepting link ("Accetta e continua", "Accetto tutti i cookie", "Acconsento", "OK")
ACCEPT = re.compile(r"\b(?:accett\w*|acconsent\w*|consent\w*|accept\w*|agree|ok|prosegui|continua)\b", re.I)
COOKIE = re.compile(r"\bcookie", re.I)
WALL_LINKS = 4  # a page with more links is a page with a banner over it, its content and menus there to read
WALL_BYTES = 20_000  # a banner is a small page: a comune's page with menus weighs more


def accept_link(response: Response, tree: Callable[[Response], etree._Element]) -> str | None:
    """The link that accepts a cookie wall's cookies, if the response is a wall: a small HTML page that
    speaks of cookies and has a few links, one of them accepting, to its own address (a query added). `tree` gives
    the page's parsed tree: the spider's, parsed once for every question asked of the page."""
    if response.status != 200 or not isinstance(response, HtmlResponse) or len(response.body) > WALL_BYTES:
        return None
    root = tree(response)
    anchors = root.xpath("//a[@href]")
    if not anchors or len(anchors) > WALL_LINKS or not COOKIE.search(" ".join(root.xpath("//body//text()"))):
        return None
    path = urlsplit(response.url).path
    for anchor in anchors:
        url = response.urljoin(anchor.get("href"))
        words = " ".join(anchor.itertext())
        parts = urlsplit(url)
        if parts.path == path and parts.query and ACCEPT.search(words):
            return url
    return None


@dataclass
class Wall:
    """One site's wall: whether its accept link was asked and answered, the cookie it set, the pages held."""

    asked: bool = False
    passed: bool = False
    cookie: str = ""
    held: list[scrapy.Request] = field(default_factory=list)


class ConsentWalls:
    """The cookie walls of a crawl's sites (module doc)."""

    def __init__(self) -> None:
        self.walls: dict[str, Wall] = {}

    def cookie(self, site: str) -> str:
        """The Cookie header a site's accepted wall asks for, or ''."""
        wall = self.walls.get(site)
        return wall.cookie if wall else ""

    def blocked(self, request: scrapy.Request, site: str, accept: str) -> scrapy.Request | None:
        """A request its site's wall answered: asked again if the wall was passed meanwhile, else held until it
        is. Returns the request to make: that one again, the accept link (the first time), or None."""
        wall = self.walls.setdefault(site, Wall())
        if wall.passed:  # asked before the wall was passed
            return self._again(request, wall)
        wall.held.append(request)
        if wall.asked:
            return None
        wall.asked = True
        # its answer as it comes: a site that sets its cookie on a redirect back to the page loses it if followed
        meta = {"site": site, "wall": site, "dont_redirect": True, "handle_httpstatus_list": [301, 302, 303, 307, 308]}
        return scrapy.Request(accept, dont_filter=True, priority=request.priority, meta=meta)

    def release(self, site: str, response: Response | None) -> list[scrapy.Request]:
        """The accept link of `site` answered (`response`) or failed (None): the pages held, asked again at
        their own addresses with the cookie it set. If they meet the wall again, they are archived as they are."""
        wall = self.walls.setdefault(site, Wall())
        wall.passed = True
        if response is not None:
            wall.cookie = _cookies(response)
        held, wall.held = wall.held, []
        return [self._again(request, wall) for request in held]

    @staticmethod
    def _again(request: scrapy.Request, wall: Wall) -> scrapy.Request:
        headers = request.headers.copy()
        if wall.cookie:
            headers["Cookie"] = wall.cookie
        return request.replace(dont_filter=True, headers=headers, meta={**request.meta, "walled": True})


def _cookies(response: Response) -> str:
    """`name=value; ...` of the cookies a response sets (attributes such as Path left out)."""
    jar: SimpleCookie = SimpleCookie()
    for header in response.headers.getlist("Set-Cookie"):
        try:
            jar.load(header.decode("latin-1"))
        except CookieError:
            continue
    return "; ".join(f"{name}={morsel.value}" for name, morsel in jar.items())

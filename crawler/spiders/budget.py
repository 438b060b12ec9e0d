"""A per-site request budget and the figures of each site for the crawl report.

The spider hands links to Scrapy's priority queue best first; this middleware counts the
requests each site gets (pages, sitemaps, searches, redirects, retries) and refuses the rest once
the site's budget is spent, so the budget decides how far down the priorities a site is read.
Once a site has yielded two fact pages (documents or pages), the links of the lowest priorities
(`AMBITI_SETTLED_PRIORITY`: the pages of a small sitemap, generic menus far from any planning word)
are not worth a request; nor the cards of a list in pages, but those of the first pages of a list that
shows the ambito's news (eleventh round: its first page; twelfth: every page up to the first that shows
it, `SitesSpider.news`, as an article next to the ambito's news in time may attach the older accordo).
Robots.txt refusals come first (RobotsTxtMiddleware runs before it) and cost nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import scrapy
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

BUDGET_MIDDLEWARE_ORDER = 120  # after RobotsTxtMiddleware (100)


SETTLED_STOP = "fact pages found; only links of low priority left"
FLOOR_STOP = "reserve floor reached; links beyond bounds left"
SETTLES = 2  # fact pages (documents or pages) after which a site's links of the lowest priorities are left


class BudgetSpent(IgnoreRequest):
    """The site's request budget is spent: a link left unvisited, not a failure."""


class Settled(IgnoreRequest):
    """The site has yielded two fact pages (documents or pages): a link of the lowest priorities is left unvisited."""


@dataclass
class SiteFigures:
    """What one site cost and gave: for the crawl report."""

    requests: int = 0
    budget: int = 0
    unvisited: int = 0  # links refused once the budget was spent
    settled: int = 0  # links of the lowest priorities refused once the site yielded two fact pages (documents or pages)
    beyond_bounds: int = 0  # links not queued: too deep, too far from any planning word, a trap
    items: int = 0  # requests for the cards of a list in pages (news articles): not counted against the reserve floor
    released: int = 0  # of those, requested once the crawl ran dry (crawler/spiders/reserve.py)
    held: int = 0  # of those, still in the reserve when the crawl ended: the site reached its floor
    searches: list[str] = field(default_factory=list)
    linked_sites: list[str] = field(default_factory=list)  # sites on other hosts its pages added to the crawl
    portals: list[str] = field(default_factory=list)  # its albo or trasparenza on a provider's host, added too
    hosts: list[str] = field(default_factory=list)  # hosts its seed redirected to (comune.it -> www.comune.it)
    sessions: list[str] = field(default_factory=list)  # session parameters learned from its links (crawler/sessions.py)
    candidates: list[dict[str, Any]] = field(default_factory=list)  # pages that speak of the ambito, and depth

    @property
    def settles(self) -> bool:
        """Whether the site has yielded enough for its links of the lowest priorities to be left: two
        fact pages, documents or pages. A single page about the ambito (Servizi sociali) is not the plan:
        its PDF hangs a click or two further (an article's attachment on the news list's second page); nor
        is a single document (a notice under Sovvenzioni, while the plan hangs under a news post)."""
        return len(self.candidates) >= SETTLES

    @property
    def stopped(self) -> str:
        """Why the site's crawl ended."""
        if self.unvisited:
            return "budget spent"
        if self.settled:
            return SETTLED_STOP
        return FLOOR_STOP if self.held else "no link left worth a request"

    def to_dict(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "budget": self.budget,
            "stopped": self.stopped,
            "unvisited": self.unvisited,
            "settled": self.settled,
            "beyond_bounds": self.beyond_bounds,
            "items": self.items,
            "released": self.released,
            "held": self.held,
            "searches": self.searches,
            "linked_sites": self.linked_sites,
            "portals": self.portals,
            "hosts": self.hosts,
            "sessions": self.sessions,
            "candidates": self.candidates,
        }


def low_link(request: scrapy.Request, settled_priority: int) -> bool:
    """A link of the lowest priorities, left once its site has settled (`SitesSpider._request`: `settles`)."""
    return request.priority <= settled_priority and bool(request.meta.get("settles"))


class SiteBudget:
    """Downloader middleware of SitesSpider: count a site's requests, refuse them past its budget."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.settled_priority = crawler.settings.getint("AMBITI_SETTLED_PRIORITY")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteBudget:
        return cls(crawler)

    def process_request(self, request: scrapy.Request, spider: scrapy.Spider | None = None) -> None:
        site = request.meta.get("site")
        figures: dict[str, SiteFigures] | None = getattr(self.crawler.spider, "figures", None)
        if site is None or figures is None:
            return
        fig = figures[site]
        low = low_link(request, self.settled_priority)
        field, count = self.count(site, fig, request, low)
        if field == "settled":
            raise Settled(f"{site} has yielded its facts; a link of priority {request.priority} is left")
        if field == "unvisited":
            if count == 1:
                self.crawler.spider.logger.warning(
                    "%s: request budget of %d spent; its remaining links are left unvisited", site, fig.budget
                )
            raise BudgetSpent(f"budget of {fig.budget} requests spent on {site}")

    def count(self, site: str, fig: SiteFigures, request: scrapy.Request, low: bool) -> tuple[str, int]:
        """Count a request in its site's figures: made (`requests`), or refused (`settled`: a `low` link of a
        settled site; `unvisited`: the budget spent); with that figure's new value. A worker of a shared crawl
        counts in the crawl's Redis instead (crawler/spiders/sitestate.py)."""
        # a card of the first pages of a list that shows the ambito's news (crawler/spiders/sites.py: `news`), known
        # perhaps only once the card was asked: "Firmato il Piano di Zona" on page 2, "Corsi di nuoto" on page 1
        # with the accordo of 2021-2023 attached (or on page 2, the news on page 3)
        shown = getattr(self.crawler.spider, "news", {}).get((site, request.meta.get("list")))
        news = shown is not None and request.meta.get("page", 0) <= shown
        if low and not news and fig.settles:
            fig.settled += 1
            return "settled", fig.settled
        if fig.requests >= fig.budget:
            fig.unvisited += 1
            return "unvisited", fig.unvisited
        fig.requests += 1
        fig.items += bool(request.meta.get("item"))
        return "requests", fig.requests

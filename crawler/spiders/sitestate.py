"""A shared crawl's per-site figures in its Redis, so that every worker decides as one process would.

With `--frontier`, many workers fetch one crawl (crawler/frontier.py). A site's request budget and its
settled state (two fact pages found: its links of the lowest priorities are left) are the crawl's, not a
worker's: each request is counted, or refused, against the site's figures in Redis in the Lua step
that pops it from the queue (crawler/spiders/sitecount.py: no round trip of its own; the budget
middleware raises what it decided). What a worker counts by itself while
it parses a response (fact pages, links beyond bounds, searches, linked sites, hosts, session
parameters, the lists that show the ambito's news) goes to Redis in the MULTI that acknowledges that
response (crawler/frontier.py: Acknowledge), with no round trip of its own: a worker killed before the
acknowledgement leaves nothing of that response counted, and whoever fetches the page again counts it.
A request counted by a worker that dies holding it is uncounted when it goes back to the queue
(`Frontier.requeue`). The lines that speak of the ambito on a site's pages are counted over all workers
too (`_LINES`), one round trip for a page that has any not yet known to be boilerplate: a line on two
pages already is the site's boilerplate (its name in a footer), which makes no page a fact page. The
crawl's report reads the sums (`SiteState.report`).

Keys under `ambiti:<crawl id>:`: `sites` (the sites with figures), `fig:<site>` (its counts),
`fig:<site>:candidates` (fact page URL -> depth), `fig:<site>:lines` (line -> pages), `fig:<site>:held`
(the links the workers' reserves held at their end), `fig:<site>:<list>` (searches, linked sites,
hosts, sessions: member -> ''), `news` (site and list -> the first page that shows the ambito's news),
and `counted:<worker>` (crawler/frontier.py).
"""

from __future__ import annotations

from typing import Any

from redis.client import Pipeline
from scrapy import Request

from crawler.frontier import TOKEN, Frontier
from crawler.spiders.budget import SiteFigures
from crawler.spiders.sitecount import COUNT_FUNCTION, SEPARATOR, attributes
from crawler.spiders.sites import BOILERPLATE_PAGES

COUNTED = ("beyond_bounds", "released")  # counts a worker makes itself, sent as increments
LISTED = ("searches", "linked_sites", "hosts", "sessions")  # lists a worker extends, sent as new members

# The count of a request queued without its attributes (crawler/spiders/sitecount.py). KEYS[1]: the worker's
# `counted`; ARGV: the crawl's key prefix, the request's token, its attributes.
_COUNT = (
    COUNT_FUNCTION
    + f"""
local a = {{}}
for part in string.gmatch(ARGV[3] .. '{SEPARATOR}', '(.-){SEPARATOR}') do table.insert(a, part) end
return count(ARGV[1], KEYS[1], ARGV[2], a[1], a[2], a[3], a[4], a[5], a[6])
"""
)

# Count a page's lines that speak of the ambito on its site's pages: each one's pages, this one included.
_LINES = """
local pages = {}
for i, line in ipairs(ARGV) do pages[i] = redis.call('HINCRBY', KEYS[1], line, 1) end
return pages
"""


class WorkerFigures(dict[str, SiteFigures]):
    """A worker's per-site figures: what it counts itself, and what of that it has sent (`sent`) since the
    sites it `touched` were last shared. A request popped from the frontier may name a site this worker
    never met (another worker queued its seed, or followed its redirect to a new host): it starts here."""

    def __init__(self, budget: int) -> None:
        super().__init__()
        self.budget = budget
        self.touched: set[str] = set()
        self.sent: dict[str, dict[str, int]] = {}

    def __missing__(self, site: str) -> SiteFigures:
        self[site] = figures = SiteFigures(budget=self.budget)
        return figures

    def __getitem__(self, site: str) -> SiteFigures:
        self.touched.add(site)  # its figures may change: compared with what was sent at the next share
        return super().__getitem__(site)


class Shown(dict[tuple[str, str], int]):
    """The lists that show the ambito's news (SitesSpider.news), with the entries changed since shared."""

    def __init__(self) -> None:
        super().__init__()
        self.changed: set[tuple[str, str]] = set()

    def __setitem__(self, key: tuple[str, str], page: int) -> None:
        super().__setitem__(key, page)
        self.changed.add(key)


class SiteState:
    """The per-site figures of one shared crawl in its Redis (module doc)."""

    def __init__(self, frontier: Frontier, worker: str = "") -> None:
        self.frontier = frontier
        self.server = frontier.server
        self.counted_key = frontier.counted_key(worker)
        self.sites_key = frontier.prefix + "sites"
        self.news_key = frontier.prefix + "news"
        self._count = self.server.register_script(_COUNT)
        self._lines = self.server.register_script(_LINES)

    def key(self, site: str, part: str = "") -> str:
        return f"{self.frontier.prefix}fig:{site}" + (f":{part}" if part else "")

    def count(self, request: Request, low: bool, budget: int) -> tuple[str, int]:
        """SiteBudget.count for the whole crawl: made (`requests`) or refused (`settled`, `unvisited`)."""
        args = [self.frontier.prefix, request.meta.get(TOKEN, ""), attributes(request, low, budget)]
        field, count = self._count(keys=[self.counted_key], args=args)  # type: ignore[misc]
        return field.decode(), int(count)

    def common_lines(self, site: str, lines: frozenset[str], known: dict[str, int]) -> frozenset[str]:
        """SitesSpider._common_lines over the pages of every worker; `known`: each line's pages as last
        counted here, so that a page whose lines are all its site's boilerplate already costs no round trip."""
        if all(known.get(line, 0) >= BOILERPLATE_PAGES for line in lines):
            return lines
        ordered = list(lines)
        counts = [int(pages) for pages in self._lines(keys=[self.key(site, "lines")], args=ordered)]  # type: ignore[union-attr]
        known.update({line: pages - known.get(line, 0) for line, pages in zip(ordered, counts, strict=True)})
        return frozenset(line for line, pages in zip(ordered, counts, strict=True) if pages > BOILERPLATE_PAGES)

    def share(self, pipe: Pipeline, figures: WorkerFigures, news: Shown) -> None:
        """Add to `pipe` what this worker counted since its last share: the increments of its counts, the new
        members of its lists and fact pages, the lists found to show the ambito's news on an earlier page."""
        for site in figures.touched:
            fig, sent = dict.get(figures, site), figures.sent.setdefault(site, {})
            if fig is None:  # a host's figures moved to the seed that redirected there (SitesSpider)
                continue
            key = self.key(site)
            pipe.sadd(self.sites_key, site).hsetnx(key, "budget", fig.budget)
            for name in COUNTED:
                value = getattr(fig, name)
                if value != sent.get(name, 0):
                    pipe.hincrby(key, name, value - sent.get(name, 0))
                    sent[name] = value
            for name in (*LISTED, "candidates"):
                entries = getattr(fig, name)
                for entry in entries[sent.get(name, 0) :]:
                    member, value = (entry["url"], entry["depth"]) if name == "candidates" else (entry, "")
                    pipe.hsetnx(self.key(site, name), member, value)
                sent[name] = len(entries)
        figures.touched.clear()
        for site, listed in news.changed:
            pipe.zadd(self.news_key, {f"{site}\n{listed}": news[(site, listed)]}, lt=True)  # the lower page wins
        news.changed.clear()

    def hold(self, pipe: Pipeline, reserve: dict[str, dict[str, Any]]) -> None:
        """Add to `pipe` the links a worker's reserve still holds at its end, by site: a site's `held` is those
        of every worker's, each once, that no worker archived (two workers may keep the same link)."""
        for site, kept in reserve.items():
            if kept:
                pipe.sadd(self.key(site, "held"), *kept)

    def refresh(self, figures: WorkerFigures, sites: list[str]) -> None:
        """The crawl's requests and items of these sites into this worker's figures (a reserve's room)."""
        pipe = self.server.pipeline(transaction=False)
        for site in sites:
            pipe.hmget(self.key(site), "requests", "items")
        for site, (requests, items) in zip(sites, pipe.execute(), strict=True):
            fig = dict.__getitem__(figures, site)
            fig.requests, fig.items = int(requests or 0), int(items or 0)

    def report(self) -> dict[str, dict[str, Any]]:
        """Each site's figures summed over the workers, as SitesSpider.site_report gives them in one process."""
        sites = sorted(site.decode() for site in self.server.smembers(self.sites_key))  # type: ignore[union-attr]
        pipe = self.server.pipeline(transaction=False)
        for site in sites:
            pipe.hgetall(self.key(site)).hgetall(self.key(site, "candidates"))
            pipe.sdiff(self.key(site, "held"), self.frontier.archived_key)
            for name in LISTED:
                pipe.hkeys(self.key(site, name))
        replies = iter(pipe.execute())
        out = {}
        for site in sites:
            fig = SiteFigures(**{name.decode(): int(value) for name, value in next(replies).items()})
            fig.candidates = [{"url": url.decode(), "depth": int(depth)} for url, depth in next(replies).items()]
            fig.held = len(next(replies))
            for name in LISTED:
                setattr(fig, name, [member.decode() for member in next(replies)])
            out[site] = fig.to_dict()
        return out

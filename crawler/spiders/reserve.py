"""The links a site's crawl left beyond its bounds, kept best first for when it runs dry.

The bounds of exploration (distance from planning words, URL templates) keep a big site cheap, but on
a small one they can stop the crawl with most of its budget unspent while a fact page hangs one
generic section further (a Halley site whose every page is `pagina.asp?id=N`, whose template cap the
menus spend; page 7 of the news). When the whole crawl is idle, a site that made fewer than
`AMBITI_RESERVE_FLOOR` requests gets the best of these links, a few at a time, so that the
strong links their pages hold are read before the next few.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crawler.scoring import Priority

# (URL, depth, priority, hops since a link that spoke of planning, documents pages in a row that led to it)
Pending = tuple[str, int, Priority, int, int]
ROUND = 4  # links a site gets back per idle round
# Of an archive by year, how many of its older years (the newest first) a site gets back past its floor: the
# plan before the one in force was approved and extended there (a comunità montana's Albo files the accordo
# of 2021-2023 under Anno 2023, another under Anno 2022), and a site settled on its two pages on the ambito reached
# its floor first. Two: the first read as any page of the archive, the second glanced at, only its links that
# name the plan followed (crawler/spiders/sites.py: idle); read in full, it cost the dev web's Giussano, a dozen
# documents a year, 57 -> 70 requests and Ostiglia 40 -> 49 (glanced at: 58 and 41).
PAST_FLOOR_YEARS = 2


@dataclass
class Reserve:
    """Per site, its links beyond bounds, each URL once with its best priority."""

    links: dict[str, dict[str, Pending]] = field(default_factory=dict)

    def keep(self, site: str, item: Pending) -> None:
        kept = self.links.setdefault(site, {})
        old = kept.get(item[0])
        if old is None or _rank(item) < _rank(old):
            kept[item[0]] = item

    def take(self, site: str, most: int, seen: set[str]) -> list[Pending]:
        """The site's best `most` links not `seen` yet (highest priority, then nearest the seed), removed."""
        kept = self.links.get(site, {})
        for url in [u for u in kept if u in seen]:
            del kept[url]
        best = sorted(kept.values(), key=_rank)[: max(0, most)]
        for item in best:
            del kept[item[0]]
        return best

    def sites(self) -> list[str]:
        return [site for site, kept in self.links.items() if kept]

    def held(self, site: str) -> int:
        return len(self.links.get(site, {}))

    def years(self, site: str) -> int:
        """How many older years of an archive the site's reserve holds."""
        return sum(1 for _, _, priority, _, _ in self.links.get(site, {}).values() if priority.archive)


def _rank(item: Pending) -> tuple[int, int, int, int]:
    """The older years of an archive on a trail of documents first, the newest of them first (an Albo's
    "Anno 2023" or "Anno 2022": the plan before the one in force was approved and extended there; in page
    order, 2019 came first and a comunità montana's site reached its floor before 2023), then links that
    only a URL template's cap held back, then by how far short of the bounds they fell (priority below
    distance from planning words), then by priority, then nearest the seed."""
    _, depth, priority, chain, _ = item
    return -1 if priority.archive else max(0, chain - priority.value), -priority.archive, -priority.value, depth

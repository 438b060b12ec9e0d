"""Crawl the development web with the product's crawler and print, per site, the fact pages it
reached and the requests it made: `python -m tests.discovery_web.measure [--budget N]`.

Requests are counted by the server (robots.txt, sitemaps and searches included). `--json` prints
the figures as JSON (tests/test_discovery.py reads them).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

from crawler.archive import PageSnapshot, read_body, read_index
from crawler.datadir import DataDir
from crawler.run import run_crawl

from .catalog import catalog
from .server import BANNER, Served, serving, without_session
from .sites import Site, site_link


@dataclass
class SiteFigures:
    name: str
    facts: int
    reached: int
    requests: int
    forbidden_requested: list[str]
    missed: list[str]
    robots: int  # requests for robots.txt
    report: dict[str, object]  # the crawl record's figures for the site
    moved: bool = False  # an old address that sends every page to another site: its report is that site's


def _links(page: str | bytes, site: Site) -> bool:
    """Whether a page links a site that is no seed: measured along with the site that links it."""
    return isinstance(page, str) and site_link(site.name) in page


def _leads_to(chosen: list[Site], site: Site) -> bool:
    """Whether a site that is no seed is linked by a chosen site's page or is where a chosen site moved."""
    return any(t.moved_to == site.name or any(_links(page, site) for page in t.pages.values()) for t in chosen)


def _fetched(data: DataDir, served: list[Served], snaps: list[PageSnapshot]) -> dict[str, set[str]]:
    """Per served site's base, the targets (path and query, session parameter dropped) of the pages it
    answered 200 for, save a cookie wall kept for a page of a site behind one. Each snapshot is read
    once and matched to the bases its URLs start with (a loop over sites x snapshots parsed every URL
    once a site: ~5 s of CPU on the whole dev web)."""
    fetched: dict[str, set[str]] = {s.base: set() for s in served}
    by_length: dict[int, dict[str, list[Served]]] = {}
    for s in served:
        by_length.setdefault(len(s.base), {}).setdefault(s.base, []).append(s)
    for snap in (snap for snap in snaps if snap.status == 200):
        walled: bool | None = None  # read once, for the first site behind a cookie wall
        for url in (snap.url, snap.final_url):
            parts = urlsplit(without_session(url))
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            for length, bases in by_length.items():
                for s in bases.get(url[:length], ()):
                    if s.site.consent and walled is None:
                        walled = BANNER in read_body(data.crawls, snap)
                    if not (s.site.consent and walled):
                        fetched[s.base].add(target)
    return fetched


def measure(budget: int | None = None, only: list[str] | None = None) -> list[SiteFigures]:
    web = catalog()
    sites = [s for s in web if not only or any(word in s.name for word in only)]
    sites += [s for s in web if s not in sites and not s.seed and _leads_to(sites, s)]
    with serving(sites) as served, tempfile.TemporaryDirectory() as tmp:
        data = DataDir(Path(tmp)).ensure()
        kwargs = {"budget": budget} if budget else {}  # without: also runs the crawler from before budgets
        seeds = [s.base + "/" for s in served if s.site.seed]
        result = run_crawl(data, seeds, fresh=True, progress=False, fast=True, **kwargs)
        sites = getattr(result, "sites", {})
        fetched = _fetched(data, served, read_index(data.crawls / result.crawl_id))
        out = []
        for s in served:
            missed = sorted(f for f in s.site.facts if f not in fetched[s.base])
            asked = [r for r in s.requests if r != "/robots.txt"]
            # a site reached by a seed's redirect is crawled as the seed's site, with its report
            moved = next((t.base for t in served if t.site.moved_to == s.site.name), s.base)
            report = next((v for k, v in sites.items() if moved.split("://", 1)[1] in k), {})
            out.append(
                SiteFigures(
                    s.site.name,
                    len(s.site.facts),
                    len(s.site.facts) - len(missed),
                    len(s.requests),
                    sorted(set(asked) & s.site.forbidden),
                    missed,
                    s.requests.count("/robots.txt"),
                    report,
                    bool(s.site.moved_to),
                )
            )
        return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--budget", type=int, default=None, help="per-site request budget (default: the crawler's)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--only", nargs="+", metavar="WORD", help="only the sites whose name holds one of these words")
    args = p.parse_args(argv)
    figures = measure(args.budget, args.only)
    if args.json:
        print(json.dumps([asdict(f) for f in figures]))
        return 0
    for f in figures:
        print(
            f"{f.name:40} facts {f.reached}/{f.facts}  requests {f.requests:4}  missed {f.missed}"
            + (f"  FORBIDDEN {f.forbidden_requested}" if f.forbidden_requested else "")
        )
    with_facts = [f for f in figures if f.facts]
    complete = sum(1 for f in with_facts if f.reached == f.facts)
    reqs = [f.requests for f in figures]
    print(
        f"fact pages {sum(f.reached for f in figures)}/{sum(f.facts for f in figures)}; sites complete "
        f"{complete}/{len(with_facts)}; requests per site median {statistics.median(reqs)} max {max(reqs)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

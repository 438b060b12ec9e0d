"""The discovery dev web (tests/discovery_web/) crawled by the product's crawler in a forked child;
conftest's `dev_web_crawl` crawls the whole web once per run. It measures every site, so a test
about a few sites reads theirs (`sites_of`) instead of crawling them again (a crawl of four sites
cost ~2 s of CPU, the child's start-up included; the whole web ~15 s, once)."""

from __future__ import annotations

import json
from dataclasses import asdict

from tests.discovery_web.catalog import catalog
from tests.discovery_web.measure import _leads_to, measure
from tests.in_child import in_child


def crawl_dev_web(budget: int | None = None) -> list[dict]:
    """What `python -m tests.discovery_web.measure --json [--budget N]` prints, measured in a forked
    child (it crawls: Twisted's reactor runs once per process; a fork has Scrapy imported already):
    per site, what the crawl reached and the requests it made."""
    return json.loads(in_child(_measured, budget))


def _measured(budget: int | None) -> str:
    return json.dumps([asdict(figures) for figures in measure(budget)])


def sites_of(crawled: list[dict], *words: str) -> list[dict]:
    """The figures of the sites that `measure --only WORDS` crawls, from the whole web's crawl: the
    sites whose name holds a word, then the sites without a seed that they link or moved to
    (measured along with them). A site's crawl has its own budget, frontier and figures: the seeds crawled beside it
    change the order its pages answer in, as a loaded machine does, nothing it decides."""
    web = catalog()
    chosen = [s for s in web if any(word in s.name for word in words)]
    chosen += [s for s in web if s not in chosen and not s.seed and _leads_to(chosen, s)]
    by_name = {site["name"]: site for site in crawled}
    return [by_name[s.name] for s in chosen]

"""robots.txt in a crawl in one process: every request waiting for a site's robots.txt obeys it.

Scrapy 2.19's RobotsTxtMiddleware gave the rules to the first request waiting for a site's
robots.txt only (crawler/spiders/robots.py); several seeds on one host all wait together.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_ambiti

from crawler.archive import read_index
from crawler.datadir import DataDir
from crawler.demo.server import DemoWeb
from crawler.outcomes import read_dropped


@pytest.fixture(scope="module")
def web() -> Iterator[DemoWeb]:
    with DemoWeb(version=1) as running:
        yield running


@pytest.mark.slow
def test_seeds_on_one_host_all_obey_its_robots_txt(web: DemoWeb, tmp_path: Path) -> None:
    """Four seeds of one site, the third one the page the demo's robots.txt disallows (not the
    first: the first waiter always got the rules)."""
    corsico = f"{web.url}/ambito-corsico/"
    private = corsico + "riservata/bozza-verbale-assemblea.html"
    seeds = tmp_path / "seeds.txt"
    seeds.write_text("\n".join([corsico, corsico + "link-utili.html", private, corsico + "comuni-ambito.html"]))
    data = tmp_path / "data"
    done = run_ambiti("crawl", "--fast", "--seeds", str(seeds), "--data-dir", str(data), "-q")
    assert done.returncode == 0, done.stderr
    crawl_dir = data / "crawls" / (DataDir(data).latest_crawl() or "?")
    archived = {snap.url for snap in read_index(crawl_dir)}
    assert corsico + "comuni-ambito.html" in archived  # the seeds after it were crawled
    assert private not in archived
    assert [d.reason for d in read_dropped(crawl_dir) if d.url == private] == ["robots"]

"""Thirteenth round of discovery (issue 19): the reason the seventh simulated web missed a page (an Albo's
archive by year files the accordo of 2021-2023 under Anno 2022, while a site past its reserve floor got back
only its newest older year, 2023), and the cost of the rule on an archive whose every year lists a dozen
documents."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from crawler.archive import read_index
from crawler.datadir import DataDir
from crawler.run import run_crawl
from tests.discovery_web.catalog import catalog
from tests.discovery_web.round13 import ACCORDO
from tests.discovery_web.server import serving
from tests.in_child import in_child

ROUND13 = ("Sorisole", "Giussano", "Valle Brembana")


@pytest.mark.slow  # crawls three sites of the dev web
def test_an_older_year_of_an_archive_past_the_floor_is_glanced_at() -> None:
    sites = [s for s in catalog() if any(word in s.name for word in ROUND13)]
    with serving(sites) as served, tempfile.TemporaryDirectory() as tmp:
        data = DataDir(Path(tmp)).ensure()
        result = in_child(run_crawl, data, [s.base + "/" for s in served], fresh=True, progress=False, fast=True)
        index = read_index(data.crawls / result.crawl_id)
    by_name = {s.site.name: s for s in served}
    # before (main at 41ae1cc): Sorisole 2/3 in 51 requests, Anno 2022 held in its reserve; Valle Brembana's
    # accordo (under Anno 2023, the first older year) reached as before
    fetched = {snap.url for snap in index if snap.status == 200}
    for served_site in served:
        for fact in served_site.site.facts:
            assert served_site.base + fact in fetched, (served_site.site.name, fact)
    sorisole = by_name["Comune di Sorisole"]
    assert sorisole.base + ACCORDO in fetched
    glanced = [r for r in sorisole.requests if r.startswith("/albo-pretorio/archivio-2022/")]
    assert glanced == ["/albo-pretorio/archivio-2022/"]  # its acts, named by no plan, are not asked
    assert not any(r.startswith("/albo-pretorio/archivio-2021/") for r in sorisole.requests)
    # a dozen documents a year: the second older year costs its page alone (70 requests when read in full)
    assert len(by_name["Comune di Giussano"].requests) <= 60

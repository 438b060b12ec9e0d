"""The Scrapy project runs on its own too (`scrapy crawl sites`, as scrapyd does) into a data dir."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_ambiti

from crawler.datadir import DataDir
from crawler.demo.server import DemoWeb, start_urls


@pytest.mark.slow
def test_scrapy_crawl_archives_into_the_data_dir_and_builds(tmp_path: Path) -> None:
    data = tmp_path / "data"
    seeds = tmp_path / "seeds.txt"
    with DemoWeb() as web:
        urls = start_urls(web.url)
        seeds.write_text("\n".join(urls) + "\n")
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "scrapy",
                "crawl",
                "sites",
                "-a",
                f"seeds_file={seeds}",
                "-s",
                "LOG_LEVEL=ERROR",
                "-s",
                "AUTOTHROTTLE_ENABLED=0",
                "-s",
                "DOWNLOAD_DELAY=0",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "AMBITI_DATA_DIR": str(data)},
        )
    assert done.returncode == 0, done.stderr
    (crawl_id,) = DataDir(data).crawl_ids()
    meta = DataDir(data).crawl_meta(crawl_id)
    assert meta["status"] == "complete" and meta["pages"] > 30 and len(meta["seeds"]) == len(urls)
    built = run_ambiti("build", "--data-dir", str(data), "-q")
    assert built.returncode == 0, built.stderr

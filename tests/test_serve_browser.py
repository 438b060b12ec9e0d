"""`ambiti serve` in a real browser: Debian's chromium driven by Playwright (never `playwright install`).

One walk through the site as a researcher would click it; a screenshot of every page goes to
tests/artifacts/serve/ (git-ignored). Skipped with the reason when chromium or playwright is absent
(`scripts/install-system-tools` installs chromium; playwright is a dev dependency).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import Recrawled
from demo_graphs import Dataset, loaded
from serving import Served, serving
from test_queries import EXPECTED

ARTIFACTS = Path(__file__).resolve().parent / "artifacts" / "serve"
CHROMIUM = os.environ.get("CHROMIUM") or (
    "/usr/lib/chromium/chromium" if Path("/usr/lib/chromium/chromium").exists() else shutil.which("chromium")
)
AZZATE = next(a for a in EXPECTED["v1"]["ambiti"] if a["place"] == "Azzate")

if not CHROMIUM:
    pytest.skip("chromium is not installed (scripts/install-system-tools installs it)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (a dev dependency)")


@pytest.fixture(scope="module")
def srv(recrawled_data: Recrawled) -> Served:
    ds: Dataset = loaded("recrawled", recrawled_data.data)
    with serving(ds.data / "store") as served:
        yield served


@pytest.fixture(scope="module")
def page(srv: Served):  # noqa: ANN201 (Playwright's Page)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-dev-shm-usage"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        outside: list[str] = []
        page.on("request", lambda r: outside.append(r.url) if urlsplit(r.url).hostname != "127.0.0.1" else None)
        page.outside = outside  # type: ignore[attr-defined]
        yield page
        browser.close()


def shot(page, name: str) -> None:  # noqa: ANN001
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    assert (ARTIFACTS / f"{name}.png").stat().st_size > 5000


def test_overview_ambito_member_and_source(page, srv: Served) -> None:  # noqa: ANN001
    page.goto(srv.url + "/")
    assert page.title().startswith("Overview")
    assert page.locator("table#ambiti a.ambito").count() >= 10
    shot(page, "1-overview")
    assert page.locator("figure#map svg path.ambito").count() >= 10
    page.locator("figure#map").screenshot(path=str(ARTIFACTS / "1b-map.png"))  # the map as Chromium draws it
    assert (ARTIFACTS / "1b-map.png").stat().st_size > 5000

    page.locator("table#ambiti a.ambito", has_text="Azzate").first.click()
    page.wait_for_url("**/id/ambito/azzate")
    assert page.locator("table#members a.member").count() == len(AZZATE["members"])
    assert page.locator("#capofila").inner_text().strip() == "Azzate"
    shot(page, "2-ambito-azzate")
    assert page.locator("figure#map svg path.comune").count() == len(AZZATE["members"])
    page.locator("figure#map").screenshot(path=str(ARTIFACTS / "2b-map-azzate.png"))

    page.locator("table#members a.member", has_text="Brunello").click()
    page.wait_for_url("**/id/comune/012023")
    assert page.locator("#istat").inner_text() == "012023"
    assert "Azzate" in page.locator("ul#ambiti").inner_text()
    shot(page, "3-comune-brunello")

    page.go_back()
    page.wait_for_url("**/id/ambito/azzate")
    page.locator("table#facts a.source").first.click()
    page.wait_for_url("**/source/*")
    assert page.locator("#extractor").inner_text().startswith("ambiti-extract/")
    assert page.locator("table#facts tbody tr").count() > 0
    shot(page, "4-source-page")
    assert page.outside == []  # no script, stylesheet or font from the internet


def test_query_page_runs_a_library_query(page, srv: Served) -> None:  # noqa: ANN001
    page.goto(srv.url + "/query")
    form = page.locator("#q-members-of-ambito form")
    form.locator("input[name=p_ambito]").fill("https://w3id.org/ambiti/id/ambito/azzate")
    form.locator("button").click()
    page.wait_for_url("**/query?name=members-of-ambito*")
    rows = page.locator("table#results tbody tr")
    assert rows.count() == len(AZZATE["members"])
    assert "Brunello" in page.locator("table#results").inner_text()
    assert page.locator("a#csv").get_attribute("href").endswith("format=csv")
    shot(page, "5-query-members-of-ambito")

    page.locator("#free textarea").fill("SELECT ?x WHERE { ?x }")
    page.locator("#free button").click()
    assert "line 1, column" in page.locator("#error").inner_text()
    shot(page, "6-query-syntax-error")
    assert page.outside == []

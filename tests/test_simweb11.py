"""The eleventh simulated web (tests/simweb11/): the manifest says what the files are, every fact page holds
its facts at the depth and by the route the manifest states once links are followed as a browser follows
them (the seventh web's check, after a script's menu data, `data-href`/`onclick` rows, hop pages and
Title-Case paths are turned into the links a browser would follow), robots.txt forbids exactly the
must-not-reach pages, its ambiti and sites are not the ten earlier webs', the pages carry the quirks the
manifest names, and the server answers with a cookie banner, a 429, 503s and language views. The scorer
runs end to end on three sites (slow). No recall threshold is asserted: the scorer's figures are
measurements of the crawler."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
from test_simweb import check_scored_sites, link_depths
from test_simweb6 import EARLIER_WEBS, HREF, check_generator, check_no_shared_ambito_or_site, check_web_shape, fetch
from test_simweb7 import check_site_as_followed

from tests.simweb.server import load_manifest
from tests.simweb11.build import MANIFEST as MANIFEST_PATH
from tests.simweb11.build import build_web
from tests.simweb11.families import FAMILIES
from tests.simweb11.server import RATE_LIMITED_AT, SimWeb11
from tests.simweb11.writer import QUIRKS, is_html

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
# in the manifest's order; none with a cookie banner (it answers 200 to a fact page's address before consent,
# which the scorer counts as reached though nothing is archived), a 503 or Title-Case paths (README, "Before")
SCORED_SITES = ["t3-pradalunga", "wpc-ghisalba", "di-alzano"]
LATER_WEBS = [Path(__file__).parent / f"simweb{n}" / "manifest.json" for n in range(6, 11)]
MENU_DATA = re.compile(
    r"window\.__MENU__ = (\{.*?\});</script>|<script type=\"application/json\" id=\"menu\">(.*?)</script>"
)
ROW = re.compile(r"onclick=\"location\.href='([^']*)'\"")
ROOT_PATH = re.compile(r'href="(/[^"?#]*)')


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def as_clicked(site: dict[str, Any], pages: dict[str, bytes]) -> dict[str, bytes]:
    """The pages with the links a browser follows written as plain links: a menu script's data, a row's
    `onclick` (a `data-href` is read as a link already), a hop page's target, a Title-Case path in lower case."""
    hops = site.get("hops", {})
    lower = "titlecase" in site["quirks"]
    view: dict[str, bytes] = {}
    for url, body in pages.items():
        if not is_html(url) or url in hops:
            view[url] = body
            continue
        page = body.decode("utf-8")
        for found in MENU_DATA.finditer(page):
            items = json.loads((found.group(1) or found.group(2)).replace("<\\/", "</"))["voci"]
            page += "".join(f'<a href="{html.escape(i["url"])}">{html.escape(i["titolo"])}</a>' for i in items)
        page = ROW.sub(lambda m: f'href="{m.group(1)}"', page)
        for hop, target in hops.items():
            page = page.replace(f'href="{hop}"', f'href="{target}"')
        if lower:
            page = ROOT_PATH.sub(lambda m: f'href="{m.group(1).lower()}', page)
        view[url] = page.encode("utf-8")
    return view


def test_the_web_has_thirty_sites_of_every_family_route_depth_quirk_and_trap() -> None:
    check_web_shape(MANIFEST, FAMILIES, QUIRKS, unseeded=3)


def test_the_eleventh_web_shares_no_ambito_and_no_site_with_the_earlier_ones() -> None:
    check_no_shared_ambito_or_site(MANIFEST, [*EARLIER_WEBS, *(load_manifest(p) for p in LATER_WEBS)])


def test_the_generator_still_writes_the_frozen_web(
    generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]],
) -> None:
    check_generator(generated, MANIFEST)


@pytest.mark.parametrize("site_id", sorted(SITES))
def test_every_fact_page_is_where_the_manifest_says_and_robots_forbid_the_rest(
    site_id: str, files: dict[str, dict[str, bytes]]
) -> None:
    check_site_as_followed(SITES[site_id], as_clicked(SITES[site_id], files[site_id]), is_html)


def test_each_unseeded_site_is_linked_from_a_page_its_comune_reaches(files: dict[str, dict[str, bytes]]) -> None:
    for site in (s for s in MANIFEST["sites"] if "linked_from" in s):
        where = site["linked_from"]
        view = as_clicked(SITES[where["site"]], files[where["site"]])
        assert link_depths(view).get(where["url"]) == where["depth"] - 1, site["id"]
        assert f'href="__SITE_{site["id"]}__/"' in view[where["url"]].decode(), site["id"]


def test_pages_carry_their_quirks(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        urls = [u for u in files[site["id"]] if is_html(u) and u not in site.get("hops", {})]
        pages = [files[site["id"]][u].decode() for u in urls]
        quirks = set(site["quirks"])
        assert any("window.__MENU__ = {" in p for p in pages) == ("menuscript" in quirks), site["id"]
        assert any('<script type="application/json" id="menu">' in p for p in pages) == ("menujson" in quirks)
        rows = any('class="voce" data-href=' in p or 'class="riga" onclick=' in p for p in pages)
        assert rows == ("rows" in quirks), site["id"]
        assert all('hreflang="en"' in p for p in pages) == ("lang" in quirks), site["id"]
        assert any(re.search(r'href="/[A-Z][a-z0-9]', p) for p in pages) == ("titlecase" in quirks), site["id"]
        assert any(re.search(r'href="/[^"]*%C3%A0', p) for p in pages) == ("accents" in quirks), site["id"]
        hops = site.get("hops", {})
        assert bool(hops) == ("hops" in quirks), site["id"]
        for k, (hop, target) in enumerate(hops.items()):
            page = files[site["id"]][hop].decode()
            assert target in page and not HREF.search(page), hop
            assert ('http-equiv="refresh"' in page) == (k % 2 == 0), hop
            assert any(f'href="{hop}"' in p for p in pages) and not any(f'href="{target}"' in p for p in pages)
        canonicals = [p for p in pages if '<link rel="canonical"' in p]
        assert bool(canonicals) == any(t.endswith("/") for t in hops.values()), site["id"]


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_a_cookie_banner_a_429_503s_language_views_title_case_and_accents() -> None:
    ids = ["t3-villadiserio", "t3-pradalunga", "hz-ispra", "di-fagnano"]
    with SimWeb11(ids) as web:
        villa, pradalunga, ispra, fagnano = (web.sites[i] for i in ids)
        assert fetch(villa.base_url + "/robots.txt")[0] == 200
        status, _, banner = fetch(villa.base_url + "/")
        assert status == 200 and HREF.findall(banner.decode()) == ["/?consent=1"] and b"Accetta e continua" in banner
        assert b"__MENU__" in fetch(villa.base_url + "/?consent=1")[2]
        fact = next(f["url"] for f in villa.entry["facts"] if f["reach"] == "links")
        assert fetch(villa.base_url + fact)[0] == 503 and fetch(villa.base_url + fact)[0] == 200
        answers = [fetch(pradalunga.base_url + "/")[:2] for _ in range(RATE_LIMITED_AT + 1)]
        assert [s for s, _ in answers] == [200] * (RATE_LIMITED_AT - 1) + [429, 200]
        assert answers[RATE_LIMITED_AT - 1][1]["Retry-After"] == "1"
        english = fetch(pradalunga.base_url + "/?lang=en")[2].decode()
        assert 'href="/servizi/?lang=en"' in english and pradalunga.is_trap("/servizi/?lang=en", repeat=False)
        assert fetch(pradalunga.base_url + "/servizi/?lang=it")[2] == fetch(pradalunga.base_url + "/servizi/")[2]
        upper = re.search(r'href="(/[A-Z][^"?]*)"', fetch(ispra.base_url + "/")[2].decode())
        assert upper is not None
        status, headers, _ = fetch(ispra.base_url + upper.group(1))
        assert status == 301 and headers["Location"] == ispra.base_url + upper.group(1).lower()
        assert fetch(web.bare_urls["hz-ispra"] + "/")[1]["Location"] == ispra.base_url + "/"
        encoded = re.search(r'href="(/[^"]*%C3%A0[^"]*)"', fetch(fagnano.base_url + "/?consent=1")[2].decode())
        assert encoded is not None and fetch(fagnano.base_url + encoded.group(1))[0] == 200


@pytest.mark.slow  # crawls three sites (Scrapy in a child process), as its twins in test_simweb*.py
def test_the_scorer_crawls_three_sites_and_counts_from_the_server_log(tmp_path: Path) -> None:
    from tests.simweb11.score import main

    check_scored_sites(main, SITES, SCORED_SITES, tmp_path)

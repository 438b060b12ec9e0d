"""Seventeenth round of discovery (issue 19): the reasons the eleventh simulated web fetched fact pages it did not
keep, or never saw. A cookie wall answered 200 in the pages' place and was archived for them: it is now neither
archived nor read, its accept link is asked once, and the pages it hid again with the cookie it set. Links that
are no `<a href>` (rows with `data-href` or `onclick`, menus given to a script as JSON) are written into the tree
as anchors, and a page whose script only sends the browser on is followed as a meta refresh."""

from __future__ import annotations

from dev_web import sites_of
from scrapy.http import HtmlResponse, Request

from crawler.spiders.consent import ConsentWalls, accept_link
from crawler.spiders.links import RelevantLinks, html_root
from crawler.spiders.scripted import script_redirect
from crawler.spiders.sites import PORTAL
from tests.discovery_web.round17 import PORTALE

BASE = "http://127.0.0.1:8000"


def _html(path: str, body: str, headers: dict[str, str] | None = None) -> HtmlResponse:
    page = f"<html lang='it'><head><title>Pagina</title></head><body>{body}</body></html>"
    return HtmlResponse(f"{BASE}{path}", body=page.encode(), encoding="utf-8", headers=headers)


def test_a_cookie_wall_is_known_by_its_accept_link_to_its_own_address() -> None:
    wall = "<p>Questo sito usa cookie tecnici.</p><a href='/servizi/?consent=1'>Accetta e continua</a>"
    assert accept_link(_html("/servizi/", wall), html_root) == f"{BASE}/servizi/?consent=1"
    refuse = "<p>Usiamo i cookie.</p><a href='/servizi/?cookie=no'>Rifiuta</a><a href='/privacy/'>Privacy</a>"
    assert accept_link(_html("/servizi/", refuse), html_root) is None  # no accepting word
    elsewhere = "<p>Usiamo i cookie.</p><a href='/cookie-policy/?x=1'>Accetto</a>"
    assert accept_link(_html("/servizi/", elsewhere), html_root) is None  # not the page's own address
    menus = "".join(f"<a href='/s{i}/'>Sezione {i}</a>" for i in range(6))
    overlay = f"{menus}<div class='banner'>Usiamo i cookie. <a href='/servizi/?ok=1'>Accetto</a></div>"
    # a banner over a page whose menus are there to read
    assert accept_link(_html("/servizi/", overlay), html_root) is None


def test_the_pages_a_wall_held_are_asked_again_with_the_cookie_its_acceptance_set() -> None:
    walls = ConsentWalls()
    first, second = Request(f"{BASE}/a/", priority=5), Request(f"{BASE}/b/", priority=3)
    accept = walls.blocked(first, "site", f"{BASE}/a/?consent=1")
    assert accept is not None and accept.meta["wall"] == "site" and accept.meta["dont_redirect"]
    assert walls.blocked(second, "site", f"{BASE}/b/?consent=1") is None  # the accept link is asked once
    answer = _html("/a/", "", headers={"Set-Cookie": "scelta=si; Path=/; HttpOnly"})
    again = walls.release("site", answer)
    assert [r.url for r in again] == [first.url, second.url]
    assert all(r.headers["Cookie"] == b"scelta=si" and r.meta["walled"] and r.dont_filter for r in again)
    assert walls.cookie("site") == "scelta=si"
    late = walls.blocked(Request(f"{BASE}/c/"), "site", f"{BASE}/c/?consent=1")  # asked before the wall was passed
    assert late is not None and late.url == f"{BASE}/c/" and late.headers["Cookie"] == b"scelta=si"


def test_rows_and_script_menus_are_read_as_links() -> None:
    menu = '{"voci": [{"titolo": "Servizi sociali", "url": "/servizi-sociali/"}]}'
    body = (
        f"<header><nav></nav></header><script>window.__MENU__ = {menu};</script><main><h1>Atti</h1>"
        "<ul><li data-href='/atti/piano-di-zona/'>Piano di Zona 2025-2027</li>"
        "<li data-href='regolamento.pdf'>Regolamento dell'ambito</li></ul><table>"
        "<tr onclick=\"location.href='/atti/7'\"><td>7</td><td>Accordo di programma 2025-2027</td></tr></table>"
        "<a href='#' onclick=\"window.open('/atti/verbale.pdf')\">Verbale dell'assemblea dei sindaci</a></main>"
    )
    links = RelevantLinks()
    found = {link.url: link.text for link, _ in links.scored_links(_html("/atti/", body))}
    assert found[f"{BASE}/atti/piano-di-zona/"] == "Piano di Zona 2025-2027"
    assert found[f"{BASE}/atti/regolamento.pdf"] == "Regolamento dell'ambito"  # relative to the page
    assert found[f"{BASE}/atti/7"] == "Accordo di programma 2025-2027"  # the row's wordiest cell
    assert found[f"{BASE}/atti/verbale.pdf"] == "Verbale dell'assemblea dei sindaci"
    assert f"{BASE}/servizi-sociali/" in links.menu_links(_html("/atti/", body))  # the script's menu is a menu


def test_a_page_that_only_sends_the_browser_on_by_script_names_where() -> None:
    hop = "<script>window.location = '/allegati/1.pdf';</script><p>Attendere prego...</p>"
    assert script_redirect(html_root(_html("/vai/?id=1", hop))) == "/allegati/1.pdf"
    page = "<p>Testo</p><a href='/altro/'>Altro</a><script>function go() { location.href = '/x/'; }</script>"
    assert script_redirect(html_root(_html("/pagina/", page))) is None  # a page of its own, with links


def test_the_round17_sites_are_crawled_whole(dev_web_crawl: list[dict]) -> None:
    sites = sites_of(dev_web_crawl, "Bedizzole", "Calcinato", "Botticino", "Castegnato")
    # before (main at d52ab77): Bedizzole 0 / 2 (the banner archived for its pages, 11 requests), Calcinato 0 / 1
    # (31), Botticino 0 / 1 (5), Castegnato's portal 0 / 1 (never asked)
    assert len(sites) == 5
    for site in sites:
        assert site["missed"] == [], site["name"]
        assert site["requests"] <= 40, site["name"]  # 31, 31, 9, 6 and 7 here
    assert next(s for s in sites if s["name"] == PORTALE)["requests"] > 0


def test_a_portal_is_named_by_its_section_after_words_that_lead_to_it() -> None:
    for words in ("Portale trasparenza", "Accedi al portale della trasparenza", "Vai all'Albo pretorio"):
        assert PORTAL.fullmatch(words), words
    for words in ("Portale dei servizi", "Vai al sito", "Sezione news", "Accedi all'area riservata"):
        assert not PORTAL.fullmatch(words), words

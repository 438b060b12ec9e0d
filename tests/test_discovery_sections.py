"""Fifth round of discovery (issue 19): what a page says of its links when their words are generic (the
heading above them, its own title and breadcrumb, a plan's years, its prose about the ambito); the
weak pages of a whole site's sitemap; the reserve a site that runs dry spends before it stops; the
next page of a listing, no click deeper."""

from __future__ import annotations

from dev_web import sites_of
from scrapy.http import HtmlResponse

from crawler.scoring import Priority
from crawler.spiders.links import RelevantLinks
from crawler.spiders.reserve import Reserve
from crawler.spiders.sites import _depth
from tests.discovery_web.round5 import (
    joomla_intestazione_meda,
    wordpress_anni_cabiate,
    wordpress_pdf_pagina_ambito_muggio,
)

BASE = "http://127.0.0.1:8000"


def scored(site_page: tuple[str, str], **mode: bool) -> dict[str, Priority]:
    path, html = site_page
    response = HtmlResponse(BASE + path, body=html.encode("utf-8"))
    return {link.url.removeprefix(BASE): p for link, p in RelevantLinks().scored_links(response, **mode)}


def test_a_pdf_under_the_heading_of_an_accordo_is_one() -> None:
    site = joomla_intestazione_meda()
    area = "/index.php/servizi-alla-persona/area-sociale"
    links = scored((area, site.pages[area]), listing=True)
    # "Documento n. 12" under "Accordi di programma"; "Documento n. 1" under "Modulistica": same words, same template
    assert links["/images/sociale/doc470.pdf"].strong
    assert not links["/images/sociale/doc462.pdf"].strong


def test_a_plans_years_count_on_a_page_whose_own_title_speaks_of_planning() -> None:
    site = wordpress_anni_cabiate()
    links = scored(("/servizi-sociali/", site.pages["/servizi-sociali/"]))  # reached by a strong link: no listing
    assert links["/wp-content/uploads/2025/03/doc470-2025-2027.pdf"].strong  # "Allegato A - 2025/2027"
    assert not links["/wp-content/uploads/2025/03/doc461-2024-2025.pdf"].strong  # two years are no plan's three
    page = site.pages["/servizi-sociali/"].replace(
        "</ul>", '<li><a href="/wp-content/uploads/2025/03/doc480-2024-2026.pdf">Piano triennale azioni positive '
        "2024-2026</a></li></ul>",
    )  # fmt: skip
    assert not scored(("/servizi-sociali/", page))["/wp-content/uploads/2025/03/doc480-2024-2026.pdf"].strong
    # the same page under a title that says nothing of planning: the years alone are not enough
    plain = site.pages["/servizi-sociali/"].replace("Servizi sociali", "Tariffe")
    assert (
        not scored(("/tariffe/", plain))
        .get("/wp-content/uploads/2025/03/doc470-2025-2027.pdf", Priority(0, False))
        .strong
    )


def test_a_pdf_on_a_page_about_the_ambito_is_strong_unless_it_is_a_form() -> None:
    site = wordpress_pdf_pagina_ambito_muggio()
    page = site.pages["/famiglia/"].replace(
        "</ul>", '<li><a href="/wp-content/uploads/2024/05/modulo-domanda.pdf">Modulo di domanda</a></li></ul>'
    )
    links = scored(("/famiglia/", page))
    assert all(links[f"/wp-content/uploads/2024/05/scheda-{n}.pdf"].strong for n in range(1, 6))  # "Allegato N"
    assert not links["/wp-content/uploads/2024/05/modulo-domanda.pdf"].strong


def test_a_link_inside_a_heading_takes_the_heading_before_it() -> None:
    html = (
        "<html><body><main><nav class='breadcrumb'><a href='/'>Home</a> / Servizi</nav><h1>Notizie</h1>"
        "<h2>Piano di Zona</h2><h3><a href='/a'>Nuovi orari</a></h3><p><a href='/b'>Altro</a></p></main></body></html>"
    )
    page_section, sections = RelevantLinks().sections(HtmlResponse(f"{BASE}/n", body=html.encode()))
    by_href = {a.get("href"): s for a, s in sections.items()}
    assert page_section == "Home / Servizi Notizie"
    assert by_href["/a"] == "Home / Servizi Piano di Zona"  # not "Nuovi orari", its own words
    assert by_href["/b"] == "Home / Servizi Nuovi orari"


def test_a_cell_is_read_with_its_row() -> None:
    rows = [
        ("Affidamento del servizio di refezione scolastica", "/allegati/4410.pdf"),
        ("Approvazione dell'accordo di programma 2025-2027 tra i comuni del distretto", "/allegati/4411.pdf"),
    ]
    table = "".join(
        f"<tr><td>{what}</td><td>12/03/2025</td><td><a href='{pdf}'>Scarica</a></td></tr>" for what, pdf in rows
    )
    html = f"<html><body><main><h1>Sociale e famiglia</h1><table>{table}</table></main></body></html>"
    links = scored(("/vivere/sociale-e-famiglia", html), listing=True)
    assert links["/allegati/4411.pdf"].strong and not links["/allegati/4410.pdf"].strong
    # a layout table's row (menus, the whole page) is no context: the cell alone is
    layout = f"<html><body><table><tr><td>{'Menu principale ' * 30}</td><td>{html}</td></tr></table></body></html>"
    assert not scored(("/x", layout), listing=True)["/allegati/4410.pdf"].strong


def test_the_reserve_gives_back_the_best_links_first_and_each_once() -> None:
    reserve = Reserve()
    reserve.keep("s", (f"{BASE}/voce", 3, Priority(1, False), 3, 0))
    reserve.keep("s", (f"{BASE}/servizi", 1, Priority(1, False), 2, 0))
    reserve.keep("s", (f"{BASE}/novita?page=5", 2, Priority(2, False, True), 1, 0))
    reserve.keep("s", (f"{BASE}/voce", 2, Priority(2, False), 3, 0))  # found again, better: kept once, the better
    taken = reserve.take("s", 2, seen={f"{BASE}/novita?page=5"})  # requested meanwhile: not given back
    assert [url for url, *_ in taken] == [f"{BASE}/voce", f"{BASE}/servizi"]
    assert reserve.take("s", 4, seen=set()) == [] and reserve.sites() == []


def test_the_next_page_of_a_listing_is_no_click_deeper() -> None:
    pager = Priority(2, False, pager=True)
    assert _depth(pager, 3) == 3 and _depth(Priority(2, False), 3) == 4
    assert _depth(pager, 0) == 1  # depth 0 is a seed's: the home page's own next page is one click away


def test_a_site_that_runs_dry_spends_its_reserve_and_a_big_sitemap_waits_for_it(dev_web_crawl: list[dict]) -> None:
    sites = {s["name"]: s for s in sites_of(dev_web_crawl, "Nova", "Cinisello", "Lissone", "Muggi", "Bresso")}
    # before: Nova (template cap), Cinisello (page 7 of the news), Bresso (page 6 by "next" links) missed
    for site in sites.values():
        assert site["missed"] == [], site["name"]
        # the reserve's floor (30), and what the pages it gave back link to within the bounds
        assert site["requests"] - site["report"]["items"] <= 45, site["name"]  # the news list's cards aside
    assert sites["Comune di Lissone"]["report"]["beyond_bounds"] > 90  # before: 101 requests, its budget spent

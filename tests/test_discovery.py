"""Best-first discovery: link priorities, site search forms, and a real crawl of the discovery dev
web (tests/discovery_web/) that reaches every fact page within a per-site request budget."""

from __future__ import annotations

from datetime import date

import pytest
from dev_web import crawl_dev_web
from lxml import etree

from crawler.canonical import canonical_url
from crawler.scoring import (
    Priority,
    facets,
    link_priority,
    names_triennium,
    sitemap_priority,
    template,
    worth_exploring,
)
from crawler.spiders.budget import FLOOR_STOP, SETTLED_STOP
from crawler.spiders.search import search_urls
from crawler.spiders.sites import _chain

BASE = "http://127.0.0.1:8000"


def test_a_pdf_named_by_its_years_ranks_high_when_its_words_or_context_speak_of_a_plan() -> None:
    accordo = link_priority(f"{BASE}/documenti/adp_2021_2023.pdf", "Accordo 2021-2023")
    years = link_priority(f"{BASE}/wp-content/uploads/2022/03/Doc-2021.pdf", "Documento 2021–2023", "Piano di Zona:")
    form = link_priority(f"{BASE}/wp-content/uploads/2025/01/modulo.pdf", "Modulo iscrizione")
    assert accordo.strong and years.strong and not form.strong
    assert accordo.value > form.value and years.value > form.value >= 1  # a PDF is worth a look, less


def test_generic_sections_are_explored_and_decoys_are_not_planning() -> None:
    section = link_priority(f"{BASE}/amministrazione/documenti-e-dati", "Documenti e dati")
    assert section.value >= 1 and not section.strong
    assert link_priority(f"{BASE}/ufficio-di-piano", "Ufficio di Piano").strong
    for decoy in ("Ambiti di trasformazione del PGT", "Distretto del commercio"):
        assert not link_priority(f"{BASE}/x", decoy).strong, decoy
    assert not link_priority(f"{BASE}/pgt/at1.pdf", "Scheda ambito di trasformazione AT1").strong
    # a section's words count for the pages under it only when they speak of planning
    assert link_priority(f"{BASE}/servizi-sociali/orari", "Orari").value == 1
    assert link_priority(f"{BASE}/uffici/orari", "Orari").value == 0


def test_calendars_are_traps_and_pagers_stay_at_their_listings_distance() -> None:
    assert link_priority(f"{BASE}/eventi/calendario/?mese=2026-12", "Mese successivo").value == 0
    assert link_priority(f"{BASE}/calendario.asp?mese=1&anno=2027", "Gennaio").value == 0
    pager = link_priority(f"{BASE}/novita/page/3/", "3", in_content=True, listing=True)
    assert pager.pager and _chain(pager, 2) == 2 and _chain(Priority(1, False), 2) == 3
    assert _chain(Priority(5, True), 3) == 0
    assert template(f"{BASE}/novita/page/12/?x=2025") == "http://#.#.#.#:#/novita/page/#/?x=#"


def test_the_further_from_planning_words_the_more_a_link_must_say() -> None:
    assert worth_exploring(Priority(1, False), 1) and not worth_exploring(Priority(1, False), 2)
    assert worth_exploring(Priority(2, False), 2) and worth_exploring(Priority(1, True), 9)


def test_sitemap_urls_are_scored_by_path_type_and_lastmod() -> None:
    today = date(2026, 12, 4)
    assert sitemap_priority(f"{BASE}/wp-content/uploads/2024/02/sottoscrizione.pdf", None, today).value >= 1
    assert sitemap_priority(f"{BASE}/2025/03/festa-patronale/", "2025-03-01", today).value == 0
    recent = sitemap_priority(f"{BASE}/servizi/ufficio-di-piano/", "2025-05-02", today)
    old = sitemap_priority(f"{BASE}/servizi/ufficio-di-piano/", "2015-05-02", today)
    assert recent.value == old.value + 1 and recent.strong


def tree(body: str) -> etree._Element:
    return etree.fromstring(body, etree.HTMLParser())


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        # WordPress
        ('<form role="search" method="get" action="/"><input type="search" name="s"></form>', "/?s=piano+di+zona"),
        # Designers Italia page with its own search page
        (
            '<form action="/ricerca"><input type="search" name="q"><input type="hidden" name="t" value="n"></form>',
            "/ricerca?t=n&q=piano+di+zona",
        ),  # fmt: skip
        # Joomla 3 posts to com_search, which answers GET too
        (
            '<form action="/index.php" method="post"><input name="searchword" type="text">'
            '<input type="hidden" name="option" value="com_search"><input type="hidden" name="task" value="search">'
            '<input type="hidden" name="a1b2c3d4e5f6a7b8c9d0e1f2" value="1"></form>',
            "/index.php?option=com_search&task=search&a1b2c3d4e5f6a7b8c9d0e1f2=1&searchword=piano+di+zona",
        ),  # fmt: skip
    ],
)
def test_search_forms_become_get_queries(form: str, expected: str) -> None:
    body = f'<html><body><form action="/login" method="post"><input name="user"></form>{form}</body></html>'
    urls = search_urls(tree(body), f"{BASE}/")
    assert urls[0] == BASE + expected and len(urls) == 2 and "ambito" in urls[1]


def test_search_without_a_usable_form() -> None:
    post = '<form action="/cerca" method="post"><input type="text" name="q"><input type="hidden" name="tok" value="' + (
        "x" * 40
    ) + '"></form>'  # fmt: skip
    assert search_urls(tree(f"<html><body>{post}</body></html>"), f"{BASE}/") == []
    modal = '<form><input type="search" name="autocomplete-three"></form>'  # a JavaScript box, no action
    assert search_urls(tree(f"<html><body>{modal}</body></html>"), f"{BASE}/") == []
    wordpress = '<html><head><meta name="generator" content="WordPress 6.4"></head><body></body></html>'
    assert search_urls(tree(wordpress), f"{BASE}/a/") == [f"{BASE}/?s=piano+di+zona", f"{BASE}/?s=ambito"]
    joomla = '<html><head><meta name="generator" content="Joomla! - Open Source"></head><body></body></html>'
    assert search_urls(tree(joomla), f"{BASE}/")[0] == f"{BASE}/index.php?option=com_search&searchword=piano+di+zona"


def test_the_dev_web_crawl_reaches_every_fact_page_in_few_requests_and_respects_robots(
    dev_web_crawl: list[dict],
) -> None:
    sites = dev_web_crawl
    assert len(sites) >= 10
    for site in sites:
        assert site["missed"] == [], site["name"]
        assert site["forbidden_requested"] == [], site["name"]
        # No site near its budget (100). The goal is the median (<= 60, asserted with margin below);
        # a site's own count moves by a request or two with the order its pages answer in (Gallarate: 60,
        # once 61 under load). Treviolo is the most (73): every card of its documents list names an act by
        # its number ("Modulo n. 4") and each card's file continues the trail.
        assert site["requests"] <= 75, site["name"]
        assert site["robots"] == 1, site["name"]  # read once, for its rules and its Sitemap lines
        assert site["report"]["stopped"] in ("no link left worth a request", SETTLED_STOP, FLOOR_STOP), site["name"]
        report = site["report"]
        assert (report["stopped"] == FLOOR_STOP) == (not report["settled"] and report["held"] > 0), site["name"]
        assert (site["report"]["stopped"] == SETTLED_STOP) == (site["report"]["settled"] > 0), site["name"]
        if site["facts"] or site["moved"]:  # an old address's report is its new host's, with that site's facts
            assert site["report"]["candidates"], site["name"]
        else:  # the decoy: ambiti di trasformazione, distretto del commercio, centro sociale
            assert site["report"]["candidates"] == [], site["report"]
    assert sorted(s["requests"] for s in sites)[len(sites) // 2] <= 35
    learned = {s["name"]: s["report"]["sessions"] for s in sites}  # session parameters nobody named
    assert learned.pop("Comune di Cesano Maderno") == ["?s="]
    assert learned.pop("Comune di Legnano") == ["path step 1 (#(#))"]
    assert not any(learned.values()), learned
    searched = {s["name"]: s["report"]["searches"] for s in sites}
    assert any("searchword=" in u for u in searched["Comune di Vimercate"])
    assert searched["Comune di Desio"] == []  # no search on an old table layout


@pytest.mark.slow  # crawls the dev web
def test_the_budget_stops_a_site_and_says_so() -> None:
    sites = [s for s in crawl_dev_web(budget=8) if s["report"]]  # a linked site not reached has none
    for site in sites:
        report = site["report"]
        assert report["requests"] <= 8 and site["requests"] <= 8 + 1, site["name"]  # + Scrapy's robots.txt
    stopped = [s for s in sites if s["report"]["stopped"] == "budget spent"]
    assert len(stopped) >= 5 and all(s["report"]["unvisited"] > 0 for s in stopped)


def test_session_ids_and_print_views_are_one_url() -> None:
    page = f"{BASE}/pagina.php?id=41"
    assert canonical_url(f"{page}&PHPSESSID=9f86d081884c7d659a2feaa0c55ad015") == page
    assert canonical_url(f"{BASE}/portale/doc;jsessionid=3FC9E340E23BEE01?id=2") == f"{BASE}/portale/doc?id=2"
    assert canonical_url(f"{BASE}/shop?osCsid=abc&cat=3") == f"{BASE}/shop?cat=3"
    assert canonical_url(f"{BASE}/x?zenid=1&sessionid=2&SESSID=3") == f"{BASE}/x"
    assert (
        canonical_url(f"{BASE}/index.php/sociale/63-ambito?tmpl=component&print=1")
        == f"{BASE}/index.php/sociale/63-ambito"
    )
    # short names are sessions only when their value is a token: ?s= is also WordPress's search
    assert canonical_url(f"{BASE}/?s=piano+di+zona") == f"{BASE}/?s=piano+di+zona"
    assert canonical_url(f"{BASE}/?s=0123456789abcdef0123456789abcdef") == f"{BASE}/"
    assert canonical_url(f"{BASE}/forum?sid=42") == f"{BASE}/forum?sid=42"
    assert canonical_url(f"{BASE}/a?tmpl=component") == f"{BASE}/a?tmpl=component"  # not the print view
    joomla = f"{BASE}/index.php?option=com_content&view=article&id=5&Itemid=101"
    assert canonical_url(f"{joomla}&tmpl=component&print=1&layout=default&page=") == joomla
    # an unknown session parameter is bounded by its template: its token is blanked like a number
    assert template(f"{BASE}/p?tok=9f86d081884c7d65") == template(f"{BASE}/p?tok=aa86d081884c7d6f")


def test_a_link_named_by_a_plans_years_on_a_documents_page_is_strong() -> None:
    for url, anchor in [
        (f"{BASE}/wp-content/uploads/2022/03/allegato_166_2021_2023.pdf", "Allegato 90 – 2021-2023"),
        (f"{BASE}/pagina.asp?id=165", "Documento 2021/2023"),
        (f"{BASE}/files/doc.pdf", "Allegato 2025-27"),
    ]:
        assert link_priority(url, anchor, documents=True).strong, anchor
        assert not link_priority(url, anchor).strong, anchor  # elsewhere, years alone say little
    other = [("bilancio_2024_2026.pdf", "Bilancio di previsione 2024-2026"), ("ptpct.pdf", "PTPCT 2021-2023"),
             ("x.pdf", "Allegato 91 – 2023-2025"), ("y.pdf", "Elenco opere pubbliche 2024/2026")]  # fmt: skip
    for name, anchor in other:
        assert not link_priority(f"{BASE}/documenti/{name}", anchor, documents=True).strong, anchor
    assert names_triennium("allegato_166_2021_2023") and not names_triennium("2021-2022")


def test_combinations_of_filters_share_one_template_and_a_script_s_query_is_no_filter() -> None:
    listing = f"{BASE}/documenti-e-dati/elenco"
    assert facets(f"{listing}?tipologia=delibere&argomento=servizi-sociali&ordina=data") == (
        f"{listing}?argomento&ordina&tipologia",
        3,
    )
    assert template(f"{listing}?argomento=famiglia&tipologia=bandi") == template(
        f"{listing}?tipologia=welfare&argomento=sport"
    )
    assert facets(f"{BASE}/documenti/?categoria=welfare&paged=2") == (f"{BASE}/documenti/?categoria", 1)
    assert facets(f"{BASE}/index.php?option=com_content&view=article&id=5") is None  # a script names its pages
    assert facets(f"{BASE}/pagina.asp?id=165") is None
    assert facets(f"{BASE}/notizie?page=2") is None  # numbers only: pages of one template already


def test_an_archive_by_year_continues_a_trail_through_its_newest_years_only() -> None:
    from crawler.spiders.links import Link, _older_years_off_the_trail

    year = link_priority(f"{BASE}/documenti/archivio/2025", "2025", in_content=True, documents=True, trail=2)
    assert year.trail and not link_priority(f"{BASE}/documenti/archivio/2025", "2025", in_content=True).trail
    links = [
        (Link(f"{BASE}/a/{y}", str(y)), link_priority(f"{BASE}/a/{y}", str(y), in_content=True, trail=2))
        for y in range(2019, 2026)
    ]
    kept = {link.text for link, p in _older_years_off_the_trail(links, 2) if p.trail}
    assert kept == {"2024", "2025"}

"""Tenth round of discovery (issue 19), one rule per reason the fifth simulated web (used for diagnosis)
still missed a page: the search fields of TYPO3's ke_search and of ISWEB portals, "Vedi tutti" and the
record sections of Amministrazione trasparente on a trail of documents, "Delibere" alone as a section of
acts, an archive's older years newest first, and a URL refused once its site settled asked again by a link
on a trail."""

from __future__ import annotations

from dev_web import sites_of
from lxml import etree

from crawler.scoring import Priority, link_priority
from crawler.sessions import SessionLearner
from crawler.spiders.reserve import Reserve
from crawler.spiders.search import is_search, search_urls

BASE = "http://127.0.0.1:8000"


def _form(inner: str, action: str) -> etree._Element:
    return etree.HTML(f'<html><body><form action="{action}" method="get">{inner}</form></body></html>')


def test_ke_search_and_isweb_fields_are_a_site_s_search() -> None:
    typo3 = _form('<input type="text" name="tx_kesearch_pi1[sword]">', "/ricerca/")
    assert search_urls(typo3, f"{BASE}/") == [
        f"{BASE}/ricerca/?tx_kesearch_pi1%5Bsword%5D=piano+di+zona",
        f"{BASE}/ricerca/?tx_kesearch_pi1%5Bsword%5D=ambito",
    ]
    isweb = _form('<input type="text" name="keysearch">', "/index.php")
    asked = [f"{BASE}/index.php?keysearch=piano+di+zona", f"{BASE}/index.php?keysearch=ambito"]
    assert search_urls(isweb, f"{BASE}/") == asked
    # links to more searches are bounded as searches; a news record's key in brackets is no search
    assert is_search(f"{BASE}/index.php?keysearch=piano+di+zona&pag=2")
    assert is_search(f"{BASE}/cerca/?tx_indexedsearch_pi2%5Bsearch%5D%5Bsword%5D=ambito")
    assert not is_search(f"{BASE}/notizie/?tx_news_pi1%5Bnews%5D=12")
    assert not search_urls(_form('<input type="text" name="tx_news_pi1[news]">', "/notizie/"), f"{BASE}/")


def test_vedi_tutti_and_record_sections_continue_a_trail_of_documents() -> None:
    on_documents = dict(in_content=True, listing=True, documents=True, trail=1)
    assert link_priority(f"{BASE}/documenti/vedi-tutti/", "Vedi tutti", **on_documents).trail
    for path, anchor in (
        ("pagina36_enti-controllati.html", "Enti controllati"),
        ("pagina43_enti-pubblici-vigilati.html", "Enti pubblici vigilati"),
        ("pagina37_sovvenzioni-contributi-sussidi-vantaggi-economici.html", "Sovvenzioni, contributi, sussidi"),
        ("pagina44_societa-partecipate.html", "Società partecipate"),
    ):
        assert link_priority(f"{BASE}/{path}", anchor, **on_documents).trail, anchor
    # not on a page that is no documents page, nor a word of any menu
    assert not link_priority(f"{BASE}/notizie/vedi-tutti/", "Vedi tutti", in_content=True).trail
    assert not link_priority(f"{BASE}/uffici/orari/", "Orari di apertura", **on_documents).trail


def test_an_isweb_module_s_archivio_n_is_no_archive_of_documents() -> None:
    on_news = dict(in_content=True, listing=True, documents=True, trail=2)
    news = link_priority(f"{BASE}/archivio10_notizie-e-comunicati_0_509.html", "Festa dello sport", **on_news)
    assert not news.trail  # ISWEB's news list is `archivioN_...`: read as a trail, 32 news cost 32 requests
    assert link_priority(f"{BASE}/pagina20_archivio-storico.html", "Archivio storico", **on_news).trail


def test_an_archive_s_year_is_no_session_step() -> None:
    # each year of an Albo lists its acts under the same names ('/atti/albo/anno-2023/1-determina.html'):
    # without its year, each year's first act was one link seen with a new value from each year's page
    learner = SessionLearner()
    for year in range(2019, 2026):
        albo = f"{BASE}/atti/albo/anno-{year}"
        learner.observe(f"{albo}.html", [f"{albo}/{n}-determina.html" for n in (1, 2, 3)])
    assert not learner.found


def test_delibere_alone_is_a_section_of_acts_elenco_delibere_is_not() -> None:
    on_acts = dict(in_content=True, listing=True, documents=True, trail=1)
    assert link_priority(f"{BASE}/atti/delibere.html", "Delibere", **on_acts).trail
    assert not link_priority(f"{BASE}/servizi/elenco-delibere", "Elenco delibere", **on_acts).trail
    assert not link_priority(f"{BASE}/atti/delibere.html", "Delibere", in_content=True, listing=True).trail


def test_the_newest_of_an_archive_s_older_years_comes_back_first() -> None:
    reserve = Reserve()
    for year in (2019, 2020, 2021, 2022, 2023):  # in page order, oldest first
        reserve.keep("s", (f"{BASE}/atti/albo/anno-{year}.html", 3, Priority(1, False, archive=year), 2, 2))
    reserve.keep("s", (f"{BASE}/menu/uffici", 1, Priority(3, False), 1, 0))
    assert reserve.years("s") == 5  # what a site gets back past its floor is counted on these
    taken = [url.rsplit("-", 1)[-1] for url, *_ in reserve.take("s", 3, set())]
    assert taken == ["2023.html", "2022.html", "2021.html"]
    assert reserve.years("s") == 2


def test_the_tenth_round_s_sites_are_reached(dev_web_crawl: list[dict]) -> None:
    words = ("Cantello", "Bisuschio", "Gorla Minore", "Marnate", "Valle Brembana", "Valle Imagna", "Coccaglio")
    sites = {s["name"]: s for s in sites_of(dev_web_crawl, *words)}
    # before (main at 34049c9): Cantello, Bisuschio, Gorla Minore (0/2), Marnate and Valle Brembana (2/3) missed
    # in 31-35 requests, Valle Imagna (2/3) in 34; Coccaglio (2/3) in 31-32 in three runs of three. Valle Brembana
    # needs its Anno 2023 past the reserve's floor (missed in 34 with PAST_FLOOR_YEARS = 0)
    assert len(sites) == len(words)
    for site in sites.values():
        assert site["missed"] == [], site["name"]
        assert site["requests"] <= 60, site["name"]  # 31-41 here
    assert sites["Comune di Cantello"]["report"]["searches"]  # ke_search, asked
    assert sites["Comune di Gorla Minore"]["report"]["searches"]  # ISWEB's keysearch

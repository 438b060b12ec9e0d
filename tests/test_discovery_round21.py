"""Twenty-first round of discovery (issue 19): the last fact page of a site and the ambito sites no words link. A main
menu entry of words the scoring does not know ("Vivere il Comune", where the official WordPress theme names the
ambito; "Il Comune" of a Joomla header list) was never requested: a site that runs dry under half its budget gets its
home page's main menu sections not asked yet, once. And a social area by its own name in its title ("Sociale e
welfare: Comune di X") is a planning page, where a banner with no words leads to the ambito's site. A card's "Vai
alla pagina" says nothing: it takes its card's title."""

from __future__ import annotations

from dev_web import sites_of
from lxml import html
from scrapy.http import HtmlResponse

from crawler.spiders.links import RelevantLinks, link_text
from crawler.spiders.menus import MAIN_MENU, main_menu
from crawler.spiders.vague import says_nothing
from tests.discovery_web.round21 import AZIENDA, AZZIO, BRINZIO, GRANTOLA, MONVALLE, UNIONE

BASE = "http://127.0.0.1:8000/"


def _menu(body: str) -> list[str]:
    return main_menu(html.fromstring(f"<html><body>{body}</body></html>"), BASE)


def test_the_main_menu_is_the_first_navigation_of_the_site_s_own_links() -> None:
    skip = '<nav aria-label="Salta"><a href="#main">Vai al contenuto</a><a href="#menu">Vai al menu</a></nav>'
    slim = '<nav><a href="https://www.regione.lombardia.it/">Regione</a><a href="/">Home</a></nav>'
    main = '<nav aria-label="Principale"><a href="/amministrazione/">Amministrazione</a><a href="/novita/">Novità</a>'
    main += '<a href="/servizi/">Servizi</a><a href="/vivere-il-comune/">Vivere il Comune</a></nav>'
    footer = '<nav><a href="/privacy/">Privacy</a><a href="/note-legali/">Note legali</a><a href="/faq/">FAQ</a></nav>'
    assert _menu(skip + slim + main + footer) == [
        BASE + "amministrazione/", BASE + "novita/", BASE + "servizi/", BASE + "vivere-il-comune/"
    ]  # fmt: skip


def test_a_main_menu_is_bounded_and_a_page_without_one_has_none() -> None:
    mega = "".join(f'<a href="/sezione-{n}/">Sezione {n}</a>' for n in range(20))
    assert len(_menu(f'<div role="navigation">{mega}</div>')) == MAIN_MENU
    assert _menu('<ul><li><a href="/a/">A</a></li><li><a href="/b/">B</a></li><li><a href="/c/">C</a></li></ul>') == []


def test_a_main_menu_entry_of_no_known_words_is_read_once_the_site_runs_dry(dev_web_crawl: list[dict]) -> None:
    # before (main at 105f3b0): 1 / 2 in 32 requests, "Conoscere Brinzio" never asked (its words score nothing on a
    # home page that does not speak of the ambito, so it was not even kept in the reserve)
    (site,) = sites_of(dev_web_crawl, BRINZIO)
    assert site["missed"] == []
    assert site["requests"] <= 60


def test_a_header_menu_list_leads_to_the_azienda_s_site(dev_web_crawl: list[dict]) -> None:
    # before (main at 105f3b0): Azzio's "Il paese" never asked in 31 requests, the azienda's site never reached (0 / 1)
    _all_reached(dev_web_crawl, AZZIO, AZIENDA)


def test_a_joomla_header_list_is_a_main_menu_and_its_logo_no_entry() -> None:
    logo = '<div class="header"><a href="/index.php">Comune</a></div>'
    menu = '<ul class="nav menu"><li><a href="/index.php?option=com_content&amp;id=10">Amministrazione</a></li>'
    menu += '<li><a href="/index.php?option=com_content&amp;id=8">Notizie</a></li>'
    menu += '<li><a href="/index.php?option=com_content&amp;id=20">Il paese</a><ul class="nav-child">'
    menu += '<li><a href="/index.php?option=com_content&amp;id=21">Storia</a></li></ul></li></ul>'
    assert [url.rsplit("=", 1)[1] for url in _menu(logo + menu)] == ["10", "8", "20"]


def test_a_social_area_named_by_its_title_is_a_planning_page() -> None:
    links = RelevantLinks()
    body = "<html><head><title>Sociale e welfare: Comune di Roncello</title></head><body><main><h1>Sociale e welfare"
    body += "</h1><p>I servizi.</p></main></body></html>"
    assert links.planning_page(HtmlResponse(url=BASE + "sociale-e-welfare/", body=body.encode(), encoding="utf-8"))
    other = body.replace("Sociale e welfare", "Centro sociale anziani")
    assert not links.planning_page(HtmlResponse(url=BASE + "centro/", body=other.encode(), encoding="utf-8"))


def test_a_title_part_is_judged_with_the_rest_of_the_title() -> None:
    """A title's parts are read alone only for the social area's own name: "Piano di Zona - Distretto del Commercio"
    is the commerce district's, whatever its first part says."""
    links = RelevantLinks()
    body = "<html><head><title>{}</title></head><body><main><h1>Bandi</h1><p>I bandi.</p></main></body></html>"
    for title in ("Piano di Zona - Distretto del Commercio di Rho", "Sociale e welfare | Distretto del Commercio"):
        page = HtmlResponse(url=BASE + "bandi/", body=body.format(title).encode(), encoding="utf-8")
        assert not links.planning_page(page), title


def test_a_banner_with_no_words_on_the_social_area_leads_to_the_ambito_s_site(dev_web_crawl: list[dict]) -> None:
    # before (main at 105f3b0): the unione's site never reached (0 / 1); the page's title and heading, joined,
    # were no social area's name
    _all_reached(dev_web_crawl, GRANTOLA, UNIONE)


def _all_reached(crawled: list[dict], seed: str, linked: str) -> None:
    """A seed's site and the ambito's site it links: every fact page reached, within 60 requests each."""
    sites = {site["name"]: site for site in sites_of(crawled, seed)}
    assert set(sites) == {seed, linked}
    for site in sites.values():
        assert site["missed"] == [], site["name"]
        assert 0 < site["requests"] <= 60


def test_a_card_that_says_vai_alla_pagina_takes_its_title() -> None:
    assert says_nothing("Vai alla pagina") and says_nothing("Vai alla pagina »")
    assert not says_nothing("Vai alla pagina dei servizi sociali")
    card = '<div class="card-body"><h3 class="card-title">Dato ulteriore n. 4/2025</h3>'
    card += '<a class="read-more" href="/documento-pubblico/dato/"><span>Vai alla pagina</span></a></div>'
    assert link_text(next(html.fromstring(f"<html><body>{card}</body></html>").iter("a"))) == "Dato ulteriore n. 4/2025"


def test_a_record_s_attachment_behind_cards_is_reached(dev_web_crawl: list[dict]) -> None:
    # before (main at 105f3b0): 0 / 1 in 31 requests, the attachment's card ("Vai alla pagina" to scarica.php?id=N)
    # scored nothing
    (site,) = sites_of(dev_web_crawl, MONVALLE)
    assert site["missed"] == []
    assert site["requests"] <= 60

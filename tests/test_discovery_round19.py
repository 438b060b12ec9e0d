"""Nineteenth round of discovery (issue 19): the fourteenth simulated web, scored clean before and after round 18,
missed 10 of its 63 fact pages, all PDFs behind two structures of real themes. An accordion item `<a href="#">`
whose address is only its `data-target` is a link to that address (a `data-target` that names a panel, `#id`,
is none); and a GET form whose action is a file is that file's download button, whatever fields it holds."""

from __future__ import annotations

from dev_web import sites_of
from lxml import html

from crawler.spiders.links import form_target
from crawler.spiders.scripted import unhide
from tests.discovery_web.round19 import AGNADELLO, VAILATE


def _anchors(markup: str) -> list[tuple[str, str]]:
    root = html.fromstring(f"<html><body>{markup}</body></html>")
    unhide(root, markup.encode())
    return [(a.get("href"), a.text_content()) for a in root.iter("a")]


def test_an_accordion_item_s_data_target_address_is_its_link() -> None:
    item = '<a href="#" data-target="/allegati/piano-di-zona.pdf">Piano di Zona</a>'
    assert _anchors(item) == [("/allegati/piano-di-zona.pdf", "Piano di Zona")]
    # a panel's id is no address, nor is a selector of a class
    panel = '<a href="#" data-toggle="collapse" data-target="#regolamenti">Regolamenti</a>'
    assert _anchors(panel) == [("#", "Regolamenti")]
    assert _anchors('<button data-target=".navbar-collapse">Menu</button>') == []


def test_a_get_form_whose_action_is_a_file_is_its_download_button() -> None:
    def target(form: str) -> str | None:
        return form_target(html.fromstring(form))

    button = '<form method="get" action="/allegati/accordo.pdf"><button type="submit">Scarica</button></form>'
    assert target(button) == "/allegati/accordo.pdf"
    hidden = '<form action="/allegati/accordo.pdf"><input type="hidden" name="download" value="1"></form>'
    assert target(hidden) == "/allegati/accordo.pdf?download=1"
    # a form whose action is a page still needs a value the site chose for the visitor, and a POST is never asked
    assert target('<form method="get" action="/documenti/"><button>Vai</button></form>') is None
    assert target('<form method="post" action="/allegati/accordo.pdf"><button>Scarica</button></form>') is None


def test_a_plan_behind_an_accordion_item_is_read(dev_web_crawl: list[dict]) -> None:
    (site,) = sites_of(dev_web_crawl, VAILATE)
    # before (main at 560782e): 0 / 1, the item's address never seen
    assert site["missed"] == []
    assert site["requests"] <= 60


def test_an_accordo_behind_a_download_form_is_read(dev_web_crawl: list[dict]) -> None:
    (site,) = sites_of(dev_web_crawl, AGNADELLO)
    # before (main at 560782e): 0 / 1, the form had no value chosen for the visitor
    assert site["missed"] == []
    assert site["requests"] <= 60

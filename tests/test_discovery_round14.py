"""Fourteenth round of discovery (issue 19): the reasons the ninth simulated web missed pages. Links no `<a>`
holds (a `<select onchange>`'s options, an `<area>` named by its alt, the head's `<link rel="next">`, a GET
form's default query), the link annotations of an index PDF, a sitemap's few files, the German twins of a
bilingual comune, the social area under a name of its own, and an azienda's site linked from a Servizi page."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from crawler.archive import read_index
from crawler.datadir import DataDir
from crawler.run import run_crawl
from crawler.scoring import link_priority, planning_section
from crawler.spiders.links import RelevantLinks, form_target
from crawler.spiders.pdflinks import pdf_links, scored_pdf_links
from crawler.spiders.sites import _italian
from tests.discovery_web.catalog import catalog
from tests.discovery_web.round14 import ACCORDO_PDF, PLAN_MAP, SITEMAP_PDF, _index_pdf
from tests.discovery_web.server import serving
from tests.in_child import in_child

BASE = "http://127.0.0.1:8000"
ROUND14 = ("Erbusco", "Ospitaletto", "Bellagio", "Bagnolo Mella")


def _page(main: str, head: str = "", lang: str = "it") -> HtmlResponse:
    body = f"<body><main><h1>Albo</h1>{main}</main></body>"
    html = f'<html lang="{lang}"><head><title>Albo</title>{head}</head>{body}</html>'
    return HtmlResponse(f"{BASE}/albo/", body=html.encode(), encoding="utf-8")


def _links(response: HtmlResponse, **mode: bool) -> dict[str, tuple[str, object]]:
    return {link.url: (link.text, p) for link, p in RelevantLinks().scored_links(response, **mode)}


def test_links_no_anchor_holds() -> None:
    select = (
        '<select onchange="location.href=this.value"><option value="">Scegli</option>'
        '<option value="/servizi/famiglia-e-persona/">Famiglia e persona</option></select>'
        '<select name="anno"><option value="2025">2025</option></select>'  # a form's field: no link
        '<select onchange="filtra(this.value)"><option value="2024/2025">2024/2025</option>'  # a filter's value
        '<option value="pagina12_servizi-sociali.html">Servizi sociali</option></select>'
    )
    area = '<map name="m"><area href="/pagina.php?id=41" alt="Servizi sociali"></map>'
    found = _links(_page(select + area, '<link rel="next" href="/albo/elenco/2/">'), listing=True)
    text, option = found[f"{BASE}/servizi/famiglia-e-persona/"]
    assert text == "Famiglia e persona" and option.strong  # the social area under a name of its own
    text, mapped = found[f"{BASE}/pagina.php?id=41"]
    assert text == "Servizi sociali" and mapped.strong
    _, following = found[f"{BASE}/albo/elenco/2/"]
    assert following.pager  # a list's next page, though its address names no page
    assert not any("2025" in url for url in found)
    assert found[f"{BASE}/albo/pagina12_servizi-sociali.html"][0] == "Servizi sociali"  # a relative address


def test_a_get_form_s_defaults_are_a_listing() -> None:
    form = (
        '<form method="get" action="/hh/index.php"><legend>Atti e documenti</legend>'
        '<input type="hidden" name="sezione" value="atti"><select name="anno"><option>2024</option>'
        '<option value="2025" selected>2025</option></select><input type="text" name="oggetto">'
        '<input type="text" name="x" disabled><button type="submit">Cerca</button></form>'
    )
    found = _links(_page(form), listing=True)
    url = f"{BASE}/hh/index.php?sezione=atti&anno=2025&oggetto="
    text, priority = found[url]
    assert text == "Atti e documenti" and priority.value >= 2  # `anno=` is no calendar here
    root = RelevantLinks().root(
        _page('<form action="/cerca"><input name="q"><select name="c"><option>a</option></select></form>')
    )
    assert form_target(next(root.iter("form"))) is None  # a search box
    root = RelevantLinks().root(
        _page('<form method="post" action="/x"><input type="hidden" name="a" value="1"></form>')
    )
    assert form_target(next(root.iter("form"))) is None
    root = RelevantLinks().root(_page('<form action="/x"><input type="text" name="oggetto"></form>'))
    assert form_target(next(root.iter("form"))) is None  # nothing chosen for the visitor


def test_a_pdf_s_link_annotations_are_its_links() -> None:
    body = _index_pdf([(ACCORDO_PDF, "Allegato A - Accordo"), (PLAN_MAP, "Allegato B - Planimetria")])
    found, _ = pdf_links(body)
    assert [uri for uri, _ in found] == [ACCORDO_PDF, PLAN_MAP]
    assert found[0][1].startswith("Allegato A - Accordo")  # the words printed under the annotation
    scored = {link.url: p for link, p in scored_pdf_links(body, f"{BASE}/documenti/indice.pdf", True, 1)}
    assert scored[f"{BASE}{ACCORDO_PDF}"].strong  # an accordo's file, on a list of documents
    assert pdf_links(b"%PDF-1.4\n% a plain file\n%%EOF\n") == ([], "")  # no /URI: not parsed
    assert pdf_links(b"%PDF-1.4 /URI broken") == ([], "")


def test_a_bilingual_site_is_read_in_italian() -> None:
    found = [(f"{BASE}/it/vivere/", None), (f"{BASE}/de/vivere/", None), (f"{BASE}/fileadmin/a.pdf", None)]
    assert _italian(found) == [found[0], found[2]]
    assert _italian(found[1:]) == found[1:]  # no Italian twins: a site in German stays as it is
    twins = '<link rel="alternate" hreflang="de" href="/de/albo/"><link rel="alternate" hreflang="it" href="/it/albo/">'
    links = RelevantLinks()
    response = _page("", twins)
    assert links.translations(response) == {f"{BASE}/de/albo/"}
    assert not links.foreign(response) and links.foreign(_page("", lang="de"))


def test_the_social_area_s_own_names() -> None:
    for name in ("Sociale", "Famiglia e persona", "Persone e famiglie", "Welfare"):
        assert link_priority(f"{BASE}/x/", name).strong, name
        assert planning_section(name)
    assert link_priority(f"{BASE}/vivere/sociale/").strong  # a sitemap's address alone
    assert not link_priority(f"{BASE}/x/", "Centro sociale anziani").strong  # a service, no area
    # a notice under the area's heading is part of its section: no URL template's copy (all of a Halley portal's pages
    # are `.../idtesto/N`), never settled
    notice = f"{BASE}/c0/zf/index.php/servizi-aggiuntivi/index/index/idtesto/69"
    assert link_priority(notice, "Contributi affitto", in_content=True, section="Famiglia e persona").section
    assert not link_priority(notice, "Contributi affitto", in_content=True, section="Tributi").section


@pytest.mark.slow  # crawls five sites of the dev web
def test_round14_sites() -> None:
    sites = [s for s in catalog() if any(word in s.name for word in ROUND14) or s.name.startswith("Azienda Consortile")]
    with serving(sites) as served, tempfile.TemporaryDirectory() as tmp:
        data = DataDir(Path(tmp)).ensure()
        seeds = [s.base + "/" for s in served if s.site.seed]
        result = in_child(run_crawl, data, seeds, fresh=True, progress=False, fast=True)
        index = read_index(data.crawls / result.crawl_id)
    # before (main at e132720): Erbusco 1/4, Ospitaletto 0/2, the azienda 0/1 (never requested); Bellagio 2/2
    fetched = {snap.url for snap in index if snap.status == 200}
    for served_site in served:
        for fact in served_site.site.facts:
            assert served_site.base + fact in fetched, (served_site.site.name, fact)
    by_name = {s.site.name: s for s in served}
    assert by_name["Comune di Ospitaletto"].base + SITEMAP_PDF in fetched
    # the German twins: the chooser's link read once, none of their links followed nor their sitemap entries asked
    german = [r for r in by_name["Comune di Bellagio"].requests if r.startswith("/de/")]
    assert german == ["/de/"]
    for served_site in served:
        assert len(served_site.requests) <= 60, served_site.site.name

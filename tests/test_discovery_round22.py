"""Twenty-second round of discovery (issue 19). The social area by its title ("Sociale e welfare - Comune di Cuvio")
has its content read, and a link there to another host is a candidate of the ambito's site whatever its words
("Sito dell'ente gestore"): under the crumbs "Home" its heading, joined, named no social area, and the link scored
nothing. "Delibere assemblea" (no preposition) is a section of acts, as "Delibere dell'Assemblea" was (round 20). And
Amministrazione trasparente's *Consulenti e collaboratori* and *Altri contenuti / Dati ulteriori* are pages of
documents that list records with attachments: their numbered records ("Dato ulteriore n. 5/2025") are steps of a
trail of documents, the sections themselves no step (every comune links them)."""

from __future__ import annotations

from dev_web import sites_of
from scrapy.http import HtmlResponse

from crawler.scoring import DOCUMENT_LINK, DOCUMENTS_PAGE, link_priority
from crawler.spiders.links import RelevantLinks
from tests.discovery_web.round22 import AZIENDA, CUVIO, INARZO, UNIONE

BASE = "http://127.0.0.1:8000/"


def _page(title: str) -> HtmlResponse:
    body = f'<html><head><title>{title} - Comune di Cuvio</title></head><body><main><nav class="breadcrumb">Home</nav>'
    body += f'<h1>{title}</h1><ul><li><a href="/area/pasti/">Pasti a domicilio</a></li>'
    body += '<li><a href="https://ente.example.it/">Sito dell\'ente gestore</a></li></ul></main></body></html>'
    return HtmlResponse(url=BASE + "area/", body=body.encode(), encoding="utf-8")


def test_a_social_area_s_link_to_another_host_is_a_candidate_whatever_its_words() -> None:
    links = RelevantLinks()
    assert [link.url for link, _ in links.scored_links(_page("Sociale e welfare"))] == ["https://ente.example.it/"]
    # a page of other words: neither its wordless link to another host nor its own pages
    assert links.scored_links(_page("Ambiente e territorio")) == []


def test_the_ambito_s_site_linked_with_no_words_from_the_social_area_is_reached(dev_web_crawl: list[dict]) -> None:
    # before (main at 8b4dd5d): the azienda's site never requested (0 / 1); Cuvio 33 requests
    sites = {site["name"]: site for site in sites_of(dev_web_crawl, CUVIO)}
    assert set(sites) == {CUVIO, AZIENDA}
    for site in sites.values():
        assert site["missed"] == [], site["name"]
        assert 0 < site["requests"] <= 60


def test_an_organ_s_delibere_are_a_section_of_acts_with_or_without_a_preposition() -> None:
    for words in ("Delibere assemblea", "Delibere di Giunta", "Delibere dell'Assemblea", "Delibere CdA"):
        assert DOCUMENT_LINK.search(words), words
    assert not DOCUMENT_LINK.search("Delibere")  # a trail's step names its organ
    url = BASE + "atti/delibere-assemblea.html"
    step = link_priority(url, "Delibere assemblea", in_content=True, listing=True, trail=1)
    assert step.trail and step.value >= 2  # a step of the trail: never left as a link of low priority


def test_an_assembly_s_minutes_under_delibere_assemblea_are_reached(dev_web_crawl: list[dict]) -> None:
    # before (main at 8b4dd5d): 2 / 3 in 32 requests, "Delibere assemblea" (priority 1, two hops from planning words)
    # refused once the union's Servizi sociali and its news of the plan were found
    (site,) = sites_of(dev_web_crawl, UNIONE)
    assert site["missed"] == []
    assert site["requests"] <= 60


def test_sections_of_records_are_documents_pages_and_their_records_steps_of_a_trail() -> None:
    for section in ("Consulenti e collaboratori", "pagina39_altri-contenuti.html", "Dati ulteriori"):
        assert DOCUMENTS_PAGE.search(section) and not DOCUMENT_LINK.search(section), section
    record = link_priority(BASE + "pagina302_incarico-n-5-2025.html", "Incarico n. 5/2025", in_content=True,
                           listing=True, documents=True, trail=2)  # fmt: skip
    assert record.trail and record.value >= 3
    assert not DOCUMENTS_PAGE.search("Organizzazione degli uffici")


def test_a_record_s_attachment_under_altri_contenuti_is_reached(dev_web_crawl: list[dict]) -> None:
    # before (main at 8b4dd5d): 2 / 3 in 32 requests, the record "Dato ulteriore n. 5/2025" (priority 1, two hops
    # from planning words) left once the comune's Servizi sociali and its news of the plan were read
    (site,) = sites_of(dev_web_crawl, INARZO)
    assert site["missed"] == []
    assert site["requests"] <= 60

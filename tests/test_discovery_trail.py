"""Third round of discovery (issue 19): a link's priority follows the trail that led to it, session
parameters nobody named are learned per site, and an ambito's name in every header is boilerplate."""

from __future__ import annotations

from scrapy.http import HtmlResponse

from crawler.scoring import link_priority, worth_exploring
from crawler.sessions import SessionLearner, describe
from crawler.spiders.links import RelevantLinks

BASE = "http://127.0.0.1:8000"
ORGANI = f"{BASE}/amministrazione-trasparente/provvedimenti/provvedimenti-organi-indirizzo-politico"


def test_a_chain_of_documents_pages_is_followed_deeper_than_generic_sections() -> None:
    # Amministrazione trasparente > Provvedimenti > Provvedimenti organi indirizzo politico > Atto n. 18/2022
    act = dict(in_content=True, listing=True, documents=True)
    for trail, chain in [(1, 2), (2, 3), (3, 4)]:
        step = link_priority(f"{ORGANI}/atto-18-2022", "Atto n. 18/2022", **act, trail=trail)
        assert step.trail and worth_exploring(step, chain), (trail, step)
    without = link_priority(f"{ORGANI}/atto-18-2022", "Atto n. 18/2022", **act)
    assert not worth_exploring(without, 4)  # the second round stopped here
    # a generic section on the same trail gains nothing: bounded depth stays for them
    generic = link_priority(f"{BASE}/amministrazione-trasparente/bilanci/orari", "Orari di apertura", **act, trail=3)
    assert not generic.trail and not worth_exploring(generic, 4)
    # the further down the trail, the higher: the chain is read before broad pages
    assert link_priority(f"{ORGANI}/atto-18-2022", "Atto n. 18/2022", **act, trail=3).value > without.value


def test_years_and_attachments_along_a_trail() -> None:
    pdf = f"{BASE}/documents/20182/0/allegato_90.pdf"
    assert link_priority(pdf, "Allegato 90 – 2021-2023", trail=1).strong  # on a trail, as on a documents page
    assert not link_priority(pdf, "Allegato 90 – 2021-2023").strong
    # on a page of public works, the same years name their programme, not a plan
    assert not link_priority(pdf, "Allegato 90 – 2021-2023", trail=2, other_plan=True).strong
    # "Leggi tutto" on a page reached by a plan's years is the plan's attachment, whatever its URL
    more = f"{BASE}/allegati.asp?id=165&n=1"
    assert link_priority(more, "Leggi tutto", in_content=True, named_page=True).strong
    assert not link_priority(more, "Leggi tutto", in_content=True).strong


def test_session_parameters_nobody_named_are_learned_from_links_seen_twice() -> None:
    learner = SessionLearner()
    pages = ["comune", "servizi", "notizie", "uffici"]
    learned = []
    for n, page in enumerate(pages):
        links = [f"{BASE}/index.php?page={p}&s={4821937650 + 7 * n + k}" for k, p in enumerate(pages)]
        links += [f"{BASE}/notizie.php?pag={k}" for k in (1, 2, 3)] + [f"{BASE}/atto/delibera-{n}-2022"]
        learned.append(learner.observe(f"{BASE}/index.php?page={page}", links))
    assert learned == [[], [("query", "s")], [], []]  # from the second page on, and said once
    assert learner.found == {("query", "s")} and describe(("query", "s")) == "?s="
    assert learner.clean(f"{BASE}/index.php?page=servizi&s=4821937699&sez=sociali") == (
        f"{BASE}/index.php?page=servizi&sez=sociali"
    )
    assert learner.clean(f"{BASE}/?s=piano+di+zona") == f"{BASE}/?s=piano+di+zona"  # a search is no token


def test_values_that_come_back_are_not_sessions() -> None:
    learner = SessionLearner()
    for page in ("a", "b", "c", "d"):  # every page links the same articles, calendar months and sections
        links = [f"{BASE}/x/articolo-{k}0000?mese=2026-1{k}" for k in range(3)]
        links += [f"{BASE}/y{k}?ref=20260{k}11" for k in range(3)]
        assert learner.observe(f"{BASE}/{page}", links) == []
    assert learner.found == set()


def test_a_parameter_that_changes_nothing_in_the_answer_is_learned_from_two_pairs() -> None:
    learner = SessionLearner()
    assert learner.answered(f"{BASE}/news?page=1", "d1") == [] and learner.answered(f"{BASE}/news", "d1") == []
    assert (
        learner.answered(f"{BASE}/a?ref=k81ab92c", "d2") == []
        and learner.answered(f"{BASE}/a?ref=k81ab93x", "d2") == []
    )
    assert learner.answered(f"{BASE}/b?ref=k81ab94d", "d3") == []
    assert learner.answered(f"{BASE}/b?ref=k81ab95e", "d3") == [("query", "ref")]
    assert learner.clean(f"{BASE}/c?id=7&ref=k81ab99z") == f"{BASE}/c?id=7"
    assert learner.clean(f"{BASE}/news?page=1") == f"{BASE}/news?page=1"  # a pager is not a token


def test_a_cookieless_path_session_is_learned_and_removed() -> None:
    learner = SessionLearner()
    for n in range(3):
        links = [f"{BASE}/(S(tok{n}{k}abcdefghijklmnopqrs))/Pagine/P{k}.aspx" for k in range(4)]
        learner.observe(f"{BASE}/(S(tok{n}zabcdefghijklmnopqrs))/Pagine/P{n}.aspx", links)
    assert describe(next(iter(learner.found))) == "path step 1 (#(#))"
    assert learner.clean(f"{BASE}/(S(zz91abcdefghijklmnopqrs))/Pagine/Scheda.aspx?id=501") == (
        f"{BASE}/Pagine/Scheda.aspx?id=501"
    )


def test_an_ambito_named_in_every_header_is_boilerplate() -> None:
    page = (
        '<html><body><div id="top"><b>Ufficio di Piano di Garbagnate</b></div>'
        "<div><p>Verbale della seduta.</p></div></body></html>"
    )
    response = HtmlResponse(f"{BASE}/node/301", body=page.encode())
    links = RelevantLinks()
    assert links.ambito_lines(response) == {"Ufficio di Piano di Garbagnate"}
    assert links.on_topic(response)
    assert not links.on_topic(response, frozenset({"Ufficio di Piano di Garbagnate"}))


def test_only_an_acts_page_about_another_programme_takes_the_years_from_a_plan() -> None:
    def page(title: str, text: str) -> HtmlResponse:
        html = f"<html><head><title>{title}</title></head><body><main><p>{text}</p></main></body></html>"
        return HtmlResponse(f"{BASE}/amministrazione-trasparente/provvedimenti/atto-1-2022", body=html.encode())

    links = RelevantLinks()
    assert links.other_plan(page("Atto n. 1/2022", "Programma triennale opere pubbliche."))
    assert links.other_plan(page("Piano triennale dei fabbisogni di personale", "Approvazione."))
    intro = "In questa sezione i documenti dell'ente: bilanci, performance, regolamenti, accordi e piani. " * 5
    assert not links.other_plan(page("Documenti", intro))  # a section's introduction, not an act's subject
    assert not links.other_plan(page("Atto n. 18/2022", "Deliberazione della Giunta comunale."))

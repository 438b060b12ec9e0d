"""Round 33b (issue 11): members, capofila, phones and plan dates of heldout35, each mechanism in its general form.

Every positive case fails on extractor 0.4.60; the counter-cases pass on both. Pages 1550-1566 hold the same
mechanisms in other wordings and markup (docs/members.md §57).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.evaluation import evaluate_page
from crawler.parsers.contacts import parse_line
from crawler.parsers.extract import extract
from crawler.parsers.plans import plans_in
from crawler.parsers.serialize import facts_to_json
from crawler.records import Contacts, PageFacts

FIXTURES = Path(__file__).parent / "fixtures"


def _html(main: str) -> PageFacts:
    html = f"<html><head><title>Notizie</title></head><body><main>{main}</main></body></html>"
    return extract(html.encode(), "https://example.org/p.html", "text/html; charset=utf-8")


def _text(text: str) -> PageFacts:
    return extract(text.encode(), "https://example.org/p.txt", "text/plain")


def _members(f: PageFacts) -> set[str]:
    return {code for a in f.ambiti for code in a.members}


def _capofila(f: PageFacts) -> str | None:
    return f.ambiti[0].capofila if f.ambiti else None


# A. a list that marks one of its items as the capofila is the list of a body's comuni: the ambito's, unless the
# words around it name another body (h35_04)
@pytest.mark.parametrize(
    ("main", "members"),
    [
        # the mark in brackets, inside the list, in a sentence with no membership verb
        (
            "<h1>Ambito di Garbagnate Milanese, via al centro estivo</h1><p>I bambini di Baranzate, Bollate (ente "
            "capofila), Cesate, Novate Milanese e Solaro potranno iscriversi da lunedì.</p>",
            {"015250", "015027", "015076", "015157", "015213"},
        ),
        # the mark on the last item
        (
            "<h1>Ambito di Corsico</h1><p>Lo sportello lavoro riceve gli abitanti di Assago, Buccinasco, Cusago e "
            "Corsico (comune capofila).</p>",
            {"015011", "015036", "015097", "015093"},
        ),
        # the role in apposition between commas
        (
            "<h1>Ambito 3 - Pioltello</h1><p>Il trasporto sociale collega Rodano, Pioltello, comune capofila, "
            "Segrate e Vimodrone.</p>",
            {"015185", "015175", "015205", "015242"},
        ),
        # counter-cases: the words around the list name another kind of list, or a hypothesis
        (
            "<h1>Ambito di Corsico</h1><p>Ente capofila: Comune di Corsico.</p><p>Confinano con l'Ambito i comuni di "
            "Milano, Rozzano (capofila) e Zibido San Giacomo.</p>",
            {"015093"},
        ),
        (
            "<h1>Ambito di Corsico</h1><p>Ente capofila: Comune di Corsico.</p><p>Se il bando fosse vinto, lo "
            "sportello servirebbe Assago, Buccinasco (comune capofila) e Cusago.</p>",
            {"015093"},
        ),
    ],
)
def test_a_list_naming_its_capofila_is_a_membership(main: str, members: set[str]) -> None:
    assert _members(_html(main)) == members


# B. a roll call laid out as a table of sitters (comune, who sat for it, their role) under a line announcing those
# present: the comuni are the ambito's members, the sitters no comune, the rows end where the table does (h35_25)
@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Ambito territoriale di Garbagnate Milanese\nVerbale dell'Assemblea dei Sindaci del 3 marzo 2025\n\n"
            "Sono presenti:\n\nSENAGO        Maria Brambilla     Sindaca\n"
            "SOLARO        Paolo Sala          Vicesindaco\n"
            "CESATE        Anna Riva           Assessora\n\nPresiede il Sindaco del Comune di Senago.\n",
            {"015206", "015213", "015076"},
        ),
        (
            "Ambito di Corsico\nVerbale dell'Assemblea dei Sindaci\n\nRisultano presenti:\nComune   Nome   Ruolo\n"
            "Assago   Luca Neri   Delegato\nCusago   Elena Gatti   Sindaca\nBuccinasco   Marco Villa   Assessore "
            "delegato\n",
            {"015011", "015097", "015036"},
        ),
        # counter-case: speakers from other places laid out alike, with no roll call announced
        (
            "Ambito di Corsico\nEnte capofila: Comune di Corsico\n\nInterverranno:\nMILANO   Anna Riva   Assessora\n"
            "BERGAMO   Luigi Neri   Sindaco\nCOMO   Sara Gatti   Sindaca\n",
            {"015093"},
        ),
    ],
)
def test_a_table_of_sitters_is_a_roll_call(text: str, members: set[str]) -> None:
    facts = _text(text)
    assert _members(facts) == members
    assert not facts.unresolved_names  # neither a sitter nor the chair's sentence is an unknown comune


# C. a capofila role in apposition between commas is the name's before it, and a mark inside another body's list is
# that body's lead, not the ambito's (1550, 1556)
@pytest.mark.parametrize(
    ("main", "capofila"),
    [
        (
            "<h1>Ambito Rhodense</h1><p>Il Piano di Zona dell'Ambito vale per Arese, Lainate, Rho, comune capofila, "
            "Pero e Vanzago.</p>",
            "015182",
        ),
        (
            "<h1>Ambito Rhodense</h1><p>Ne fanno parte Arese, Lainate, Rho, ente capofila, Pero e Vanzago.</p>",
            "015182",
        ),
        # counter-case: a role before its comune is still read forward ("capofila: Rho", "il comune capofila, Rho,")
        (
            "<h1>Ambito Rhodense</h1><p>Ne fanno parte Arese, Lainate, Rho, Pero e Vanzago; il comune capofila, "
            "Rho, ospita l'Ufficio di Piano.</p>",
            "015182",
        ),
        # a mark inside another body's list is that body's lead: no capofila, and no members, for the ambito
        (
            "<h1>Ambito di Garbagnate Milanese</h1><p>La convenzione di polizia locale riunisce Cesate, Solaro "
            "(comune capofila) e Senago.</p>",
            None,
        ),
        (
            "<h1>Ambito di Corsico</h1><p>Il Distretto del Commercio unisce Assago, Buccinasco (comune capofila) e "
            "Cusago.</p>",
            None,
        ),
        (
            "<h1>Ambito Rhodense</h1><p>Il Piano di Zona dell'Ambito Rhodense sostiene anche le biblioteche: il "
            "sistema bibliotecario di Arese, Lainate, Pero (comune capofila) e Vanzago adotta la tessera unica.</p>",
            None,
        ),
    ],
)
def test_a_capofila_mark_belongs_to_its_name_and_list(main: str, capofila: str | None) -> None:
    facts = _html(main)
    assert _capofila(facts) == capofila
    assert capofila is not None or not _members(facts)


# D. one label for two channels ("Tel/Fax", "Telefono e fax", "Fax/Tel."): one number under it serves both, two are
# given in the label's order (h35_02, h35_09)
@pytest.mark.parametrize(
    ("line", "phones", "fax"),
    [
        ("Tel/Fax 0371 442 100 - e-mail: udp@example.it", ["+390371442100"], ["+390371442100"]),
        ("Tel. e fax: 0371 442 100", ["+390371442100"], ["+390371442100"]),
        ("Tel-Fax | 035 211 300 / 035 211 399", ["+39035211300"], ["+39035211399"]),
        ("Fax/Telefono 035 211 399 - 035 211 300", ["+39035211300"], ["+39035211399"]),
        # counter-case: two labels, each with its own number
        ("Tel. 035 211 300 - Fax 035 211 399", ["+39035211300"], ["+39035211399"]),
    ],
)
def test_a_label_of_two_channels_gives_its_numbers_in_order(line: str, phones: list[str], fax: list[str]) -> None:
    found = Contacts()
    parse_line(line, found)
    assert (found.phones, found.fax) == (phones, fax)


# E. a heading between two items ends the list: a news module's towns under "News" do not go on with the list of
# comuni above it (h35_06)
@pytest.mark.parametrize(
    ("main", "members"),
    [
        (
            "<h1>Ambito di Corsico</h1><h2>I Comuni dell'Ambito</h2><ul><li>Assago</li><li>Buccinasco</li>"
            "<li>Corsico</li></ul><h3>Eventi</h3><ul><li>Rozzano: festa del volontariato</li></ul>",
            {"015011", "015036", "015093"},
        ),
        (
            "<h1>Ambito di Corsico</h1><h2>Comuni aderenti</h2><p>Assago<br>Cusago<br>Corsico</p><h4>Avvisi</h4>"
            "<p>Milano, bando per gli affitti</p>",
            {"015011", "015097", "015093"},
        ),
        # counter-case: comuni that are themselves headings (cards titled by their comune) stay one list
        (
            "<h1>Ambito di Corsico</h1><h2>I Comuni dell'Ambito</h2><h3>Assago</h3><p>Sportello sociale il lunedì</p>"
            "<h3>Cusago</h3><p>Sportello sociale il martedì</p><h3>Corsico</h3><p>Sportello sociale il giovedì</p>",
            {"015011", "015097", "015093"},
        ),
    ],
)
def test_a_heading_between_two_items_ends_the_list(main: str, members: set[str]) -> None:
    assert _members(_html(main)) == members


# F. what an approval's verb decides, when it is an extension ("ha deliberato che il Piano ... è prorogato", "ha
# approvato la proroga"), is no approval; the approving vote or session named with its body dates a yearless approval
# ("Con il voto dell'Assemblea dei Sindaci ... del 16 dicembre scorso, il Piano ... è stato approvato") (h35_15, h35_10)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "L'Assemblea dei Sindaci, riunita il 9 novembre 2023, ha deliberato che il Piano di Zona 2021-2023 sia "
            "prorogato fino al 31/12/2024.",
            {(2021, 2023): (None, "2024-12-31")},
        ),
        (
            "Il 9 novembre 2023 l'Assemblea ha approvato la proroga del Piano di Zona 2021-2023 al 31/12/2024.",
            {(2021, 2023): (None, "2024-12-31")},
        ),
        (
            "Con il voto dell'Assemblea dei Sindaci dell'Ambito di Lodi del 12 dicembre scorso, il Piano di Zona "
            "2025-2027 è stato approvato.",
            {(2025, 2027): ("2024-12-12", None)},
        ),
        # counter-cases: an approval of the plan itself keeps its date; a vote on an extension approves nothing
        (
            "L'Assemblea, riunita il 9 dicembre 2024, ha approvato il Piano di Zona 2025-2027.",
            {(2025, 2027): ("2024-12-09", None)},
        ),
        (
            "Con il voto dell'Assemblea del 12 dicembre scorso il Piano di Zona 2021-2023 è stato prorogato al "
            "31/12/2024.",
            {(2021, 2023): (None, "2024-12-31")},
        ),
    ],
)
def test_an_approvals_object_and_its_meeting(sentence: str, expected: dict) -> None:
    plans, _ = plans_in([sentence], written="2024-12-20")
    assert {(p.start_year, p.end_year): (p.approved_on, p.extended_until) for p in plans} == expected


# G. a page that names no ambito, on a site whose footer opens with its ambito's name and states its capofila or
# office: the footer names the site's owner, and its facts are that ambito's (h35_13)
@pytest.mark.parametrize(
    ("footer", "capofila", "phones"),
    [
        (
            "<footer><div><h4>Ambito territoriale di Seriate</h4><p>Comune capofila: Seriate</p><p>Ufficio di Piano"
            "<br>Via Paderno 47<br>24068 Seriate</p></div><div><h4>Contatti</h4><p>Tel. 035 304 281</p></div></footer>",
            "016198",
            ["+39035304281"],
        ),
        # counter-cases: a comune's footer; a footer that names the ambito with no office or capofila of it
        (
            "<footer><p>Comune di Seriate · Piazza Alebardi 1 · Tel. 035 304 111 · Ambito territoriale di Seriate</p>"
            "</footer>",
            None,
            [],
        ),
        (
            "<footer><div><h4>Ambito territoriale di Seriate</h4><p>Seguici sui social</p></div></footer>",
            None,
            [],
        ),
    ],
)
def test_a_footer_opened_by_the_ambito_names_the_sites_owner(
    footer: str, capofila: str | None, phones: list[str]
) -> None:
    html = f"<html><head><title>Servizi</title></head><body><main><h1>Servizi</h1><p>Orari.</p></main>{footer}"
    facts = extract(html.encode(), "https://example.org/p.html", "text/html; charset=utf-8")
    assert _capofila(facts) == capofila
    office = facts.ambiti[0].ufficio_di_piano if facts.ambiti else None
    assert (office.phones if office else []) == phones


@pytest.mark.parametrize("page", sorted(p.name for p in (FIXTURES / "pages").glob("15[56][0-9]_*")))
def test_round33b_pages_read_as_their_gold(page: str) -> None:
    path = FIXTURES / "pages" / page
    gold = json.loads((FIXTURES / "gold" / f"{page}.json").read_text(encoding="utf-8"))
    ctype = "text/plain" if path.suffix == ".txt" else None
    report = evaluate_page(gold, facts_to_json(extract(path.read_bytes(), page, ctype), page=page))
    assert not report.missed and not report.extra, (report.missed, report.extra)

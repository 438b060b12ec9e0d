"""Each pattern the extractor supports, on small inline pages, and where it must not fire.

Names here are real Lombardy comuni (they must resolve), but the pages are written for the test:
no rule may depend on them.
"""

from __future__ import annotations

import fpdf
import pytest

from crawler.parsers import capofila as cf
from crawler.parsers import contacts as ct
from crawler.parsers import names as nm
from crawler.parsers import office as of
from crawler.parsers.columns import join_wrapped
from crawler.parsers.document import LABEL_LEVEL
from crawler.parsers.extract import extract, page_date
from crawler.parsers.italian import person_name, split_sentences
from crawler.parsers.plans import periods_in, plan_units, plans_in, session_date
from crawler.records import Contacts, PageFacts
from crawler.reference.comuni import lombardia

RHO, PERO, ARESE, LAINATE, VANZAGO = "015182", "015170", "015009", "015116", "015229"
CERNUSCO, GESSATE, BUSSERO = "015070", "015106", "015040"


def page(*blocks: str, title: str = "Pagina") -> bytes:
    body = "\n".join(blocks)
    return f"<html><head><title>{title}</title></head><body><main>{body}</main></body></html>".encode()


def facts(*blocks: str, title: str = "Pagina") -> PageFacts:
    return extract(page(*blocks, title=title), "https://example.org/p.html", "text/html; charset=utf-8")


def text_facts(text: str) -> PageFacts:
    return extract(text.encode(), "https://example.org/p.txt", "text/plain; charset=utf-8")


# phones ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "e164"),
    [
        ("02 250771", "+3902250771"),
        ("02/92366130", "+390292366130"),
        ("0332.456354", "+390332456354"),
        ("+39 02 93332410", "+390293332410"),
        ("0362-392301", "+390362392301"),
        ("035 304 281", "+39035304281"),
        ("(+39) 02 1234567", "+39021234567"),
        ("0332456311", "+390332456311"),
    ],
)
def test_phone_spellings_become_e164(written: str, e164: str) -> None:
    assert ct.phones_in(f"Tel. {written}") == [e164]


@pytest.mark.parametrize("text", ["approvato il 12/03/2015", "Cap: 20090", "P.IVA 00712340150", "n. 5 del 2021"])
def test_dates_postal_codes_and_tax_ids_are_not_phones(text: str) -> None:
    assert ct.phones_in(text) == []


def test_phone_and_fax_on_one_line_are_told_apart() -> None:
    found = Contacts()
    ct.parse_line("tel. 02.94692450 – fax 02.94692455", found)
    assert found.phones == ["+390294692450"]
    assert found.fax == ["+390294692455"]


def test_unlabelled_number_is_not_a_phone_unless_asked() -> None:
    found = Contacts()
    ct.parse_line("L'infopoint risponde al numero 0344 32924", found)
    assert found.phones == []


# e-mail vs PEC ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("PEC: comunesaronno@secmail.it", "pec"),  # by label, plain domain
        ("E-mail: comune.rodano@pec.regione.lombardia.it", "pec"),  # by domain, under an e-mail label
        ("Posta certificata: protocollo.x@cert.legalmail.it", "pec"),
        ("E-mail: udp@comune.desio.mb.it", "emails"),
        ("E-mail: info@certosa-pavia.it", "emails"),  # "cert" inside a word is no PEC domain
        ("E-mail: info@specchio.it", "emails"),
        ("E-mail: protocollo@arubapec.it", "pec"),
    ],
)
def test_pec_is_told_from_email_by_label_or_domain(line: str, kind: str) -> None:
    found = Contacts()
    ct.parse_line(line, found)
    assert getattr(found, kind) and not getattr(found, "emails" if kind == "pec" else "pec")


def test_label_on_its_own_line_is_paired_with_the_value() -> None:
    lines, _, _ = ct.pair_labels(["Fax", "0362 392393", "PEC", "a@cert.legalmail.it"], [7, 0, 7, 0])
    assert lines == ["Fax: 0362 392393", "PEC: a@cert.legalmail.it"]


# people ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Perego Stefania", "Stefania Perego"),
        ("dr.ssa Perego Stefania", "Stefania Perego"),
        ("dott. Giuseppe Airoldi", "Giuseppe Airoldi"),
        ("BERETTA Giovanna", "Giovanna Beretta"),
        ("Serena Bini", "Serena Bini"),
        ("Rossi Maria Grazia", "Maria Grazia Rossi"),
        ("De Luca Anna", "Anna De Luca"),
    ],
)
def test_person_names_come_out_given_name_first(raw: str, name: str) -> None:
    assert person_name(raw) == name


def test_words_that_are_not_people_are_refused() -> None:
    assert person_name("Ufficio Servizi Sociali", labelled=True) is None
    assert person_name("Area Attività alla persona") is None
    assert person_name("Brambilla Rossi") is None  # no known given name and no label: not sure


def test_assessore_and_president_are_not_the_responsible() -> None:
    f = facts(
        "<h1>Ufficio di Piano - Ambito di Rho</h1>",
        "<p>Comune capofila: Rho</p>",
        "<p>Assessore di riferimento: Francesca Belotti</p>",
        "<p>Presidente dell'Assemblea dei Sindaci: Giorgio Bianchi</p>",
        "<p>Telefono: 02 93332410</p>",
    )
    assert f.ambiti[0].ufficio_di_piano is not None
    assert f.ambiti[0].ufficio_di_piano.responsible is None


def test_name_card_followed_by_its_role_is_the_responsible() -> None:
    f = facts(
        "<h1>Ambito di Rho</h1><p>Comune capofila: Rho</p>",
        "<h2>Ufficio di Piano</h2><p>Telefono: 02 93332410</p>",
        "<h2>Unità organizzativa responsabile</h2><p>Bonetti Luca</p><p>Responsabile dell'Ufficio di Piano</p>",
    )
    assert f.ambiti[0].ufficio_di_piano.responsible == "Luca Bonetti"


# plans -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Il Piano di Zona 2021-2023 è in vigore.",
        "Il Piano di Zona 2021/2023 è in vigore.",
        "Il Piano di Zona 2021/23 è in vigore.",
        "PIANO DI ZONA 2021 – 2023",
        "Si chiude il triennio 2021/2023.",
        "il documento di piano per il periodo 2021/2023",
    ],
)
def test_plan_spellings(sentence: str) -> None:
    assert [(s, e) for _, s, e in periods_in(sentence)] == [(2021, 2023)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Come già nel bilancio 2020-2022, i Comuni hanno mantenuto una quota.",
        "Il bilancio di previsione 2024-2026 è stato approvato.",
        "gli interventi del progetto 2019/2020 «Giovani»",
        "Il PTOF 2022/2025 della scuola.",
        "il Piano comprensoriale di bonifica 2020-2030",
        "il Piano di formazione del personale 2021-2023",
        "Nel 2021 2023 persone hanno partecipato.",  # no word about planning
    ],
)
def test_budgets_projects_and_school_plans_are_not_plans(sentence: str) -> None:
    assert periods_in(sentence) == []


def _plan(sentences: list[str], **kw: object) -> dict[tuple[int, int], tuple[str | None, str | None]]:
    plans, _ = plans_in(sentences, **kw)  # type: ignore[arg-type]
    return {(p.start_year, p.end_year): (p.approved_on, p.extended_until) for p in plans}


@pytest.mark.parametrize(
    ("sentence", "approved", "extended"),
    [
        ("Piano di Zona 2021 – 2023 (approvato il 13/12/2021)", "2021-12-13", None),
        ("In data 16.12.2021 è stato approvato il nuovo Piano di Zona 2021/2023.", "2021-12-16", None),
        (
            "Il Piano di Zona 2021-2023 è stato approvato dall'assemblea dei sindaci il 20 gennaio 2022.",
            "2022-01-20",
            None,
        ),
        ("Il Piano di Zona 2021/23, prorogato fino a tutto il 2024, resta valido.", None, "2024-12-31"),
        (
            "Il Piano di Zona 2021-2023 è stato approvato nella seduta del 25 gennaio 2022; la sua validità è stata "
            "poi estesa con proroga al 31 dicembre 2024.",
            "2022-01-25",
            "2024-12-31",
        ),
        ("Il Piano di Zona 2021-2023 è stato prorogato fino al 31.12.2024.", None, "2024-12-31"),
    ],
)
def test_approval_and_extension_dates(sentence: str, approved: str | None, extended: str | None) -> None:
    assert _plan([sentence])[(2021, 2023)] == (approved, extended)


def test_two_periods_in_one_sentence_each_take_the_nearest_keyword() -> None:
    got = _plan(
        [
            "In data 16.12.2024 l'Assemblea ha approvato il Piano di Zona 2025-2027, che prosegue il "
            "lavoro avviato con la programmazione 2021-2023."
        ]
    )
    assert got == {(2021, 2023): (None, None), (2025, 2027): ("2024-12-16", None)}


def test_a_period_less_sentence_speaks_of_the_plan_just_named() -> None:
    got = _plan(
        [
            "Hanno sottoscritto il protocollo per il periodo 2015/2017.",
            "E' stato prorogato fino al 31.12.2020 salvo modifiche (verbale del 8.2.2018).",
        ]
    )
    assert got == {(2015, 2017): (None, "2020-12-31")}


def test_signing_is_not_approval_and_dates_out_of_range_are_refused() -> None:
    got = _plan(
        [
            "Il triennio 2025-2027 è stato sottoscritto il 20 dicembre 2024.",
            "Il Piano di Zona 2018-2020 è stato approvato il 3 marzo 2015.",
        ]
    )
    assert got == {(2025, 2027): (None, None), (2018, 2020): (None, None)}


def test_minutes_approve_on_the_session_date() -> None:
    got = _plan(["L'Assemblea approva il Piano di Zona 2021-2023."], session="2022-01-20")
    assert got == {(2021, 2023): ("2022-01-20", None)}


def test_table_of_plans_reads_its_column_headers() -> None:
    f = facts(
        "<h1>Ambito di Rho</h1><p>Comune capofila: Rho</p>",
        "<h2>I Piani di Zona</h2><table><tr><th>Periodo</th><th>Approvazione</th><th>Note</th></tr>",
        "<tr><td>2018 - 2020</td><td>-</td><td>concluso</td></tr>",
        "<tr><td>2021 - 2023</td><td>13/12/2021</td><td>prorogato al 31/12/2024</td></tr></table>",
    )
    plans = {(p.start_year, p.end_year): (p.approved_on, p.extended_until) for p in f.ambiti[0].plans}
    assert plans == {(2018, 2020): (None, None), (2021, 2023): ("2021-12-13", "2024-12-31")}


# capofila --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "<p>Comune capofila: Rho</p>",
        "<p>Rho è l'ente capofila dell'Ambito.</p>",
        "<p>Il Comune di Rho è individuato quale ente capofila dell'Accordo di Programma.</p>",
        "<p>Ente capofila: Comune di Rho.</p>",
        "<p>I comuni sono Pero, Arese e Rho, che è il Comune capofila.</p>",
        "<p>Il Comune di Rho, capofila dell'ambito, raccoglie le domande.</p>",
    ],
)
def test_stated_capofila(sentence: str) -> None:
    f = facts("<h1>Ambito Rhodense</h1>", sentence, "<p>I Comuni dell'Ambito sono Rho, Pero, Arese e Lainate.</p>")
    assert (f.ambiti[0].capofila, f.ambiti[0].capofila_basis) == (RHO, "stated")


def test_a_meeting_place_is_not_a_capofila() -> None:
    f = facts(
        "<h1>Distretto 4: al via i lavori</h1>",
        "<p>I nove comuni del Distretto 4 sono Bussero, Gessate e Cernusco sul Naviglio.</p>",
        "<p>I lavori sono stati avviati con un incontro plenario che si è tenuto a Cernusco sul Naviglio.</p>",
    )
    assert f.ambiti[0].members == [BUSSERO, GESSATE, CERNUSCO]
    assert f.ambiti[0].capofila is None


def test_capofila_implied_by_an_office_at_the_town_hall_of_the_ambito_s_comune() -> None:
    f = facts(
        "<h1>Ambito di Rho</h1>",
        "<p>Fanno parte dell'Ambito i comuni di Rho, Pero e Arese.</p>",
        "<h2>Ufficio di Piano</h2><p>Sede: presso il Municipio di Rho, Piazza Visconti 23.</p>",
    )
    assert (f.ambiti[0].capofila, f.ambiti[0].capofila_basis) == (RHO, "implied")


def test_no_implication_when_the_office_is_elsewhere_or_the_capofila_is_not_a_comune() -> None:
    elsewhere = facts(
        "<h1>Ambito di Rho</h1><p>Fanno parte dell'Ambito i comuni di Rho, Pero e Arese.</p>",
        "<h2>Ufficio di Piano</h2><p>Sede: Via Roma, 6 – 20017 Rho (MI)</p>",
    )
    assert elsewhere.ambiti[0].capofila is None
    montana = facts(
        "<h1>Ambito di Rho</h1><p>Fanno parte dell'Ambito i comuni di Rho, Pero e Arese.</p>",
        "<p>La Comunità Montana Valle di Rho svolge il ruolo di ente capofila dell'Ambito.</p>",
        "<h2>Ufficio di Piano</h2><p>Sede: presso il Municipio di Rho, Piazza Visconti 23.</p>",
    )
    assert montana.ambiti[0].capofila is None


# members ---------------------------------------------------------------------------------------


def test_members_in_prose_list_and_table() -> None:
    prose = facts("<h1>Ambito di Rho</h1><p>Vi aderiscono i Comuni di Rho, Pero, Arese e Lainate.</p>")
    listed = facts(
        "<h1>Ambito di Rho</h1><p>Comuni dell'Ambito:</p><ul><li>Rho</li><li>Pero</li><li>Arese</li>"
        "<li>Lainate</li></ul>"
    )
    table = facts(
        "<h1>Ambito di Rho</h1><h2>Comuni</h2><table><tr><th>N.</th><th>Comune</th></tr>"
        "<tr><td>1</td><td>RHO</td></tr><tr><td>2</td><td>PERO</td></tr><tr><td>3</td><td>ARESE (MI)</td></tr>"
        "<tr><td>4</td><td>LAINATE</td></tr></table>"
    )
    for f in (prose, listed, table):
        assert f.ambiti[0].members == [RHO, PERO, ARESE, LAINATE]


def test_plural_ambiti_are_partners_not_members_nor_the_page_s_ambito() -> None:
    f = facts(
        "<h1>Ambito di Rho</h1><p>Vi aderiscono i Comuni di Rho, Pero e Arese.</p>",
        "<p>I progetti saranno realizzati con gli Ambiti di Lainate, Vanzago e Alto Sebino.</p>",
    )
    assert len(f.ambiti) == 1 and f.ambiti[0].name == "Ambito di Rho"
    assert f.ambiti[0].members == [RHO, PERO, ARESE]
    assert f.ambiti[0].partner_ambiti == ["Lainate", "Vanzago", "Alto Sebino"]


def test_names_that_are_not_lombardy_comuni_are_unresolved_not_members() -> None:
    f = facts(
        "<h1>Ambito di Rho</h1><p>I quattro Comuni dell'ambito:</p>",
        "<p>Rho<br>Pero<br>Arese<br>Novara</p><h2>Contatti</h2>",
    )
    assert f.ambiti[0].members == [RHO, PERO, ARESE]
    assert f.unresolved_names == ["Novara"]
    assert f.ambiti[0].notes  # four said, three resolved


def test_former_names_of_merged_comuni_resolve_to_today_s_comune() -> None:
    f = facts(
        "<h1>Ambito di Abbiategrasso</h1><p>I comuni dell'ambito:</p><p>Motta Visconti<br>Vermezzo<br>"
        "Zelo Surrigone<br>Ozzero</p>"
    )
    assert f.ambiti[0].members == ["015151", "015251", "015165"] and f.unresolved_names == []


def test_stated_count_that_disagrees_with_the_list_gives_a_note() -> None:
    f = facts("<h1>Ambito di Rho</h1><p>L'ambito riunisce cinque comuni: Rho, Pero, Arese e Lainate.</p>")
    assert f.ambiti[0].notes == ["the page speaks of 5 comuni but lists 4"]
    same = facts("<h1>Ambito di Rho</h1><p>L'ambito riunisce quattro comuni: Rho, Pero, Arese e Lainate.</p>")
    assert same.ambiti[0].notes == []


def test_typo_resolves_with_a_note_and_abbreviations_resolve() -> None:
    f = facts(
        "<h1>Ambito di Corbetta</h1>",
        "<p>I comuni dell'ambito sono Corbetta, Marcallo con Cassone e S. Stefano Ticino.</p>",
    )
    assert f.ambiti[0].members == ["015085", "015134", "015200"]
    assert any("Marcallo con Cassone" in n for n in f.ambiti[0].notes)


def test_comuni_named_together_are_not_members_unless_the_sentence_says_so() -> None:
    f = facts("<h1>Notizie</h1><p>Ambito di Rho, al via il bando.</p><p>I comuni più colpiti sono Rho e Pero.</p>")
    assert f.ambiti == []


def test_one_comune_s_own_membership() -> None:
    f = facts("<h1>Servizi sociali</h1><p>Il Comune di Pero fa parte dell'Ambito Rhodense, con altri otto comuni.</p>")
    assert [(a.name, a.members, a.notes) for a in f.ambiti] == [("Ambito Rhodense", [PERO], [])]


def test_ambiti_listed_each_with_its_comuni() -> None:
    prose = facts(
        "<h1>Gli ambiti dell'ATS</h1><p>Ambito di Rho: Arese, Lainate, Pero, Rho.</p>",
        "<p>Ambito di Gessate: Bussero, Cernusco sul Naviglio, Gessate.</p>",
    )
    table = facts(
        "<h1>Gli ambiti</h1><table><tr><th>Ambito</th><th>Comuni</th></tr>",
        "<tr><td>Ambito di Rho</td><td>Arese, Lainate, Pero, Rho</td></tr>",
        "<tr><td>Ambito di Gessate</td><td>Bussero, Cernusco sul Naviglio, Gessate</td></tr></table>",
    )
    for f in (prose, table):
        assert [(a.name, a.members) for a in f.ambiti] == [
            ("Ambito di Rho", [ARESE, LAINATE, PERO, RHO]),
            ("Ambito di Gessate", [BUSSERO, CERNUSCO, GESSATE]),
        ]


def test_two_ambiti_on_one_page_come_out_apart() -> None:
    f = facts(
        "<h1>I Distretti</h1>",
        "<h2>Distretto Rhodense</h2><p>Corrisponde all'Ambito Rhodense. Comuni:</p><ul><li>Rho</li><li>Pero</li></ul>",
        "<h2>Distretto Martesana</h2><p>Corrisponde all'Ambito di Gessate. Comuni:</p>"
        "<ul><li>Gessate</li><li>Bussero</li></ul>",
    )
    assert [(a.name, a.members) for a in f.ambiti] == [
        ("Ambito Rhodense", [RHO, PERO]),
        ("Ambito di Gessate", [GESSATE, BUSSERO]),
    ]


# names of ambiti -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Ambito 3 - Pioltello", "Ambito 3 - Pioltello"),
        ("AMBITO TERRITORIALE DEL CASTANESE", "Ambito territoriale del Castanese"),
        ("Ambito territoriale n. 7 Oglio Ovest", "Ambito territoriale n. 7 Oglio Ovest"),
        ("Ambito Rhodense", "Ambito Rhodense"),
    ],
)
def test_ambito_names(heading: str, name: str) -> None:
    f = facts(f"<h1>{heading}</h1><p>Comune capofila: Rho</p>")
    assert f.ambiti[0].name == name


@pytest.mark.parametrize(
    "text",
    [
        "<p>Nell'ambito di Rho in Festa i comuni di Rho, Pero e Arese sono presenti.</p>",
        "<p>Il Distretto sanitario di Rho comprende i comuni di Rho, Pero e Arese.</p>",
        "<p>Il Distretto del Commercio riunisce i comuni di Rho, Pero e Arese.</p>",
        "<p>Unione dei Comuni: Rho, Pero e Arese. Bilancio 2024-2026. PEC unione@pec.example.it</p>",
    ],
)
def test_pages_about_other_things_give_no_ambito(text: str) -> None:
    f = facts(text)
    assert f.ambiti == [] and f.skipped_reason


# page dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Pagina aggiornata il 08/10/2024", "2024-10-08"),
        ("ultimo aggiornamento in data: 30/01/2013", "2013-01-30"),
        ("Ultima modifica: 3 marzo 2023", "2023-03-03"),
        ("Data ultimo aggiornamento: 30/09/2024", "2024-09-30"),
        ("Ultimo aggiornamento: 02 Febbraio 2022", "2022-02-02"),
        ("Pubblicato il 18 aprile 2024", None),
        ("Data di pubblicazione: 2 settembre 2024", None),
        ("Il documento è aggiornato ogni anno a giugno 2024", None),
        ("Aggiornamento: 12/03/2024", "2024-03-12"),
    ],
)
def test_page_dates(line: str, iso: str | None) -> None:
    assert page_date([line]) == iso


def test_page_date_in_the_footer_counts() -> None:
    body = b"<html><body><main><p>Testo</p></main><footer>Ultimo aggiornamento: 15/01/2024</footer></body></html>"
    assert extract(body, "https://example.org/x.html", "text/html").page_updated_on == "2024-01-15"


# text files ------------------------------------------------------------------------------------


def test_wrapped_text_lines_are_rejoined_into_sentences() -> None:
    f = text_facts(
        "AMBITO TERRITORIALE DI RHO\n\n"
        "Il Comune di Rho è l'ente capofila dell'Ambito territoriale. Vi aderiscono i\n"
        "Comuni di Pero, Arese, Pogliano Milanese, Lainate, Vanzago e Pregnana\n"
        "Milanese, che insieme programmano i servizi sociali del territorio.\n"
    )
    assert f.ambiti[0].capofila == RHO
    assert f.ambiti[0].members == [RHO, PERO, ARESE, "015176", LAINATE, VANZAGO, "015179"]


def test_sentences_do_not_end_at_abbreviations() -> None:
    assert split_sentences("Vi aderiscono S. Paolo d'Argon e Torre. Il dr. Rossi coordina.") == [
        "Vi aderiscono S. Paolo d'Argon e Torre.",
        "Il dr. Rossi coordina.",
    ]


# more spellings of the same facts ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "<p>Il Comune di Rho (MI), in qualità di ente capofila, sottoscrive l'Accordo.</p>",
        "<p>Il capofila dell'Accordo di Programma per il triennio 2025-2027 è il Comune di Rho.</p>",
        "<p>Comune capofila dell'Ambito: Rho</p>",
        "<p>Rho, nel ruolo di capofila, coordina l'Ufficio di Piano.</p>",
        "<p>Il Comune di Rho ricopre il ruolo di ente capofila.</p>",
        "<p>Il Comune di Rho svolge le funzioni di capofila.</p>",
        "<p>Il Comune di Rho è chiamato a svolgere la funzione di capofila.</p>",
        "<p>Il Comune di Rho, a cui è affidato il ruolo di capofila, convoca l'Assemblea.</p>",
        "<p>Le funzioni di capofila sono svolte dal Comune di Rho.</p>",
        "<p>La funzione di ente capofila è esercitata dal Comune di Rho.</p>",
        "<p>Capofila è il Comune di Rho.</p>",
        "<p>Il ruolo di capofila spetta al Comune di Rho.</p>",
        "<p>Il ruolo di capofila è affidato a Rho.</p>",
        "<p>IL COMUNE DI RHO RICOPRE IL RUOLO DI ENTE CAPOFILA.</p>",
        "<p>L'ambito vede Rho come capofila.</p>",
        "<p>Viene confermato il ruolo di capofila al Comune di Rho.</p>",
        "<p>I sottoscrittori affidano al Comune di Rho le funzioni di capofila.</p>",
        "<p>Il Comune capofila (Rho) gestisce il fondo.</p>",
        "<p>L'Ufficio di Piano ha sede presso il Comune capofila di Rho.</p>",
        "<p>Il Sindaco del Comune di Rho, Ente Capofila dell'Ambito, firma l'accordo.</p>",
        "<p>Il Comune di Rho, con sede in Piazza Visconti 23, C.F. 00000000000, in qualità di Ente capofila, "
        "rappresentato dal Sindaco pro tempore.</p>",
        "<p>Il Comune di Rho (C.F. 00000000000), Ente Capofila dell'Ambito, con sede in Piazza Visconti 23.</p>",
        "<p>L'Ente capofila dell'Accordo di Programma è individuato nel Comune di Rho.</p>",
        "<p>Il Comune di Rho è confermato Ente capofila per il triennio 2025-2027.</p>",
        "<table><tr><th>Comune</th><th>Capofila</th></tr><tr><td>Pero</td><td>no</td></tr>"
        "<tr><td>Rho</td><td>sì</td></tr></table>",
    ],
)
def test_more_capofila_spellings(sentence: str) -> None:
    f = facts("<h1>Ambito Rhodense</h1>", sentence, "<p>I Comuni dell'Ambito sono Rho, Pero, Arese e Lainate.</p>")
    assert (f.ambiti[0].capofila, f.ambiti[0].capofila_basis) == (RHO, "stated")


def test_a_body_of_a_comune_stated_as_capofila_is_no_comune_capofila() -> None:
    f = facts(
        "<h1>Ambito Rhodense</h1>",
        "<p>L'Azienda Speciale Consortile del Comune di Rho, ente capofila, gestisce i servizi.</p>",
        "<p>I Comuni dell'Ambito sono Rho, Pero, Arese e Lainate.</p>",
    )
    assert f.ambiti[0].capofila is None


@pytest.mark.parametrize(
    "blocks",
    [
        ("<p>Ne fanno parte Rho, Pero, Arese e Lainate.</p>",),
        ("<p>Programmano insieme i quattro Comuni dell'Ambito (Rho, Pero, Arese e Lainate).</p>",),
        ("<p>Comuni aderenti (n. 4): Rho, Pero, Arese, Lainate.</p>",),
        ("<h2>Comuni dell'Ambito</h2>", "<p>Rho, Pero, Arese, Lainate</p>"),
        (
            "<h2>Comuni dell'Ambito</h2>",
            "<table><tr><td>Rho</td><td>Pero</td></tr><tr><td>Arese</td><td>Lainate</td></tr></table>",
        ),
    ],
)
def test_more_member_list_forms(blocks: tuple[str, ...]) -> None:
    f = facts("<h1>Ambito di Rho</h1>", *blocks)
    assert f.ambiti[0].members == [RHO, PERO, ARESE, LAINATE]


def test_comuni_table_with_contacts_read_by_column() -> None:
    f = facts(
        "<h1>Ambito di Rho</h1><h2>I Comuni dell'Ambito</h2>",
        "<table><tr><th>Comune</th><th>Indirizzo</th><th>Telefono</th><th>Sito</th></tr>",
        "<tr><td>Rho</td><td>Piazza Visconti, 23 - 20017</td><td>02 933321</td><td>www.comune.rho.mi.it</td></tr>",
        "<tr><td>Pero</td><td>Piazza Marconi 2</td><td>02 353801</td><td>www.comune.pero.mi.it</td></tr></table>",
    )
    by_code = {c.istat: c.contacts for c in f.comuni}
    assert by_code[RHO].address.street == "Piazza Visconti, 23" and by_code[RHO].address.postal_code == "20017"
    assert by_code[PERO].phones == ["+3902353801"]
    assert by_code[PERO].website == "http://www.comune.pero.mi.it"


def test_comune_block_with_an_unlabelled_address() -> None:
    f = facts(
        "<h1>Ambito di Rho</h1><h2>I Comuni</h2>",
        "<p><b>Comune di Pero</b><br>Piazza Marconi, 2<br>20016 Pero (MI)<br>Tel: 02 353801</p>",
        "<p><b>Comune di Arese</b><br>Via Roma, 2<br>20044 Arese (MI)<br>Tel: 02 935271</p>",
    )
    assert {c.istat: c.contacts.address.street for c in f.comuni} == {PERO: "Piazza Marconi, 2", ARESE: "Via Roma, 2"}


def test_capofila_implied_by_the_town_hall_address_in_the_site_footer() -> None:
    body = (
        b"<html><body><main><h1>Ambito di Rho</h1><p>Fanno parte dell'Ambito i comuni di Rho, Pero e Arese.</p>"
        b"<h2>Ufficio di Piano</h2><p>Piazza Visconti, 23 - 20017 Rho (MI)</p><p>Telefono: 02 93332410</p></main>"
        b"<footer>Comune di Rho - Piazza Visconti 23 - 20017 Rho (MI) - P.IVA 03585440159</footer></body></html>"
    )
    f = extract(body, "https://example.org/udp.html", "text/html")
    assert (f.ambiti[0].capofila, f.ambiti[0].capofila_basis) == (RHO, "implied")


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Via Roma 12/A - 21013 Gallarate", "Via Roma, 12/A"),
        ("P.za Libertà, 1", "P.za Libertà, 1"),
        ("Via Roma n° 3, Gallarate", "Via Roma, 3"),
        ("Sede: presso il Municipio, via Roma 18.", "Via Roma, 18"),
        ("Via Peccedi, 2 - frazione Isolaccia", "Via Peccedi, 2 - frazione Isolaccia"),
        ("Via dell'Industria 3 - 20100", "Via dell'Industria, 3"),
    ],
)
def test_street_spellings(text: str, street: str) -> None:
    assert ct.street_in(text) == street


@pytest.mark.parametrize("text", ["Via libera unanime dei sindaci", "in via sperimentale", "per via della crisi"])
def test_via_as_a_word_is_no_street(text: str) -> None:
    assert ct.street_in(text) is None


def test_contacts_section_of_a_page_about_the_ambito_is_the_office_s() -> None:
    f = facts(
        "<h1>Ambito territoriale di Rho</h1><p>Fanno parte dell'Ambito i comuni di Rho, Pero e Arese.</p>",
        "<h2>Contatti</h2><p>Piazza Visconti, 23 - 20017 Rho (MI)</p><p>Tel. 02 93332410</p>",
        "<p>Email: udp(at)comune.rho.mi.it</p><p>dott.ssa Anna Verdi, Responsabile dell'Ufficio di Piano</p>",
    )
    office = f.ambiti[0].ufficio_di_piano
    assert office.address.street == "Piazza Visconti, 23" and office.address.municipality == RHO
    assert (office.phones, office.emails, office.responsible) == (
        ["+390293332410"],
        ["udp@comune.rho.mi.it"],
        "Anna Verdi",
    )


def test_responsible_and_capofila_in_prose() -> None:
    f = facts(
        "<h1>Ambito di Rho</h1><p>L'ente capofila, il Comune di Rho, coordina i comuni di Rho, Pero e Arese.</p>",
        "<h2>Ufficio di Piano</h2><p>Il coordinatore dell'Ufficio di Piano è il dott. Marco Rossi.</p>",
    )
    assert (f.ambiti[0].capofila, f.ambiti[0].ufficio_di_piano.responsible) == (RHO, "Marco Rossi")


@pytest.mark.parametrize(
    "sentence",
    ["Il Piano di Zona 2021-2023 è stato prorogato al 2024.", "Il PdZ 2021/23, prorogato per tutto il 2024."],
)
def test_extension_to_a_year_ends_on_31_december(sentence: str) -> None:
    assert _plan([sentence]) == {(2021, 2023): (None, "2024-12-31")}


@pytest.mark.parametrize(
    "sentence",
    [
        "<p>I Comuni di Rho, Pero, Arese e Lainate aderiscono all'Ambito territoriale.</p>",
        "<p>Dal 2019 Rho, Pero, Arese e Lainate fanno parte del Distretto di Rho.</p>",
    ],
)
def test_enumeration_before_the_membership_verb(sentence: str) -> None:
    assert facts("<h1>Ambito di Rho</h1>", sentence).ambiti[0].members == [RHO, PERO, ARESE, LAINATE]


@pytest.mark.parametrize(
    "blocks",
    [
        (
            "<h2>Comuni</h2><table><tr><th>Comune</th><th>Ruolo</th></tr><tr><td>Pero</td><td>Capofila</td></tr>"
            "<tr><td>Rho</td><td></td></tr><tr><td>Arese</td><td>-</td></tr></table>",
        ),
        (
            "<p>I comuni dell'ambito sono Rho, Pero e Arese.</p>",
            "<p>La funzione di ente capofila è svolta dal Comune di Pero.</p>",
        ),
        (
            "<p>I comuni dell'ambito sono Rho, Pero e Arese.</p>",
            "<dl><dt>Capofila dell'Ambito</dt><dd>Comune di Pero</dd></dl>",
        ),
    ],
)
def test_capofila_in_a_column_a_passive_or_a_qualified_label(blocks: tuple[str, ...]) -> None:
    f = facts("<h1>Ambito di Rho</h1>", *blocks)
    assert (f.ambiti[0].capofila, f.ambiti[0].capofila_basis) == (PERO, "stated")


# members found by name, then judged by context --------------------------------------------------


def test_numbered_caps_list_in_two_columns_with_a_page_header_and_hyphenation() -> None:
    f = text_facts(
        "AMBITO TERRITORIALE DI RHO\n\nL'Accordo è sottoscritto dai quattro Comuni dell'Ambito:\n\n"
        "1. RHO                 3. ARESE\n2. PE-\nRO                 \n"
        "Accordo di Programma 2025-2027 pag. 2 di 4\n4. LAINATE\n"
    )
    assert sorted(f.ambiti[0].members) == sorted([RHO, PERO, ARESE, LAINATE])
    assert f.ambiti[0].notes == []


def test_redacted_names_are_counted_not_guessed() -> None:
    f = facts(
        "<h1>Ambito di Rho</h1><p>I cinque comuni aderenti all'Ambito:</p><p>RHO, XXXXXX, PERO, ARESE, LAINATE</p>"
    )
    assert f.ambiti[0].members == [RHO, PERO, ARESE, LAINATE]
    assert "1 name(s) in the list of comuni are redacted on the page" in f.ambiti[0].notes


def test_members_in_a_news_sentence_with_the_verb_after_the_list() -> None:
    f = facts(
        "<h1>Nuovo Piano di Zona</h1><p>Al tavolo sedevano i sindaci di Rho (capofila), Pero, Arese e Lainate, "
        "che compongono l'Ambito Rhodense.</p>"
    )
    assert f.ambiti[0].members == [RHO, PERO, ARESE, LAINATE]
    assert (f.ambiti[0].capofila, f.ambiti[0].capofila_basis) == (RHO, "stated")


@pytest.mark.parametrize(
    "decoy",
    [
        "<p>Il territorio comunale confina con i comuni di Pero, Arese, Lainate e Vanzago.</p>",
        "<p>Il Distretto del Commercio riunisce i comuni di Pero, Arese, Lainate e Vanzago.</p>",
        "<p>Per la variante al PGT sono stati sentiti i comuni di Pero, Arese, Lainate e Vanzago.</p>",
        "<p>Il territorio dell'ATS comprende i comuni di Pero, Arese, Lainate e Vanzago.</p>",
        "<p>La rassegna fa tappa a Pero, Arese, Lainate e Vanzago.</p>",
        "<p>Il progetto coinvolge gli Ambiti di Pero, Arese, Lainate e Vanzago.</p>",
        "<h2>Comuni confinanti</h2><ul><li>Pero</li><li>Arese</li><li>Lainate</li><li>Vanzago</li></ul>",
    ],
)
def test_other_lists_of_comuni_are_no_memberships(decoy: str) -> None:
    f = facts("<h1>Ambito di Rho</h1><p>Comune capofila: Rho</p>", decoy)
    assert f.ambiti[0].members == [RHO]


def test_every_member_records_the_rule_and_the_run_that_took_it() -> None:
    f = facts("<h1>Ambito di Rho</h1><p>Vi aderiscono i Comuni di Rho, Pero e Arese.</p>")
    evidence = f.ambiti[0].evidence
    for code in (RHO, PERO, ARESE):
        assert evidence[f"member:{code}"] == "sentence: Rho, Pero e Arese | context: Vi aderiscono i Comuni di"


def test_a_project_s_lead_is_not_the_capofila_and_other_verbs_state_it() -> None:
    lead = facts(
        "<h1>Ambito di Rho</h1><p>I comuni dell'ambito sono Rho, Pero e Arese.</p>",
        "<p>Per il progetto si è scelto come ente capofila il Comune di Pero.</p>",
    )
    assert lead.ambiti[0].capofila is None
    spetta = facts("<h1>Ambito di Rho</h1><p>Il ruolo di capofila spetta al Comune di Pero.</p>")
    assert (spetta.ambiti[0].capofila, spetta.ambiti[0].capofila_basis) == (PERO, "stated")


def test_capofila_checked_in_its_column() -> None:
    f = facts(
        "<h1>Ambito di Rho</h1><h2>Comuni</h2><table><tr><th>N.</th><th>Comune</th><th>Abitanti</th>"
        "<th>Capofila</th></tr><tr><td>1</td><td>ARESE</td><td>19.500</td><td></td></tr>"
        "<tr><td>2</td><td>PERO</td><td>11.300</td><td></td></tr>"
        "<tr><td>3</td><td>RHO</td><td>50.800</td><td>✓</td></tr></table>"
    )
    assert f.ambiti[0].members == [ARESE, PERO, RHO]
    assert (f.ambiti[0].capofila, f.ambiti[0].capofila_basis) == (RHO, "stated")


def test_plan_after_a_bare_piano_approved_with_a_pronoun_not_on_the_dgr_s_date() -> None:
    assert _plan(["Il Piano 2025-2027 è stato approvato il 9 dicembre 2024."]) == {(2025, 2027): ("2024-12-09", None)}
    assert _plan(
        [
            "Via libera al Piano di Zona 2025-2027.",
            "Il testo segue le indicazioni regionali.",
            "Recepisce la DGR n. XII/2167 del 15 aprile 2024.",
            "L'Assemblea dei Sindaci lo ha approvato il 12 dicembre 2024.",
        ]
    ) == {(2025, 2027): ("2024-12-12", None)}
    assert _plan(["Il Piano di Zona 2025-2027, secondo la DGR n. 2167 del 15/04/2024, è stato approvato."]) == {
        (2025, 2027): (None, None)
    }


def test_office_contacts_in_a_closing_for_information_line() -> None:
    f = text_facts(
        "Ambito territoriale di Rho\n\nIl Piano di Zona 2025-2027 è stato approvato il 9/12/2024.\n\n"
        "Per informazioni: Ufficio di Piano, tel. 02 93332410, e-mail udp@comune.rho.mi.it\n"
    )
    office = f.ambiti[0].ufficio_di_piano
    assert (office.phones, office.emails) == (["+390293332410"], ["udp@comune.rho.mi.it"])


def test_two_ambiti_with_their_lists_in_one_sentence_stay_apart() -> None:
    f = facts(
        "<h1>Firmato il protocollo</h1><p>Hanno firmato i sindaci dell'Ambito di Rho (Rho, Pero, Arese) "
        "e quelli dell'Ambito di Gessate (Gessate, Bussero, Cernusco sul Naviglio).</p>"
    )
    assert [(a.name, a.members) for a in f.ambiti] == [
        ("Ambito di Rho", [RHO, PERO, ARESE]),
        ("Ambito di Gessate", [GESSATE, BUSSERO, CERNUSCO]),
    ]


def test_the_comuni_of_an_unione_under_its_heading_are_no_members() -> None:
    f = facts(
        "<h1>Unione dei Comuni</h1><h2>I Comuni dell'Unione</h2><ul><li>Pero</li><li>Arese</li><li>Lainate</li>"
        "<li>Vanzago</li></ul><p>I servizi sociali fanno riferimento all'Ambito di Rho.</p>"
    )
    assert f.ambiti == []


@pytest.mark.parametrize(
    "sentence",
    ["<p>Comuni dell'ambito: Rho, Pero, Arese e Lainate.</p>", "<p>Sono 4 i comuni: Rho, Pero, Arese e Lainate.</p>"],
)
def test_a_list_after_the_word_ambito_or_a_stated_count(sentence: str) -> None:
    assert facts("<h1>Ambito Rhodense</h1>", sentence).ambiti[0].members == [RHO, PERO, ARESE, LAINATE]


@pytest.mark.parametrize(
    "blocks",
    [
        ("<p>I Comuni di Rho, Pero, Arese e Lainate (di seguito i Comuni) sottoscrivono il presente Accordo.</p>",),
        ("<p><strong>Comuni:</strong> Rho; Pero; Arese; Lainate.</p>",),
    ],
)
def test_membership_words_after_the_list_or_a_label_before_it(blocks: tuple[str, ...]) -> None:
    assert facts("<h1>Ambito di Rho</h1>", *blocks).ambiti[0].members == [RHO, PERO, ARESE, LAINATE]


def test_a_dense_list_of_its_own_needs_no_introduction_but_a_short_one_does() -> None:
    six = "".join(f"<li>{n}</li>" for n in ("Rho", "Pero", "Arese", "Lainate", "Vanzago", "Pogliano Milanese"))
    assert len(facts("<h1>Ambito di Rho</h1><h2>Elenco</h2>", f"<ul>{six}</ul>").ambiti[0].members) == 6
    three = "<ul><li>Pero</li><li>Arese</li><li>Lainate</li></ul>"
    assert facts("<h1>Ambito di Rho</h1><p>Comune capofila: Rho</p><h2>Elenco</h2>", three).ambiti[0].members == [RHO]


def test_a_project_s_partner_ambiti_and_lead_give_nothing() -> None:
    """A project page naming the comuni of its partner ambiti, each under its own heading, and its own lead."""
    f = facts(
        "<h1>Progetto Casa</h1><h2>Gli ambiti partner del progetto</h2><h3>Ambito di Rho</h3>",
        "<ul><li>Arese</li><li>Lainate</li><li>Pero</li><li>Rho</li></ul>",
        "<p>In partenariato con gli Ambiti di Rho e Garbagnate: Arese, Lainate, Pero e Vanzago.</p>",
        "<p>Il Comune di Rho è capofila del progetto.</p>",
    )
    assert f.ambiti == []


def test_capofila_implied_by_an_office_page_of_the_ambito_s_comune() -> None:
    """A page headed "Comune di Rho – Ufficio di Piano" is Rho's own department; Pero's office implies nothing."""
    body = "<p>L'Ambito di Rho comprende Arese, Lainate, Pero, Rho e Vanzago.</p>"
    rho = facts("<h1>Comune di Rho – Ufficio di Piano</h1>", body)
    pero = facts("<h1>Comune di Pero – Ufficio di Piano</h1>", body)
    assert (rho.ambiti[0].capofila, rho.ambiti[0].capofila_basis) == (RHO, "implied")
    assert pero.ambiti[0].capofila is None


def test_a_partner_ambito_s_comuni_in_a_project_sentence_are_not_its_members() -> None:
    f = facts(
        "<h1>Ambito di Rho</h1><p>I comuni dell'ambito sono Arese, Lainate, Pero e Rho.</p>",
        "<p>Il progetto è svolto insieme all'Ambito di Gessate, che comprende Bussero, Cernusco sul Naviglio "
        "e Gessate.</p>",
    )
    assert [(a.name, a.members) for a in f.ambiti] == [("Ambito di Rho", [ARESE, LAINATE, PERO, RHO])]


# issue 11, third round: short forms, several ambiti, comuni said to be elsewhere -----------------------

CASSANO_DADDA, INZAGO, MELZO, COLOGNO_MONZESE = "015059", "015114", "015142", "015081"


def test_a_short_form_is_settled_by_the_province_of_the_list_s_other_comuni() -> None:
    f = facts("<h1>Ambito di Melzo</h1><p>I comuni dell'ambito:</p><p>Cassano, Inzago e Melzo</p>")
    assert f.ambiti[0].members == [CASSANO_DADDA, INZAGO, MELZO] and f.unresolved_names == []
    milan = facts("<h1>Ambito di Cinisello</h1><p>I comuni dell'ambito: Bresso, Cologno (MI) e Cusano.</p>")
    assert COLOGNO_MONZESE in milan.ambiti[0].members


def test_a_short_form_no_context_settles_is_reported_not_guessed() -> None:
    f = facts("<h1>Ambito di Rho</h1><p>I comuni dell'ambito:</p><p>Rho, Pero, Cassano (VA) e Cologno (CO)</p>")
    assert f.ambiti[0].members == [RHO, PERO]
    assert f.unresolved_names == ["Cassano", "Cologno"]  # two Cassano in Varese; no Cologno in Como


def test_a_short_form_is_not_the_start_of_a_misspelt_longer_name() -> None:
    f = facts("<h1>Ambito di Rho</h1><p>I comuni dell'ambito sono Rho, Pero e Cassano d'Ada.</p>")
    assert CASSANO_DADDA not in f.ambiti[0].members or f.ambiti[0].notes  # a typo is read with a note, or not at all


def test_a_lower_case_word_that_is_a_comune_s_name_is_no_item() -> None:
    f = facts("<h1>Ambito di Rho</h1><p>Fanno parte dell'ambito Rho, Pero e Arese, come in questa tornata.</p>")
    assert f.ambiti[0].members == [RHO, PERO, ARESE]


def test_quello_di_names_a_second_ambito_and_each_list_stays_with_its_own() -> None:
    f = facts(
        "<h1>Due ambiti</h1><p>L'Ambito di Rho comprende Rho, Pero e Arese, mentre quello di Cernusco sul Naviglio "
        "riunisce Cernusco sul Naviglio, Gessate e Bussero.</p>"
    )
    assert [(a.name, a.members) for a in f.ambiti] == [
        ("Ambito di Rho", [RHO, PERO, ARESE]),
        ("Ambito di Cernusco sul Naviglio", [CERNUSCO, GESSATE, BUSSERO]),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lainate e Vanzago fanno invece parte di altri ambiti.",
        "Al tavolo hanno partecipato anche rappresentanti di Lainate e Vanzago, che appartengono al Legnanese.",
        "Lainate e Vanzago non fanno parte dell'ambito.",
        "Lainate e Vanzago fanno parte dell'Ambito di Garbagnate Milanese.",
    ],
)
def test_comuni_said_to_belong_elsewhere_are_members_of_no_ambito(sentence: str) -> None:
    f = facts(f"<h1>Ambito di Rho</h1><p>L'Ambito di Rho comprende Rho, Pero e Arese.</p><p>{sentence}</p>")
    assert f.ambiti[0].members == [RHO, PERO, ARESE]


def test_capofila_stated_in_the_page_title_or_a_signature_block() -> None:
    titled = facts(
        "<h1>Piano di Zona</h1><p>I comuni dell'ambito: Rho, Pero e Arese.</p>",
        title="Comune di Rho – capofila dell'Ambito di Rho",
    )
    assert titled.ambiti[0].capofila == RHO
    signed = facts(
        "<h1>Ambito di Rho</h1><p>I comuni dell'ambito: Rho, Pero e Arese.</p>",
        "<p>Il Coordinatore dell'Ufficio di Piano<br>dott. Mario Bianchi<br>Comune di Rho – Ente capofila</p>",
    )
    assert signed.ambiti[0].capofila == RHO
    assert signed.ambiti[0].ufficio_di_piano and signed.ambiti[0].ufficio_di_piano.responsible == "Mario Bianchi"


def test_on_a_page_of_two_ambiti_a_capofila_stated_later_goes_to_the_ambito_it_is_a_member_of() -> None:
    f = facts(
        "<h1>Due ambiti</h1><p>L'Ambito di Rho comprende Rho, Pero e Arese, mentre quello di Cernusco sul Naviglio "
        "riunisce Cernusco sul Naviglio, Gessate e Bussero.</p><p>A Gessate, che dell'ambito è il comune capofila, "
        "si è riunita l'assemblea.</p>"
    )
    assert [a.capofila for a in f.ambiti] == [None, GESSATE]


def test_attendance_lines_with_roles_are_one_list() -> None:
    f = text_facts(
        "Ambito di Rho\nAssemblea dei Sindaci\n\nSono presenti:\nComune di Rho – il Sindaco XXXXXX\n"
        "Comune di Pero – l'Assessore delegato XXXXXX\nComune di Arese – il Sindaco XXXXXX\n"
    )
    assert f.ambiti[0].members == [RHO, PERO, ARESE]


def test_a_one_line_contact_block_and_a_previous_plan_named_without_di_zona() -> None:
    f = facts(
        "<h1>Ambito di Rho</h1><p>Il piano precedente, 2021-2023, era stato prorogato al 31 dicembre 2024.</p>",
        "<p>Per informazioni: Ufficio di Piano, Piazza Visconti 23, 20017 Rho, tel. 02 9333 1, "
        "udp@comune.rho.mi.it – Responsabile: dott.ssa Anna Verdi</p>",
    )
    office = f.ambiti[0].ufficio_di_piano
    assert office and office.address and office.address.street == "Piazza Visconti, 23"
    assert office.responsible == "Anna Verdi"
    assert [(p.start_year, p.extended_until) for p in f.ambiti[0].plans] == [(2021, "2024-12-31")]


def test_minutes_in_the_passive_present_approve_on_the_session_s_date() -> None:
    f = text_facts(
        "Ambito di Rho\nAssemblea dei Sindaci – verbale\nSeduta del 17 dicembre 2024\n\n"
        "Il Piano di Zona 2025-2027 viene approvato all'unanimità.\n"
    )
    assert [(p.start_year, p.approved_on) for p in f.ambiti[0].plans] == [(2025, "2024-12-17")]


def test_eval_scores_members_per_ambito() -> None:
    from crawler.evaluation import evaluate_page

    def doc(*ambiti: tuple[str, list[str]]) -> dict[str, object]:
        return {"page": "p", "ambiti": [{"name": n, "members": m} for n, m in ambiti]}

    gold = doc(("Ambito di Rho", [RHO, PERO]), ("Ambito di Cernusco sul Naviglio", [GESSATE, BUSSERO]))
    swapped = doc(("Ambito territoriale di Rho", [RHO, GESSATE]), ("Ambito di Cernusco sul Naviglio", [PERO, BUSSERO]))
    score = evaluate_page(gold, swapped).scores["members"]
    assert (score.tp, score.fp, score.fn) == (2, 2, 2)
    assert evaluate_page(gold, swapped).invented == []  # given to the wrong ambito, but no comune is invented


def test_two_ambiti_in_a_definition_list_under_an_overview_heading() -> None:
    f = facts(
        "<h1>Ambiti territoriali del distretto</h1><dl><dt>Ambito di Rho</dt><dd>Rho, Pero, Arese</dd>"
        "<dt>Ambito di Cernusco sul Naviglio</dt><dd>Cernusco sul Naviglio, Gessate, Bussero</dd></dl>"
    )
    assert [a.members for a in f.ambiti] == [[RHO, PERO, ARESE], [CERNUSCO, GESSATE, BUSSERO]]


def test_a_data_table_with_line_breaks_in_its_cells_keeps_its_columns() -> None:
    f = facts(
        "<h1>Gli ambiti</h1><table><tr><th>Ambito</th><th>Capofila</th><th>Comuni</th></tr>"
        "<tr><td>Ambito di Rho</td><td>Rho</td><td>Arese<br>Pero<br>Rho</td></tr>"
        "<tr><td>Ambito di Cernusco sul Naviglio</td><td>Gessate</td><td>Bussero<br>Cernusco sul Naviglio<br>Gessate"
        "</td></tr></table>"
    )
    assert [(a.capofila, sorted(a.members)) for a in f.ambiti] == [
        (RHO, sorted([RHO, PERO, ARESE])),
        (GESSATE, sorted([CERNUSCO, GESSATE, BUSSERO])),
    ]


def test_a_plan_period_wrapped_to_the_next_line_of_a_text_document() -> None:
    f = text_facts(
        "AMBITO DI RHO\n\nCON DELIBERAZIONE N. 7 DEL 14/12/2021 L'ASSEMBLEA DEI SINDACI HA APPROVATO IL PIANO DI ZONA\n"
        "2021-2023, PER IL QUALE E' STATA DISPOSTA LA PROROGA FINO AL 31/12/2024.\n"
    )
    assert [(p.start_year, p.approved_on, p.extended_until) for p in f.ambiti[0].plans] == [
        (2021, "2021-12-14", "2024-12-31")
    ]


OFFICE_AMBITO = "<h1>Ambito di Rho</h1><p>L'Ambito comprende Rho, Pero, Arese e Lainate.</p>"


@pytest.mark.parametrize(
    "block",
    [
        "<table><caption>Ufficio di Piano</caption><tr><th>Indirizzo</th><td>Piazza Visconti 23, Rho</td></tr>"
        "<tr><th>Telefono</th><td>+39 02 9333 1</td></tr><tr><th>E-mail</th><td>udp@comune.rho.mi.it</td></tr></table>",
        "<p>Per contattare l'Ufficio di Piano è possibile scrivere a udp@comune.rho.mi.it o telefonare allo "
        "02 9333 1 dal lunedì al venerdì. Sede: Piazza Visconti 23, Rho.</p>",
    ],
)
def test_office_contacts_under_a_table_caption_or_in_an_invitation_to_write(block: str) -> None:
    office = facts(OFFICE_AMBITO, block).ambiti[0].ufficio_di_piano
    assert office is not None
    assert (office.phones, office.emails) == (["+390293331"], ["udp@comune.rho.mi.it"])
    assert office.address and (office.address.street, office.address.municipality) == ("Piazza Visconti, 23", RHO)


FOUR = ("Rho", "Pero", "Arese", "Lainate")


@pytest.mark.parametrize(
    "block",
    [
        "<p>Comuni: " + " | ".join(f'<a href="https://www.comune.{n.lower()}.mi.it">{n}</a>' for n in FOUR) + "</p>",
        "<h2>Comuni aderenti</h2><div>"
        + "".join(f'<a href="#"><img src="s.png"><span>{n}</span></a>' for n in FOUR)
        + "</div>",
        "<p>L'ambito comprende 4 comuni: Rho (50.000 ab.), Pero (11.200 ab.), Arese (19000 abitanti) e Lainate "
        "(25.800).</p>",
    ],
)
def test_members_separated_by_bars_side_by_side_links_or_populations(block: str) -> None:
    assert facts("<h1>Ambito di Rho</h1>", block).ambiti[0].members == [RHO, PERO, ARESE, LAINATE]


def _cards(heading: str) -> str:
    cards = "".join(f'<div class="card"><h3>Comune di {n}</h3><p>Sito istituzionale</p></div>' for n in FOUR)
    return f"<h2>{heading}</h2>{cards}"


def test_cards_titled_by_comune_under_a_heading_of_the_ambito_s_comuni_are_its_members() -> None:
    members = facts("<h1>Ambito di Rho</h1>", _cards("I Comuni dell'Ambito")).ambiti[0].members
    assert members == [RHO, PERO, ARESE, LAINATE]
    neighbours = facts("<h1>Ambito di Rho</h1><p>L'Ambito comprende Rho e Pero.</p>", _cards("Comuni confinanti"))
    assert neighbours.ambiti[0].members == [RHO, PERO]


@pytest.mark.parametrize(
    ("block", "legend"),
    [
        ("<h2>Comuni</h2><ul><li>Rho</li><li>Pero*</li><li>Arese</li><li>Lainate</li></ul>", "* Comune capofila"),
        (
            "<table><tr><th>Comune</th><th>Abitanti</th></tr><tr><td>Rho</td><td>50.000</td></tr>"
            "<tr><td>Pero (*)</td><td>11.200</td></tr><tr><td>Arese</td><td>19.000</td></tr>"
            "<tr><td>Lainate</td><td>25.800</td></tr></table>",
            "(*) ente capofila",
        ),
    ],
)
def test_a_capofila_marked_by_an_asterisk_and_its_legend(block: str, legend: str) -> None:
    f = facts("<h1>Ambito di Rho</h1>", block, f"<p>{legend}</p>")
    assert (f.ambiti[0].members, f.ambiti[0].capofila) == ([RHO, PERO, ARESE, LAINATE], PERO)
    unmarked = facts("<h1>Ambito di Rho</h1>", block, "<p>* dati ISTAT 2024</p>")
    assert unmarked.ambiti[0].capofila is None


@pytest.mark.parametrize(
    "block",
    [
        "UFFICIO DI PIANO\nPiazza Visconti, 23\n20017 Rho (MI)\nTel. 02 9333 1\nE-mail: udp@comune.rho.mi.it\n",
        "Per ulteriori informazioni è possibile rivolgersi all'Ufficio di Piano, Piazza Visconti 23, Rho "
        "(tel. 02 9333 1; e-mail udp@comune.rho.mi.it).\n",
        "Recapiti dell'Ufficio di Piano:\nPiazza Visconti, 23 – Rho\ntel. 02 9333 1\nmail: udp@comune.rho.mi.it\n",
    ],
)
def test_office_blocks_of_text_documents(block: str) -> None:
    head = "PIANO DI ZONA 2025-2027\nAMBITO DI RHO\n\nL'Ambito comprende i Comuni di Rho, Pero e Arese.\n\n"
    f = text_facts(head + block)
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None and (office.phones, office.emails) == (["+390293331"], ["udp@comune.rho.mi.it"])
    assert office.address and (office.address.street, office.address.municipality) == ("Piazza Visconti, 23", RHO)


def test_office_contacts_only_in_the_targets_of_call_and_write_buttons() -> None:
    f = facts(
        "<h1>Ufficio di Piano – Ambito di Rho</h1><p>L'Ambito comprende Rho, Pero e Arese.</p><h2>Contatti</h2>",
        '<ul><li><a href="tel:+39%2002%209333%201">Chiama l\'ufficio</a></li>'
        '<li><a href="mailto:udp@comune.rho.mi.it?subject=Info">Scrivi una e-mail</a></li></ul>',
        title="Ufficio di Piano",
    )
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None and (office.phones, office.emails) == (["+390293331"], ["udp@comune.rho.mi.it"])


def test_a_capofila_clause_wrapped_after_a_short_line_of_a_text_document() -> None:
    f = text_facts(
        "ACCORDO DI PROGRAMMA\nAMBITO DI RHO\n\nSottoscrivono l'accordo i Comuni di Rho, Pero e Arese.\n\n"
        "Il Comune di Pero, in qualità di Ente\ncapofila dell'Ambito, gestisce le risorse del Fondo.\n"
    )
    assert f.ambiti[0].capofila == PERO


def test_phone_and_fax_written_t_and_f() -> None:
    f = facts(OFFICE_AMBITO, "<h2>Ufficio di Piano</h2><p>T. 02 9333 1 | F. 02 9333 222</p>")
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None and (office.phones, office.fax) == (["+390293331"], ["+39029333222"])


@pytest.mark.parametrize(
    "block", ["Per il Comune di {}\nIl Sindaco\nXXXXXX\n", "Comune di {}\nIl Sindaco o suo delegato\n______\n"]
)
def test_members_in_an_accord_s_signature_blocks(block: str) -> None:
    blocks = "\n".join(block.format(n) for n in ("Rho", "Pero", "Arese", "Lainate", "Pregnana Milanese", "Vanzago"))
    f = text_facts(f"ACCORDO DI PROGRAMMA\nAMBITO DI RHO\n\nLetto, confermato e sottoscritto.\n\n{blocks}")
    assert f.ambiti[0].members[:4] == [RHO, PERO, ARESE, LAINATE] and len(f.ambiti[0].members) == 6


# extraction round 4: PDF accords, obfuscated e-mails, office blocks of text documents -------------------

_PARTIES = "Rho, Pero, Arese, Lainate, Pregnana Milanese, Vanzago"


@pytest.mark.parametrize(
    "opening",
    [
        f"ACCORDO DI PROGRAMMA PER IL PIANO DI ZONA 2025-2027\nAMBITO DI RHO\n\ntra i Comuni di {_PARTIES}\n",
        f"ACCORDO DI PROGRAMMA\nAMBITO DI RHO\n\nTRA\n\ni Comuni di {_PARTIES.upper()}\n",
    ],
)
def test_an_accord_s_parties_are_the_ambito_s_members(opening: str) -> None:
    f = text_facts(opening + "\nArt. 1 - Finalità\nIl presente Accordo attua il Piano di Zona.\n")
    assert f.ambiti[0].members[:4] == [RHO, PERO, ARESE, LAINATE] and len(f.ambiti[0].members) == 6


@pytest.mark.parametrize(
    "text",
    [
        "ACCORDO DI PROGRAMMA PER IL PIANO DI ZONA DELL'AMBITO DI RHO\nIl Piano di Zona è stato discusso. "
        f"La convenzione per la polizia locale tra i Comuni di {_PARTIES} resta in vigore.\n",
        "AMBITO DI RHO - NOTIZIE DAI COMUNI\nACCORDO DI PROGRAMMA PER LA RIQUALIFICAZIONE DEL PARCO DELLE GROANE\n"
        f"tra i Comuni di {_PARTIES}.\nLa firma è prevista a marzo.\n",
    ],
)
def test_parties_of_another_agreement_are_not_members(text: str) -> None:
    assert all(not a.members for a in text_facts(text).ambiti)


@pytest.mark.parametrize(
    "statement",
    [
        "Ente capofila\nRHO\n",  # a label over its value: not the end of the long line before it
        "Le parti individuano quale Ente Capofila dell'Accordo di Programma il Comune di Rho, che\nsi avvale "
        "dell'Ufficio di Piano.\n",
    ],
)
def test_capofila_of_an_accord_under_a_label_or_designated_after_the_role(statement: str) -> None:
    f = text_facts(f"ACCORDO DI PROGRAMMA\nAMBITO DI RHO\ntra i Comuni di {_PARTIES.upper()}, PERO\n{statement}")
    assert f.ambiti[0].capofila == RHO and f.ambiti[0].members[0] == RHO


@pytest.mark.parametrize(
    "written",
    [
        "udp @ comune.rho.mi.it",
        "udp at comune.rho.mi.it",
        "udp[at]comune[dot]rho[dot]mi[dot]it",
        "udp (chiocciola) comune.rho.mi.it",
    ],
)
def test_obfuscated_e_mails(written: str) -> None:
    found = Contacts()
    ct.parse_line(f"E-mail: {written}", found)
    assert found.emails == ["udp@comune.rho.mi.it"]


def test_office_block_headed_by_its_seat_in_a_text_document() -> None:
    f = text_facts(
        f"AMBITO DI RHO\nI Comuni di {_PARTIES} aderiscono all'Ambito.\n\n"
        "Ufficio di Piano c/o Comune di Rho, Piazza Visconti 23, 20017 Rho\nT 02 93332305\nudp@comune.rho.mi.it\n"
    )
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None and (office.phones, office.emails) == (["+390293332305"], ["udp@comune.rho.mi.it"])


_GARBAGNATE = (
    "<p>All'Ambito di Garbagnate Milanese aderiscono i comuni di Baranzate, Bollate, Cesate, Garbagnate Milanese, "
    "Novate Milanese, Paderno Dugnano, Senago e Solaro.</p>"
)
BOLLATE = "015027"


@pytest.mark.parametrize(
    "sentence",
    [
        "Il Comune di Bollate continuerà a svolgere il ruolo di ente capofila.",
        "Bollate resta il comune capofila anche per il prossimo triennio.",
        "Bollate si conferma capofila dell'Ambito.",
        "Il sindaco di Bollate, comune capofila, ha presentato il documento.",
        "Bollate, in quanto capofila, coordina l'Ufficio di Piano.",
        "Bollate mantiene la funzione di Ente capofila.",
        "Bollate è stato nominato nuovo capofila dell'Ambito.",
        "Il Comune di Bollate, nuovo ente capofila dell'Ambito, ha approvato il documento.",
        "Lo ha spiegato l'assessora di Bollate, comune capofila.",
        "Il Comune di Bollate, che guida l'Ambito, ha presentato il documento.",
        "Il Comune di Bollate guida l'Ambito dal 2015.",
        "Il Comune di Bollate è alla guida del Piano di Zona.",
        "Bollate, alla guida dell'Ambito, ha convocato i sindaci.",
        "L'Ambito, guidato dal Comune di Bollate, ha approvato il documento.",
        "L'Ambito di Garbagnate Milanese a guida Bollate ha approvato il documento.",
    ],
)
def test_capofila_in_news_prose(sentence: str) -> None:
    assert facts(_GARBAGNATE, f"<p>{sentence}</p>").ambiti[0].capofila == BOLLATE


@pytest.mark.parametrize(
    "sentence",
    [
        "Bollate non è più il comune capofila: il ruolo passa a un altro comune.",
        "Bollate potrebbe diventare il nuovo capofila.",
        "Il sindaco di Bollate ha chiesto che il comune capofila resti lo stesso.",
        "Il sindaco di Bollate, che guida l'Ambito, ha presentato il documento.",
        "L'Assemblea, guidata dal sindaco di Bollate, ha approvato il documento.",
        "Il progetto a guida Bollate è stato finanziato.",
        "Il Comune di Bollate guida la classifica della raccolta differenziata.",
    ],
)
def test_no_capofila_from_news_that_does_not_state_it(sentence: str) -> None:
    assert facts(_GARBAGNATE, f"<p>{sentence}</p>").ambiti[0].capofila is None


def _accordion(*sections: tuple[str, str]) -> str:
    items = "".join(
        f'<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button collapsed" '
        f'type="button" data-bs-toggle="collapse">{title}</button></h2>'
        f'<div class="accordion-collapse collapse"><div class="accordion-body">{body}</div></div></div>'
        for title, body in sections
    )
    return f'<div class="accordion">{items}</div>'


def test_an_accordion_s_button_titles_its_section() -> None:
    members = "<ul><li>Rho</li><li>Pero</li><li>Arese</li><li>Lainate</li><li>Vanzago</li><li>Cornaredo</li></ul>"
    others = "<ul>" + "".join(f"<li>{n}</li>" for n in ("Bollate", "Baranzate", "Senago", "Cesate", "Solaro")) + "</ul>"
    f = facts(
        "<h1>Ambito Rhodense</h1>",
        _accordion(
            ("Comuni dell'Ambito", members), ("Comuni confinanti", others), ("Ente capofila", "<p>Comune di Rho</p>")
        ),
    )
    assert f.ambiti[0].capofila == RHO and len(f.ambiti[0].members) == 6 and BOLLATE not in f.ambiti[0].members


_DESIO = "Desio, Bovisio-Masciago, Cesano Maderno, Limbiate, Muggiò, Nova Milanese e Varedo"
_CARATE = "Carate Brianza, Albiate, Besana in Brianza, Biassono, Briosco, Giussano, Lissone e Verano Brianza"
DESIO, CARATE = "108023", "108015"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (f"{_DESIO} compongono l'Ambito di Desio.", f"{_CARATE} formano invece l'Ambito di Carate Brianza."),
        (
            f"{_DESIO}: sono questi i comuni dell'Ambito di Desio.",
            f"{_CARATE}: sono i comuni dell'Ambito di Carate Brianza.",
        ),
    ],
)
def test_each_list_goes_with_the_ambito_named_after_it(first: str, second: str) -> None:
    f = facts("<h1>Distretto di Monza e Brianza</h1>", f"<p>{first}</p>", f"<p>{second}</p>")
    by_place = {a.members[0]: a.members for a in f.ambiti}
    assert set(by_place) == {DESIO, CARATE} and len(by_place[DESIO]) == 7 and len(by_place[CARATE]) == 8


def test_two_ambiti_in_one_paragraph_each_keep_list_and_capofila() -> None:
    f = facts(
        "<h1>Distretto di Monza</h1><p>Il Distretto comprende due ambiti. L'Ambito di Monza, con capofila Monza, "
        f"riunisce Monza, Brugherio e Villasanta. Quanto all'Ambito di Desio, ne fanno parte {_DESIO}; il capofila "
        "è Desio.</p>"
    )
    got = {a.capofila: len(a.members) for a in f.ambiti}
    assert got == {"108033": 3, DESIO: 7}


_HEADER = "Accordo di Programma per l'attuazione del Piano di Zona 2025-2027 – Ambito Rhodense"


@pytest.mark.parametrize(
    "between",
    [f"\n{_HEADER}\nPagina 2\n\n", f",\n\n{_HEADER} 2\n\n"],  # a bulleted list, a sentence
)
def test_a_running_header_inside_a_list_of_a_text_document(between: str) -> None:
    names = ["RHO", "PERO", "ARESE", "LAINATE", "VANZAGO", "CORNAREDO"]
    if between.startswith(","):
        body = f"Premesso che all'Ambito aderiscono i Comuni di {', '.join(names[:3])}{between}{', '.join(names[3:])};"
    else:
        items = [f"- {n}" for n in names]
        body = "I SOTTOSCRITTORI\n" + "\n".join(items[:3]) + between + "\n".join(items[3:])
    f = text_facts(f"{_HEADER}\n{body}\n")
    assert [a.name for a in f.ambiti] == ["Ambito Rhodense"] and len(f.ambiti[0].members) == 6


@pytest.mark.parametrize(
    "line",
    [
        "Referente: Ufficio di Piano, tel. +39 0331 47 12 50, e-mail: udp(chiocciola)legnano.org",
        "Ufficio di Piano | Piazza San Magno 9, Legnano | 0331 471250 | udp@legnano.org",
        "Contatti:\nUfficio di Piano – 0331 471250 – udp@legnano.org",
        "Informazioni presso l'Ufficio di Piano (0331 471250, udp@legnano.org).",
    ],
)
def test_office_numbers_right_after_its_name_or_on_a_role_s_line(line: str) -> None:
    f = text_facts(f"AMBITO DI RHO\nI Comuni di {_PARTIES} aderiscono all'Ambito.\n\n{line}\n")
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None and (office.phones, office.emails) == (["+390331471250"], ["udp@legnano.org"])


def test_a_postal_code_after_the_office_s_name_is_no_phone() -> None:
    f = text_facts(f"AMBITO DI RHO\nI Comuni di {_PARTIES} aderiscono all'Ambito.\n\nUfficio di Piano, 20017 Rho\n")
    office = f.ambiti[0].ufficio_di_piano
    assert office is None or office.phones == []


def test_a_table_giving_each_comune_s_ambito_in_its_row() -> None:
    seregno = ["Seregno", "Barlassina", "Cogliate", "Lazzate", "Meda", "Misinto", "Seveso"]
    rows = [(n, "Ambito di Desio") for n in _DESIO.replace(" e ", ", ").split(", ")] + [
        (n, "Ambito di Seregno") for n in seregno
    ]
    table = "".join(f"<tr><td>{c}</td><td>{a}</td><td>MB</td></tr>" for c, a in rows)
    header = "<tr><th>Comune</th><th>Ambito</th><th>Prov.</th></tr>"
    f = facts("<h1>I comuni del distretto</h1>", f"<table>{header}{table}</table>")
    assert {a.members[0]: len(a.members) for a in f.ambiti} == {DESIO: 7, "108039": 7}


def test_a_capofila_heading_over_the_card_of_its_comune() -> None:
    f = facts(
        "<h1>Ambito di Rho</h1><h2>Ente capofila</h2><div class='card'><h3 class='card-title'>Comune di Pero</h3>"
        "<p>Piazza Marconi 2</p></div><h2>Comuni</h2><ul><li>Rho</li><li>Pero</li><li>Arese</li><li>Lainate</li></ul>"
    )
    assert f.ambiti[0].capofila == PERO


def test_a_table_whose_columns_are_ambiti() -> None:
    desio = _DESIO.replace(" e ", ", ").split(", ")
    carate = _CARATE.replace(" e ", ", ").split(", ") + ["Macherio", "Renate"]  # the longer column ends alone
    desio += [""] * (len(carate) - len(desio))
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in zip(desio, carate, strict=True))
    head = "<thead><tr><th>Ambito di Desio</th><th>Ambito di Carate Brianza</th></tr></thead>"
    f = facts("<h1>I nostri ambiti</h1>", f"<table>{head}<tbody>{rows}</tbody></table>")
    assert {a.members[0]: len(a.members) for a in f.ambiti} == {DESIO: 7, CARATE: 10}


@pytest.mark.parametrize(
    "statement",
    [
        "IL COMUNE DI RHO, IN QUALITA' DI ENTE CAPOFILA, GESTISCE IL FONDO.",
        "Al Comune di Rho sono affidate le funzioni di Ente capofila.",
        "Il Comune di Rho (di seguito Ente capofila) gestisce il fondo.",
        'Il Comune di Rho, di seguito denominato "Ente capofila", gestisce il fondo.',
    ],
)
def test_capofila_wordings_of_accords(statement: str) -> None:
    accord = f"ACCORDO DI PROGRAMMA\nAMBITO DI RHO\ntra i Comuni di {_PARTIES}\n\n"
    f = text_facts(f"{accord}Art. 5 Ente capofila\n{statement}\n")
    assert f.ambiti[0].capofila == RHO


@pytest.mark.parametrize(
    "intro",
    [
        "Confina a nord con l'Ambito di Seregno e a est con l'Ambito di Monza. I comuni sono:",
        "L'Ambito, che collabora da anni con l'Ambito di Seregno, comprende:",
    ],
)
def test_an_ambito_named_aside_before_a_list_does_not_take_it(intro: str) -> None:
    desio = "".join(f"<li>{n}</li>" for n in _DESIO.replace(" e ", ", ").split(", "))
    seregno = "".join(f"<li>{n}</li>" for n in ("Seregno", "Barlassina", "Cogliate", "Lazzate", "Meda", "Seveso"))
    f = facts(
        "<h1>Ambiti della Brianza</h1><h2>Ambito di Desio</h2>",
        f"<p>{intro}</p><ul>{desio}</ul><h2>Ambito di Seregno</h2><p>I comuni sono:</p><ul>{seregno}</ul>",
    )
    assert {a.members[0]: len(a.members) for a in f.ambiti} == {DESIO: 7, "108039": 6}


def test_a_list_of_neighbours_after_a_sentence_about_the_ambito_is_refused() -> None:
    f = facts(
        "<h1>Ambito di Rho</h1><p>L'Ambito comprende Rho, Pero, Arese e Lainate. Confina con i seguenti comuni:</p>"
        "<ul>" + "".join(f"<li>{n}</li>" for n in ("Bollate", "Baranzate", "Senago", "Cesate", "Solaro")) + "</ul>"
    )
    assert BOLLATE not in f.ambiti[0].members


def test_an_e_mail_cut_after_a_dot_of_its_domain_by_a_text_layout() -> None:
    f = text_facts(
        f"AMBITO DI RHO\nI Comuni di {_PARTIES} aderiscono all'Ambito.\n\nPer informazioni rivolgersi all'Ufficio di "
        "Piano, tel. 02 93332305, e-mail ufficiodipiano@comune.\nrho.mi.it, dal lunedì al venerdì.\n"
    )
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None and office.emails == ["ufficiodipiano@comune.rho.mi.it"]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Bernate T.", "Bernate Ticino"),
        ("Marcallo c/Casone", "Marcallo con Casone"),
        ("Motta V.", "Motta Visconti"),
        ("Gudo V.", "Gudo Visconti"),
        ("Cusano M.", "Cusano Milanino"),
        ("Villa C.", "Villa Cortese"),
        ("Robecco s/N.", "Robecco sul Naviglio"),
        ("Paderno D.", "Paderno Dugnano"),  # Paderno d'Adda is of the province of Lecco
    ],
)
def test_an_abbreviated_name_in_a_list_is_the_one_comune_of_its_province(written: str, name: str) -> None:
    f = facts("<h1>Ambito Rhodense</h1>", f"<p>Comuni dell'Ambito: Rho, Pero, {written}, Arese, Lainate.</p>")
    assert lombardia().code(name) in f.ambiti[0].members and len(f.ambiti[0].members) == 5


def test_an_abbreviation_of_two_comuni_of_the_list_s_province_is_not_guessed() -> None:
    f = facts("<h1>Ambito di Lodi</h1>", "<p>Comuni dell'Ambito: Lodi, Caselle L., Ossago L., Turano L., Meleti.</p>")
    assert len(f.ambiti[0].members) == 4 and f.unresolved_names == ["Caselle L"]


def test_a_capofila_label_cell_beside_its_value_cell_in_an_old_footer() -> None:
    cells = '<td><font size="1">Comune capofila:</font></td><td><font size="1">Bollate</font></td>'
    footer = f"<table><tr>{cells}</tr></table>"
    assert facts(_GARBAGNATE, footer).ambiti[0].capofila == BOLLATE


# extraction round 6: several ambiti, redacted people, names without "di" -------------------------------------


def test_a_capofila_line_over_each_section_s_list_is_not_its_first_item() -> None:
    lists = (("Rho", ("Arese", "Lainate", "Pero", "Rho")), ("Corsico", ("Assago", "Buccinasco", "Corsico")))
    sections = [
        f"<h2>Ambito di {head}</h2><p>Comune capofila: {head}</p><ul>{''.join(f'<li>{c}</li>' for c in items)}</ul>"
        for head, items in lists
    ]
    f = facts("<h1>I distretti</h1>", *sections)
    assert [(a.capofila, len(a.members)) for a in f.ambiti] == [(RHO, 4), ("015093", 3)]


@pytest.mark.parametrize(
    "party",
    [
        "il Comune di {}, rappresentato dal Sindaco pro tempore XXXXXX;",
        "il Comune di {}, rappresentato dall'Assessore delegato ***;",
        "per il Comune di {} il Sindaco omissis;",
        "{} (XXXXXX),",
    ],
)
def test_an_accord_s_parties_with_their_redacted_representatives(party: str) -> None:
    parties = "\n".join(party.format(c) for c in FOUR)
    f = text_facts(f"ACCORDO DI PROGRAMMA PER IL PIANO DI ZONA DELL'AMBITO DI RHO\n\nTRA\n\n{parties}\n\nE\n\nl'ATS.\n")
    assert sorted(f.ambiti[0].members) == sorted([RHO, PERO, ARESE, LAINATE])
    assert not f.ambiti[0].notes  # the redacted are people, not comuni of the list


def test_the_comuni_present_at_the_assembly_in_an_albo_s_table_cell() -> None:
    present = ", ".join(f"{c} (XXXXXX)" for c in FOUR)
    cell = f"Verbale dell'Assemblea dei Sindaci dell'Ambito di Rho. Sono presenti i Sindaci dei Comuni di {present}."
    f = facts(f"<table><tr><th>N.</th><th>Oggetto</th></tr><tr><td>412</td><td>{cell}</td></tr></table>")
    assert sorted(f.ambiti[0].members) == sorted([RHO, PERO, ARESE, LAINATE])


def test_the_sites_of_a_service_are_not_the_comuni_present() -> None:
    f = facts("<h1>Ambito di Rho</h1><p>Sono presenti sportelli nei comuni di Rho, Pero, Arese e Lainate.</p>")
    assert not f.ambiti or not f.ambiti[0].members


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Costa Mezzate", "Costa di Mezzate"),
        ("Tovo S. Agata", "Tovo di Sant'Agata"),
        ("Mazzo Valtellina", "Mazzo di Valtellina"),
    ],
)
def test_a_name_written_without_its_di(written: str, name: str) -> None:
    assert lombardia().code(written) == lombardia().code(name)


def test_a_list_goes_on_after_a_name_without_its_di() -> None:
    items = "Arcene, Lurano, Misano Gera d'Adda, Mozzanica, Spirano, Treviglio"
    f = facts("<h1>Ambito di Treviglio</h1>", f"<p>Comuni: {items}</p>")
    assert len(f.ambiti[0].members) == 6


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Novate M.se", "Novate Milanese"),
        ("Paderno D.no", "Paderno Dugnano"),
        ("Cusano M.no", "Cusano Milanino"),
        ("Trezzo sull'A.", "Trezzo sull'Adda"),
    ],
)
def test_an_initial_and_the_word_s_ending(written: str, name: str) -> None:
    f = facts("<h1>Ambito Rhodense</h1>", f"<p>Comuni dell'Ambito: Rho, Pero, {written}, Arese, Lainate.</p>")
    assert lombardia().code(name) in f.ambiti[0].members and len(f.ambiti[0].members) == 5


@pytest.mark.parametrize("province", ["(Milano)", "(Mi)", "(prov. MI)", "(provincia di Milano)"])
def test_a_province_written_after_each_name_is_no_member(province: str) -> None:
    items = " - ".join(f"{c} {province}" for c in FOUR)
    f = facts("<h1>Ambito di Rho</h1>", f"<p>Comuni aderenti: {items}</p>")
    assert sorted(f.ambiti[0].members) == sorted([RHO, PERO, ARESE, LAINATE]) and not f.unresolved_names


def test_a_name_cut_by_a_column_layout_goes_on_in_its_column() -> None:
    f = text_facts(
        "AMBITO DI TREVIGLIO\nAderiscono i Comuni di:\n1. Arcene                 4. Misano di Gera\n"
        "2. Lurano                     d'Adda\n3. Spirano                5. Treviglio\n"
    )
    assert lombardia().code("Misano di Gera d'Adda") in f.ambiti[0].members and not f.unresolved_names


def test_a_list_in_parentheses_is_no_part_of_the_ambito_s_name() -> None:
    f = facts(f"<p>I comuni dell'Ambito del Rhodense ({', '.join(FOUR)}) hanno approvato il Piano.</p>")
    assert f.ambiti[0].name == "Ambito del Rhodense" and len(f.ambiti[0].members) == 4


def test_the_comuni_present_and_absent_in_minutes_of_the_assembly() -> None:
    f = text_facts(
        "VERBALE DELL'ASSEMBLEA DEI SINDACI DELL'AMBITO DI RHO\n\n"
        "Presenti: Rho, Pero, Arese\nAssenti: Lainate, Vanzago\n"
    )
    assert sorted(f.ambiti[0].members) == sorted([RHO, PERO, ARESE, LAINATE, VANZAGO]) and not f.unresolved_names


def test_stars_standing_for_a_name_are_counted_as_redacted() -> None:
    f = text_facts("AMBITO DI RHO\nComuni aderenti:\nRHO\nPERO\n*****\nARESE\nLAINATE\n")
    assert len(f.ambiti[0].members) == 4
    assert f.ambiti[0].notes == ["1 name(s) in the list of comuni are redacted on the page"]


def test_an_ambito_cell_spanning_the_rows_of_its_comuni() -> None:
    def group(ambito: str, comuni: tuple[str, ...]) -> str:
        first = f'<tr><td rowspan="{len(comuni)}">{ambito}</td><td>{comuni[0]}</td></tr>'
        return first + "".join(f"<tr><td>{c}</td></tr>" for c in comuni[1:])

    rows = group("Ambito di Rho", ("Rho", "Pero", "Arese"))
    rows += group("Ambito di Corsico", ("Corsico", "Assago", "Cusago"))
    f = facts("<h1>Gli ambiti dell'ASST</h1>", f"<table><tr><th>Ambito</th><th>Comune</th></tr>{rows}</table>")
    assert [(a.name, len(a.members)) for a in f.ambiti] == [("Ambito di Rho", 3), ("Ambito di Corsico", 3)]


@pytest.mark.parametrize(
    "mark", ["■■■■", "█████", "[dato oscurato]", "(OSCURATO)", "X X X X", "*** ***", "(dato omesso)"]
)
def test_a_redaction_mark_in_a_list_is_counted_not_read(mark: str) -> None:
    f = facts("<h1>Ambito di Rho</h1>", f"<p>Comuni aderenti: Rho, Pero, {mark}, Arese, Lainate, {mark}, Vanzago.</p>")
    assert len(f.ambiti[0].members) == 5 and not f.unresolved_names
    assert f.ambiti[0].notes == ["2 name(s) in the list of comuni are redacted on the page"]


def test_the_last_item_s_redacted_mayor_is_no_unresolved_name() -> None:
    present = ", ".join(f"{c} (XXXXXX)" for c in FOUR)
    f = facts(f"<p>Verbale dell'Assemblea dei Sindaci dell'Ambito di Rho. Sono presenti i Sindaci di {present}.</p>")
    assert len(f.ambiti[0].members) == 4 and not f.unresolved_names and not f.ambiti[0].notes


# extraction round 7: capofila and the office's contacts -----------------------------------------

_RHO_LIST = (
    "<p>Aderiscono all'Ambito Rhodense i Comuni di Arese, Cornaredo, Lainate, Pero, Pogliano Milanese, "
    "Pregnana Milanese, Rho, Settimo Milanese e Vanzago.</p>"
)
OPERA = "015159"


def _whole(main: str, footer: str = "", title: str = "Ambito Rhodense") -> PageFacts:
    """A page with its own main content and a footer outside it (the site's chrome)."""
    html = f"<html><head><title>{title}</title></head><body>{main}{footer}</body></html>"
    return extract(html.encode(), "https://example.org/p.html", "text/html; charset=utf-8")


def test_a_verb_written_like_a_comune_is_no_capofila() -> None:
    # "opera" is a verb here, and Opera a comune of the province of Milan
    f = facts(
        "<h1>Ambito Rhodense</h1>",
        _RHO_LIST,
        "<p>Il coordinamento è affidato al Comune di Rho, che opera come ente capofila.</p>",
    )
    assert f.ambiti[0].capofila == RHO and OPERA not in f.ambiti[0].members


@pytest.mark.parametrize(
    "sentence",
    [
        "Sarà ancora Rho a fare da capofila per i prossimi tre anni.",
        "A guidare la cordata, come capofila, sarà il Comune di Rho.",
        "Il testimone di capofila passa dunque a Rho.",
        "Il ruolo di capofila resta saldamente a Rho.",
        "Rho si è vista confermare il ruolo di capofila.",
        "Rho, che dal 2009 è capofila dell'Ambito, coordina l'Ufficio di Piano.",
    ],
)
def test_a_capofila_in_news_prose_with_adverbs_and_other_verbs(sentence: str) -> None:
    assert facts("<h1>Ambito Rhodense</h1>", _RHO_LIST, f"<p>{sentence}</p>").ambiti[0].capofila == RHO


@pytest.mark.parametrize(
    "card",
    [
        # a Designers Italia card: its title, then a chip
        "<h3 class='card-title'>Comune di Rho</h3><div class='chip'><span class='chip-label'>Ente capofila</span></div>"
        "<p>Piazza Visconti, 23</p>",
        "<p>COMUNE DI RHO</p><p>Ente capofila dell'Ambito territoriale Rhodense</p>",
    ],
)
def test_the_role_alone_under_the_comune_that_holds_it(card: str) -> None:
    assert facts("<h1>Ambito Rhodense</h1>", _RHO_LIST, card).ambiti[0].capofila == RHO


def test_the_role_under_a_mayor_s_signature_in_an_accord() -> None:
    f = text_facts(
        "ACCORDO DI PROGRAMMA\nAMBITO RHODENSE\n" + _RHO_LIST[3:-4] + "\nLetto, approvato e sottoscritto.\n"
        "Il Sindaco del Comune di Rho\nEnte capofila\nXXXXXX\n\nIl Sindaco del Comune di Pero\nXXXXXX\n"
    )
    assert f.ambiti[0].capofila == RHO


def test_a_project_s_lead_under_a_comune_is_no_capofila() -> None:
    f = facts(
        "<h1>Ambito Rhodense</h1>", _RHO_LIST, "<h3>Comune di Pero</h3><p>Capofila del progetto Giovani al centro</p>"
    )
    assert f.ambiti[0].capofila is None


@pytest.mark.parametrize(
    "table",
    [
        "<tr><td><b>Comune capofila dell'Ambito</b></td><td>RHO</td></tr>",  # a label cell with words after the role
        "<tr><td><b>Ente capofila</b></td><td><b>Sede</b></td></tr><tr><td>Rho</td><td>Piazza Visconti, 23</td></tr>",
    ],
)
def test_a_capofila_in_an_old_table_s_cells(table: str) -> None:
    assert facts("<h1>Ambito Rhodense</h1>", _RHO_LIST, f"<table>{table}</table>").ambiti[0].capofila == RHO


def test_a_capofila_column_of_a_table_of_several_rows_is_not_read_as_one_row() -> None:
    rows = "".join(f"<tr><td>{c}</td><td>Piazza {n}</td></tr>" for n, c in enumerate(["Rho", "Pero", "Arese"]))
    table = f"<table><tr><td><b>Ente capofila</b></td><td><b>Sede</b></td></tr>{rows}</table>"
    assert facts("<h1>Ambito Rhodense</h1>", _RHO_LIST, table).ambiti[0].capofila is None


def test_a_capofila_stated_in_the_site_s_footer() -> None:
    footer = (
        "<footer><p>Ufficio di Piano dell'Ambito Rhodense - Capofila: Comune di Rho - Piazza Visconti 23</p></footer>"
    )
    main = f"<main><h1>Ambito Rhodense</h1>{_RHO_LIST}</main>"
    f = _whole(main, footer)
    assert f.ambiti[0].capofila == RHO


@pytest.mark.parametrize(
    "block",
    [
        "<p>Le funzioni di ente capofila sono attribuite, per il triennio 2025-2027, al Comune di Rho.</p>",
        "<p>Capofila dell'Ambito è, da sempre, il Comune di Rho.</p>",
        "<p>Il Comune di Rho, che dell'Ambito Rhodense è capofila, ha convocato l'Assemblea.</p>",
        "<p>Il ruolo di capofila è stato nuovamente assegnato a Rho.</p>",
        "<p>Il Comune di Rho, nella sua qualità di Ente capofila, provvede alla gestione.</p>",
        "<p>Il Comune di Rho, in persona del Sindaco pro tempore, in qualità di Ente Capofila dell'Ambito;</p>",
        "<div class='card'><h4>Rho</h4><span class='badge'>Comune capofila</span></div>",
        "<div class='card'><h3>Rho</h3><p>È il comune capofila dell'Ambito e sede dell'Ufficio.</p></div>",
    ],
)
def test_a_capofila_stated_with_an_aside_or_under_a_card_s_bare_title(block: str) -> None:
    assert facts("<h1>Ambito Rhodense</h1>", _RHO_LIST, block).ambiti[0].capofila == RHO


@pytest.mark.parametrize(
    "block",
    [
        "<h3>Pero</h3><p>È il comune capofila del progetto Giovani al centro.</p>",
        "<ul><li>Vanzago</li></ul><h2>Ente capofila</h2><p>L'ente capofila sarà indicato dall'Assemblea.</p>",
        "<p>L'Ufficio di Piano, che opera come ente capofila tecnico, ha sede nel municipio.</p>",  # no Opera
    ],
)
def test_no_capofila_from_a_project_a_heading_over_nothing_or_a_verb(block: str) -> None:
    assert facts("<h1>Ambito Rhodense</h1>", _RHO_LIST, block).ambiti[0].capofila is None


def test_a_redacted_name_before_a_domain_is_no_e_mail() -> None:
    f = text_facts(
        "AMBITO RHODENSE\n" + _RHO_LIST[3:-4] + "\nUfficio di Piano: ufficiodipiano@comune.rho.mi.it\n"
        "Referente dell'Ufficio di Piano: XXXXXX, tel. XXXXXX, e-mail XXXXXX@comune.rho.mi.it\n"
    )
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None and office.emails == ["ufficiodipiano@comune.rho.mi.it"]


_JOOMLA_CLOAK = (
    "<p>E-mail: <span id='cloak7a1b'>Questo indirizzo email è protetto dagli spambots.</span><script>"
    "document.getElementById('cloak7a1b').innerHTML = ''; var prefix = '&#109;a' + 'i&#108;' + '&#116;o';"
    "var addy7a1b = 'udp' + '&#64;';"
    "addy7a1b = addy7a1b + 'comune' + '&#46;' + 'rho' + '&#46;' + 'mi' + '&#46;' + 'it';"
    "var addy_text7a1b = 'udp' + '&#64;' + 'comune' + '&#46;' + 'rho' + '&#46;' + 'mi' + '&#46;' + 'it';"
    "document.getElementById('cloak7a1b').innerHTML += '<a href=mailto:' + addy7a1b + '>'+addy_text7a1b+'<\\/a>';"
    "</script></p>"
)


def test_an_e_mail_cloaked_by_joomla_s_script_is_read() -> None:
    f = facts("<h1>Ambito Rhodense</h1>", _RHO_LIST, "<h2>Ufficio di Piano</h2>", _JOOMLA_CLOAK)
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None and office.emails == ["udp@comune.rho.mi.it"]


def test_an_address_whose_town_province_and_cap_are_lines_of_their_own() -> None:
    card = (
        "<h2>Ufficio di Piano</h2><dl><dt>Indirizzo</dt><dd>Piazza Visconti, 23</dd><dd>Rho</dd><dd>MI</dd>"
        "<dd>20017</dd><dt>Telefono</dt><dd>02 93332410</dd></dl>"
    )
    office = facts("<h1>Ambito Rhodense</h1>", _RHO_LIST, card).ambiti[0].ufficio_di_piano
    assert office is not None and office.address is not None
    assert (office.address.street, office.address.postal_code, office.address.municipality) == (
        "Piazza Visconti, 23",
        "20017",
        RHO,
    )


def _deliberation(header: str) -> PageFacts:
    return text_facts(
        f"{header}\nOGGETTO: PIANO DI ZONA 2025-2027 DELL'AMBITO RHODENSE\n" + _RHO_LIST[3:-4] + "\n"
        "Vista la D.G.R. n. XII/2167 del 15/04/2024;\nDELIBERA\n1. di approvare il Piano di Zona 2025-2027;\n"
    )


def test_the_assemblea_s_deliberation_approves_the_plan_on_its_own_date() -> None:
    f = _deliberation("ASSEMBLEA DEI SINDACI DELL'AMBITO RHODENSE\nDELIBERAZIONE N. 4 DEL 11/12/2024")
    assert [p.approved_on for p in f.ambiti[0].plans] == ["2024-12-11"]


def test_a_comune_s_giunta_deliberating_is_not_the_plan_s_approval() -> None:
    f = _deliberation("COMUNE DI RHO\nDELIBERAZIONE DELLA GIUNTA COMUNALE N. 45 DEL 20/03/2025")
    assert [p.approved_on for p in f.ambiti[0].plans] == [None]


def test_the_rows_of_a_label_table_one_of_whose_rows_names_the_office() -> None:
    rows = (
        "<tr><td>Sede Ufficio di Piano</td><td>Piazza Visconti, 23 - 20017 Rho</td></tr>"
        "<tr><td>Telefono</td><td>02.93332410</td></tr>"
    )
    office = facts("<h1>Ambito Rhodense</h1>", _RHO_LIST, f"<table>{rows}</table>").ambiti[0].ufficio_di_piano
    assert office is not None and office.phones == ["+390293332410"]


def test_a_header_row_of_labels_over_a_table_s_only_row() -> None:
    table = (
        "<table><tr><th>Ente capofila</th><th>Sede dell'Ufficio di Piano</th><th>Telefono</th></tr>"
        "<tr><td>Rho</td><td>Piazza Visconti, 23 - 20017 Rho</td><td>02 93332410</td></tr></table>"
    )
    ambito = facts("<h1>Ambito Rhodense</h1>", _RHO_LIST, table).ambiti[0]
    assert ambito.capofila == RHO
    assert ambito.ufficio_di_piano is not None and ambito.ufficio_di_piano.phones == ["+390293332410"]


def test_the_office_s_contacts_in_the_site_s_footer_with_middle_dots() -> None:
    footer = (
        "<footer><p>Ambito Rhodense · Ufficio di Piano · Via De Amicis 10 · 20017 Rho (MI) · Tel. 02 93332401"
        "</p></footer>"
    )
    main = f"<main><h1>Ambito Rhodense</h1>{_RHO_LIST}</main>"
    office = _whole(main, footer).ambiti[0].ufficio_di_piano
    assert office is not None and office.address is not None and office.phones == ["+390293332401"]
    assert (office.address.street, office.address.postal_code) == ("Via De Amicis, 10", "20017")


def test_a_comune_s_footer_listing_the_office_among_its_links_is_not_the_office_s() -> None:
    footer = "<footer><p>Comune di Pero - Via Giovanni XXIII, 2 - Tel. 02 353781 | Trasparenza | Ufficio di Piano</p>"
    main = f"<main><h1>Ambito Rhodense</h1>{_RHO_LIST}</main>"
    assert _whole(main, footer).ambiti[0].ufficio_di_piano is None


def test_a_long_letterhead_line_under_the_office_s_name_gives_its_address() -> None:
    f = text_facts(
        "AMBITO RHODENSE - UFFICIO DI PIANO\nPiazza Visconti, 23 - 20017 Rho (MI) - Tel. 02/93332401 - e-mail: "
        "ufficiodipiano@comune.rho.mi.it - PEC: protocollo.rho@pec.comune.rho.mi.it\n\nOGGETTO: PIANO DI ZONA\n"
        + _RHO_LIST[3:-4]
        + "\n"
    )
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None and office.address is not None and office.address.street == "Piazza Visconti, 23"


@pytest.mark.parametrize("area", ["Area Servizi alla persona", "Settore Welfare e coesione sociale"])
def test_a_designers_italia_office_s_place_card_is_its_seat(area: str) -> None:
    """An "Unità organizzativa" page of the office: its map card writes the seat in a geocoder's order (the building,
    the number, the street, ..., "Lombardia, CAP, Italia") under the unit's parent area, which is no other desk."""
    f = facts(
        "<h1>Ufficio di Piano</h1><p>L'Ufficio di Piano dell'Ambito di Rho coordina il Piano di Zona.</p>",
        "<h3>Tipologia di organizzazione</h3><p>Ufficio</p>",
        f"<h3>Area di riferimento</h3><p>{area}</p>",
        "<p>Palazzo Municipale, 23, Piazza Visconti, Rho, Milano, Lombardia, 20017, Italia</p>",
        "<p>Email: ufficiodipiano@comune.rho.mi.it</p>",
        title="Ufficio di Piano - Comune di Rho",
    )
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None and office.address is not None
    assert (office.address.street, office.address.postal_code) == ("Piazza Visconti, 23", "20017")


@pytest.mark.parametrize(
    "card",
    [
        "<p>Sportello Affitti</p><p>Via Cavour, 5, Rho, Milano, Lombardia, 20017, Italia</p>",  # another desk's card
        "<p>Comune di Rho - Piazza Visconti, 23, Rho, Milano, Lombardia, 20017, Italia</p>",  # a letterhead
    ],
)
def test_a_place_card_of_another_desk_or_a_letterhead_is_not_the_offices_seat(card: str) -> None:
    f = facts(
        "<h1>Ufficio di Piano</h1><p>L'Ufficio di Piano dell'Ambito di Rho coordina il Piano di Zona.</p>",
        "<p>Tel. 02 9333 2401</p>",
        card,
        title="Ufficio di Piano - Comune di Rho",
    )
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None and office.address is None


_COR = "Assago, Buccinasco, Cesano Boscone, Corsico, Cusago e Trezzano sul Naviglio"
_PAU = "Colturano, Dresano, Mediglia, Pantigliate, Paullo, Peschiera Borromeo e Tribiano"
CORSICO, PAULLO = "015093", "015169"


@pytest.mark.parametrize(
    "blocks",
    [
        (
            f"<p>L'Ambito di Corsico, guidato da Corsico, comprende {_COR}; "
            f"l'Ambito di Paullo, con capofila Paullo, comprende {_PAU}.</p>",
        ),
        (
            f"<h2>Ambito di Corsico</h2><p>Comuni: {_COR}.</p>",
            f"<h2>Ambito di Paullo</h2><p>Comuni: {_PAU}.</p>",
            "<p>I comuni capofila sono rispettivamente Corsico e Paullo.</p>",
        ),
    ],
)
def test_each_of_two_ambiti_keeps_its_own_capofila(blocks: tuple[str, ...]) -> None:
    f = facts("<h1>Gli ambiti del distretto</h1>", *blocks)
    assert {a.name: a.capofila for a in f.ambiti} == {"Ambito di Corsico": CORSICO, "Ambito di Paullo": PAULLO}


@pytest.mark.parametrize(
    "block",
    [
        "<div class='it-card'><span class='it-card-category'>Capofila</span><h3>Comune di Rho</h3></div>",
        "<ul><li><span class='chip'>Arese</span></li> <li><span class='chip'>Rho · capofila</span></li></ul>",
    ],
)
def test_a_card_s_category_label_or_a_chip_names_the_capofila(block: str) -> None:
    assert facts("<h1>Ambito Rhodense</h1>", _RHO_LIST, block).ambiti[0].capofila == RHO


@pytest.mark.parametrize("lines", ["Il Comune capofila\nRHO", "COMUNE DI RHO\n(Ente capofila)"])
def test_an_accord_s_role_and_comune_on_two_lines(lines: str) -> None:
    f = text_facts("ACCORDO DI PROGRAMMA\nAMBITO RHODENSE\n" + _RHO_LIST[3:-4] + f"\n{lines}\nArt. 9\n")
    assert f.ambiti[0].capofila == RHO


def test_an_e_mail_hidden_by_joomla_4_s_element_is_read() -> None:
    hidden = (
        "<p>E-mail: <joomla-hidden-mail is-link='1' is-email='1' first='dWRw' last='Y29tdW5lLnJoby5taS5pdA==' "
        "text='' base=''>Questo indirizzo email è protetto dagli spambots.</joomla-hidden-mail></p>"
    )
    f = facts("<h1>Ambito Rhodense</h1>", _RHO_LIST, "<h2>Ufficio di Piano</h2>", hidden)
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None and office.emails == ["udp@comune.rho.mi.it"]


def test_a_label_row_with_a_cell_for_the_colon() -> None:
    rows = "<tr><td>Capofila</td><td>:</td><td>Rho</td></tr><tr><td>Telefono</td><td>:</td><td>02 93332410</td></tr>"
    table = f"<table>{rows}</table>"
    ambito = facts("<h1>Ambito Rhodense</h1>", _RHO_LIST, "<h2>Ufficio di Piano</h2>", table).ambiti[0]
    assert ambito.capofila == RHO
    assert ambito.ufficio_di_piano is not None and ambito.ufficio_di_piano.phones == ["+390293332410"]


def test_a_capofila_not_yet_designated_under_a_comune_s_name_is_none() -> None:
    f = text_facts("AMBITO RHODENSE\n" + _RHO_LIST[3:-4] + "\nCOMUNE DI PERO\nCapofila: da definire\n")
    assert f.ambiti[0].capofila is None


@pytest.mark.parametrize(
    "quote",
    [
        "<p>«Come Comune capofila – ha spiegato il sindaco di Rho – abbiamo lavorato con tutti».</p>",
        "<p>«In qualità di ente capofila abbiamo coordinato», dice l'assessora ai Servizi sociali di Rho.</p>",
        "<p>«Come Comune capofila Rho ha fatto molto», ha detto il sindaco di Pero.</p>",  # the comune named first
    ],
)
def test_a_comune_s_officer_speaking_as_the_capofila(quote: str) -> None:
    assert facts("<h1>Ambito Rhodense</h1>", _RHO_LIST, quote).ambiti[0].capofila == RHO


@pytest.mark.parametrize(
    "footer",
    [
        "Distretto Urbano del Commercio - Comune capofila: Pero - Via Giovanni XXIII 2",
        "Ufficio di Piano · Via De Amicis 10 · 20017 Rho · Tel. 02 93332401",
    ],
)
def test_a_footer_gives_no_fact_to_an_ambito_the_page_names_aside(footer: str) -> None:
    main = "<main><h1>Festa di primavera a Pero</h1><p>L'evento è patrocinato dall'Ambito Rhodense.</p></main>"
    assert _whole(main, f"<footer><p>{footer}</p></footer>", title="Festa").ambiti == []


def test_a_card_s_capofila_chip_on_a_page_naming_the_ambito_aside_is_no_fact() -> None:
    main = (
        "<main><h1>Unione dei Comuni del Parco</h1><p>L'Unione collabora con l'Ambito Rhodense.</p>"
        "<div class='card'><h3>Comune di Pero</h3><span class='chip'>Ente capofila</span></div><p>Fine.</p></main>"
    )
    assert _whole(main, title="Unione").ambiti == []


def test_a_capofila_column_on_a_page_naming_the_ambito_aside_is_no_fact() -> None:
    rows = "<tr><th>Ente capofila</th><th>Sede</th></tr><tr><td>Pero</td><td>Via Giovanni XXIII 2</td></tr>"
    aside = "<p>Il sistema aderisce alla rete dell'Ambito Rhodense.</p>"
    main = f"<main><h1>Sistema bibliotecario</h1>{aside}<table>{rows}</table></main>"
    assert _whole(main, "<p>Fine.</p>", title="Biblioteche").ambiti == []


@pytest.mark.parametrize(
    "row",
    [
        "<tr><td>Comune capofila del Distretto del Commercio</td><td>Pero</td></tr>",
        "<tr><td>Ente capofila del sistema bibliotecario</td><td>Pero</td></tr>",
    ],
)
def test_the_capofila_of_another_body_the_comuni_run_together_is_not_the_ambito_s(row: str) -> None:
    assert facts("<h1>Ambito Rhodense</h1>", _RHO_LIST, f"<table>{row}</table>").ambiti[0].capofila is None


# extraction round 8: capitals, Unioni, news prose over sentences, lettered parties -------------

_RHO_CAPS = (
    "ALL'AMBITO RHODENSE ADERISCONO I COMUNI DI ARESE, CORNAREDO, LAINATE, PERO, POGLIANO MILANESE,\n"
    "PREGNANA MILANESE, RHO, SETTIMO MILANESE E VANZAGO.\n"
)


def test_an_everyday_word_in_capitals_is_no_comune_outside_a_list() -> None:
    text = (
        "AMBITO RHODENSE\nASSEMBLEA DEI SINDACI\n\n"
        "OGGETTO: APPROVAZIONE DELLO SCHEMA DI ACCORDO PER IL MESE DI MARZO E PER LE ZONE DI INTERVENTO.\n"
        "PREMESSO CHE L'AMBITO HA APPROVATO IL PIANO; PERO' RILEVATO IL NESSO CON IL CETO MEDIO E IL CALCIO;\n\n"
        + _RHO_CAPS
    )
    members = text_facts(text).ambiti[0].members
    assert len(members) == 9 and PERO in members  # Pero in the list, not "PERO'" (però) in the sentence
    assert not {"017066", "013161", "016044"} & set(members)  # Dello, Nesso, Calcio


def test_an_everyday_word_in_capitals_after_comune_di_is_a_comune() -> None:
    text = "AMBITO RHODENSE\n\n" + _RHO_CAPS + "\nIL COMUNE DI PERO SVOLGE IL RUOLO DI ENTE CAPOFILA.\n"
    assert text_facts(text).ambiti[0].capofila == PERO


def test_a_delibera_in_capitals_wrapped_over_lines_is_read_as_sentences() -> None:
    filler = "PRESO ATTO DELLA RELAZIONE DELL'UFFICIO DI PIANO SULLO STATO DI ATTUAZIONE DEGLI INTERVENTI"
    text = (
        f"AMBITO RHODENSE\n\n{filler} PREVISTI;\n{filler} E DELLE MISURE, E CHE IL COMUNE DI RHO SVOLGE\n"
        "IL RUOLO DI ENTE CAPOFILA;\n\n" + _RHO_CAPS
    )
    assert text_facts(text).ambiti[0].capofila == RHO


def test_an_unione_s_ente_capofila_is_not_the_ambito_s_it_names_aside() -> None:
    main = (
        "<main><h1>Chi siamo</h1><p>L'Unione gestisce la polizia locale e collabora con l'Ambito Rhodense per i "
        "servizi sociali.</p><h2>Ente capofila</h2><p>Comune di Pero</p><h2>Sede</h2><p>Via Giovanni XXIII 2</p></main>"
    )
    assert _whole(main, title="Unione dei Comuni di Pero e Rho - Chi siamo").ambiti == []
    # the ambito's own page keeps its capofila stated in the same way
    own = f"<main><h1>Ambito Rhodense</h1>{_RHO_LIST}<h2>Ente capofila</h2><p>Comune di Rho</p></main>"
    assert _whole(own).ambiti[0].capofila == RHO


@pytest.mark.parametrize("mark", ["{l})", "{L})"])
def test_an_accord_s_parties_in_a_lettered_list(mark: str) -> None:
    names = ["Arese", "Cornaredo", "Lainate", "Pero", "Pogliano Milanese", "Pregnana Milanese", "Rho", "Vanzago"]
    parties = "\n".join(f"{mark.format(l=chr(97 + k), L=chr(65 + k))} Comune di {n};" for k, n in enumerate(names))
    title = "ACCORDO DI PROGRAMMA\nPER IL PIANO DI ZONA 2025-2027\nAMBITO RHODENSE\n\n"
    text = f"{title}TRA\n{parties}\nE\nl'ATS di Milano\n"
    assert len(text_facts(text).ambiti[0].members) == 8


def test_a_news_list_opened_by_its_count_and_going_on_in_the_next_sentence() -> None:
    prose = (
        "<p>L'Assemblea dell'Ambito Rhodense ha approvato il Piano. Il documento riguarda i nove comuni del "
        "territorio: Arese, Cornaredo e Lainate, insieme a Pero e Rho. Coinvolti anche Pogliano Milanese e "
        "Pregnana Milanese, oltre a Settimo Milanese e Vanzago.</p>"
    )
    assert len(facts("<h1>Welfare, il nuovo Piano</h1>", prose).ambiti[0].members) == 9


@pytest.mark.parametrize(
    "second",
    [
        "Anche Pogliano Milanese e Pregnana Milanese hanno aderito al distretto del commercio.",  # another list
        "Seguono invece Pogliano Milanese e Pregnana Milanese, che fanno parte di altri ambiti.",  # elsewhere
        "Il sindaco ha poi visitato Pogliano Milanese e Pregnana Milanese.",  # no list going on
    ],
)
def test_a_next_sentence_that_names_other_comuni_does_not_go_on_with_the_list(second: str) -> None:
    prose = f"<p>Fanno parte dell'Ambito Rhodense i comuni di Arese, Cornaredo, Lainate, Pero e Rho. {second}</p>"
    members = facts("<h1>Welfare</h1>", prose).ambiti[0].members
    assert "015176" not in members and "015179" not in members  # Pogliano, Pregnana


def test_quelli_di_names_the_mayors_of_more_comuni_not_a_second_ambito() -> None:
    prose = (
        "<p>Firmato a Rho l'Accordo di programma dell'Ambito Rhodense. Hanno sottoscritto i sindaci di Arese, "
        "Cornaredo, Lainate e Pero; con loro quelli di Pogliano Milanese, Pregnana Milanese, Rho, Settimo Milanese "
        "e Vanzago.</p>"
    )
    ambiti = facts("<h1>Welfare</h1>", prose).ambiti
    assert [a.name for a in ambiti] == ["Ambito Rhodense"] and len(ambiti[0].members) == 9


@pytest.mark.parametrize(
    "other",
    [
        "Centralino del Comune: 02 933321",
        "Servizi Sociali del Comune di Rho: tel. 02 93332500",
        "Sportello Protezione giuridica tel. 02 93332700",
        "Ufficio Casa: tel. 02 93332800",
    ],
)
def test_another_desk_s_number_on_the_office_s_page_is_not_the_office_s(other: str) -> None:
    contacts = f"<h2>Contatti</h2><p>Via De Amicis 10, 20017 Rho</p><p>Tel. 02 93332401</p><p>{other}</p>"
    main = f"<main><h1>Ufficio di Piano</h1>{_RHO_LIST}{contacts}</main>"
    f = _whole(main, title="Ufficio di Piano - Ambito Rhodense")
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None and office.phones == ["+390293332401"]


@pytest.mark.parametrize("address", ["ufficio.piano@rhodense.example.it", "servizi.sociali@comune.rho.mi.it"])
def test_an_address_whose_local_part_names_a_desk_is_the_office_s(address: str) -> None:
    """A bare e-mail line under the office's numbers: 'ufficio.piano@' is an address, not a desk's label
    (0.4.9 as merged took it for 'Ufficio ...', another desk, and dropped it)."""
    phones = "Tel. 02 93332401 oppure 02 93332402"
    contacts = f"<h2>Ufficio di Piano</h2><p>Via De Amicis 10, 20017 Rho<br>{phones}<br>{address}</p>"
    office = _whole(f"<main><h1>Ambito Rhodense</h1>{_RHO_LIST}{contacts}</main>").ambiti[0].ufficio_di_piano
    assert office is not None and office.emails == [address]


_RHO_ACCORD = "ACCORDO DI PROGRAMMA PER IL PIANO DI ZONA 2025-2027 DELL'AMBITO RHODENSE\n\n"
_RHO_NAMES = "Arese, Cornaredo, Lainate, Pero, Pogliano Milanese, Pregnana Milanese, Rho, Settimo Milanese e Vanzago"


@pytest.mark.parametrize(
    "parties",
    [
        f'I Comuni di {_RHO_NAMES}, di seguito denominati "i Comuni", e l\'ATS di Milano\n',
        "Le parti: " + ", ".join(f"il Comune di {n}" for n in _RHO_NAMES.replace(" e ", ", ").split(", ")) + ".\n",
    ],
)
def test_an_accord_s_parties_in_its_preamble(parties: str) -> None:
    assert len(text_facts(_RHO_ACCORD + parties).ambiti[0].members) == 9


def test_comuni_named_as_parties_of_another_convention_are_no_members() -> None:
    text = (
        _RHO_ACCORD + "Vista la convenzione per la polizia locale:\nI Comuni di Arese, Lainate e Pero, di seguito "
        'denominati "i Comuni", per la gestione associata della polizia locale.\n'
    )
    assert all(not a.members for a in text_facts(text).ambiti)


def test_a_capofila_designated_by_the_assembly_in_an_accord_s_premises() -> None:
    premise = "PREMESSO CHE\n- il Comune di Rho e' stato individuato dall'Assemblea dei Sindaci quale ente capofila;\n"
    f = text_facts(_RHO_ACCORD + f"I Comuni di {_RHO_NAMES} sottoscrivono l'accordo.\n\n" + premise)
    assert f.ambiti[0].capofila == RHO


def test_a_page_header_run_into_the_title_of_a_one_page_pdf_is_no_part_of_the_ambito_s_name() -> None:
    f = text_facts(f"ACCORDO DI PROGRAMMA AMBITO RHODENSE   Pag. 1 di 1\nSottoscrivono i Comuni di {_RHO_NAMES}.\n")
    assert f.ambiti[0].name == "Ambito Rhodense"


def test_an_unione_s_seat_and_capofila_in_prose_are_not_the_ambito_s() -> None:
    prose = (
        "<p>L'Unione, che fa parte dell'Ambito Rhodense, riunisce i comuni di Pero e Rho. La sede è presso il Comune "
        "di Pero, ente capofila.</p>"
    )
    title = "Unione Lombarda dei Comuni di Pero e Rho"
    assert _whole(f"<main><h1>Chi siamo</h1>{prose}</main>", title=title).ambiti == []


def test_the_ambito_s_page_on_an_unione_s_site_keeps_its_list() -> None:
    """An Unione's site names itself in every <title>; its page about the ambito (the h1 says so) lists
    the ambito's comuni under a heading, as any site does."""
    names = "".join(f"<li>{n}</li>" for n in ("Arese", "Cornaredo", "Lainate", "Pero", "Rho", "Vanzago"))
    main = f"<main><h1>Piano di Zona dell'Ambito Rhodense</h1><h2>I comuni dell'Ambito</h2><ul>{names}</ul></main>"
    f = _whole(main, title="Piano di Zona - Unione Lombarda dei Comuni di Pero e Rho")
    assert [a.name for a in f.ambiti] == ["Ambito Rhodense"] and len(f.ambiti[0].members) == 6


@pytest.mark.parametrize("opening", ["Si tratta di", "Sono", "Eccoli:"])
def test_a_news_list_named_after_the_sentence_that_counts_it(opening: str) -> None:
    prose = f"<p>Il Piano dell'Ambito Rhodense vale per i 9 comuni del territorio. {opening} {_RHO_NAMES}.</p>"
    assert len(facts("<h1>Welfare</h1>", prose).ambiti[0].members) == 9


def test_a_count_of_other_comuni_in_the_sentence_before_takes_no_list() -> None:
    prose = f"<p>Il Distretto del Commercio dell'Ambito Rhodense conta 9 comuni. Sono {_RHO_NAMES}.</p>"
    assert all(not a.members for a in facts("<h1>Commercio</h1>", prose).ambiti)


@pytest.mark.parametrize(
    "body",
    [
        "<p>L'Unione fa parte dell'Ambito Rhodense.</p><h2>Comuni aderenti</h2><ul><li>Pero</li><li>Rho</li>"
        "<li>Arese</li></ul>",
        "<p>I servizi sociali dei comuni di Pero, Rho e Arese sono gestiti in forma associata, in raccordo con il "
        "Piano di Zona dell'Ambito Rhodense.</p>",
    ],
)
def test_an_unione_s_own_comuni_are_not_the_ambito_s(body: str) -> None:
    assert _whole(f"<main><h1>Chi siamo</h1>{body}</main>", title="Unione dei Comuni del Rhodense").ambiti == []


def test_an_unione_s_page_saying_which_comuni_belong_to_the_ambito() -> None:
    body = f"<p>All'Ambito Rhodense aderiscono i comuni di {_RHO_NAMES}.</p>"
    f = _whole(f"<main><h1>Chi siamo</h1>{body}</main>", title="Unione dei Comuni del Rhodense")
    assert len(f.ambiti[0].members) == 9


_RHO_TRA = f"{_RHO_ACCORD}TRA i Comuni di {_RHO_NAMES}\n\n"


@pytest.mark.parametrize(
    "block",
    [
        "Art. 4 - Ente capofila\nIl Comune di Rho.",
        "Letto, approvato e sottoscritto\nPer il Comune capofila\nIl Sindaco di Rho\nXXXXXX",
    ],
)
def test_an_accord_s_role_line_over_the_comune_that_holds_it(block: str) -> None:
    assert text_facts(f"{_RHO_TRA}{block}\n").ambiti[0].capofila == RHO


@pytest.mark.parametrize("clause", ["Art. 4 - Ente capofila", "PREMESSO CHE"])
def test_an_accord_s_article_or_clause_is_no_unresolved_name_of_its_list(clause: str) -> None:
    f = text_facts(f"{_RHO_TRA}{clause}\nIl Comune di Rho e' l'ente capofila.\n")
    assert f.unresolved_names == [] and len(f.ambiti[0].members) == 9


def test_a_number_marked_fax_after_it_is_a_fax() -> None:
    found = Contacts()
    ct.parse_line("Tel. 02 93332401 - 02 93332402 (fax)", found)
    assert found.phones == ["+390293332401"] and found.fax == ["+390293332402"]


@pytest.mark.parametrize("second, third", [("Poi ci sono", "Infine"), ("Ci sono poi", "Completano l'elenco")])
def test_a_news_list_over_three_sentences(second: str, third: str) -> None:
    prose = (
        f"<p>All'Ambito Rhodense aderiscono Arese, Cornaredo e Lainate. {second} Pero e Pogliano Milanese. "
        f"{third} Pregnana Milanese, Rho, Settimo Milanese e Vanzago.</p>"
    )
    assert len(facts("<h1>Welfare</h1>", prose).ambiti[0].members) == 9


def test_a_news_list_opened_by_a_count_after_the_noun() -> None:
    prose = f"<p>Approvato il Piano dell'Ambito Rhodense. I comuni coinvolti sono nove: {_RHO_NAMES}.</p>"
    assert len(facts("<h1>Welfare</h1>", prose).ambiti[0].members) == 9


def test_a_count_after_the_noun_of_neighbouring_comuni_takes_nothing() -> None:
    prose = f"<p>L'Ambito Rhodense ha un nuovo sportello. I comuni confinanti sono nove: {_RHO_NAMES}.</p>"
    assert all(not a.members for a in facts("<h1>Welfare</h1>", prose).ambiti)


# extraction round 10: capofila, the office's contacts and approvals in accords, delibere and news ---------------


_RHO_TRA_CAPS = f"{_RHO_ACCORD}TRA I COMUNI DI {_RHO_NAMES.upper()}\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # designated after the verb, the accord between the role and the comune
        "E' INDIVIDUATO QUALE ENTE CAPOFILA DELL'ACCORDO IL COMUNE DI RHO, CHE NE CURA L'ATTUAZIONE.",
        "È individuato quale ente capofila dell'Accordo il Comune di Rho, che ne cura l'attuazione.",
        # a party that signs in the role
        "Il Comune di Rho lo sottoscrive anche quale ente capofila.",
        "IL COMUNE DI RHO LO SOTTOSCRIVE ANCHE IN QUALITA' DI ENTE CAPOFILA.",
        "Il Comune di Rho interviene in qualità di ente capofila.",
        # the participle without "quale", before the comune or after the role
        "E' CONFERMATO ENTE CAPOFILA DELL'AMBITO RHODENSE IL COMUNE DI RHO.",
        "QUALE ENTE CAPOFILA E' STATO INDIVIDUATO IL COMUNE DI RHO.",
        "È stato individuato quale Ente Capofila per il triennio 2025-2027 il Comune di Rho.",
        # cut by a column or page break after its connector
        "Art. 3 - Ente capofila\nLe parti individuano quale ente capofila il Comune di\n\nRho, che ne cura ...",
        "ART. 3 - ENTE CAPOFILA\nE' INDIVIDUATO QUALE ENTE CAPOFILA DELL'ACCORDO IL COMUNE DI\n\fRHO, CHE NE CURA ...",
    ],
)
def test_an_accord_s_capofila_after_the_verb_signing_in_its_role_or_cut(sentence: str) -> None:
    assert text_facts(f"{_RHO_TRA_CAPS}{sentence}\n").ambiti[0].capofila == RHO


@pytest.mark.parametrize(
    "sentence",
    [
        "L'Ambito territoriale Rhodense, coordinato dal Comune di Rho, ha approvato il nuovo Piano.",
        "L'Ambito Rhodense è coordinato dal Comune di Rho.",
        "Il Comune di Rho, che coordina l'Ambito, ha presentato il Piano.",
    ],
)
def test_news_the_comune_that_coordinates_the_ambito(sentence: str) -> None:
    prose = f"<p>All'Ambito Rhodense aderiscono {_RHO_NAMES}.</p><p>{sentence}</p>"
    assert facts("<h1>Welfare</h1>", prose).ambiti[0].capofila == RHO


@pytest.mark.parametrize(
    ("sentence", "capofila"),
    [
        ("Il coordinamento dell'Ambito è affidato al Comune di Rho.", RHO),
        ("La regia del Piano di Zona resta in capo al Comune di Rho.", RHO),
        ("Il coordinamento del Distretto del Commercio è affidato al Comune di Pero.", None),
        ("La regia del progetto è affidata al Comune di Pero.", None),
        ("Il Distretto del Commercio, coordinato dal Comune di Pero, organizza la festa.", None),
        ("Il progetto dell'Ambito, coordinato dal Comune di Pero, partirà a marzo.", None),
    ],
)
def test_news_the_ambito_s_coordination_given_to_a_comune(sentence: str, capofila: str | None) -> None:
    prose = f"<p>All'Ambito Rhodense aderiscono {_RHO_NAMES}.</p><p>{sentence}</p>"
    assert facts("<h1>Welfare</h1>", prose).ambiti[0].capofila == capofila


def test_news_an_ambito_coordinated_by_a_person_has_no_capofila() -> None:
    prose = f"<p>All'Ambito Rhodense aderiscono {_RHO_NAMES}. L'Ambito è coordinato dalla dott.ssa Anna Verdi.</p>"
    assert facts("<h1>Welfare</h1>", prose).ambiti[0].capofila is None


_TWO_COLUMNS = (
    "Art. 3 - Ente capofila                         Art. 4 - Tavolo tecnico\n"
    "Le parti individuano quale ente capofila       Al tavolo tecnico partecipa per ogni\n"
    "dell'Accordo il Comune di Rho, che ne cura     Comune un referente; il Comune di Pero\n"
    "l'attuazione tramite l'Ufficio di Piano.       ne ospita le riunioni.\n"
)


def test_two_columns_of_prose_are_read_one_after_the_other() -> None:
    f = text_facts(f"{_RHO_TRA}{_TWO_COLUMNS}")
    assert f.ambiti[0].capofila == RHO


def test_a_comune_in_the_next_column_is_not_the_capofila() -> None:
    text = (
        "Art. 3 - Ente capofila                     Art. 4 - Tavolo tecnico\n"
        "È individuato quale ente capofila          Il Comune di Pero ospita le riunioni\n"
        "dell'Accordo il Comune di Rho, che ne      del tavolo tecnico dell'Ambito.\n"
        "cura l'attuazione.\n"
    )
    assert text_facts(f"{_RHO_TRA}{text}").ambiti[0].capofila == RHO


def test_a_numbered_list_in_two_columns_is_left_to_the_member_lists() -> None:
    from crawler.parsers.columns import unfold

    lines = ["1. ARESE            6. PREGNANA MILANESE", "2. CORNAREDO        7. RHO", "3. LAINATE          8. VANZAGO"]
    assert unfold(lines) == lines


def test_an_approval_in_a_column_beside_a_dgr_and_a_signature_date() -> None:
    text = (
        "Art. 2 - Documento di Piano                   Art. 5 - Durata\n"
        "Il presente Accordo recepisce il Documento    L'Accordo ha validità dal 1 gennaio 2025 al\n"
        "di Piano approvato dall'Assemblea dei         31 dicembre 2027, come previsto dalla DGR\n"
        "Sindaci il 10 dicembre 2024.                  XII/2167 del 15 aprile 2024.\n\n"
        "Letto e sottoscritto il 30 gennaio 2025.\n"
    )
    plans = text_facts(f"{_RHO_TRA}{text}").ambiti[0].plans
    assert [(p.start_year, p.approved_on) for p in plans] == [(2025, "2024-12-10")]


def test_a_closing_contact_line_that_goes_on_in_the_next_line() -> None:
    text = (
        "Il Comune di Rho è l'ente capofila.\n\n"
        "Per informazioni: Ufficio di Piano, Piazza Visconti 23, 20017 Rho (MI), tel. 02 93332 401,\n"
        "e-mail ufficiodipiano@comune.rho.mi.it\n"
    )
    office = text_facts(f"{_RHO_TRA}{text}").ambiti[0].ufficio_di_piano
    assert office is not None and office.emails == ["ufficiodipiano@comune.rho.mi.it"]


def test_a_delibera_s_sentence_with_the_office_s_seat_and_number() -> None:
    text = (
        "di dare atto che l'Ufficio di Piano, con sede a Rho in Piazza Visconti n. 23, è raggiungibile al numero "
        "02 93332 401 e all'indirizzo ufficiodipiano@comune.rho.mi.it.\n"
    )
    office = text_facts(f"{_RHO_TRA}{text}").ambiti[0].ufficio_di_piano
    assert office is not None and office.phones == ["+390293332401"]
    assert office.address is not None and office.address.municipality == RHO


@pytest.mark.parametrize("hours", ["Orari: lun. e gio. 09.00 - 12.30", "Orario: 9:00/12:30"])
def test_opening_hours_are_not_phones(hours: str) -> None:
    assert ct.phones_in(hours) == []


@pytest.mark.parametrize(
    ("written", "e164"),
    [
        ("Tel. 02 35005611-612", "+390235005611"),
        ("Tel. 0331 471250-251", "+390331471250"),
        ("Tel. 035 304281-2", "+39035304281"),
        ("Tel. 02 93332 401-402", "+390293332401"),
    ],
)
def test_an_extension_after_a_dash_is_neither_the_number_nor_lost(written: str, e164: str) -> None:
    assert ct.phones_in(written) == [e164]


@pytest.mark.parametrize(
    "desk",
    ["Polizia Locale", "Anagrafe", "Biblioteca civica", "Protocollo", "Pronto intervento sociale", "Numero verde"],
)
def test_another_desk_s_number_on_the_office_s_page(desk: str) -> None:
    rows = f"<tr><td>Telefono:</td><td>02 93332401</td></tr><tr><td>{desk}:</td><td>02 93332500</td></tr>"
    f = facts(f"<h1>Ufficio di Piano - Ambito Rhodense</h1><p>Vi aderiscono {_RHO_NAMES}.</p><table>{rows}</table>")
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None and office.phones == ["+390293332401"]


def test_a_responsible_in_an_old_table_s_label_and_value_cells() -> None:
    rows = "<tr><td>Responsabile del Servizio:</td><td>Dott.ssa Maria Rossi</td></tr>"
    rows += "<tr><td>Telefono:</td><td>02 93332401</td></tr>"
    f = facts(f"<h1>Ufficio di Piano - Ambito Rhodense</h1><p>Vi aderiscono {_RHO_NAMES}.</p><table>{rows}</table>")
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None and office.responsible == "Maria Rossi"


_GAR_NAMES = "Baranzate, Bollate, Cesate, Garbagnate Milanese, Novate Milanese, Paderno Dugnano, Senago e Solaro"
_TWO_SECTIONS = (
    f"<h2>Ambito Rhodense</h2><p>Comuni: {_RHO_NAMES}.</p>"
    f"<h2>Ambito di Garbagnate Milanese</h2><p>Comuni: {_GAR_NAMES}.</p>"
)


def _approvals(f: PageFacts) -> dict[str, list[str | None]]:
    return {a.name: [p.approved_on for p in a.plans] for a in f.ambiti}


@pytest.mark.parametrize(
    "said",
    [
        "<p>L'Assemblea dei Sindaci dell'Ambito Rhodense ha approvato il Piano di Zona 2025-2027 il 12 dicembre 2024, "
        "quella dell'Ambito di Garbagnate Milanese il 17 dicembre 2024.</p>",
        "<table><tr><th>Ambito</th><th>Piano di Zona</th><th>Approvato</th></tr><tr><td>Ambito Rhodense</td>"
        "<td>2025-2027</td><td>12/12/2024</td></tr><tr><td>Ambito di Garbagnate Milanese</td><td>2025-2027</td>"
        "<td>17/12/2024</td></tr></table>",
        "<p>I Piani di Zona 2025-2027 dell'Ambito Rhodense e dell'Ambito di Garbagnate Milanese sono stati approvati "
        "rispettivamente il 12/12/2024 e il 17/12/2024.</p>",
        "<p>Il Piano di Zona 2025-2027 è stato approvato il 12 dicembre 2024 nell'Ambito Rhodense e il 17 dicembre "
        "2024 nell'Ambito di Garbagnate Milanese.</p>",
    ],
)
def test_each_ambito_s_approval_date_where_a_page_of_several_states_it(said: str) -> None:
    assert _approvals(facts("<h1>Piani di Zona</h1>", _TWO_SECTIONS, said)) == {
        "Ambito Rhodense": ["2024-12-12"],
        "Ambito di Garbagnate Milanese": ["2024-12-17"],
    }


def test_an_approval_with_a_pronoun_after_another_ambito_s_sentence() -> None:
    prose = (
        f"<p>L'Ambito Rhodense, che comprende {_RHO_NAMES}, ha approvato il Piano di Zona 2025-2027 il 12 dicembre "
        f"2024. L'Ambito di Garbagnate Milanese, che comprende {_GAR_NAMES}, lo ha approvato il 17 dicembre 2024.</p>"
    )
    assert _approvals(facts("<h1>Piani di Zona</h1>", prose)) == {
        "Ambito Rhodense": ["2024-12-12"],
        "Ambito di Garbagnate Milanese": ["2024-12-17"],
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Il ruolo di ente capofila è stato discusso dal Comune di Pero.",
        "Il capofila è stato nominato in Assemblea; il Comune di Pero ha chiesto un rinvio.",
    ],
)
def test_a_role_discussed_or_given_elsewhere_names_no_capofila(sentence: str) -> None:
    assert text_facts(f"{_RHO_TRA}{sentence}\n").ambiti[0].capofila is None


def test_a_role_left_without_its_comune_takes_none_from_the_next_article() -> None:
    text = "Art. 3 - Ente capofila\nLe parti individuano quale ente capofila\n\n"
    text += "Art. 4 - Tavolo\nIl Comune di Pero ospita il tavolo.\n"
    assert text_facts(f"{_RHO_TRA}{text}").ambiti[0].capofila is None


def test_two_columns_in_capitals_are_read_one_after_the_other() -> None:
    text = (
        "ART. 3 - ENTE CAPOFILA                     ART. 4 - TAVOLO TECNICO\n"
        "LE PARTI INDIVIDUANO QUALE ENTE CAPOFILA   IL COMUNE DI PERO OSPITA LE\n"
        "DELL'ACCORDO IL COMUNE DI RHO, CHE NE      RIUNIONI DEL TAVOLO TECNICO DI\n"
        "CURA L'ATTUAZIONE.                         AMBITO.\n"
    )
    assert text_facts(f"{_RHO_TRA_CAPS}{text}").ambiti[0].capofila == RHO


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        # a letterhead's street over the contact line that the office's address names
        ("AMBITO RHODENSE\nVia De Amicis 10 – 20017 Rho (MI)\nTel. 02 93332 401 – udp@comune.rho.mi.it\n\n", ""),
        # a role's line naming the office, its ambito between the office and its street
        ("", "\nReferente: Ufficio di Piano dell'Ambito, Via De Amicis 10, Rho - tel. 02 93332401\n"),
    ],
)
def test_the_office_s_street_in_an_accord_s_letterhead_or_referente_line(head: str, tail: str) -> None:
    office = text_facts(f"{head}{_RHO_TRA}Il Comune di Rho è l'ente capofila.\n{tail}").ambiti[0].ufficio_di_piano
    assert office is not None and office.address is not None and office.address.street == "Via De Amicis, 10"


@pytest.mark.parametrize(
    "written",
    [
        "D.ssa Elena Marchi",
        "Dott.sa Elena Marchi",
        "Dott. ssa Elena Marchi",
        "Dottoressa Elena Marchi",
        "Dott.ssa Elena Marchi Tel. 02 786183",
    ],
)
def test_a_responsible_s_title_however_abbreviated_and_a_phone_after_the_name(written: str) -> None:
    assert person_name(written, labelled=True) == "Elena Marchi"


def test_a_title_is_not_the_start_of_a_given_name() -> None:
    assert person_name("Dott Sandro Rossi", labelled=True) == "Sandro Rossi"


def test_a_street_named_in_prose_then_written_in_full_on_the_office_s_page() -> None:
    f = facts(
        "<h1>Ufficio di Piano</h1>",
        f"<p>L'Ambito Rhodense riunisce {_RHO_NAMES}. L'ufficio ha sede in via De Amicis.</p>",
        "<h2>Contatti</h2><p>Via De Amicis 10 - 20017 Rho (MI)</p><p>Tel. 02 93332401</p>",
    )
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None and office.address is not None
    assert (office.address.street, office.address.postal_code) == ("Via De Amicis, 10", "20017")


# round 9: lists broken by a PDF's layout, lists over a news sentence's clauses ------------------------------------

_VIM_ACCORD = "ACCORDO DI PROGRAMMA PER L'ATTUAZIONE DEL PIANO DI ZONA 2025-2027\nAMBITO TERRITORIALE DI VIMERCATE\n\n"


def test_numbered_caps_items_wrapped_on_an_indented_line_and_a_page_footer_between() -> None:
    text = (
        f"{_VIM_ACCORD}I COMUNI SOTTOSCRITTORI:\n\n   1. AGRATE BRIANZA\n   2. BURAGO DI MOLGO-\n      RA\n"
        "   3. CAVENAGO DI\n      BRIANZA\n\nADP VIMERCATE 2025-2027 - pagina 1\n\n"
        "   4. RONCO BRIAN-\n      TINO\n   5. USMATE\n      VELATE\n   6. VIMERCATE\n\nE L'ATS DELLA BRIANZA\n"
    )
    f = text_facts(text)
    assert len(f.ambiti[0].members) == 6 and f.unresolved_names == []


_SIGNERS = ["AGRATE BRIANZA", "AICURZIO", "ARCORE", "BELLUSCO", "CAMPARADA", "CAPONAGO"]


@pytest.mark.parametrize(
    "block",
    [
        "COMUNE DI {}\nIl Sindaco o l'Assessore delegato\nfirmato digitalmente\n",
        "Per il Comune di {}\nIl Sindaco – Maria Rossi\n______________________\n",
    ],
)
def test_signature_blocks_with_the_sindaco_or_the_assessore_over_a_page_footer(block: str) -> None:
    blocks = [block.format(n) for n in _SIGNERS]
    blocks.insert(3, "ADP Ambito di Vimercate - pagina 3 di 4\n")
    f = text_facts(f"{_VIM_ACCORD}Letto, approvato e sottoscritto.\n\n" + "\n".join(blocks))
    assert len(f.ambiti[0].members) == 6 and f.unresolved_names == []


def test_signature_blocks_side_by_side() -> None:
    role = "Il Sindaco o l'Assessore delegato"
    pairs = [
        f"COMUNE DI {a:<30}COMUNE DI {b}\n{role:<40}{role}\n{'firmato digitalmente':<40}firmato digitalmente"
        for a, b in zip(_SIGNERS[::2], _SIGNERS[1::2], strict=True)
    ]
    last = f"COMUNE DI CARNATE\n{role}\nfirmato digitalmente\n"  # an odd one out, alone on its row
    f = text_facts(f"{_VIM_ACCORD}Letto, approvato e sottoscritto.\n\n" + "\n\n".join([*pairs, last]))
    assert len(f.ambiti[0].members) == 7


def test_signature_blocks_side_by_side_run_together_with_their_signers() -> None:
    signers = zip(_SIGNERS[::2], _SIGNERS[1::2], ("Rossi", "Bassi", "Galli"), ("Neri", "Monti", "Pozzi"), strict=True)
    pairs = [
        f"{'Per il Comune di ' + a.title():<48}Per il Comune di {b.title()}\n"
        f"{'Il Sindaco - Maria ' + x:<48}L'Assessore delegato - Luca {y}\n{'_' * 30:<48}{'_' * 30}"
        for a, b, x, y in signers
    ]
    text = f"{_VIM_ACCORD}Letto, approvato e sottoscritto.\n\n" + "\n\n".join(pairs)
    assert len(text_facts(f"{text}\n\nPer il Comune di Carnate\nIl Sindaco - Anna Bassi\n").ambiti[0].members) == 7


@pytest.mark.parametrize(
    ("columns", "n"),
    [
        (  # hyphenated at a line's end, or cut after a connector
            " 1. AGRATE BRIANZA            5. LESMO\n"
            " 2. BURAGO DI MOLGO-          6. MEZZAGO\n"
            "    RA                        7. RONCO BRIAN-\n"
            " 3. ARCORE                       TINO\n"
            " 4. CAVENAGO DI               8. VIMERCATE\n"
            "    BRIANZA\n",
            8,
        ),
        (  # the rest of a name read by its first word ("USMATE" ... "VELATE")
            "1. AGRATE BRIANZA       4. CAMPARADA\n"
            "2. AICURZIO             5. USMATE\n"
            "3. ARCORE                  VELATE\n"
            "                        6. VIMERCATE\n",
            6,
        ),
    ],
)
def test_two_columns_with_names_a_column_layout_cut(columns: str, n: int) -> None:
    f = text_facts(f"{_VIM_ACCORD}TRA I COMUNI DI:\n{columns}")
    assert len(f.ambiti[0].members) == n and f.unresolved_names == []


_RHO_PLAN = "<p>L'Assemblea dei Sindaci dell'Ambito Rhodense ha approvato il Piano di Zona 2025-2027. "


@pytest.mark.parametrize(
    "joined",
    [
        f"{_RHO_PLAN}Il documento vale per Arese, Cornaredo e Lainate, ma anche per Pero e Pogliano Milanese, oltre "
        "che per Pregnana Milanese, Settimo Milanese, Vanzago e per la stessa Rho.</p>",
        f"{_RHO_PLAN}Il documento riguarda Arese, Cornaredo e Lainate, così come Pero e Pogliano Milanese, e inoltre "
        "Pregnana Milanese, Settimo Milanese, Vanzago e Rho.</p>",
        f"{_RHO_PLAN}Il nuovo Piano coinvolge Arese, Cornaredo, Lainate e Pero, nonché per Pogliano Milanese, Pregnana "
        "Milanese, Settimo Milanese, Vanzago e Rho.</p>",
        "<p>Rho, insieme ad Arese, Cornaredo e Lainate, e con i comuni di Pero, Pogliano Milanese, Pregnana Milanese, "
        "Settimo Milanese e Vanzago, ha sottoscritto l'Accordo per il Piano dell'Ambito Rhodense.</p>",
        f"{_RHO_PLAN}Il sindaco di Rho, insieme ai colleghi di Arese, Cornaredo e Lainate, e con i comuni di Pero, "
        "Pogliano Milanese, Pregnana Milanese, Settimo Milanese e Vanzago, ha sottoscritto l'Accordo.</p>",
        "<p>I comuni dell'Ambito Rhodense sono Rho, che ne è il comune capofila, Arese, Cornaredo, Lainate, Pero, "
        "Pogliano Milanese, Pregnana Milanese, Settimo Milanese e Vanzago.</p>",
        f"{_RHO_PLAN}Non ne fanno parte, pur confinando, Nerviano e Parabiago, che appartengono agli Ambiti del "
        f"Legnanese. Il documento vale per {_RHO_NAMES}.</p>",
    ],
)
def test_a_news_list_over_clauses(joined: str) -> None:
    assert len(facts("<h1>Welfare</h1>", joined).ambiti[0].members) == 9


@pytest.mark.parametrize(
    "aside",
    [
        "All'incontro sono intervenuti anche i rappresentanti dell'Ambito del Legnanese, Legnano e Nerviano.",
        "La scelta, che Rho e Pero condividono con l'Ambito, segue quella già presa altrove, come già fatto da "
        "Legnano e Nerviano.",
    ],
)
def test_guests_from_another_ambito_and_comuni_compared_with_are_no_members(aside: str) -> None:
    f = facts("<h1>Welfare</h1>", f"<p>All'Ambito Rhodense aderiscono {_RHO_NAMES}. {aside}</p>")
    assert [len(a.members) for a in f.ambiti if a.members] == [9]


def test_what_a_document_covers_after_a_sentence_about_another_list_is_no_membership() -> None:
    prose = "<p>Il Distretto del Commercio ha un regolamento. Il documento vale per Rho, Pero, Arese e Lainate.</p>"
    assert all(not a.members for a in facts("<h1>Commercio</h1>", prose).ambiti)


@pytest.mark.parametrize(
    "listed",
    [
        "Ne fanno parte, oltre a Rho, i comuni di Arese, Cornaredo, Lainate, Pero, Pogliano Milanese, Pregnana "
        "Milanese, Settimo Milanese e Vanzago.",
        "I nove comuni dell'ambito sono Arese, Cornaredo, Lainate e Pero. A questi si aggiungono Pogliano Milanese, "
        "Pregnana Milanese, Rho, Settimo Milanese e Vanzago.",
        "Sono coinvolti i comuni di Arese, Cornaredo, Lainate, Pero, Pogliano Milanese e Pregnana Milanese, e quelli "
        "di Rho, Settimo Milanese e Vanzago.",
        f"Il Piano è stato approvato per i comuni di {_RHO_NAMES}.",
    ],
)
def test_a_news_list_of_the_plan_s_comuni_in_more_wordings(listed: str) -> None:
    assert len(facts("<h1>Welfare</h1>", f"{_RHO_PLAN}{listed}</p>").ambiti[0].members) == 9


def test_comuni_involved_in_a_festival_are_no_members() -> None:
    prose = "<p>Il festival dell'Ambito Rhodense torna. Sono coinvolti i comuni di Arese, Cornaredo e Pero.</p>"
    assert all(not a.members for a in facts("<h1>Eventi</h1>", prose).ambiti)


_VIM_PLAN = "<p>L'Assemblea dei Sindaci dell'Ambito di Vimercate ha approvato il Piano di Zona 2025-2027. "
VIMERCATE, AGRATE = "108050", "108001"


@pytest.mark.parametrize(
    "listed",
    [
        "Il documento vale per Agrate Brianza, Aicurzio e Arcore, ma anche per Bellusco, oltre che per lo stesso "
        "capoluogo.",
        "Il documento vale per Agrate Brianza, Aicurzio, Arcore e Bellusco, oltre che per il capoluogo Vimercate.",
    ],
)
def test_the_capoluogo_in_a_news_list_is_the_comune_the_ambito_is_named_after(listed: str) -> None:
    members = facts("<h1>Welfare</h1>", f"{_VIM_PLAN}{listed}</p>").ambiti[0].members
    assert len(members) == 5 and VIMERCATE in members and AGRATE in members


@pytest.mark.parametrize("tail", ["e non per il capoluogo", "oltre che per il capoluogo di provincia"])
def test_a_capoluogo_left_out_or_of_the_province_is_not_the_ambito_s(tail: str) -> None:
    prose = f"{_VIM_PLAN}Il documento vale per Agrate Brianza, Aicurzio, Arcore e Bellusco, {tail}.</p>"
    assert VIMERCATE not in facts("<h1>Welfare</h1>", prose).ambiti[0].members


def test_a_count_after_a_news_list_confirms_it() -> None:
    prose = f"<p>L'Ambito Rhodense ha approvato il Piano. Al tavolo sedevano {_RHO_NAMES}, in tutto nove comuni.</p>"
    assert len(facts("<h1>Welfare</h1>", prose).ambiti[0].members) == 9


def test_a_count_after_a_list_of_neighbours_confirms_nothing() -> None:
    prose = (
        "<p>L'Ambito Rhodense ha approvato il Piano. Il servizio arriva anche nei comuni confinanti di Nerviano, "
        "Parabiago e Legnano, in tutto tre comuni.</p>"
    )
    assert all(not a.members for a in facts("<h1>Welfare</h1>", prose).ambiti)


@pytest.mark.parametrize(
    ("words", "n"), [("trentadue", 32), ("quarantotto", 48), ("sessantuno", 61), ("trentatré", 33)]
)
def test_a_count_in_words_above_thirty_gives_a_note_when_the_list_differs(words: str, n: int) -> None:
    f = facts("<h1>Welfare</h1>", f"<p>L'Ambito Rhodense conta {words} comuni: {_RHO_NAMES}.</p>")
    assert f"the page speaks of {n} comuni but lists 9" in f.ambiti[0].notes


def test_a_real_pdf_s_numbered_list_with_wrapped_items_and_a_page_footer() -> None:
    pdf = fpdf.FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for y, line in enumerate(_VIM_ACCORD.splitlines() + ["TRA I COMUNI DI:"]):
        pdf.text(20, 20 + 7 * y, line)
    items = ["AGRATE BRIANZA", "BURAGO DI MOLGORA", "CAVENAGO DI BRIANZA", "RONCO BRIANTINO", "USMATE VELATE"]
    for k, name in enumerate(items):
        if k == 3:  # a page break inside the list, its footer first
            pdf.text(80, 285, "ADP VIMERCATE 2025-2027 - pagina 1")
            pdf.add_page()
        first, _, rest = name.rpartition(" ")
        y = 50 + 12 * (k % 3)
        pdf.text(20, y, f"{k + 1}. {first}")  # the item wrapped: its last word on an indented line
        pdf.text(25, y + 4.5, rest)
    f = extract(bytes(pdf.output()), "https://example.org/adp.pdf", "application/pdf")
    assert len(f.ambiti[0].members) == 5 and f.unresolved_names == []


# round 11: ambiti named by an adjective or their office, abbreviated names, ASST districts, second lines ---------

_LODI_LIST = "Abbadia Cerreto, Bertonico, Brembio, Codogno, Lodi, Maleo"
CASTELNUOVO_BOCCA, SAN_COLOMBANO = "098013", "015191"


@pytest.mark.parametrize(
    ("named", "key"),
    [
        ("Ambito distrettuale lodigiano", "t:lodigiano"),
        ("ambito territoriale cremasco", "t:cremasco"),
        ("Ambito Casalasco", "t:casalasco"),
    ],
)
def test_an_ambito_is_named_by_its_territory_s_adjective_in_any_case(named: str, key: str) -> None:
    mentions = nm.mentions_in(f"Elenco dei Comuni dell'{named}:", 0, lombardia())
    assert [m.key for m in mentions] == [key]


@pytest.mark.parametrize(
    "words",
    [
        "nell'ambito territoriale lodigiano",
        "ambito sociale cittadino",
        "ambito territoriale alpino",
        "i Comuni dell'Ambito programmano",  # a verb, with no qualifier before it
    ],
)
def test_a_lower_case_word_after_ambito_that_is_no_territory_names_nothing(words: str) -> None:
    assert nm.mentions_in(f"Il servizio opera {words}.", 0, lombardia()) == []


def test_a_page_naming_its_ambito_by_an_adjective_gets_its_members() -> None:
    f = facts("<h1>Ambito distrettuale lodigiano - Comuni</h1>", f"<p>Comuni dell'Ambito: {_LODI_LIST}.</p>")
    assert f.ambiti and len(f.ambiti[0].members) == 6


@pytest.mark.parametrize(
    ("office", "key"),
    [("Ufficio di Piano del Castanese", "t:castanese"), ("UFFICIO DI PIANO DI LODI", "098031")],
)
def test_the_office_names_its_ambito(office: str, key: str) -> None:
    assert [m.key for m in nm.mentions_in(office, 0, lombardia())] == [key]


def test_a_comune_s_office_names_no_ambito() -> None:
    assert nm.mentions_in("Ufficio di Piano del Comune di Rho", 0, lombardia()) == []


def test_an_office_contact_page_naming_the_ambito_only_through_the_office() -> None:
    f = facts(
        "<h1>Contatti</h1><h2>Ufficio di Piano del Castanese</h2>",
        "<dl><dt>Telefono</dt><dd>tel. 0331 877150 / 151</dd><dt>E-mail</dt><dd>udp@castanese.example.it</dd></dl>",
        "<p>Il Comune di Castano Primo è l'ente capofila.</p>",
    )
    office = f.ambiti[0].ufficio_di_piano
    assert f.ambiti[0].capofila == "015062" and office is not None
    assert office.phones == ["+390331877150", "+390331877151"]


@pytest.mark.parametrize(
    ("written", "numbers"),
    [
        ("tel. 0371 409720/721/725", ["+390371409720", "+390371409721", "+390371409725"]),
        ("0371-409-725", ["+390371409725"]),  # dashes inside one number, no extension
        ("0331 471250-251", ["+390331471250"]),
        ("tel. 02 1234567 / 2024", ["+39021234567"]),  # a year after a slash is no second line
    ],
)
def test_a_second_line_after_a_slash_is_the_number_s_other_ending(written: str, numbers: list[str]) -> None:
    assert ct.phones_in(written) == numbers


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Castelnuovo B. d'Adda", CASTELNUOVO_BOCCA),  # not Castelnuovo Bozzente (Como)
        ("Ospedaletto Lod.", "098043"),
        ("Montanaso Lomb.", "098040"),
        ("S. Angelo Lod.", "098050"),
        ("S. Colombano al L.", SAN_COLOMBANO),  # of Milan, in Lodi's ambito: spelt out enough to name one comune
        ("Tavazzano c/V.", "098056"),
    ],
)
def test_old_abbreviations_in_a_dash_separated_list(written: str, code: str) -> None:
    names = _LODI_LIST.replace(", ", " - ")
    f = facts("<h1>Ambito di Lodi</h1>", f"<p>Comuni aderenti all'Ambito: {names} - {written} - Sordio.</p>")
    assert code in f.ambiti[0].members and len(f.ambiti[0].members) == 8 and f.unresolved_names == []


def test_an_abbreviation_in_two_words_still_needs_its_province() -> None:
    f = facts("<h1>Ambito di Lodi</h1>", f"<p>Comuni aderenti all'Ambito: {_LODI_LIST}, Castelnuovo B.</p>")
    assert "013059" not in f.ambiti[0].members  # Castelnuovo Bozzente is of Como, none of the others is
    assert f.unresolved_names == ["Castelnuovo B"]


def test_an_asst_s_health_district_is_no_ambito() -> None:
    f = facts(
        "<h1>Distretto Basso Lodigiano</h1>",
        f"<p>Il Distretto sociosanitario dell'ASST di Lodi copre i Comuni di {_LODI_LIST}.</p>",
        title="Distretto Basso Lodigiano - ASST di Lodi",
    )
    assert f.ambiti == [] and f.skipped_reason == "no ambito named on the page"


@pytest.mark.parametrize("body", ["dell'ATS della Città Metropolitana", "dell'Azienda Socio Sanitaria Territoriale"])
def test_a_health_bodys_district_on_an_ambitos_page_lists_no_members(body: str) -> None:
    f = facts(
        "<h1>Ambito di Lodi</h1><p>L'Ufficio di Piano dell'Ambito di Lodi ha sede in via Roma 1.</p>",
        f"<p>Il Distretto di Lodi {body} comprende i Comuni di {_LODI_LIST}.</p>",
    )
    assert all(not a.members for a in f.ambiti)


def test_an_ambito_on_an_asst_s_page_is_still_an_ambito() -> None:
    f = facts(
        "<h1>Ambito distrettuale di Lodi</h1>",
        f"<p>Il Distretto di Lodi coincide con l'Ambito; ne fanno parte i Comuni di {_LODI_LIST}.</p>",
        title="Ambito di Lodi - ASST di Lodi",
    )
    assert len(f.ambiti[0].members) == 6


def test_a_list_after_the_citta_metropolitana_s_name_makes_milano_no_member() -> None:
    f = facts(
        "<h1>Ambito Rhodense</h1>",
        "<p>Aderiscono all'Ambito nove Comuni della Città metropolitana di Milano:</p>",
        "<ul>" + "".join(f"<li>{n}</li>" for n in _RHO_NAMES.replace(" e ", ", ").split(", ")) + "</ul>",
    )
    assert "015146" not in f.ambiti[0].members and len(f.ambiti[0].members) == 9


@pytest.mark.parametrize(
    "clause",
    [
        "Restano fuori, perché appartengono ad altri ambiti, Nerviano e Parabiago",
        "Non vi rientrano, perché fanno capo ad altri ambiti, Nerviano e Parabiago",
        "Fra i due ambiti vicini c'è poi il Legnanese, con Nerviano e Parabiago",
    ],
)
def test_comuni_of_other_ambiti_before_their_list_are_no_members(clause: str) -> None:
    f = facts("<h1>Welfare</h1>", f"{_RHO_PLAN}Il documento vale per {_RHO_NAMES}. {clause}.</p>")
    assert len(f.ambiti[0].members) == 9 and "015154" not in f.ambiti[0].members


@pytest.mark.parametrize(
    "verb", ["Lo hanno votato all'unanimità i sindaci di", "Il Piano è stato approvato dai sindaci di"]
)
def test_the_mayors_who_voted_the_plan_name_its_members_and_the_capofila_in_a_clause(verb: str) -> None:
    prose = (
        "<p>L'Ambito Legnanese ha approvato il Piano di Zona 2025-2027. "
        f"{verb} Legnano, comune capofila, e di Busto Garolfo, Canegrate, Cerro Maggiore, Dairago e Nerviano.</p>"
    )
    ambito = facts("<h1>Piani</h1>", prose).ambiti[0]
    assert len(ambito.members) == 6 and ambito.capofila == "015118"


def test_mayors_at_the_assembly_as_guests_of_other_ambiti_are_no_members() -> None:
    """ "Presenti anche i sindaci di A e B, in qualità di ospiti per i rispettivi ambiti": other ambiti's mayors."""
    prose = (
        "<p>Ieri l'Assemblea dei Sindaci dell'Ambito Rhodense ha eletto il suo presidente. Il Comune di Rho resta "
        "capofila. Presenti anche i sindaci di Legnano e Magenta, in qualità di ospiti per i rispettivi ambiti.</p>"
    )
    assert [a.members for a in facts("<h1>Notizie</h1>", prose).ambiti] == [[RHO]]


def test_ambiti_in_sections_headed_by_their_names_without_lists_keep_their_own_capofila_and_plan() -> None:
    f = facts(
        "<h1>Gli ambiti sociali della provincia</h1>",
        "<p>Il territorio è diviso in tre ambiti, ognuno con il proprio Piano di Zona 2025-2027.</p>",
        "<h2>Ambito Cremonese</h2><p>L'ente capofila è il Comune di Cremona.</p>",
        "<h2>Ambito Cremasco</h2><p>Svolge il ruolo di capofila il Comune di Crema.</p>",
        "<h2>Ambito Casalasco</h2><p>Capofila dell'Ambito è il Comune di Casalmaggiore.</p>",
    )
    assert [(a.capofila, len(a.plans)) for a in f.ambiti] == [("019036", 1), ("019035", 1), ("019021", 1)]


@pytest.mark.parametrize("seat", ["L'Ufficio di Piano ha sede in", "L'Ufficio di Piano si trova in"])
def test_the_contact_lines_right_below_the_office_s_seat_sentence_are_its_own(seat: str) -> None:
    f = facts(
        "<h1>Ambito di Corsico</h1><p>Comuni: Assago, Buccinasco, Cesano Boscone, Corsico, Cusago.</p>",
        f"<h3>Comune di Corsico</h3><p>{seat} Via Roma 18, 20094 Corsico.<br>Tel. 02 4480 512<br>Fax 02 4480 519<br>"
        "udp@ambitocorsico.example.it</p><p>Polizia Locale: 02 4480 600</p>",
    )
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None and office.phones == ["+39024480512"] and office.fax == ["+39024480519"]
    assert office.emails == ["udp@ambitocorsico.example.it"]


@pytest.mark.parametrize(
    ("raw", "name"),
    [("Dr.ssa Prof.ssa Chiara Fumagalli", "Chiara Fumagalli"), ("Dott.ssa Avv. Silvia Gandolfi", "Silvia Gandolfi")],
)
def test_titles_stacked_before_a_name_are_all_dropped(raw: str, name: str) -> None:
    assert person_name(raw) == name


def test_a_giunta_approving_the_accord_s_schema_does_not_date_the_plan() -> None:
    text = (
        "DELIBERAZIONE DELLA GIUNTA COMUNALE N. 9 DEL 03/02/2025\n\n"
        "OGGETTO: PRESA D'ATTO DEL PIANO DI ZONA 2025-2027 DELL'AMBITO RHODENSE E APPROVAZIONE DELLO SCHEMA DI "
        "ACCORDO.\n\n"
        "DATO ATTO che l'Assemblea dei Sindaci, nella seduta del 12/12/2024, ha approvato il Piano di Zona 2025-2027;\n"
    )
    assert [p.approved_on for p in text_facts(text).ambiti[0].plans] == ["2024-12-12"]


@pytest.mark.parametrize(
    "clause", ["la regia è affidata a Rho, che ne è il comune capofila", "Rho, che ne è l'ente capofila"]
)
def test_the_capofila_in_a_relative_clause_with_ne(clause: str) -> None:
    f = facts("<h1>Ambito Rhodense</h1>", f"<p>L'Ambito comprende {_RHO_NAMES}; {clause}.</p>")
    assert f.ambiti[0].capofila == RHO


def test_a_label_wrapped_away_from_its_value_is_joined_to_it() -> None:
    lines, _, origin = ct.pair_labels(
        ["Per informazioni: Ufficio di Piano, Via Roma 1, Rho - Tel.", "02 9333 2410"], [0, 0]
    )
    assert lines == ["Per informazioni: Ufficio di Piano, Via Roma 1, Rho - Tel. 02 9333 2410"] and origin == [0]


def test_minutes_dated_in_their_heading_date_what_the_assemblea_approves() -> None:
    text = (
        "AMBITO RHODENSE\nVERBALE DELL'ASSEMBLEA DEI SINDACI DEL 12 DICEMBRE 2024\n\n"
        f"Presenti: {_RHO_NAMES}.\n\nPunto 2: approvazione del Piano di Zona 2025-2027. L'Assemblea approva.\n"
    )
    assert [p.approved_on for p in text_facts(text).ambiti[0].plans] == ["2024-12-12"]


@pytest.mark.parametrize(
    ("written", "when", "iso"),
    [
        ("2024-12-18", "lunedì 16 dicembre", "2024-12-16"),
        ("2025-01-10", "il 16 dicembre scorso", "2024-12-16"),  # the latest 16 December before the page
    ],
)
def test_an_approval_dated_without_its_year_takes_the_page_s(written: str, when: str, iso: str) -> None:
    plans, _ = plans_in([f"L'Assemblea dei Sindaci ha approvato il Piano di Zona 2025-2027 {when}."], written=written)
    assert [p.approved_on for p in plans] == [iso]


def test_a_date_without_year_far_from_the_approval_dates_nothing() -> None:
    sentence = (
        "Il Piano di Zona 2025-2027 è stato approvato; le domande per i nuovi contributi si presentano dal 16 dicembre."
    )
    assert [p.approved_on for p in plans_in([sentence], written="2024-12-18")[0]] == [None]


# round 12 (heldout2/3 as diagnosis sets) ----------------------------------------------------------------------------


def _ambiti_table(head: str, first: str, second: str) -> PageFacts:
    rows = [
        (first, "Rho", "Arese, Lainate, Pero, Rho, Vanzago"),
        (second, "Cernusco sul Naviglio", "Bussero, Cernusco sul Naviglio, Gessate, Pessano con Bornago"),
    ]
    body = "".join(f"<tr><td>{a}</td><td>{c}</td><td>{m}</td></tr>" for a, c, m in rows)
    return facts(f"<h1>Territorio</h1><table><tr><th>{head}</th><th>Capofila</th><th>Comuni</th></tr>{body}</table>")


def test_a_table_column_headed_ambito_names_each_row_s_ambito() -> None:
    f = _ambiti_table("Ambito", "Rhodense", "Alto Martesana")
    assert [(a.name, a.capofila, len(a.members)) for a in f.ambiti] == [
        ("Ambito Rhodense", RHO, 5),
        ("Ambito Alto Martesana", CERNUSCO, 4),
    ]


@pytest.mark.parametrize("comune", ["Comune", "Comuni"])
def test_a_table_of_one_comune_a_row_under_its_ambito_column_gives_each_ambito_its_members(comune: str) -> None:
    """ "Ambito | Comune" over "Rhodense | Arese", "Rhodense | Rho (capofila)", ...: one comune a row, two ambiti."""
    rows = [("Rhodense", n) for n in ("Arese", "Lainate", "Pero", "Rho (ente capofila)", "Vanzago")]
    rows += [("Alto Martesana", n) for n in ("Bussero", "Cernusco sul Naviglio (ente capofila)", "Gessate")]
    body = "".join(f"<tr><td>{a}</td><td>{c}</td></tr>" for a, c in rows)
    f = facts(f"<h1>Territorio</h1><table><tr><th>Ambito</th><th>{comune}</th></tr>{body}</table>")
    assert [(a.name, a.capofila, len(a.members)) for a in f.ambiti] == [
        ("Ambito Rhodense", RHO, 5),
        ("Ambito Alto Martesana", CERNUSCO, 3),
    ]


@pytest.mark.parametrize(
    ("head", "first", "second"),
    [
        ("Ambito di intervento", "Rhodense", "Alto Martesana"),  # not a column of ambiti
        ("Ambito", "Anziani", "Minori e famiglie"),  # areas of a service, no territory
    ],
)
def test_a_column_of_no_ambito_names_none(head: str, first: str, second: str) -> None:
    assert _ambiti_table(head, first, second).ambiti == []


@pytest.mark.parametrize(
    ("head_title", "named"),
    [
        ("L'Ambito – Alto Sebino", "Ambito Alto Sebino"),  # a CMS's "page – site": the site is the ambito's
        ("L'Ambito | Rho", "Ambito di Rho"),
        ("L'Ambito – Consorzio Servizi", None),  # a site named after no territory and no comune
        ("Notizie – Alto Sebino", None),  # a page titled otherwise: the site's name alone names no ambito
    ],
)
def test_a_page_titled_l_ambito_is_the_ambito_its_site_is_named_after(head_title: str, named: str | None) -> None:
    h1 = head_title.split(" ", 1)[0] if head_title.startswith("Notizie") else "L'Ambito"
    f = facts(f"<h1>{h1}</h1>", f"<p>Fanno parte dell'Ambito i comuni di {_RHO_NAMES}.</p>", title=head_title)
    assert [a.name for a in f.ambiti] == ([named] if named else [])


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        ("Possono partecipare i residenti nei Comuni dell'Ambito Rhodense: Arese, Pero, Rho e Vanzago.", 4),
        ("Possono partecipare i Comuni degli Ambiti di Rho e di Garbagnate: Arese, Pero, Rho e Vanzago.", 0),
        ("Possono partecipare i comuni del Distretto del commercio: Arese, Pero, Rho e Vanzago.", 0),
    ],
)
def test_a_call_s_list_named_as_the_ambito_s_comuni_is_its_members(sentence: str, members: int) -> None:
    f = facts("<h1>Bando contributi affitto 2025 - Ambito Rhodense</h1>", f"<p>{sentence}</p>")
    assert len(f.ambiti[0].members if f.ambiti else []) == members


def test_quello_di_opening_the_next_paragraph_names_a_second_ambito() -> None:
    f = facts(
        "<h1>Due ambiti</h1>",
        "<p>L'Ambito di Rho comprende Arese, Lainate, Pero, Rho e Vanzago.</p>",
        "<p>Quello di Cernusco sul Naviglio riunisce invece Bussero, Cernusco sul Naviglio e Gessate.</p>",
    )
    assert [(a.name, len(a.members)) for a in f.ambiti] == [
        ("Ambito di Rho", 5),
        ("Ambito di Cernusco sul Naviglio", 3),
    ]


def test_quello_di_after_a_paragraph_naming_no_ambito_names_none() -> None:
    f = facts(
        "<h1>Ambito di Rho</h1>",
        "<p>L'Ambito di Rho comprende Arese, Lainate, Pero, Rho e Vanzago.</p>",
        "<p>Il servizio di trasporto è gratuito.</p>",
        "<p>Quello di Cernusco sul Naviglio costa invece cinque euro a corsa.</p>",
    )
    assert [a.name for a in f.ambiti] == ["Ambito di Rho"]


@pytest.mark.parametrize(
    ("opening", "members"), [("i Comuni dell'Ambito sotto elencati:", 5), ("i Comuni sotto elencati:", 0)]
)
def test_a_call_s_list_opened_as_the_ambito_s_comuni_is_its_members(opening: str, members: int) -> None:
    items = "".join(f"<li>{n}</li>" for n in ("Arese", "Lainate", "Pero", "Rho", "Vanzago"))
    f = facts("<h1>Avviso pubblico - Ambito di Rho</h1>", f"<p>Possono aderire {opening}</p><ul>{items}</ul>")
    assert len(f.ambiti[0].members if f.ambiti else []) == members


@pytest.mark.parametrize(
    "sentence",
    [
        "Rho, che per conto di tutti i comuni svolge il compito di ente capofila, ospita l'Ufficio di Piano.",
        "Rho, che ha il ruolo di capofila, ospita l'Ufficio di Piano.",
        "Il Comune di Rho ricopre per l'intero triennio la funzione di capofila.",
        "Rho continuerà a fare da capofila, come nel triennio precedente.",
        "IL COMUNE DI RHO NE È CAPOFILA.",
        "Le funzioni di ente capofila restano a Rho.",
        "L'Ufficio di Piano ha sede a Rho, Comune che per tutto l'ambito ha la responsabilità di ente capofila.",
        # round 13: a cleft sentence, "in capo a"
        "È il Comune di Rho a svolgere la funzione di ente capofila.",
        "LA FUNZIONE DI ENTE CAPOFILA È IN CAPO AL COMUNE DI RHO.",
        "Le funzioni di capofila sono in capo al Comune di Rho.",
    ],
)
def test_the_capofila_stated_by_its_role_with_an_aside(sentence: str) -> None:
    f = facts("<h1>Ambito Rhodense</h1>", f"<p>L'Ambito comprende {_RHO_NAMES}. {sentence}</p>")
    assert f.ambiti[0].capofila == RHO


def test_the_capofila_as_an_apposition_inside_the_list() -> None:
    f = facts("<h1>Ambito Rhodense</h1>", "<p>L'Ambito unisce Rho, suo capofila, insieme a Arese, Lainate e Pero.</p>")
    assert f.ambiti[0].capofila == RHO and set(f.ambiti[0].members) == {RHO, ARESE, LAINATE, PERO}


def test_a_name_with_il_that_is_no_comune_is_reported_and_the_list_goes_on() -> None:
    names = ["Arese", "Cornaredo", "Lainate", "Pero", "Borgo il Colle", "Rho", "Settimo Milanese", "Vanzago"]
    f = facts("<h1>Ambito Rhodense</h1>", f"<dl><dt>Comuni soci</dt><dd>{' / '.join(names)}</dd></dl>")
    assert len(f.ambiti[0].members) == 7 and f.unresolved_names == ["Borgo il Colle"]


def test_sotto_il_monte_is_the_former_name_of_sotto_il_monte_giovanni_xxiii() -> None:
    found = lombardia().resolve("Sotto il Monte", fuzzy=False)
    assert found is not None and (found.istat, found.method) == ("016203", "former")


# round 13 (heldout1-5 as diagnosis sets) ----------------------------------------------------------------------------


def test_a_capofila_line_naming_the_comune_of_is_a_label_not_the_list_s_first_item() -> None:
    items = "".join(f"<li>{n}</li>" for n in ("Arese", "Lainate", "Pero", "Rho", "Vanzago"))
    f = facts(
        "<h1>Gli ambiti</h1>",
        f"<h2>Ambito di Rho</h2><p>Ente capofila: Comune di Rho</p><ul>{items}</ul>",
        "<h2>Ambito di Cernusco sul Naviglio</h2><p>Ente capofila: Comune di Gessate</p>"
        "<ul><li>Bussero</li><li>Cernusco sul Naviglio</li><li>Gessate</li></ul>",
    )
    assert [len(a.members) for a in f.ambiti] == [5, 3]


@pytest.mark.parametrize(("between", "members"), [("", 9), ("<p>Il Distretto del Commercio ha un regolamento.</p>", 0)])
def test_what_the_plan_covers_in_the_paragraph_after_its_approval(between: str, members: int) -> None:
    f = facts(
        "<h1>Welfare, approvato il Piano</h1>",
        "<p>L'Assemblea dei Sindaci dell'Ambito di Rho ha approvato il Piano di Zona 2025-2027.</p>",
        between,
        f"<p>Il documento vale per {_RHO_NAMES}.</p>",
    )
    assert len(f.ambiti[0].members) == members


def test_a_running_header_of_two_lines_inside_a_numbered_list_is_dropped() -> None:
    header = "AMBITO TERRITORIALE RHODENSE\n   ACCORDO DI PROGRAMMA PER IL PIANO DI ZONA 2025-2027\n"
    text = (
        f"{header}\nSottoscrivono il presente Accordo i Comuni di:\n 1. Arese\n 2. Lainate\n 3. Pero\n\f"
        f"{header}\n 4. Rho\n 5. Vanzago\n"
    )
    assert len(text_facts(text).ambiti[0].members) == 5


def test_the_rest_of_a_right_hand_item_on_the_next_row_goes_back_to_it() -> None:
    text = (
        "AMBITO TERRITORIALE RHODENSE\n\nHanno sottoscritto l'Accordo i Comuni di:\n\n"
        "   1. ARESE            4. PERO\n"
        "   2. LAINATE          5. RHO\n"
        "   3. POGLIANO MILANESE   (ente capofila)\n"
    )
    f = text_facts(text)
    assert f.ambiti[0].capofila == RHO and len(f.ambiti[0].members) == 5


def test_a_site_named_after_its_ambito_names_it_on_each_page() -> None:
    f = facts(
        "<h1>Chi siamo</h1>", f"<p>L'Ambito riunisce {_RHO_NAMES}.</p>", title="Chi siamo – Ambito territoriale di Rho"
    )
    assert [(a.name, len(a.members)) for a in f.ambiti] == [("Ambito territoriale di Rho", 9)]


def test_a_place_closing_the_sentence_before_a_colon_is_no_item() -> None:
    f = facts(
        "<h1>Ambito Rhodense</h1>", f"<p>L'Ambito riunisce cinque comuni a nord-ovest di Milano: {_RHO_NAMES}.</p>"
    )
    assert len(f.ambiti[0].members) == 9


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        ("Il Comune di Pero fa parte, insieme ai Comuni di Arese, Lainate e Rho, dell'Ambito Rhodense.", 4),
        ("Il Comune di Pero fa parte, con i Comuni di Arese, Lainate e Rho, dell'Ambito Rhodense.", 4),
        ("Pero partecipa con Arese, Lainate e Rho all'Ambito Rhodense.", 4),
        (
            "Anche Pero ha sottoscritto l'Accordo di Programma del Piano di Zona. "
            "Con noi lo hanno firmato Arese, Lainate e Rho.",
            4,
        ),
        ("Pero partecipa con Arese, Lainate e Rho al torneo di calcio.", 0),
    ],
)
def test_a_comune_as_the_subject_of_a_membership_verb_with_the_others_aside(sentence: str, members: int) -> None:
    f = facts("<h1>Ambito Rhodense</h1>", f"<p>{sentence}</p>")
    assert len(f.ambiti[0].members if f.ambiti else []) == members


@pytest.mark.parametrize(
    ("first", "members"),
    [
        ("L'Assemblea dei Sindaci dell'Ambito Rhodense ha approvato il Piano di Zona.", 6),
        ("L'Ambito Rhodense ha aperto un nuovo sportello per la casa.", 0),
    ],
)
def test_the_mayors_seated_at_the_assembly_are_its_members(first: str, members: int) -> None:
    f = facts(
        "<h1>Welfare</h1>",
        f"<p>{first}</p>",
        "<p>Al tavolo sedevano i sindaci di Rho e Pero, seduti accanto ai colleghi di Arese e di Lainate. "
        "Hanno poi votato a favore anche Vanzago e Cornaredo.</p>",
    )
    assert len(f.ambiti[0].members if f.ambiti else []) == members


def test_a_table_row_s_code_cell_is_no_prose_nor_a_phone() -> None:
    rows = "".join(
        f"<tr><td>{code}</td><td>{name}</td><td>MI</td></tr>"
        for code, name in ((ARESE, "Arese"), (LAINATE, "Lainate"), (PERO, "Pero"), (RHO, "Rho"), (VANZAGO, "Vanzago"))
    )
    f = facts(
        "<h1>Ambito Rhodense</h1><p>I comuni dell'Ambito:</p>",
        f"<table><tr><th>Cod. ISTAT</th><th>Comune</th><th>Prov.</th></tr>{rows}</table>",
    )
    assert len(f.ambiti[0].members) == 5 and not f.comuni


@pytest.mark.parametrize(
    "widget",
    [
        '<ul class="nav nav-tabs" role="tablist">{}</ul>',
        '<form><label>Scegli il tuo comune</label><select><option value="">--</option>{}</select></form>',
    ],
)
def test_tabs_and_drop_downs_of_the_content_are_lists(widget: str) -> None:
    names = ("Arese", "Lainate", "Pero", "Rho", "Vanzago")
    items = "".join(
        f'<li class="nav-item"><a href="#{n}">{n}</a></li>' if "nav" in widget else f'<option value="{n}">{n}</option>'
        for n in names
    )
    f = facts("<h1>Ambito Rhodense</h1><p>I comuni dell'Ambito:</p>", widget.format(items))
    assert len(f.ambiti[0].members) == 5


def test_a_comune_opening_a_sentence_under_a_list_is_no_item() -> None:
    f = facts(
        "<h1>Ambito Rhodense</h1><p>I comuni dell'Ambito:</p><ul><li>Arese</li><li>Lainate</li><li>Pero</li></ul>",
        "<p>Il Comune di Rho è capofila dell'Ambito. Ufficio di Piano: tel. 02 9333 2410</p>",
    )
    assert f.ambiti[0].capofila == RHO and f.ambiti[0].ufficio_di_piano is not None


def test_guests_at_the_meeting_are_no_members() -> None:
    f = facts(
        "<h1>Ambito Rhodense</h1>",
        "<p>I comuni di Arese, Lainate e Rho hanno firmato l'Accordo. Erano presenti anche rappresentanti di Pero e di "
        "Vanzago, invitati per il progetto sulla casa.</p>",
    )
    assert set(f.ambiti[0].members) == {ARESE, LAINATE, RHO}


def test_a_list_counted_as_the_ambito_s_comuni_in_the_next_sentence() -> None:
    f = facts(
        "<h1>Welfare</h1>",
        "<p>Arese, Lainate e Pero rinnovano la collaborazione. Ieri i sindaci dei tre comuni dell'Ambito Rhodense "
        "hanno firmato.</p>",
    )
    assert len(f.ambiti[0].members) == 3


def test_a_plan_named_after_its_territory_names_the_ambito() -> None:
    f = facts("<h2>PIANO DI ZONA DEL RHODENSE</h2>", f"<p>Hanno aderito i comuni di {_RHO_NAMES}.</p>")
    assert len(f.ambiti[0].members) == 9


def test_details_cards_of_comuni_are_one_list() -> None:
    cards = "".join(
        f"<details><summary>{n}</summary><p>Sportello presso il municipio di {n}.</p></details>"
        for n in ("Arese", "Cornaredo", "Lainate", "Pero", "Rho", "Vanzago")
    )
    assert len(facts("<h1>Ambito Rhodense</h1><h2>Gli sportelli</h2>", cards).ambiti[0].members) == 6


def test_comuni_sent_to_another_ambito_are_no_members() -> None:
    f = facts(
        "<h1>Ambito Rhodense</h1>",
        f"<p>Fanno parte dell'Ambito {_RHO_NAMES}.</p>",
        "<p>Per i comuni di Bollate, Cesate e Senago occorre fare riferimento all'Ambito di Garbagnate Milanese.</p>",
    )
    assert len(f.ambiti[0].members) == 9


def test_the_breadcrumb_s_crumb_above_the_page_names_the_ambito() -> None:
    crumbs = '<ol class="breadcrumb"><li>Home</li><li>Ambito Rhodense</li><li>Chi siamo</li></ol>'
    f = facts(crumbs, f"<h1>Chi siamo</h1><p>I comuni aderenti sono {_RHO_NAMES}.</p>")
    assert len(f.ambiti[0].members) == 9


def test_attendance_rows_with_dotted_leaders_and_roles() -> None:
    present = (("Arese", "Sindaco"), ("Lainate", "Assessore delegato"), ("Pero", "Sindaco"), ("Rho", "Vicesindaco"))
    rows = "\n".join(f"  Comune di {n} {'.' * (24 - len(n))} {role}" for n, role in present)
    head = "AMBITO RHODENSE\nAssemblea dei Sindaci - verbale\n\nSono presenti:\n"
    f = text_facts(f"{head}{rows}\n\nIl Presidente apre la seduta.\n")
    assert len(f.ambiti[0].members) == 4


def test_a_name_hyphenated_at_a_line_s_end_and_senza_che() -> None:
    text = (
        "AMBITO RHODENSE\n\nL'Ambito Rhodense e' costituito dai Comuni di Arese, Cornaredo, Lainate, Pero, Poglia-\n"
        "no Milanese, Rho e Vanzago. L'Ufficio di Piano collabora con il Legnanese, senza che cio' comporti\n"
        "l'adesione di Legnano, Nerviano e Parabiago all'Ambito Rhodense.\n"
    )
    assert len(text_facts(text).ambiti[0].members) == 7


def test_a_responsible_line_under_the_office_s_long_contact_line() -> None:
    office = (
        "Ufficio di Piano c/o Municipio, Piazza Visconti 23 - 20017 Rho - tel. 02.93332.410 fax 02.93332.411 - "
        "e-mail udp@rho.example.it - orario di apertura al pubblico dal lunedì al venerdì"
    )
    f = facts(
        "<table><tr><td><b>Notizie</b><br>Mercato</td><td><b>AMBITO RHODENSE</b><br>",
        f"Aderiscono i Comuni di {_RHO_NAMES}.<br>{office}<br>Responsabile: Dr.ssa Marina Gatti</td></tr></table>",
    )
    assert f.ambiti[0].ufficio_di_piano and f.ambiti[0].ufficio_di_piano.responsible == "Marina Gatti"


def test_il_presente_piano_is_the_document_s_own_plan() -> None:
    text = (
        "PIANO DI ZONA 2025-2027 - AMBITO RHODENSE\n\nIl Piano di Zona 2021-2023 e' stato prorogato fino al 31 dicembre"
        " 2024. Il presente Piano e' stato approvato dall'Assemblea dei Sindaci il 12 dicembre 2024.\n"
    )
    plans = {(p.start_year, p.approved_on) for p in text_facts(text).ambiti[0].plans}
    assert plans == {(2021, None), (2025, "2024-12-12")}


@pytest.mark.parametrize(
    ("blocks", "title"),
    [
        (
            (
                "<h1>Ambito Rhodense</h1>",
                "<p>Il Piano di Zona 2025-2027 è stato licenziato dall'Assemblea il 9.12.2024.</p>",
            ),
            "",
        ),
        (
            (
                "<h1>Verbale della seduta dell'Assemblea dei Sindaci del 9 dicembre 2024</h1>",
                "<p>Si riunisce l'Assemblea dell'Ambito Rhodense. L'Assemblea approva il Piano di Zona 2025-2027.</p>",
            ),
            "",
        ),
        (
            (
                "<h1>Deliberazione n. 5 del 09/12/2024</h1><p>Oggetto: Piano di Zona dell'Ambito Rhodense.</p>",
                "<p>L'Assemblea DELIBERA di approvare il Piano di Zona 2025-2027.</p>",
            ),
            "Albo - Deliberazione dell'Assemblea dei Sindaci",
        ),
    ],
)
def test_approvals_licenziato_minutes_and_the_assembly_s_act(blocks: tuple[str, str], title: str) -> None:
    f = facts(*blocks, title=title or "Pagina")
    assert [(p.start_year, p.approved_on) for p in f.ambiti[0].plans] == [(2025, "2024-12-09")]


def test_a_sentence_opened_by_a_comune_under_a_text_list_keeps_its_office() -> None:
    text = (
        "AMBITO RHODENSE\n\nSottoscrivono l'Accordo i Comuni di:\n 1. Arese\n 2. Lainate\n 3. Pero\n 4. Vanzago\n"
        " Il Comune di Rho e' individuato quale ente capofila e ospita la sede dell'Ufficio di Piano (Piazza Visconti"
        " 23, 20017 Rho; tel. 02 93332410).\n"
    )
    ambito = text_facts(text).ambiti[0]
    assert ambito.capofila == RHO and ambito.ufficio_di_piano and ambito.ufficio_di_piano.phones == ["+390293332410"]


def test_the_footer_s_responsible_line_after_the_office_s() -> None:
    footer = (
        "<footer><p>Ufficio di Piano – Piazza Visconti 23, 20017 Rho – T. 02 93332410 – udp@rho.example.it</p>"
        "<p>Responsabile dell'Ufficio di Piano: Chiara Valsecchi</p></footer>"
    )
    html = f"<html><body><main><h1>Ambito Rhodense</h1><p>Vi aderiscono {_RHO_NAMES}.</p></main>{footer}</body></html>"
    f = extract(html.encode(), "https://example.org/p.html", "text/html; charset=utf-8")
    assert f.ambiti[0].ufficio_di_piano and f.ambiti[0].ufficio_di_piano.responsible == "Chiara Valsecchi"


def test_a_plan_that_received_the_assembly_s_favourable_vote_is_approved() -> None:
    f = facts(
        "<h1>Ambito Rhodense</h1>", "<p>Il Piano di Zona 2025-2027 ha ricevuto il voto favorevole il 9.12.2024.</p>"
    )
    assert [(p.start_year, p.approved_on) for p in f.ambiti[0].plans] == [(2025, "2024-12-09")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Il Piano di Zona 2025-2027, votato il 9 dicembre 2024, punta sulla casa.",
        "Il Piano di Zona 2025-2027 è pronto. L'Assemblea ha fatto proprio il documento nella seduta del 9/12/2024.",
    ],
)
def test_a_plan_voted_or_made_its_own_by_the_assembly_is_approved(sentence: str) -> None:
    f = facts("<h1>Ambito Rhodense</h1>", f"<p>{sentence}</p>")
    assert [(p.start_year, p.approved_on) for p in f.ambiti[0].plans] == [(2025, "2024-12-09")]


@pytest.mark.parametrize(
    ("sentence", "until"),
    [
        ("Il Piano 2021-2023 è rimasto in vigore fino al 31 dicembre 2024.", "2024-12-31"),
        ("Del Piano 2021-2023 è stata differita la scadenza al 31 dicembre 2024.", "2024-12-31"),
        ("Il Piano 2021-2023 è rimasto in vigore fino al 31 dicembre 2023.", None),  # its own term: no extension
    ],
)
def test_a_plan_kept_in_force_past_its_triennium_is_extended(sentence: str, until: str | None) -> None:
    f = facts("<h1>Ambito Rhodense</h1>", f"<p>I comuni sono {_RHO_NAMES}.</p><p>{sentence}</p>")
    assert [p.extended_until for p in f.ambiti[0].plans] == [until]


@pytest.mark.parametrize("line", ["P.IVA 02734520154", "C.F. 02734520154", "Ultimo aggiornamento: 05.03.2025"])
def test_tax_numbers_and_dates_are_no_phones(line: str) -> None:
    found = Contacts()
    ct.parse_line(line, found, bare_numbers=True)
    assert found.phones == []


def test_a_sentence_naming_an_address_under_a_list_of_comuni_is_no_contact_block() -> None:
    items = "".join(f"<li>Comune di {n}</li>" for n in ("Arese", "Lainate", "Pero", "Rho", "Vanzago"))
    f = facts(
        "<h1>Avviso - Ambito Rhodense</h1><p>Possono partecipare i Comuni dell'Ambito sotto elencati:</p>",
        f"<ul>{items}</ul><p>Le domande vanno inviate entro il 28/02/2025 alla PEC protocollo@pec.rho.example.it.</p>",
    )
    assert f.comuni == [] and len(f.ambiti[0].members) == 5


def test_a_period_written_dal_al() -> None:
    assert [(p.start_year, p.end_year) for p in plans_in(["Il Piano di Zona dal 2025 al 2027 è pronto."])[0]] == [
        (2025, 2027)
    ]


def test_an_abbreviated_responsible_label() -> None:
    f = facts(
        "<h1>Ufficio di Piano - Ambito Rhodense</h1><p>Piazza Visconti 23 - 20017 Rho</p><p>Tel. 02 93332410</p>",
        "<p>Resp. Ufficio di Piano: dott. Paolo Brambilla</p>",
    )
    assert f.ambiti[0].ufficio_di_piano and f.ambiti[0].ufficio_di_piano.responsible == "Paolo Brambilla"


def test_the_office_s_closing_line_with_its_numbers_on_the_next() -> None:
    text = (
        f"AMBITO RHODENSE\n\nAderiscono i Comuni di {_RHO_NAMES}.\n\n"
        "Per informazioni: Ufficio di Piano, Piazza Visconti 23, 20017 Rho;\ntel. 02 93332410; udp@rho.example.it\n"
    )
    office = text_facts(text).ambiti[0].ufficio_di_piano
    assert office and office.address and office.address.street == "Piazza Visconti, 23"


@pytest.mark.parametrize(
    ("first", "approved"),
    [
        (
            "Verbale di deliberazione del Consiglio Comunale n. 5 del 6 febbraio 2025. Oggetto: Approvazione "
            "dell'Accordo di Programma per l'attuazione del Piano di Zona 2025/2027.",
            "2024-12-13",
        ),
        ("In data 12.12.2024 è stato approvato l'Accordo di Programma per il Piano di Zona 2025/2027.", "2024-12-12"),
    ],
)
def test_a_comune_s_council_approving_the_accord_does_not_date_the_plan(first: str, approved: str) -> None:
    sentences = [first, "Il Piano di Zona 2025/2027 è stato approvato dall'Assemblea dei Sindaci il 13/12/2024."]
    assert [p.approved_on for p in plans_in(sentences)[0]] == [approved]


@pytest.mark.parametrize(("gap", "approved"), [(0, "2024-12-10"), (3, None)])
def test_a_pronoun_approval_before_the_plan_is_named(gap: int, approved: str | None) -> None:
    sentences = ["L'Assemblea dei Sindaci lo ha approvato il 10 dicembre 2024"]
    sentences += ["Il bilancio è in ordine."] * gap + ["Il nuovo Piano di Zona 2025-2027 è pronto."]
    assert [p.approved_on for p in plans_in(sentences)[0]] == [approved]


def test_the_capofila_s_role_inside_an_accord_s_list_of_parties() -> None:
    text = (
        "ACCORDO DI PROGRAMMA - AMBITO RHODENSE\n\nSottoscrivono l'Accordo i Comuni di seguito elencati:\n"
        "a) Arese;\nb) Lainate;\nc) Pero;\nd) Rho, in qualita' di ente capofila;\ne) Vanzago.\n"
    )
    ambito = text_facts(text).ambiti[0]
    assert ambito.capofila == RHO and VANZAGO in ambito.members and len(ambito.members) == 5


def test_a_plan_that_had_validity_past_its_triennium_is_extended() -> None:
    plans = plans_in(["Il precedente Piano 2021-2023 ha avuto validità fino al 31 dicembre 2024."])[0]
    assert [p.extended_until for p in plans] == ["2024-12-31"]


def test_a_capofila_whose_name_ends_in_an_accented_vowel() -> None:
    f = facts(
        "<h1>Ambito Valle Imagna</h1><p>Aderiscono i Comuni di Almè, Barzana, Brumano e Villa d'Almè.</p>",
        "<p>I Sindaci individuano il Comune di Villa d'Almè come ente capofila.</p>",
    )
    assert f.ambiti[0].capofila == lombardia().resolve("Villa d'Almè", fuzzy=False).istat


def test_the_capofila_as_an_apposition_on_a_page_of_two_ambiti() -> None:
    f = facts(
        "<h1>Due ambiti</h1>",
        "<p>L'Ambito di Rho riunisce Rho, suo capofila, insieme a Arese, Lainate e Pero.</p>",
        "<p>L'Ambito di Cernusco sul Naviglio conta invece Bussero, Cernusco sul Naviglio e Gessate.</p>",
    )
    assert (f.ambiti[0].capofila, set(f.ambiti[0].members)) == (RHO, {RHO, ARESE, LAINATE, PERO})


@pytest.mark.parametrize("added", ["e il Comune di San Colombano al Lambro", "più quello di San Colombano al Lambro"])
def test_a_comune_added_to_a_province_s_comuni(added: str) -> None:
    f = facts(
        "<h1>Servizi sociali</h1>",
        f"<p>L'Ambito territoriale di Lodi riunisce i comuni della provincia di Lodi {added}.</p>",
    )
    assert [(a.name, a.members) for a in f.ambiti] == [("Ambito territoriale di Lodi", ["015191"])]


# round 14 (after round 13): the office's numbers on the line under its address line ended by ";" --------------------


@pytest.mark.parametrize(
    ("tail", "below", "phones", "fax"),
    [
        ("", "tel. 02 9333 2401; posta: udp@rho.example.it", ["+390293332401"], []),
        (" tel. 02 9333 2401;", "fax 02 9333 2499).", ["+390293332401"], ["+390293332499"]),
    ],
)
def test_the_office_s_address_line_ended_by_a_semicolon_goes_on_with_its_numbers(
    tail: str, below: str, phones: list[str], fax: list[str]
) -> None:
    f = text_facts(
        "AMBITO RHODENSE\nACCORDO DI PROGRAMMA\n\n"
        f"Sottoscrivono il presente Accordo i Comuni di {_RHO_NAMES}.\n\n"
        f"Art. 12 - Per informazioni: Ufficio di Piano, Piazza Visconti 23, 20017 Rho;{tail}\n"
        f"{below}\n"
    )
    office = f.ambiti[0].ufficio_di_piano
    assert (office.address.street, office.address.municipality) == ("Piazza Visconti, 23", RHO)
    assert (office.phones, office.fax) == (phones, fax)


def test_a_pronoun_approval_goes_to_the_only_plan_the_page_names_however_far_below() -> None:
    sentences = [
        "Il nuovo Piano di Zona c'è: l'Assemblea dei Sindaci lo ha approvato all'unanimità il 17 dicembre scorso.",
        "Al voto erano presenti i sindaci.",
        "Tra le novità, un fondo per l'affitto.",
        "Il Piano 2025-2027 vale nove milioni di euro.",
    ]
    plans, _ = plans_in(sentences, written="2024-12-20")
    assert [(p.start_year, p.approved_on) for p in plans] == [(2025, "2024-12-17")]
    plans, _ = plans_in([*sentences, "Il Piano 2021-2023 era stato prorogato."], written="2024-12-20")
    assert all(p.approved_on is None for p in plans)  # two plans named: which one is not said


@pytest.mark.parametrize(
    ("opening", "approved"),
    [
        ("Venerdì 13 dicembre, invece,", "2024-12-13"),
        ("Quattro giorni prima, giovedì 12 dicembre,", "2024-12-12"),
        ("Come si era detto nel convegno di tanti anni fa, il 13 dicembre,", None),
    ],
)
def test_a_day_without_a_year_opening_the_approval_s_sentence(opening: str, approved: str | None) -> None:
    sentence = f"{opening} i sindaci dell'Ambito hanno approvato il loro Piano 2025-2027."
    plans, _ = plans_in([sentence], written="2024-12-20")
    assert [p.approved_on for p in plans] == [approved]


@pytest.mark.parametrize(
    ("said", "approved"),
    [
        ("ha approvato il proprio documento lunedì 16 dicembre.", "2024-12-16"),
        ("aveva approvato il suo nuovo Piano, lunedì 16 dicembre.", "2024-12-16"),
        ("ha approvato il bilancio lunedì 16 dicembre.", None),
    ],
)
def test_an_ambito_approving_its_own_plan_on_a_page_of_one_round(said: str, approved: str | None) -> None:
    plans, _ = plans_in([f"L'Ambito B {said}"], written="2024-12-18", round_plan=(2025, 2027))
    assert [(p.start_year, p.approved_on) for p in plans] == ([(2025, approved)] if approved else [])


# round 15 (heldout6 as a diagnosis set): member lists in a site's chrome, and the lists that are none ---------------

_DESIO_LIST = ["Bovisio-Masciago", "Cesano Maderno", "Desio", "Limbiate", "Muggiò", "Nova Milanese", "Varedo"]


def _site(main: str, chrome: str) -> bytes:
    return f"<html><head><title>Ambito di Desio</title></head><body><main>{main}</main>{chrome}</body></html>".encode()


def _links(names: list[str]) -> str:
    return "".join(f'<li><a href="#">{n}</a></li>' for n in names)


@pytest.mark.parametrize(
    ("heading", "members"),
    [
        ("Comuni dell'Ambito di Desio", _DESIO_LIST),
        ("I Comuni soci", _DESIO_LIST),
        ("Comuni vicini", []),
        ("Link utili", []),
    ],
)
def test_a_footer_list_headed_as_the_ambito_s_comuni_is_read(heading: str, members: list[str]) -> None:
    main = "<h1>Servizi</h1><p>I servizi sono programmati dai Comuni soci dell'Ambito territoriale di Desio.</p>"
    chrome = f"<footer><h3>{heading}</h3><ul>{_links(_DESIO_LIST)}</ul></footer>"
    f = extract(_site(main, chrome), "https://example.org/p.html", "text/html; charset=utf-8")
    assert sorted(m for a in f.ambiti for m in a.members) == sorted(lombardia().code(n) for n in members)


@pytest.mark.parametrize(
    ("heading", "note", "n"),
    [
        ("Comuni dell'Ambito di Desio", "Ente capofila: Comune di Desio", 7),
        ("Comuni dell'Ambito di Desio", 'Ente capofila: <a href="#">Comune di Desio</a>', 7),
        ("Comuni vicini", "Ente capofila: Comune di Desio", 0),
    ],
)
def test_a_footer_band_of_logos_under_a_note_is_read_as_its_heading_s_list(heading: str, note: str, n: int) -> None:
    """A band of the members' coats of arms (each name only for screen readers), a note between it and its heading
    (the capofila maybe a link: one link is no list)."""
    main = "<h1>Servizi</h1><p>I servizi sono programmati dai Comuni soci dell'Ambito territoriale di Desio.</p>"
    logos = "".join(f'<a href="#"><img src="s.png" alt=""><span class="sr-only">{m}</span></a>' for m in _DESIO_LIST)
    chrome = f"<footer><h3>{heading}</h3><p>{note}</p><div>{logos}</div></footer>"
    f = extract(_site(main, chrome), "https://example.org/p.html", "text/html; charset=utf-8")
    assert len({m for a in f.ambiti for m in a.members}) == n


@pytest.mark.parametrize(
    ("label", "dropdown", "read"),
    [
        ("Comuni aderenti", "<ul>{}</ul>", True),
        ("I Comuni soci", '<div class="dropdown-menu"><ul>{}</ul></div>', True),
        ("Territori vicini", "<ul>{}</ul>", False),
    ],
)
def test_a_menu_s_submenu_of_member_comuni_is_read(label: str, dropdown: str, read: bool) -> None:
    main = "<h1>Chi siamo</h1><p>L'Ufficio di Piano coordina i servizi dei Comuni aderenti all'Ambito di Desio.</p>"
    submenu = f"<li><span>{label}</span>{dropdown.format(_links(_DESIO_LIST))}</li>"
    chrome = f'<nav><ul><li><a href="/">Home</a></li>{submenu}</ul></nav>'
    f = extract(_site(main, chrome), "https://example.org/p.html", "text/html; charset=utf-8")
    assert len([m for a in f.ambiti for m in a.members]) == (len(_DESIO_LIST) if read else 0)


@pytest.mark.parametrize("category", ["Comunicati", "Comunicazioni", "Comunicati stampa"])
def test_a_news_card_s_category_over_a_title_naming_two_comuni_is_no_list(category: str) -> None:
    f = facts(
        "<h1>Ambito territoriale di Desio</h1><h2>I Comuni dell'Ambito</h2>",
        f"<ul>{_links(_DESIO_LIST)}</ul>",
        f'<h2>Notizie</h2><div class="card"><span>{category}</span>',
        '<h3><a href="#">Seregno e Desio, lavori</a></h3></div>',
    )
    assert lombardia().code("Seregno") not in f.ambiti[0].members and len(f.ambiti[0].members) == 7


@pytest.mark.parametrize(
    "district",
    [
        "Il Distretto socio-sanitario di Desio della ASST Brianza comprende",
        "Il Distretto sociosanitario dell'ASST Brianza comprende",
        "Il Distretto di Desio dell'ASL di Monza comprende",
    ],
)
def test_an_asst_health_district_s_comuni_are_no_ambito_s(district: str) -> None:
    f = facts(
        f"<p>{district} i Comuni di {', '.join(_DESIO_LIST)}.</p>",
        "<p>L'Ambito territoriale di Desio collabora con il Distretto per le dimissioni protette.</p>",
    )
    assert [m for a in f.ambiti for m in a.members] == []


@pytest.mark.parametrize(
    ("heading", "n"), [("Distretto Ovest Milanese - ASST Ovest Milanese", 0), ("Ambito di Desio", 7)]
)
def test_a_district_headed_with_its_asst_is_a_health_district(heading: str, n: int) -> None:
    """ "Distretto X - ASST Y" over the comuni it covers: the ASST's district, not an ambito named "distretto"."""
    f = facts(
        "<h1>Distretto sociosanitario</h1>",
        f"<h2>{heading}</h2>",
        f"<p>Il distretto comprende i territori dei Comuni di {', '.join(_DESIO_LIST)}.</p>",
        title="Distretto sociosanitario | Comune di Desio",
    )
    assert len([m for a in f.ambiti for m in a.members]) == n


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("L'Ambito territoriale di Desio, che coincide con il Distretto di Desio dell'ASST Brianza, comprende", ""),
        ("L'Ambito territoriale di Desio comprende", ", lo stesso territorio del Distretto dell'ASST Brianza"),
    ],
)
def test_an_ambito_said_to_match_an_asst_district_keeps_its_comuni(before: str, after: str) -> None:
    f = facts(f"<p>{before} i Comuni di {', '.join(_DESIO_LIST)}{after}.</p>")
    assert len(f.ambiti[0].members) == len(_DESIO_LIST)


@pytest.mark.parametrize("signed", ["f.to digitalmente", "f. to digitalmente", "firmato digitalmente"])
def test_signature_blocks_signed_f_to_digitalmente_keep_one_list(signed: str) -> None:
    blocks = "\n\n".join(f"Comune di {n}\nIl Sindaco o suo delegato\n{signed}" for n in _DESIO_LIST)
    heading = "AMBITO TERRITORIALE DI DESIO\nACCORDO DI PROGRAMMA\n\nSottoscritto dai seguenti enti:"
    f = text_facts(f"{heading}\n\n{blocks}\n")
    assert sorted(f.ambiti[0].members) == sorted(lombardia().code(n) for n in _DESIO_LIST)


@pytest.mark.parametrize(
    ("rest", "more"),
    [
        ("; in collegamento quelli di Limbiate e Varedo.", True),
        (", mentre collegati da remoto quelli di Limbiate e Varedo.", True),
        (". Hanno scritto quelli di Limbiate e Varedo.", False),
        (", come quelli dei comuni confinanti di Limbiate e Varedo.", False),
    ],
)
def test_more_mayors_named_by_a_pronoun_go_on_with_the_mayors_list(rest: str, more: bool) -> None:
    f = facts(
        "<p>L'Assemblea dei Sindaci dell'Ambito territoriale di Desio si è riunita ieri.</p>",
        f"<p>Al tavolo sedevano i sindaci di Desio, Muggiò e Nova Milanese{rest}</p>",
    )
    said = ["Desio", "Muggiò", "Nova Milanese"] + (["Limbiate", "Varedo"] if more else [])
    assert sorted(f.ambiti[0].members) == sorted(lombardia().code(n) for n in said)


@pytest.mark.parametrize(
    ("sentence", "member"),
    [
        ("Tra i Comuni dell'Ambito c'è anche Varedo, unico a non avere un proprio sportello.", True),
        ("Fra i comuni aderenti figura anche il Comune di Varedo.", True),
        ("Tra i comuni vicini c'è anche Varedo.", False),
        ("Anche Varedo ha chiesto un contributo.", False),
    ],
)
def test_one_comune_said_to_be_among_the_ambito_s_comuni(sentence: str, member: bool) -> None:
    f = facts(f"<p>Il fondo affitti dell'Ambito territoriale di Desio riapre a marzo. {sentence}</p>")
    assert [m for a in f.ambiti for m in a.members] == ([lombardia().code("Varedo")] if member else [])


@pytest.mark.parametrize(
    ("heading", "text", "members"),
    [
        ("Comuni dell'Ambito di Desio", "L'Ambito di Desio ha approvato il Piano di Zona.", 7),
        ("Comuni dell'Ambito di Desio", "L'Ambito di Seregno ha approvato il Piano di Zona.", 0),
        ("Comuni soci", "L'Ambito di Desio e l'Ambito di Seregno firmano un protocollo.", 0),
        ("Comuni soci", "L'Ambito di Seregno ha approvato il Piano di Zona.", 0),
        ("Comuni soci", "L'azienda gestisce i servizi dell'Ambito di Desio: ne sono soci i sette Comuni.", 7),
    ],
)
def test_a_chrome_member_list_speaks_only_for_the_one_ambito_the_page_makes_it_s(
    heading: str, text: str, members: int
) -> None:
    chrome = f"<footer><h3>{heading}</h3><ul>{_links(_DESIO_LIST)}</ul></footer>"
    f = extract(_site(f"<h1>Notizie</h1><p>{text}</p>", chrome), "https://example.org/n.html", "text/html")
    assert sum(len(a.members) for a in f.ambiti) == members  # never another ambito's, never two ambiti's


# round 15: heldout6 as a diagnosis set, fields other than members ----------------------------------------------------

_SOLARO_ROWS = [("Baranzate", "20021", "015250"), ("Bollate", "20021", BOLLATE), ("Cesate", "20031", "015076")]


@pytest.mark.parametrize("bold", [True, False])
def test_a_table_s_first_row_of_words_is_its_header_whatever_its_tags(bold: bool) -> None:
    head = "".join(f"<td><b>{h}</b></td>" if bold else f"<th>{h}</th>" for h in ("Comune", "CAP", "Cod. ISTAT"))
    rows = "".join(f"<tr><td>{n}</td><td>{cap}</td><td>{code}</td></tr>" for n, cap, code in _SOLARO_ROWS)
    f = facts(
        "<p>I comuni dell'Ambito territoriale di Garbagnate Milanese sono elencati nella tabella.</p>",
        f"<table><tr>{head}</tr>{rows}</table>",
    )
    assert f.ambiti[0].members == ["015250", BOLLATE, "015076"]
    assert all(not c.contacts.phones for c in f.comuni)  # "015250" is a code under "Cod. ISTAT", not a phone


def test_a_table_s_first_row_with_figures_is_no_header() -> None:
    rows = [("Baranzate", "02 3560 1234"), ("Bollate", "02 3500 5678"), ("Cesate", "02 9907 1111")]
    cells = "".join(f"<tr><td>{n}</td><td>tel. {tel}</td></tr>" for n, tel in rows)
    f = facts("<p>I comuni dell'Ambito territoriale di Garbagnate Milanese:</p>", f"<table>{cells}</table>")
    assert [c.contacts.phones for c in f.comuni] == [["+390235601234"], ["+390235005678"], ["+390299071111"]]


_LEGNANESE_NAMES = (
    "Busto Garolfo, Canegrate, Cerro Maggiore, Dairago, Legnano, Nerviano, Parabiago, Rescaldina, San Giorgio su "
    "Legnano, San Vittore Olona e Villa Cortese"
)
LEGNANO = "015118"


@pytest.mark.parametrize(
    ("below", "phones", "pec"),
    [
        (
            "Comune di Canegrate - Via Manzoni 1 - 20039 Canegrate (MI) - Tel. 0331 463 811 - PEC: c@pec.example.it",
            [],
            [],
        ),
        ("Città di Parabiago, Piazza della Vittoria 7 - tel. 0331 493 001", [], []),
        ("Tel. 0331 471 251 - PEC: udp@pec.example.it", ["+390331471251"], ["udp@pec.example.it"]),
    ],
)
def test_a_comune_s_footer_line_under_the_office_s_line_is_the_town_hall_s(
    below: str, phones: list[str], pec: list[str]
) -> None:
    f = facts(
        f"<p>I Comuni di {_LEGNANESE_NAMES} formano l'Ambito territoriale Legnanese.</p>",
        "<p>Ufficio di Piano: Piazza San Magno 9, Legnano – Tel. 0331 471 250</p>",
        f"<p>{below}</p>",
    )
    office = f.ambiti[0].ufficio_di_piano
    assert (office.address.street, office.address.municipality) == ("Piazza San Magno, 9", LEGNANO)
    assert (office.phones, office.pec) == (["+390331471250", *phones], pec)


_PARABIAGO_HEAD = "COMUNE DI PARABIAGO\nPiazza della Vittoria 7 - 20015 Parabiago (MI)\ntel. 0331 493 001\n\n"
_PARABIAGO_ACT = (
    "PREMESSO che il Comune di Parabiago aderisce all'Accordo di programma del Piano di Zona 2025-2027 "
    "dell'Ambito territoriale Legnanese, del quale e' ente capofila il Comune di Legnano;\n"
)


def test_a_lone_comune_block_opening_a_document_is_its_letterhead() -> None:
    f = text_facts(f"{_PARABIAGO_HEAD}DETERMINAZIONE N. 41 DEL 14/02/2025\n\n{_PARABIAGO_ACT}")
    assert (f.ambiti[0].members, f.ambiti[0].capofila) == ([LEGNANO, "015168"], LEGNANO)
    assert f.comuni == []  # the publisher's own letterhead, not a fact of the ambito's comuni


def test_comune_blocks_below_a_text_or_several_of_them_are_read() -> None:
    f = text_facts(f"{_PARABIAGO_ACT}\n{_PARABIAGO_HEAD}")
    assert [(c.istat, c.contacts.phones) for c in f.comuni] == [("015168", ["+390331493001"])]
    f = text_facts(f"{_PARABIAGO_HEAD}COMUNE DI LEGNANO\nPiazza San Magno 9\ntel. 0331 471 111\n\n{_PARABIAGO_ACT}")
    assert [c.istat for c in f.comuni] == ["015168", LEGNANO]


def _legnanese_office(*contacts: str) -> Contacts:
    f = facts(
        f"<p>L'Ufficio di Piano dell'Ambito Legnanese lavora per {_LEGNANESE_NAMES}.</p>",
        *contacts,
        title="Ufficio di Piano: recapiti",
    )
    return f.ambiti[0].ufficio_di_piano


@pytest.mark.parametrize(
    ("label", "phones"),
    [
        ("Pronto intervento sociale (notti e festivi)", ["+390331471250"]),
        ("Numero verde emergenza caldo", ["+390331471250"]),
        ("Segreteria", ["+390331471250", "+390331471299"]),
    ],
)
def test_the_number_under_another_desk_s_label_is_that_desk_s(label: str, phones: list[str]) -> None:
    office = _legnanese_office(f"<dl><dt>Telefono</dt><dd>0331 471 250</dd><dt>{label}</dt><dd>0331 471 299</dd></dl>")
    assert office.phones == phones


@pytest.mark.parametrize(
    ("sentence", "phones"),
    [
        ("Per il servizio di trasporto sociale chiamare la cooperativa incaricata al 0331 544 120.", []),
        ("Il Piano è online. Per il servizio di assistenza domiciliare telefonare allo 0331 544 120.", []),
        ("Per il servizio di segretariato sociale chiamare l'Ufficio di Piano allo 0331 544 120.", ["+390331544120"]),
    ],
)
def test_a_sentence_giving_another_service_s_number_is_not_the_office_s(sentence: str, phones: list[str]) -> None:
    office = _legnanese_office("<p>Telefono: 0331 471 250</p>", f"<p>{sentence}</p>")
    assert office.phones == ["+390331471250", *phones]


@pytest.mark.parametrize(
    ("said", "phones"),
    [
        ("Per informazioni l'Ufficio di Piano risponde allo 0331 471 250.", ["+390331471250"]),
        (
            "L'Ufficio di Piano ha sede in Piazza San Magno 9 a Legnano; per informazioni 0331 471 250.",
            ["+390331471250"],
        ),
        ("L'Ufficio di Piano ha sede in Piazza San Magno 9. Il sindaco ha detto che risponde allo 0331 471 250.", []),
        ("L'Ufficio di Piano ha sede in Piazza San Magno 9, aperto dal 2015 al 2025.", []),
    ],
)
def test_the_office_s_number_offered_in_prose(said: str, phones: list[str]) -> None:
    f = facts(f"<p>Legnano è il comune capofila dell'Ambito Legnanese. {said}</p>", title="Notizie")
    office = f.ambiti[0].ufficio_di_piano
    assert (office.phones if office else []) == phones


@pytest.mark.parametrize(
    ("said", "capofila"),
    [
        ("L'azienda non è l'ente capofila: questa funzione spetta al Comune di Bollate.", BOLLATE),
        ("L'azienda non è l'ente capofila dell'Ambito: tale ruolo spetta al Comune di Bollate.", BOLLATE),
        ("L'azienda non è l'ente capofila: la sede è in Comune di Bollate.", None),
    ],
)
def test_the_capofila_s_role_taken_up_after_a_colon(said: str, capofila: str | None) -> None:
    f = facts(
        "<p>Baranzate, Bollate, Cesate, Garbagnate Milanese, Novate Milanese, Paderno Dugnano, Senago e Solaro "
        f"formano l'Ambito territoriale di Garbagnate Milanese.</p><p>{said}</p>"
    )
    assert f.ambiti[0].capofila == capofila


def test_a_heading_of_an_ambito_s_joint_name_heads_its_section() -> None:
    f = facts(
        "<h2>Ambito di Voghera e Comunità Montana Oltrepò Pavese</h2>",
        "<p>Ente capofila: Comune di Voghera. Il Piano di Zona 2025-2027 è in corso di stesura.</p>",
        "<h2>Ambito di Vigevano</h2>",
        "<p>Ente capofila: Comune di Vigevano. Il Piano di Zona 2025-2027 è stato approvato il 16 dicembre 2024.</p>",
    )
    got = [(a.capofila, [p.approved_on for p in a.plans]) for a in f.ambiti]
    assert got == [("018182", [None]), ("018177", ["2024-12-16"])]


@pytest.mark.parametrize(
    ("site", "heading", "street"),
    [
        ("Ufficio di Piano del Castanese", "Dove siamo", "Corso Roma, 59"),
        ("Ufficio di Piano del Castanese", "Dove trovarci", "Corso Roma, 59"),
        ("Pro Loco di Castano Primo", "Dove siamo", None),
    ],
)
def test_a_site_named_after_the_office_has_the_office_s_where_we_are(
    site: str, heading: str, street: str | None
) -> None:
    body = (
        "<h1>Chi siamo</h1><p>Lavoriamo per Arconate, Bernate Ticino, Buscate, Castano Primo, Cuggiono, Inveruno, "
        "Magnago, Nosate, Robecchetto con Induno, Turbigo e Vanzaghello, i comuni dell'Ambito territoriale del "
        f"Castanese.</p><h3>{heading}</h3><p>Corso Roma 59, 20022 Castano Primo (MI)<br>Tel. 0331 877 150</p>"
    )
    f = facts(body, title=f"Chi siamo – {site}")
    office = f.ambiti[0].ufficio_di_piano
    assert (office.address.street if office and office.address else None) == street


@pytest.mark.parametrize(
    ("line_end", "below", "pec"),
    [
        (" - tel. 02 3500 5801", "PEC ambito.garbagnate@pec.example.it", ["ambito.garbagnate@pec.example.it"]),
        (" - tel. 02 3500 5801.", "PEC ambito.garbagnate@pec.example.it", []),  # a sentence's end: the line is done
    ],
)
def test_the_office_s_contact_line_goes_on_with_a_contact_alone_below(
    line_end: str, below: str, pec: list[str]
) -> None:
    f = text_facts(
        "AMBITO TERRITORIALE DI GARBAGNATE MILANESE\n\n"
        "L'Ambito comprende otto Comuni: Baranzate, Bollate, Cesate, Garbagnate Milanese, Novate Milanese, Paderno "
        "Dugnano, Senago e Solaro.\n\n2. RIFERIMENTI\n\n"
        f"Per la relazione: Ufficio di Piano, Piazza Aldo Moro 1, 20021 Bollate{line_end}\n"
        f"                  {below}\n"
    )
    office = f.ambiti[0].ufficio_di_piano
    assert (office.phones, office.pec) == (["+390235005801"], pec)


@pytest.mark.parametrize(
    ("subject", "approved"),
    [
        (
            "L'Assemblea dei Sindaci dell'Ambito territoriale, riunita il 27 novembre nella sala di Bollate,",
            "2024-11-27",
        ),
        ("L'Assemblea dei Sindaci dell'Ambito territoriale, convocata il 10 dicembre a Castano Primo,", "2024-12-10"),
        (
            "L'Assemblea dei Sindaci dell'Ambito territoriale, nella seduta del 10 dicembre tenuta in municipio,",
            "2024-12-10",
        ),
        ("L'Assemblea dei Sindaci dell'Ambito territoriale, che dal 27 novembre ha un nuovo presidente,", None),
    ],
)
def test_the_meeting_dated_without_a_year_before_the_approval_s_verb(subject: str, approved: str | None) -> None:
    plans, _ = plans_in([f"{subject} ha approvato all'unanimità il Piano di Zona 2025-2027."], written="2024-12-13")
    assert [p.approved_on for p in plans] == [approved]


def test_a_table_with_one_row_per_ambito_gives_each_its_capofila_and_office() -> None:
    rows = [
        ("Ambito Rhodense", "Rho", "Piazza Visconti 23, Rho – tel. 02 9333 2401"),
        ("Ambito Legnanese", "Legnano", "Piazza San Magno 9, Legnano – tel. 0331 471 250"),
    ]
    cells = "".join(f"<tr><td>{a}</td><td>{c}</td><td>{o}</td></tr>" for a, c, o in rows)
    f = facts(
        f"<table><tr><th>Ambito</th><th>Comune capofila</th><th>Ufficio di Piano</th></tr>{cells}</table>",
        "<p>Per le questioni sociosanitarie: Dipartimento PIPSS, tel. 02 8578 2100.</p>",
    )
    got = [(a.capofila, a.ufficio_di_piano.address.street, a.ufficio_di_piano.phones) for a in f.ambiti]
    assert got == [
        (RHO, "Piazza Visconti, 23", ["+390293332401"]),
        (LEGNANO, "Piazza San Magno, 9", ["+390331471250"]),
    ]


def test_a_table_of_comuni_with_an_ambito_column_is_not_a_table_of_ambiti() -> None:
    cells = "".join(f"<tr><td>{c}</td><td>Ambito Rhodense</td></tr>" for c in ("Rho", "Pero", "Arese"))
    f = facts(f"<table><tr><th>Comune</th><th>Ambito</th></tr>{cells}</table>")
    assert [(a.name, a.members) for a in f.ambiti] == [("Ambito Rhodense", [RHO, PERO, ARESE])]


# round 16 (heldout7 read for diagnosis) ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "referral",
    [
        "Chi risiede a Pero e ad Arese si rivolga all'ambito Rhodense per la domanda.",
        "Le famiglie di Pero e Arese si rivolgano invece all'Ambito di Rho.",
        "I residenti di Pero e di Arese si rivolgono direttamente al Distretto di Rho.",
    ],
)
def test_residents_sent_to_an_ambito_named_after_its_place_are_not_members(referral: str) -> None:
    f = facts(
        "<h1>Ambito di Garbagnate Milanese</h1>",
        "<p>Possono accedere i residenti a Baranzate, Bollate, Cesate, Novate Milanese e Senago, "
        "i Comuni dell'Ambito di Garbagnate Milanese.</p>",
        f"<p>{referral}</p>",
    )
    assert ARESE not in [m for a in f.ambiti for m in a.members]
    assert PERO not in [m for a in f.ambiti for m in a.members]
    assert BOLLATE in [m for a in f.ambiti for m in a.members]


def test_a_comune_said_to_be_another_ambito_s_after_the_page_s_list_is_no_member() -> None:
    f = facts(
        "<h1>Domande frequenti</h1>",
        "<p>Ne fanno parte i Comuni di Arese, Lainate, Pero, Rho e Vanzago.</p>",
        "<p>No, Bollate appartiene all'Ambito di Garbagnate Milanese.</p>",
        title="FAQ - Ambito territoriale di Rho",
    )
    assert [(a.name, a.members) for a in f.ambiti] == [
        ("Ambito territoriale di Rho", [ARESE, LAINATE, PERO, RHO, VANZAGO])
    ]


@pytest.mark.parametrize("head", ["FAQ - Ambito territoriale di Seriate", "Bandi | Ambito distrettuale di Seriate"])
def test_a_site_named_after_its_ambito_names_it_over_any_page_heading(head: str) -> None:
    assert [m.name for m in nm.site_mentions("Domande frequenti", head, lombardia())] == [head.split(" ", 2)[2]]


@pytest.mark.parametrize(
    ("intro", "members"),
    [
        ("I servizi sono rivolti ai residenti di:", [ARESE, LAINATE, PERO, RHO, VANZAGO]),
        ("Possono accedere le famiglie residenti a", [ARESE, LAINATE, PERO, RHO, VANZAGO]),
        # (round 53a: the residents a call of the ambito lets in are its territory, as the held-out sets' gold has it)
        ("Il bando è riservato alle famiglie residenti a", [ARESE, LAINATE, PERO, RHO, VANZAGO]),
    ],
)
def test_the_ambito_s_services_for_the_residents_of_a_whole_territory(intro: str, members: list[str]) -> None:
    f = facts("<h1>Ambito Rhodense</h1>", f"<p>{intro} Arese – Lainate – Pero – Rho – Vanzago.</p>")
    assert [m for a in f.ambiti for m in a.members] == members


def test_a_few_residents_comuni_are_no_territory() -> None:
    f = facts("<h1>Ambito Rhodense</h1>", "<p>Il corso è aperto ai residenti di Rho, Pero e Arese.</p>")
    assert [m for a in f.ambiti for m in a.members] == []


@pytest.mark.parametrize(
    ("said", "capofila"),
    [
        ("Lo ha spiegato l'assessore di Rho, città capofila dell'Ambito.", RHO),
        ("Lo ha spiegato il sindaco di Rho, la città capofila.", RHO),
        ("Lo ha spiegato il sindaco di Rho, una città di cinquantamila abitanti.", None),
    ],
)
def test_the_capofila_as_a_city_s_apposition(said: str, capofila: str | None) -> None:
    f = facts("<p>I sindaci dell'Ambito Rhodense hanno approvato il Piano di Zona 2025-2027.</p>", f"<p>{said}</p>")
    assert [a.capofila for a in f.ambiti] == [capofila]


@pytest.mark.parametrize("role", ["quel ruolo spetta al", "quel compito tocca al", "quella responsabilità resta al"])
def test_the_role_after_a_colon_named_with_quel(role: str) -> None:
    f = facts(f"<p>L'Azienda consortile non è l'ente capofila dell'Ambito Rhodense: {role} Comune di Rho.</p>")
    assert [a.capofila for a in f.ambiti] == [RHO]


def test_cards_titled_by_comuni_whose_bodies_name_them_again_are_one_list() -> None:
    items = "".join(
        f"<h3>{c}</h3><p>Segretariato sociale del Comune di {c}: il lunedì su appuntamento.</p>"
        for c in ("Arese", "Lainate", "Pero", "Rho", "Vanzago")
    )
    f = facts("<h1>Ambito Rhodense</h1>", "<p>Gli sportelli dei Comuni dell'Ambito sono elencati qui sotto.</p>", items)
    assert [m for a in f.ambiti for m in a.members] == [ARESE, LAINATE, PERO, RHO, VANZAGO]


# round 17 (heldout7's weakest fields) ------------------------------------------------------------------------------


def _dated(head: str, meta: str) -> PageFacts:
    html = f"<html><head><title>Notizia</title>{head}</head><body><main><h1>Notizia</h1>{meta}<p>Testo.</p></main>"
    return extract(f"{html}</body></html>".encode(), "https://example.org/p.html", "text/html; charset=utf-8")


@pytest.mark.parametrize(
    ("head", "meta", "updated"),
    [
        # WordPress: a bare second date beside "Pubblicato il"; only its class says it is the update
        (
            "",
            '<p>Pubblicato il <time class="entry-date published" datetime="2025-01-20T09:00:00+01:00">20/01/2025'
            '</time> <time class="updated" datetime="2025-02-11T16:40:00+01:00">11/02/2025</time></p>',
            "2025-02-11",
        ),
        ('<meta property="article:modified_time" content="2025-03-19T12:05:41+01:00">', "", "2025-03-19"),
        ("", '<p><time datetime="2024-10-07" itemprop="dateModified">7 ottobre 2024</time></p>', "2024-10-07"),
        # a publication date alone is no update, and a listing's several update dates are nobody's
        ("", '<p><time class="entry-date published" datetime="2025-01-20">20/01/2025</time></p>', None),
        (
            "",
            '<time class="updated" datetime="2025-01-20"></time><time class="updated" datetime="2025-02-03"></time>',
            None,
        ),
    ],
)
def test_the_update_date_the_markup_states(head: str, meta: str, updated: str | None) -> None:
    assert _dated(head, meta).page_updated_on == updated


def test_a_labelled_update_in_the_text_wins_over_the_markup() -> None:
    f = _dated(
        '<meta property="article:modified_time" content="2025-03-19">', "<p>Ultimo aggiornamento: 2 aprile 2025</p>"
    )
    assert f.page_updated_on == "2025-04-02"


@pytest.mark.parametrize("heading", ["Contatta il comune", "Contatti del Comune", "Chiama il Comune"])
def test_the_comune_s_own_contact_box_is_not_the_office_s(heading: str) -> None:
    f = facts(
        "<h1>Ambito Rhodense</h1>",
        "<p>L'Ambito comprende Arese, Lainate, Pero, Rho e Vanzago.</p>",
        "<h2>Contatti</h2><p>Ufficio di Piano, Piazza Visconti 23, Rho - tel. 02 9332 4410</p>",
        f"<h2>{heading}</h2><ul><li>Richiedi assistenza</li><li>Chiama il numero 02 933 21</li></ul>",
    )
    assert [a.ufficio_di_piano.phones for a in f.ambiti if a.ufficio_di_piano] == [["+390293324410"]]


@pytest.mark.parametrize(
    "said",
    [
        "Per un appuntamento telefonateci allo (02) 9332 4410 oppure allo 02 93324411.",
        "Chiamate il (02) 9332 4410 o lo 02 93324411; per i fax 02 93324419.",
        "Chiamateci al numero 02 9332 4410 oppure allo 02 93324411.",
    ],
)
def test_numbers_offered_with_an_imperative_to_call(said: str) -> None:
    f = facts(
        "<h1>Contatti dell'Ufficio di Piano</h1>", "<p>L'Ufficio di Piano dell'Ambito Rhodense.</p>", f"<p>{said}</p>"
    )
    assert [a.ufficio_di_piano.phones for a in f.ambiti if a.ufficio_di_piano] == [["+390293324410", "+390293324411"]]


def test_a_contact_cell_under_the_office_s_bare_name() -> None:
    f = facts(
        "<h2>Ambito Rhodense</h2><dl><dt>Ente capofila</dt><dd>Comune di Rho</dd><dt>Ufficio di Piano</dt>"
        "<dd>Piazza Visconti 23, 20017 Rho – 02 9332 4410 – pianodizona@comune.rho.example.it</dd></dl>"
    )
    assert [a.ufficio_di_piano.phones for a in f.ambiti if a.ufficio_di_piano] == [["+390293324410"]]


def test_an_unlabelled_number_under_another_desk_s_name_stays_out() -> None:
    f = facts(
        "<h2>Ambito Rhodense</h2><dl><dt>Ente capofila</dt><dd>Comune di Rho</dd><dt>Ufficio di Piano</dt>"
        "<dd>Piazza Visconti 23, 20017 Rho</dd>"
        "<dt>Sportello casa</dt><dd>Via Meda 4, 20017 Rho – 02 9332 7000</dd></dl>"
    )
    assert [a.ufficio_di_piano.phones for a in f.ambiti if a.ufficio_di_piano] == [[]]


def test_the_office_s_address_ended_by_its_town_goes_on_with_its_numbers() -> None:
    f = text_facts(
        "AMBITO RHODENSE\nEnte capofila: Comune di Rho\n\nAvviso pubblico per il Piano di Zona 2025-2027.\n\n"
        "Per informazioni: Ufficio di Piano, Piazza Visconti 23, 20017 Rho\n"
        "tel. 02 9332 4410 - pianodizona@rho.example.it\n"
    )
    office = [a.ufficio_di_piano for a in f.ambiti if a.ufficio_di_piano]
    assert [(o.phones, o.emails) for o in office] == [(["+390293324410"], ["pianodizona@rho.example.it"])]


def test_an_answer_that_opens_with_where_the_office_is() -> None:
    f = facts(
        "<h1>Domande frequenti sull'Ambito Rhodense</h1>",
        "<details><summary>Dove si trova l'Ufficio di Piano?</summary><p>In Piazza Visconti 23 a Rho (CAP 20017), al"
        " secondo piano. Telefono 02 9332 4410 dalle 9 alle 12.</p></details>",
    )
    address = [a.ufficio_di_piano.address for a in f.ambiti if a.ufficio_di_piano]
    assert [(x.street, x.postal_code, x.municipality) for x in address if x] == [("Piazza Visconti, 23", "20017", RHO)]


def test_a_long_footer_headed_by_the_office_gives_its_address() -> None:
    footer = (
        "<footer class='site-footer'><p>Ufficio di Piano dell'Ambito Rhodense · Piazza Visconti 23 · 20017 Rho (MI)</p>"
        "<div>Sito realizzato con WordPress · Privacy e cookie policy · Dichiarazione di accessibilità</div></footer>"
    )
    html = page("<h1>Avviso</h1><p>L'Ambito Rhodense comprende Arese, Lainate, Pero, Rho e Vanzago.</p>")
    f = extract(html.replace(b"</main>", f"</main>{footer}".encode()), "https://example.org/p.html", "text/html")
    address = [a.ufficio_di_piano.address for a in f.ambiti if a.ufficio_di_piano]
    assert [(x.street, x.postal_code) for x in address if x] == [("Piazza Visconti, 23", "20017")]


@pytest.mark.parametrize(
    ("formula", "on"),
    [
        ("L'anno duemilaventiquattro, il giorno undici del mese di dicembre, alle ore 17.30", "2024-12-11"),
        ("L'anno duemilaventicinque addi' tre del mese di febbraio, alle ore 18", "2025-02-03"),
    ],
)
def test_the_assemblea_s_minutes_dated_by_the_formula_in_words(formula: str, on: str) -> None:
    f = text_facts(
        "AMBITO RHODENSE - ASSEMBLEA DEI SINDACI - VERBALE N. 3\n\n"
        f"{formula}, si e' riunita l'Assemblea dei Sindaci dell'Ambito Rhodense.\n\n"
        "Punto 1. L'Assemblea approva il Piano di Zona 2025-2027, il cui Accordo sara' firmato entro il 31 marzo.\n"
    )
    assert [(p.start_year, p.approved_on) for a in f.ambiti for p in a.plans] == [(2025, on)]


def test_a_giunta_s_minutes_in_words_date_no_approval() -> None:
    f = text_facts(
        "COMUNE DI RHO - VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE\n\n"
        "L'anno duemilaventiquattro, il giorno undici del mese di dicembre, si e' riunita la Giunta.\n\n"
        "LA GIUNTA prende atto che l'Assemblea dei Sindaci dell'Ambito Rhodense approva il Piano di Zona 2025-2027.\n"
    )
    assert [p.approved_on for a in f.ambiti for p in a.plans] == [None]


def test_an_approval_s_deadline_is_no_approval_date() -> None:
    f = facts(
        "<p>L'Assemblea dei Sindaci dell'Ambito Rhodense ha approvato il Piano di Zona 2025-2027, da sottoscrivere"
        " entro il 31 gennaio 2025.</p>"
    )
    assert [p.approved_on for a in f.ambiti for p in a.plans] == [None]


@pytest.mark.parametrize(
    "said",
    [
        "prorogato con deliberazione n. 14 del 07/12/2023 sino al 30/06/2024",
        "prorogato con deliberazione n. 14 del 07/12/2023 fino al 30 giugno 2024",
    ],
)
def test_an_extension_runs_to_the_date_after_fino_al_not_the_act_s(said: str) -> None:
    f = facts(f"<p>Il Piano di Zona 2021-2023 dell'Ambito Rhodense è stato {said}.</p>")
    assert [p.extended_until for a in f.ambiti for p in a.plans] == ["2024-06-30"]


def test_questo_piano_in_the_approval_s_clause_is_the_document_s() -> None:
    f = facts(
        "<h1>Piano di Zona 2025-2027 dell'Ambito Rhodense</h1>",
        "<p>Il Piano di Zona 2021-2023 è stato prorogato fino al 31 dicembre 2024; questo Piano è stato approvato"
        " dall'Assemblea dei Sindaci il 13 dicembre 2024.</p>",
    )
    plans = [(p.start_year, p.approved_on, p.extended_until) for a in f.ambiti for p in a.plans]
    assert plans == [(2021, None, "2024-12-31"), (2025, "2024-12-13", None)]


# round 19 (0.4.23) -----------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["015146", "020066", "019036"])
def test_a_six_digit_istat_code_is_no_phone(code: str) -> None:
    assert ct.phones_in(f"Comune | {code} | 13.840 | 126.456,08") == []


def test_the_shortest_lombard_number_is_still_a_phone() -> None:
    assert ct.phones_in("Tel: 02 44801") == ["+390244801"]


@pytest.mark.parametrize(
    "head",
    [
        "Responsabile del procedimento: dott. Piero Galli.",
        "Responsabile unico del procedimento (RUP): dott. Piero Galli.",
        "RUP: dott. Piero Galli.",
    ],
)
def test_the_notice_s_head_of_procedure_is_not_the_office_s_responsible(head: str) -> None:
    f = facts(
        "<h1>Avviso di co-progettazione - Ambito Rhodense</h1>",
        f"<h2>Contatti</h2><p>{head} Per informazioni: Ufficio di Piano, tel. 02 9332 401.</p>",
    )
    offices = [a.ufficio_di_piano for a in f.ambiti if a.ufficio_di_piano]
    assert [(o.phones, o.responsible) for o in offices] == [(["+39029332401"], None)]


def test_a_head_of_procedure_named_the_office_s_responsible_is_kept() -> None:
    f = facts(
        "<h1>Avviso di co-progettazione - Ambito Rhodense</h1>",
        "<h2>Contatti</h2><p>Responsabile del procedimento: dott. Piero Galli, responsabile dell'Ufficio di Piano."
        " Informazioni: tel. 02 9332 401.</p>",
    )
    assert [a.ufficio_di_piano.responsible for a in f.ambiti if a.ufficio_di_piano] == ["Piero Galli"]


_OFFICE_FOOTER = (
    "<footer><div><h4>Ufficio di Piano dell'Ambito Rhodense</h4><p>Piazza Visconti 23<br>20017 Rho<br>"
    "Tel. 02 9332 401</p></div><div><p>Responsabile: dott.ssa Laura Ferri</p></div>"
    "<div><a href='/privacy'>Privacy</a> | <a href='/cookie'>Cookie</a></div></footer>"
)


@pytest.mark.parametrize(
    ("site", "read"),
    [("Ufficio di Piano di Rho", True), ("Piano di Zona Rhodense", True), ("Comune di Rho", False)],
)
def test_the_office_s_own_site_footer_speaks_for_a_page_without_a_list(site: str, read: bool) -> None:
    html = (
        f"<html><head><title>Bando affitti 2025 - {site}</title></head><body><main><h1>Bando affitti 2025</h1>"
        "<p>Il Comune di Rho, ente capofila dell'Ambito Rhodense, pubblica il bando.</p></main>"
        f"{_OFFICE_FOOTER}</body></html>"
    )
    f = extract(html.encode(), "https://example.org/p.html", "text/html")
    offices = [(o.phones, o.responsible) for a in f.ambiti if (o := a.ufficio_di_piano)]
    assert offices == ([(["+39029332401"], "Laura Ferri")] if read else [])


def test_a_name_ends_before_a_footer_s_row_of_links() -> None:
    assert person_name("dott. Marco Bassi Privacy | Cookie policy", labelled=True) == "Marco Bassi"


def test_an_abbreviated_month_before_its_year_ends_no_sentence() -> None:
    said = "Il 18 dic. 2023 l'Assemblea ha prorogato il Piano. Poi il 12 sett. 24 lo ha rinnovato."
    assert split_sentences(said) == [
        "Il 18 dic. 2023 l'Assemblea ha prorogato il Piano.",
        "Poi il 12 sett. 24 lo ha rinnovato.",
    ]


@pytest.mark.parametrize(
    ("row", "plan"),
    [
        ("12 dic. 2024 | L'Assemblea dei Sindaci approva il Piano di Zona 2025-2027.", (2025, "2024-12-12", None)),
        ("Piano vigente: 2025-2027 · approv. dall'Assemblea dei Sindaci il 10 dic. 2024", (2025, "2024-12-10", None)),
        ("18 dic. 2023 | L'Assemblea proroga il Piano 2021-2023 al 31 dic. 2024.", (2021, None, "2024-12-31")),
        ("Il Piano di Zona 2021-2023 è stato prorog. al 31 dic. 2024.", (2021, None, "2024-12-31")),
    ],
)
def test_abbreviated_months_and_verbs_date_the_plan(row: str, plan: tuple[int, str | None, str | None]) -> None:
    plans, _ = plans_in(split_sentences(row))
    assert [(p.start_year, p.approved_on, p.extended_until) for p in plans] == [plan]


_LD = (
    '{"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": "%s",'
    ' "address": {"@type": "PostalAddress", "streetAddress": "Piazza Visconti 23", "postalCode": "20017",'
    ' "addressLocality": "Rho"}, "telephone": "+39 02 9332 401", "email": "udp@ambitorhodense.example.it"}'
)


@pytest.mark.parametrize(("name", "read"), [("Ufficio di Piano dell'Ambito Rhodense", True), ("Comune di Rho", False)])
def test_the_office_s_json_ld_gives_its_contacts(name: str, read: bool) -> None:
    html = (
        f"<html><head><title>Ufficio di Piano</title><script type='application/ld+json'>{_LD % name}</script>"
        "</head><body><main><h1>Ufficio di Piano</h1><p>L'Ufficio di Piano è la struttura tecnica dell'Ambito"
        " Rhodense, di cui il Comune di Rho è capofila.</p></main></body></html>"
    )
    f = extract(html.encode(), "https://example.org/p.html", "text/html")
    offices = [o for a in f.ambiti if (o := a.ufficio_di_piano)]
    office = [(o.phones, o.emails, o.address.street if o.address else None) for o in offices]
    expected = [(["+39029332401"], ["udp@ambitorhodense.example.it"], "Piazza Visconti, 23")]
    assert office == (expected if read else [])


def test_a_broken_json_ld_block_is_passed_over() -> None:
    html = b"<html><head><script type='application/ld+json'>{\"name\": </script></head><body><p>x</p></body></html>"
    assert extract(html, "https://example.org/p.html", "text/html").ambiti == []


def office_page(*blocks: str) -> PageFacts:
    """The facts of the Rhodense office's own page, its body's blocks after its heading."""
    head = "<h1>Ufficio di Piano dell'Ambito Rhodense</h1><p>Il Comune di Rho è l'ente capofila.</p>"
    return facts(head, *blocks, title="Ufficio di Piano - Ambito Rhodense")


@pytest.mark.parametrize(
    "note",
    [
        "Il numero 02 9332 499 non è più attivo.",
        "Il centralino 02 9332 499 non smista più le chiamate all'Ufficio.",
        "La vecchia sede e il numero 02 9332 499 non sono più attivi.",
    ],
)
def test_a_number_the_page_says_is_out_of_use_is_no_phone(note: str) -> None:
    f = office_page(f"<h2>Contatti</h2><p>Telefono: 02 9332 401</p><p>Telefono: 02 9332 499</p><p>{note}</p>")
    assert [a.ufficio_di_piano.phones for a in f.ambiti if a.ufficio_di_piano] == [["+39029332401"]]


@pytest.mark.parametrize(
    ("composition", "name"),
    [
        ("L'Ufficio di Piano è composto da: il Responsabile, dott. Franco Colombo; un istruttore.", "Franco Colombo"),
        ("L'Ufficio di Piano è composto da: la Coordinatrice, dott.ssa Laura Ferri; due assistenti.", "Laura Ferri"),
    ],
)
def test_the_office_s_composition_names_its_responsible_after_a_comma(composition: str, name: str) -> None:
    f = office_page(f"<p>{composition}</p><p>Telefono: 02 9332 401</p>")
    assert [a.ufficio_di_piano.responsible for a in f.ambiti if a.ufficio_di_piano] == [name]


def test_a_meeting_dated_with_its_weekday_and_no_year_by_the_byline() -> None:
    plans, _ = plans_in(
        ["L'Assemblea dei Sindaci, riunita mercoledì 11 dicembre, ha approvato il Piano di Zona 2025-2027."],
        written="2024-12-12",
    )
    assert [p.approved_on for p in plans] == ["2024-12-11"]


def test_an_extension_decided_in_the_infinitive() -> None:
    plans, _ = plans_in(["L'Assemblea ha deciso di prorogare il Piano di Zona 2021-2023 fino al 31 dicembre 2024."])
    assert [p.extended_until for p in plans] == ["2024-12-31"]


def test_a_byline_below_the_banners_dates_the_article() -> None:
    banners = "".join(f"<div class='adv'><p>Riquadro {n}</p></div>" for n in range(7))
    html = (
        f"<html><head><title>Notizia</title></head><body>{banners}<main><h1>Piano di Zona, c'è il via libera</h1>"
        "<p>di Anna Rota · 20 dicembre 2024 · 3 commenti</p><p>Giovedì 19 dicembre l'Assemblea dei Sindaci"
        " dell'Ambito Rhodense ha approvato il Piano di Zona 2025-2027.</p></main></body></html>"
    )
    f = extract(html.encode(), "https://example.org/p.html", "text/html")
    assert [p.approved_on for a in f.ambiti for p in a.plans] == ["2024-12-19"]


@pytest.mark.parametrize(("site", "named"), [("Ambito Rhodense", True), ("Ambito sociale", False)])
def test_a_site_named_by_its_territory_s_adjective_names_its_ambito(site: str, named: bool) -> None:
    f = facts(
        "<h1>Gli organi</h1><p>Ne fanno parte i Sindaci dei Comuni di Arese, Lainate, Pero, Rho e Vanzago.</p>",
        title=f"Organi - {site}",
    )
    assert [a.name for a in f.ambiti] == ([site] if named else [])


def test_an_ats_decree_s_own_date_is_no_approval() -> None:
    plans, _ = plans_in(
        [
            "Decreto del Direttore Generale n. 455 del 23/12/2024 OGGETTO: PRESA D'ATTO DEL PIANO DI ZONA 2025-2027"
            " APPROVATO DALL'ASSEMBLEA DEI SINDACI."
        ]
    )
    assert [p.approved_on for p in plans] == [None]


def test_a_comune_s_table_of_desks_gives_the_office_its_own_row_only() -> None:
    f = facts(
        "<h1>Uffici e recapiti</h1><p>Il Comune di Rho è capofila dell'Ambito Rhodense.</p><table>"
        "<tr><th>Servizio</th><th>Sede</th><th>Telefono</th><th>E-mail</th></tr>"
        "<tr><td>Anagrafe</td><td>Piazza Visconti 23</td><td>02 9332 200</td><td>anagrafe@rho.example.it</td></tr>"
        "<tr><td>Ufficio di Piano (ente capofila)</td><td>Via Meda 20, 20017 Rho</td><td>02 9332 401 - 02 9332 402</td>"
        "<td>udp@rho.example.it</td></tr>"
        "<tr><td>Edilizia privata</td><td>Via Meda 20</td><td>02 9332 500</td><td>edilizia@rho.example.it</td></tr>"
        "</table>"
    )
    offices = [(o.phones, o.emails) for a in f.ambiti if (o := a.ufficio_di_piano)]
    assert offices == [(["+39029332401", "+39029332402"], ["udp@rho.example.it"])]


def test_the_office_s_staff_table_is_no_table_of_desks() -> None:
    f = facts(
        "<h1>Ufficio di Piano dell'Ambito Rhodense</h1><p>Il Comune di Rho è capofila dell'Ambito Rhodense.</p><table>"
        "<tr><th>Ruolo</th><th>Nome</th><th>Telefono</th></tr>"
        "<tr><td>Responsabile</td><td>dott. Piero Galli</td><td>02 9332 401</td></tr>"
        "<tr><td>Segreteria</td><td>Anna Rota</td><td>02 9332 402</td></tr></table>",
        title="Ufficio di Piano - Ambito Rhodense",
    )
    assert [a.ufficio_di_piano.phones for a in f.ambiti if a.ufficio_di_piano] == [["+39029332401", "+39029332402"]]


@pytest.mark.parametrize(
    ("block", "plan"),
    [
        ("The Social Plan 2025-2027 was approved by the Assembly on 16 December 2024.", (2025, "2024-12-16", None)),
        ("The previous plan (2021-2023) was extended until 31 December 2024.", (2021, None, "2024-12-31")),
        ("Der Sozialplan 2025-2027 wurde am 18. Dezember 2024 genehmigt.", (2025, "2024-12-18", None)),
    ],
)
def test_an_english_or_german_block_dates_the_plan(block: str, plan: tuple[int, str | None, str | None]) -> None:
    plans, _ = plans_in(split_sentences(block))
    assert [(p.start_year, p.approved_on, p.extended_until) for p in plans] == [plan]


@pytest.mark.parametrize(
    ("said", "on"),
    [
        ("Approvato l'11/12 dall'Assemblea dei Sindaci il Piano di Zona 2025-2027.", "2024-12-11"),
        ("Il Piano di Zona 2025-2027 è stato approvato con delibera n. 11/12.", None),
        ("Il Piano di Zona 2025-2027 è stato approvato il 2/3 dei voti.", None),
    ],
)
def test_a_post_s_day_and_month_in_digits_date_the_approval(said: str, on: str | None) -> None:
    plans, _ = plans_in([said], written="2024-12-13")
    assert [p.approved_on for p in plans] == [on]


# round 18: heldout8 and heldout9 read as diagnosis sets -------------------------------------------------------


def test_a_table_column_headed_ambito_names_ambiti_not_members() -> None:
    comuni = "".join(
        f"<tr><td>{c}</td><td>{n}</td></tr>" for n, c in enumerate(_RHO_NAMES.replace(" e ", ", ").split(", "))
    )
    compared = "".join(
        f"<tr><td>{c}</td><td>{n}</td><td>1.000</td></tr>" for n, c in enumerate(["Rho", "Corsico", "Paullo"])
    )
    f = facts(
        "<h2>Riparto 2025 - Ambito Rhodense</h2>",
        f"<table><tr><td>Comune</td><td>Quota</td></tr>{comuni}</table>",
        "<h2>Confronto 2025</h2>",
        f"<table><tr><td>Ambito</td><td>N. comuni</td><td>Abitanti</td></tr>{compared}</table>",
    )
    assert [len(a.members) for a in f.ambiti] == [9]


@pytest.mark.parametrize("verb", ["opera in qualità di", "agisce quale", "opera come"])
def test_a_verb_that_is_a_comune_s_name_is_no_capofila(verb: str) -> None:
    f = facts(f"<p>Il Comune di Corsico {verb} ente capofila dell'Ambito territoriale di Corsico.</p>")
    assert [(a.capofila, a.members) for a in f.ambiti] == [("015093", ["015093"])]


def test_a_call_s_premise_states_the_ambito_s_comuni() -> None:
    f = facts(
        "<h1>Avviso pubblico per la co-progettazione</h1>",
        f"<ul><li>i Comuni di {_COR} costituiscono l'Ambito territoriale di Corsico;</li></ul>",
    )
    assert [len(a.members) for a in f.ambiti] == [6]


@pytest.mark.parametrize(
    "named",
    [
        "Piano di Zona 2025-2027 dell'Ambito sociale n. 7 (Regione Piemonte)",
        "Piano di Zona 2024-2026 dell'Ambito distrettuale n. 3 della Regione Emilia-Romagna",
        "Piano di Zona 2025-2027 dell'Ambito di Ovada (Piemonte)",
    ],
)
def test_an_ambito_of_another_region_is_none_of_lombardy(named: str) -> None:
    f = facts(f"<ul><li><a href='/d.pdf'>{named}</a></li></ul>")
    assert f.ambiti == []


def test_chips_side_by_side_are_items() -> None:
    chips = "".join(f'<span class="chip">{c}</span>' for c in _RHO_NAMES.replace(" e ", ", ").split(", "))
    f = facts("<h1>Ambito Rhodense</h1>", "<p>Il servizio è attivo nei Comuni dell'Ambito:</p>", f"<div>{chips}</div>")
    assert [len(a.members) for a in f.ambiti] == [9]


def test_a_word_in_styled_spans_of_different_classes_stays_one_word() -> None:
    f = facts(
        "<h1>Ambito Rhodense</h1>", '<p>Il Comune di <span class="a">Rh</span><span class="b">o</span> è capofila.</p>'
    )
    assert [a.capofila for a in f.ambiti] == [RHO]


@pytest.mark.parametrize(("written", "capofila"), [("(Comune capofila)", RHO), ("(ente capofila)", None)])
def test_the_capofila_s_office_named_after_it(written: str, capofila: str | None) -> None:
    f = facts(f"<p>Il modulo va all'Ufficio di Piano di Rho {written}, per l'Ambito Rhodense.</p>")
    assert [a.capofila for a in f.ambiti] == ([capofila] if capofila else [])  # no capofila, no fact of the ambito


@pytest.mark.parametrize(
    ("heading", "lead", "n"),
    [
        ("Avviso pubblico contributi affitto", "Possono presentare domanda i residenti nei comuni di", 5),
        ("Bando voucher anziani", "Territorio:", 5),
        ("Bando voucher anziani", "Territorio interessato:", 5),
        ("Avviso pubblico contributi affitto", "Possono presentare domanda anche i residenti di", 0),
        ("Comuni confinanti", "Territorio:", 0),  # another list's heading
    ],
)
def test_the_territory_of_the_ambito_s_call(heading: str, lead: str, n: int) -> None:
    f = facts(f"<h1>{heading} - Ambito Rhodense</h1>", f"<p>{lead} Arese - Lainate - Pero - Rho - Vanzago.</p>")
    assert [len(a.members) for a in f.ambiti] == ([n] if n else [])


@pytest.mark.parametrize("to", ["Sig. Sindaco del Comune di", "Al Sindaco del Comune di", "Alla Sindaca di"])
def test_a_letter_s_addressees_the_mayors_of_the_comuni(to: str) -> None:
    rows = "".join(f"<p>{to} {c}</p>" for c in ("Arese", "Lainate", "Pero", "Rho", "Vanzago"))
    f = facts(
        "<p>Ai Sindaci dei Comuni dell'Ambito Rhodense</p>", f"<div>{rows}</div>", "<p>Oggetto: convocazione.</p>"
    )
    assert [len(a.members) for a in f.ambiti] == [5]


def test_a_signer_s_title_does_not_join_two_names() -> None:
    f = facts(
        "<p>Fanno parte dell'Ambito Rhodense i comuni di Arese, Lainate, Pero, Rho e Vanzago.</p>",
        "<blockquote><p>Lavoriamo insieme.</p><cite>Luca Arosio, sindaco di Pero</cite></blockquote>",
    )
    assert [a.members for a in f.ambiti] == [[ARESE, LAINATE, PERO, RHO, VANZAGO]]


def test_a_text_table_s_rows_under_its_header_are_data_however_long() -> None:
    rows = "\n".join(
        f"{c} | Nome Cognome{k} | firmato digitalmente con certificato qualificato"
        for k, c in enumerate(["Arese", "Lainate", "Pero", "Rho", "Vanzago"])
    )
    f = text_facts(f"ACCORDO DI PROGRAMMA - AMBITO RHODENSE\n\nComune | Sindaco | Firma\n{rows}\n")
    assert [a.members for a in f.ambiti] == [[ARESE, LAINATE, PERO, RHO, VANZAGO]]


def test_an_svg_map_names_its_comuni_in_tooltips() -> None:
    areas = "".join(
        f'<g class="comune"><title>{c}</title><path d="M0 0h9v9z"/></g>' for c in ("Arese", "Lainate", "Pero")
    )
    areas += '<g class="comune-vicino"><title>Bollate</title></g><g><title>Nerviano (Ambito Legnanese)</title></g>'
    f = facts("<h1>Ambito Rhodense</h1>", f"<svg viewBox='0 0 9 9'><title>I Comuni dell'Ambito</title>{areas}</svg>")
    assert [a.members for a in f.ambiti] == [[ARESE, LAINATE, PERO]]


def test_an_svg_icon_s_title_is_no_text() -> None:
    f = facts("<h1>Ambito Rhodense</h1>", "<p>Il Comune di Rho è capofila.</p><svg><title>Pero</title></svg>")
    assert [a.members for a in f.ambiti] == [[RHO]]


def test_a_word_processor_s_table_one_paragraph_a_cell_is_rows() -> None:
    cells = [
        ("Arese", "Sindaca"),
        ("Lainate", "Sindaco, Presidente"),
        ("Pero", "Assessora delegata"),
        ("Rho", "Sindaco"),
    ]
    rows = "".join(f"<tr><td><p>{c}</p></td><td><p>{r}</p></td><td><p>P</p></td></tr>" for c, r in cells)
    f = facts("<p>Si riunisce l'Assemblea dei Sindaci dell'Ambito Rhodense. Risultano:</p>", f"<table>{rows}</table>")
    assert [a.members for a in f.ambiti] == [[ARESE, LAINATE, PERO, RHO]]


@pytest.mark.parametrize(
    ("head", "name"), [("Organi - Ambito Rhodense", "Ambito Rhodense"), ("Organi - Rhodense", None)]
)
def test_a_site_named_ambito_and_its_territory_names_it(head: str, name: str | None) -> None:
    assert [m.name for m in nm.site_mentions("Organi", head, lombardia())] == ([name] if name else [])


@pytest.mark.parametrize(
    "block",
    [
        "The District brings together five municipalities: Arese, Lainate, Pero, Rho (lead municipality) and Vanzago.",
        "Das Ambito umfasst fünf Gemeinden: Arese, Lainate, Pero, Rho (federführende Gemeinde) und Vanzago.",
    ],
)
def test_a_bilingual_page_s_english_or_german_list(block: str) -> None:
    f = facts("<p>L'Ambito Rhodense programma i servizi sociali.</p>", f"<p>{block}</p>")
    assert [(a.capofila, a.members) for a in f.ambiti] == [(RHO, [ARESE, LAINATE, PERO, RHO, VANZAGO])]


@pytest.mark.parametrize(("head", "capofila"), [("Ente capofila", RHO), ("Note", None)])
def test_a_check_under_a_plain_capofila_header(head: str, capofila: str | None) -> None:
    rows = "".join(
        f"<tr><td>{c}</td><td>{n}</td>{'<td>X</td>' if c == 'Rho' else ''}</tr>"
        for n, c in enumerate(["Arese", "Lainate", "Pero", "Rho", "Vanzago"])
    )
    f = facts(
        "<h2>Ambito Rhodense</h2>", f"<table><tr><td>Comune</td><td>Abitanti</td><td>{head}</td></tr>{rows}</table>"
    )
    assert [a.capofila for a in f.ambiti] == [capofila]


def test_a_code_in_a_row_that_lost_its_empty_last_cell_is_no_phone() -> None:
    rows = "".join(
        f"<tr><td>{c}</td><td>{code}</td><td></td></tr>" for c, code in [("Arese", ARESE), ("Lainate", LAINATE)]
    )
    rows += f"<tr><td>Rho</td><td>{RHO}</td><td>X</td></tr>"
    f = facts(
        "<h2>Ambito Rhodense</h2>",
        f"<table><tr><td>Comune</td><td>Codice ISTAT</td><td>Capofila</td></tr>{rows}</table>",
    )
    assert not any(c.contacts.phones for c in f.comuni)  # "015009" under "Codice ISTAT" is a code
    assert [(a.capofila, a.members) for a in f.ambiti] == [(RHO, [ARESE, LAINATE, RHO])]


def test_a_word_hyphenated_after_a_short_line_is_rejoined() -> None:
    f = text_facts(
        "AMBITO RHODENSE - VERBALE\n\nSono presenti i Comuni di:\n- Arese\n- Rho (capo-\nfila)\n- Pero\n- Lainate\n"
    )
    assert [(a.capofila, a.members) for a in f.ambiti] == [(RHO, [ARESE, RHO, PERO, LAINATE])]


def test_a_footer_s_blocks_stay_apart() -> None:
    f = facts(
        "<p>Ne fanno parte i Comuni di Arese, Lainate, Pero e Rho: l'Ambito Rhodense.</p>",
        "<footer><div><h4>Ufficio di Piano</h4><p>Via Roma 1 - 20017 Rho - Tel. 02 9333 1234</p></div>"
        "<div><p>Responsabile: dott.ssa Laura Colombo</p></div><div><a>Privacy</a> | <a>Cookie</a></div></footer>",
    )
    assert [a.ufficio_di_piano.responsible for a in f.ambiti if a.ufficio_di_piano] == ["Laura Colombo"]


@pytest.mark.parametrize(
    ("said", "members"),
    [
        ("Anche Pero, uno degli otto Comuni dell'Ambito Rhodense, ha votato il Piano.", [PERO]),
        ("Pero e Rho, due dei comuni dell'Ambito Rhodense, hanno votato il Piano.", [PERO, RHO]),
        ("Anche Pero, uno dei comuni confinanti dell'Ambito Rhodense, ha votato.", []),
    ],
)
def test_a_comune_said_to_be_one_of_the_ambito_s(said: str, members: list[str]) -> None:
    f = facts(f"<p>{said}</p>")
    assert [m for a in f.ambiti for m in a.members] == members


def test_a_text_table_of_ambiti_with_a_joint_name_and_a_sentence_under_it() -> None:
    f = text_facts(
        "NOTA ATS\n\nAmbito | Ente capofila | Quota\nRho | Comune di Rho | 100\n"
        "Garbagnate Milanese e Comuni del Nord Milano | Comune di Bollate | 90\n"
        "Le quote sono liquidate agli enti capofila entro il 31 marzo, dopo la rendicontazione dell'anno precedente.\n"
    )
    assert [(a.name, a.capofila) for a in f.ambiti] == [
        ("Ambito di Rho", RHO),
        ("Ambito di Garbagnate Milanese e Comuni del Nord Milano", BOLLATE),
    ]


# round 20: heldout10 read as a diagnosis set ------------------------------------------------------------------------


@pytest.mark.parametrize("heading", ["Comuni vicini", "Paesi più vicini", "Nelle vicinanze"])
def test_a_block_of_neighbouring_towns_is_no_list_of_members(heading: str) -> None:
    f = facts(
        "<p>Il Comune di Pero fa parte dell'Ambito Rhodense, che ha come capofila il Comune di Rho.</p>",
        f"<section><h3>{heading}</h3><ul><li>Arese</li><li>Lainate</li><li>Vanzago</li><li>Baranzate</li></ul></section>",
    )
    assert [(a.capofila, sorted(a.members)) for a in f.ambiti] == [(RHO, sorted([PERO, RHO]))]


def test_a_sentence_under_a_table_is_no_part_of_its_list() -> None:
    f = facts(
        "<h1>Ambito Rhodense: gli sportelli</h1><table><tr><th>Comune</th><th>Sportello</th></tr>"
        "<tr><td>Rho</td><td>Segretariato</td></tr><tr><td>Pero</td><td>Segretariato</td></tr>"
        "<tr><td>Arese</td><td>Famiglie</td></tr><tr><td>Lainate</td><td>Lavoro</td></tr></table>",
        "<p>Per Bollate, Senago e Cesate, che appartengono a un altro ambito, si veda il sito di quell'ambito.</p>",
    )
    assert [sorted(a.members) for a in f.ambiti] == [sorted([RHO, PERO, ARESE, LAINATE])]


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        ("Il Consiglio ha approvato il Documento Unico di Programmazione 2025-2027 dell'Unione.", []),
        ("Approvazione del Documento unico di programmazione 2025/2027.", []),
        ("L'Assemblea ha approvato la programmazione zonale 2025-2027.", [(2025, 2027)]),
    ],
)
def test_the_dup_written_in_full_is_no_plan(sentence: str, periods: list[tuple[int, int]]) -> None:
    assert [(start, end) for _, start, end in periods_in(sentence)] == periods


_LODIGIANO = [
    "Abbadia Cerreto",
    "Bertonico",
    "Boffalora d'Adda",
    "Borghetto Lodigiano",
    "Borgo San Giovanni",
    "Brembio",
    "Casaletto Lodigiano",
    "Casalmaiocco",
    "Casalpusterlengo",
    "Caselle Landi",
    "Caselle Lurani",
    "Castelgerundo",
    "Castelnuovo Bocca d'Adda",
    "Castiglione d'Adda",
    "Castiraga Vidardo",
    "Cavenago d'Adda",
    "Cervignano d'Adda",
    "Codogno",
    "Comazzo",
    "Cornegliano Laudense",
    "Corno Giovine",
    "Cornovecchio",
    "Corte Palasio",
    "Crespiatica",
    "Fombio",
    "Galgagnano",
    "Graffignana",
    "Guardamiglio",
    "Livraga",
]


def test_a_lettered_list_goes_on_past_z() -> None:
    letters = [chr(c) for c in range(ord("a"), ord("z") + 1)] + ["aa", "ab", "ac"]
    items = "".join(f"<p>{x}) {n};</p>" for x, n in zip(letters, _LODIGIANO, strict=True))
    f = facts(f"<p>Il regolamento vale per i Comuni che compongono l'Ambito di Lodi:</p>{items}")
    assert sorted(m for a in f.ambiti for m in a.members) == sorted(lombardia().code(n) for n in _LODIGIANO)


def test_province_cap_and_frazioni_after_each_name_are_list_material() -> None:
    f = facts(
        "<p>Il servizio copre i Comuni dell'Ambito Rhodense:</p><ul><li>Arese (MI) 20044</li>"
        "<li>Lainate (MI) 20045 – frazioni Barbaiana e Grancia</li><li>Pero (MI) 20016 – fraz. Cerchiate</li>"
        "<li>Rho (MI) 20017 – ente capofila</li><li>Vanzago (MI) 20010</li></ul>"
    )
    assert [(a.capofila, sorted(a.members)) for a in f.ambiti] == [(RHO, sorted([ARESE, LAINATE, PERO, RHO, VANZAGO]))]


def test_the_terms_of_a_definition_list_are_its_items() -> None:
    shares = [("Rho", 40), ("Pero", 25), ("Arese", 20), ("Lainate", 15)]
    terms = "".join(f"<dt>{n}</dt><dd>quota {q}%</dd>" for n, q in shares)
    f = facts(f"<p>Soci dell'Azienda sono i Comuni dell'Ambito Rhodense:</p><dl>{terms}</dl>")
    assert [sorted(a.members) for a in f.ambiti] == [sorted([RHO, PERO, ARESE, LAINATE])]


# round 21 (heldout11's invented members): lists whose own sentence puts them outside the ambito or the accord


@pytest.mark.parametrize(
    "outside",
    [
        "Alcune cooperative lavorano anche fuori dall'Ambito (Pero, Lainate e Vanzago).",
        "Diverse associazioni operano al di fuori del territorio dell'ambito (Pero, Lainate e Vanzago).",
        "Alcune sedi sono in comuni esterni all'ambito (Pero, Lainate e Vanzago).",
    ],
)
def test_places_outside_the_ambito_are_no_members(outside: str) -> None:
    f = facts(
        "<p>Il Tavolo riunisce le cooperative attive nei Comuni dell'Ambito Rhodense (Rho, Arese e Cornaredo).</p>",
        f"<p>{outside}</p>",
    )
    assert [sorted(a.members) for a in f.ambiti] == [sorted([RHO, ARESE, lombardia().code("Cornaredo")])]


@pytest.mark.parametrize(
    "note",
    [
        "Il servizio è cofinanziato anche dai Comuni di Pero e Lainate, che non sono sottoscrittori dell'Accordo.",
        "Il trasporto è cofinanziato dai Comuni di Pero e Lainate per convenzione: non sono parte dell'Accordo.",
        "Il centro è cofinanziato anche dai Comuni di Pero e Lainate, che non sono firmatari del presente Accordo.",
    ],
)
def test_comuni_said_to_be_no_party_of_the_accord_are_no_members(note: str) -> None:
    f = facts(
        "<p>Le quote dei Comuni dell'Ambito Rhodense che sottoscrivono l'Accordo di programma:</p>"
        "<ul><li>Rho</li><li>Arese</li><li>Vanzago</li></ul>",
        f"<p>Nota. {note}</p>",
    )
    assert [sorted(a.members) for a in f.ambiti] == [sorted([RHO, ARESE, VANZAGO])]


def test_an_open_data_grid_names_its_fields_in_snake_case() -> None:
    f = facts(
        "<table><tr><th>ambito_territoriale</th><th>comune_capofila</th><th>num_comuni</th></tr>"
        "<tr><td>Rho</td><td>Rho</td><td>9</td></tr><tr><td>Legnano</td><td>Legnano</td><td>11</td></tr></table>"
    )
    assert sorted((a.name, a.capofila) for a in f.ambiti) == [("Ambito di Legnano", "015118"), ("Ambito di Rho", RHO)]


# round 22 (issue 11): the one comune a sentence ties to the role word, wherever it stands


@pytest.mark.parametrize(
    "sentence",
    [
        "Il Comune di Rho, socio di maggioranza relativa dell'azienda, svolge anche il ruolo di ente capofila "
        "dell'Ambito Rhodense.",
        "Rho, sede degli uffici comuni, è il capofila dell'Ambito Rhodense.",
        "La Città di Rho, che ospita l'Ufficio di Piano, ricopre da anni la funzione di comune capofila dell'Ambito "
        "Rhodense.",
    ],
)
def test_an_apposition_between_the_comune_and_its_role_verb(sentence: str) -> None:
    f = facts(f"<p>{sentence}</p>")
    assert [a.capofila for a in f.ambiti] == [RHO]


def test_a_list_tail_is_no_apposition() -> None:
    f = facts("<p>Dell'Ambito Rhodense fanno parte Arese, Pero, Lainate e Rho, che è il comune capofila.</p>")
    assert [a.capofila for a in f.ambiti] == [RHO]


@pytest.mark.parametrize(
    "sentence",
    [
        "Richiamato il ruolo di ente capofila dell'Ambito Rhodense svolto dal Comune di Rho;",
        "Considerate le funzioni di capofila del Piano di Zona dell'Ambito Rhodense, affidate al Comune di Rho;",
        "Visto il ruolo di comune capofila dell'Ambito Rhodense, in capo alla Città di Rho;",
    ],
)
def test_the_role_then_its_holder_without_a_verb(sentence: str) -> None:
    f = facts(f"<p>{sentence}</p>")
    assert [a.capofila for a in f.ambiti] == [RHO]


def test_a_projects_role_held_by_a_comune_is_no_capofila() -> None:
    f = facts("<p>Nell'Ambito Rhodense, il ruolo di capofila del progetto è svolto dal Comune di Pero.</p>")
    assert [a.capofila for a in f.ambiti] in ([], [None])


@pytest.mark.parametrize(
    "sentence",
    [
        "Il Comune di Rho è il capofila dell'Ambito Rhodense.",
        "Tra i comuni dell'Ambito Rhodense, Rho è il capofila.",
        "Per i nove comuni dell'Ambito Rhodense, Rho è l'capofila storico.",
    ],
)
def test_the_copula_then_the_bare_role(sentence: str) -> None:
    f = facts(f"<p>{sentence}</p>")
    assert [a.capofila for a in f.ambiti] == [RHO]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nell'Ambito Rhodense il ruolo di capofila è del Comune di Rho.",
        "La funzione di ente capofila dell'Ambito Rhodense è della Città di Rho.",
        "Per l'Ambito Rhodense, il compito di comune capofila è ancora del Comune di Rho.",
    ],
)
def test_the_role_said_to_be_the_comunes(sentence: str) -> None:
    f = facts(f"<p>{sentence}</p>")
    assert [a.capofila for a in f.ambiti] == [RHO]


def test_a_table_of_ambiti_under_two_header_rows_with_cells_spanning_rows() -> None:
    f = facts(
        "<table><tr><th>Ambito</th><th>Ente capofila</th><th colspan='2'>Ufficio di Piano</th></tr>"
        "<tr><th></th><th></th><th>Indirizzo</th><th>Telefono</th></tr>"
        "<tr><td rowspan='2'>Ambito di Rho</td><td rowspan='2'>Comune di Rho</td><td>Via Roma 1, Rho</td>"
        "<td>02 9331 1111</td></tr><tr><td colspan='2'>Sportello il lunedì</td></tr>"
        "<tr><td>Ambito di Legnano</td><td>Comune di Legnano</td><td colspan='2'>in aggiornamento</td></tr></table>"
    )
    assert [(a.name, a.capofila) for a in f.ambiti] == [("Ambito di Rho", RHO), ("Ambito di Legnano", "015118")]
    assert f.ambiti[0].ufficio_di_piano is not None and f.ambiti[0].ufficio_di_piano.phones == ["+390293311111"]


_PERO_LAINATE = {PERO, LAINATE, VANZAGO}


@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # the meeting named "Assemblea dell'Ambito", the mayors two sentences on
            "<p>Ieri l'Assemblea dell'Ambito Rhodense ha approvato il bilancio. «Un passo avanti», ha detto il "
            "presidente. Erano presenti i primi cittadini di Pero, Lainate e Vanzago.</p>",
        ),
        (  # the meeting as "i sindaci dell'Ambito", a quote between, in the next paragraph
            "<p>I sindaci dell'Ambito Rhodense hanno approvato ieri il bilancio del servizio.</p>",
            "<p>«Un passo avanti», ha commentato l'assessora. Con lei i sindaci di Pero, Lainate e Vanzago.</p>",
        ),
        (  # the Assemblea dei Sindaci, the mayors after a sentence about the vote
            "<p>L'Assemblea dei Sindaci dell'Ambito Rhodense si è riunita a Rho. Il voto è stato unanime. "
            "Al tavolo sedevano i primi cittadini di Pero, Lainate e Vanzago.</p>",
        ),
    ],
)
def test_the_mayors_at_the_ambitos_meeting_a_few_sentences_on(paragraphs: tuple[str, ...]) -> None:
    f = facts(*paragraphs)
    assert [set(a.members) for a in f.ambiti] == [_PERO_LAINATE]


def test_the_mayors_of_a_neighbouring_district_are_no_members() -> None:
    f = facts(
        "<p>I sindaci del distretto vicino hanno incontrato l'Ambito Rhodense. «Un passo avanti», ha detto il "
        "presidente. Erano presenti i primi cittadini di Pero, Lainate e Vanzago.</p>"
    )
    assert [set(a.members) for a in f.ambiti] in ([], [set()])


@pytest.mark.parametrize(
    "row",
    [
        "<tr><th>Comuni</th><td>Rho, Pero, Lainate, Vanzago</td></tr>",
        "<tr><td>Comuni aderenti</td><td>Rho<br>Pero<br>Lainate<br>Vanzago</td></tr>",
        "<tr><th>Elenco dei comuni</th><td>Rho; Pero; Lainate; Vanzago</td></tr>",
    ],
)
def test_an_infobox_row_labelled_comuni_lists_the_members(row: str) -> None:
    f = facts(f"<h1>Ambito Rhodense</h1><table><tr><th>Regione</th><td>Lombardia</td></tr>{row}</table>")
    assert [set(a.members) for a in f.ambiti] == [{RHO, PERO, LAINATE, VANZAGO}]


def test_an_infobox_row_of_neighbours_is_no_list_of_members() -> None:
    f = facts(
        "<h1>Ambito Rhodense</h1><table><tr><th>Capofila</th><td>Rho</td></tr>"
        "<tr><th>Comuni confinanti</th><td>Pero, Lainate, Vanzago</td></tr></table>"
    )
    assert [set(a.members) for a in f.ambiti] == [{RHO}]


@pytest.mark.parametrize(
    "intro",
    [
        "L'Ambito Rhodense è formato da quattro Comuni, tra il Canale Villoresi e l'Olona:",
        "Il Distretto Rhodense è composto da quattro comuni della pianura, lungo i sentieri del parco:",
        "L'Ambito Rhodense è costituito dai comuni dell'alto Milanese, dove passa il canale scolmatore:",
    ],
)
def test_an_aside_of_place_after_the_ambitos_membership_is_no_other_list(intro: str) -> None:
    f = facts(f"<p>{intro}</p><ul><li>Rho</li><li>Pero</li><li>Lainate</li><li>Vanzago</li></ul>")
    assert [set(a.members) for a in f.ambiti] == [{RHO, PERO, LAINATE, VANZAGO}]


def test_a_list_of_trails_through_the_comuni_stays_refused() -> None:
    f = facts(
        "<p>L'Ambito Rhodense promuove i sentieri del parco, che attraversano i comuni:</p>"
        "<ul><li>Rho</li><li>Pero</li><li>Lainate</li><li>Vanzago</li></ul>"
    )
    assert [set(a.members) for a in f.ambiti] in ([], [set()])


_MENU = (
    "<header><nav><ul><li><a href='/'>Home</a></li><li><span>{label}</span><ul><li><a href='/pero'>Pero</a></li>"
    "<li><a href='/lainate'>Lainate</a></li><li><a href='/vanzago'>Vanzago</a></li></ul></li></ul></nav></header>"
)


@pytest.mark.parametrize(
    ("label", "site"),
    [
        ("I Comuni dell'Ambito", "Servizi - Ambito Rhodense"),
        ("Comuni del Distretto", "Contatti | Ufficio di Piano del Rhodense"),
        ("Comuni aderenti", "Notizie - Piano di Zona del Rhodense"),
    ],
)
def test_a_menu_of_the_comuni_on_the_ambitos_own_site(label: str, site: str) -> None:
    f = facts(_MENU.format(label=label), "<p>I servizi sono programmati insieme dai comuni.</p>", title=site)
    assert [set(a.members) for a in f.ambiti] == [{PERO, LAINATE, VANZAGO}]


def test_a_menu_of_the_comuni_on_a_comunes_site_stays_chrome() -> None:
    f = facts(
        _MENU.format(label="I Comuni dell'Ambito"),
        "<p>Il Comune aderisce al Piano di Zona dell'Ambito Rhodense.</p>",
        title="Servizi sociali - Comune di Rho",
    )
    # the menu's comuni stay chrome; the site's own comune is a member by its sentence (round 42b, "il Comune aderisce")
    assert [set(a.members) for a in f.ambiti] == [{RHO}]


@pytest.mark.parametrize(
    "scope",
    [
        "2. Il regolamento si applica nei Comuni di Rho (ente capofila), Pero, Lainate e Vanzago.",
        "b) Il presente regolamento si applica ai comuni di Rho, Pero, Lainate e Vanzago, che lo recepiscono.",
        "3) Il regolamento vale per i Comuni di Rho, Pero, Lainate e Vanzago.",
    ],
)
def test_a_numbered_paragraph_gives_the_regulations_comuni(scope: str) -> None:
    f = facts(
        "<h3>Art. 1 - Oggetto e ambito di applicazione</h3>",
        "<p>1. Il presente regolamento disciplina l'accesso ai servizi nel territorio dell'Ambito Rhodense.</p>",
        f"<p>{scope}</p>",
    )
    assert [set(a.members) for a in f.ambiti] == [{RHO, PERO, LAINATE, VANZAGO}]


def test_a_regulation_of_another_service_names_no_members() -> None:
    f = facts(
        "<p>Il sito presenta anche l'Ambito Rhodense.</p>",
        "<p>1. Il presente regolamento disciplina il prestito interbibliotecario.</p>",
        "<p>2. Il regolamento si applica nei Comuni di Rho, Pero, Lainate e Vanzago.</p>",
    )
    assert [set(a.members) for a in f.ambiti] in ([], [set()])


@pytest.mark.parametrize(
    "title",
    ["I distretti - ATS Città Metropolitana di Milano", "Agenzia di Tutela della Salute - distretti", "ATS | Salute"],
)
def test_an_ats_page_names_health_districts_not_ambiti(title: str) -> None:
    district = "<p>Il Distretto di Rho comprende Rho, Pero, Lainate, Vanzago e gli altri comuni della zona.</p>"
    f = facts(district, title=title)
    assert f.ambiti == []


def test_an_ats_page_naming_an_ambito_keeps_its_members() -> None:
    f = facts("<p>L'Ambito di Rho comprende Rho, Pero, Lainate e Vanzago.</p>", title="Gli ambiti - ATS di Milano")
    assert [set(a.members) for a in f.ambiti] == [{RHO, PERO, LAINATE, VANZAGO}]


@pytest.mark.parametrize(
    "joint",
    [
        "Sono contitolari del trattamento, ai sensi dell'art. 26 del Regolamento, i seguenti enti: Comune di Pero, "
        "Comune di Lainate, Comune di Vanzago.",
        "Contitolari del trattamento sono i Comuni di Pero, Lainate e Vanzago.",
        "I Comuni di Pero, Lainate e Vanzago sono contitolari del trattamento.",
    ],
)
def test_the_joint_controllers_of_the_ambitos_service_are_its_comuni(joint: str) -> None:
    f = facts(
        "<p>Informativa per gli utenti del servizio di assistenza domiciliare dell'Ambito Rhodense.</p>",
        f"<p>{joint}</p>",
    )
    assert [set(a.members) for a in f.ambiti] == [{PERO, LAINATE, VANZAGO}]


def test_the_joint_controllers_of_another_service_are_no_members() -> None:
    f = facts(
        "<p>Il sito ospita anche le pagine dell'Ambito Rhodense.</p>",
        "<p>Per la polizia locale sono contitolari del trattamento i Comuni di Pero, Lainate e Vanzago.</p>",
    )
    assert [set(a.members) for a in f.ambiti] in ([], [set()])


@pytest.mark.parametrize(
    "sentence",
    [
        "È stato nominato il responsabile dell'Ufficio di Piano, con sede presso il Comune di Rho, ente capofila.",
        "L'Ufficio di Piano dell'Ambito, con sede presso il Comune di Rho, ente capofila, riapre lunedì.",
        "Gli uffici, con sede presso il Comune di Rho, capofila dell'Ambito, sono aperti il martedì.",
    ],
)
def test_a_seat_presso_the_comune_then_its_role(sentence: str) -> None:
    f = facts(f"<p>Notizie dall'Ambito Rhodense. {sentence}</p>")
    assert [a.capofila for a in f.ambiti] == [RHO]


def test_an_accord_partys_identification_is_still_skipped() -> None:
    f = facts(
        "<p>Accordo di programma dell'Ambito Rhodense. Il Comune di Rho (C.F. 00834250153), con sede in Piazza "
        "Visconti, 23, in qualità di ente capofila, e il Comune di Pero.</p>"
    )
    assert [a.capofila for a in f.ambiti] == [RHO]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pero è uno dei Comuni dell'Ambito Rhodense, il cui ente capofila è il Comune di Rho.",
        "Pero è uno dei nove comuni del Distretto Rhodense.",
        "Pero e Lainate sono due dei comuni dell'Ambito Rhodense.",
    ],
)
def test_a_comune_said_one_of_the_ambitos_comuni(sentence: str) -> None:
    f = facts(f"<p>{sentence}</p>")
    assert PERO in f.ambiti[0].members


def test_one_of_the_neighbouring_comuni_is_no_member() -> None:
    f = facts("<p>Pero è uno dei comuni confinanti dell'Ambito Rhodense.</p>")
    assert [a.members for a in f.ambiti] in ([], [[]])


def test_a_line_naming_one_member_may_still_seat_the_office() -> None:
    f = facts(
        "<p>Pero è uno dei comuni dell'Ambito di Rho, che ha come ente capofila il Comune di Rho e come sede "
        "dell'Ufficio di Piano il municipio di Piazza Visconti 23.</p>"
    )
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None and office.address is not None and office.address.street == "Piazza Visconti, 23"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ha parlato la sindaca di Rho, che ha ricordato come il Comune sia capofila dell'Ambito Rhodense.",
        "L'assessora ai servizi sociali di Rho ha ricordato che il Comune è ente capofila dell'Ambito Rhodense.",
        "Secondo il vicesindaco di Rho lo stesso Comune resta capofila dell'Ambito Rhodense.",
    ],
)
def test_il_comune_stands_for_the_comune_its_officer_was_named_by(sentence: str) -> None:
    f = facts(f"<p>{sentence}</p>")
    assert [a.capofila for a in f.ambiti] == [RHO]


def test_il_comune_after_two_officers_names_no_capofila() -> None:
    two = "Il sindaco di Pero ha detto che l'assessore di Rho sa che il Comune è capofila dell'Ambito Rhodense."
    f = facts(f"<p>{two}</p>")
    assert [a.capofila for a in f.ambiti] in ([], [None])


# round 23: contacts and dates


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Prende atto della nomina di Elena Ferrari a coordinatrice dell'Ufficio di Piano.", "Elena Ferrari"),
        ("Il responsabile del procedimento è il dott. Paolo Ricci, responsabile dell'Ufficio di Piano.", "Paolo Ricci"),
        ("Partecipa, senza diritto di voto, il Referente dell'Ufficio di Piano: Giorgio Sala.", "Giorgio Sala"),
        ("Udita la relazione della Responsabile dell'Ufficio, dott.ssa Anna Neri, l'Assemblea approva.", "Anna Neri"),
    ],
)
def test_the_office_head_beside_the_office_role_in_any_sentence(sentence: str, name: str) -> None:
    f = facts("<h1>Ambito territoriale del Magentino</h1>", f"<p>{sentence}</p>")
    assert [a.ufficio_di_piano.responsible for a in f.ambiti if a.ufficio_di_piano] == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Saluta l'ex responsabile dell'Ufficio di Piano, dott.ssa Elena Ferrari, in pensione da gennaio.",
        "Il dott. Paolo Ricci, responsabile dell'Ufficio di Piano uscente, ha presentato la relazione.",
        "Assiste in qualità di segretario verbalizzante la Responsabile dell'Ufficio di Piano, dott.ssa Anna Neri.",
        "La responsabile dell'Ufficio Servizi Sociali, dott.ssa Anna Neri, ha presentato la relazione.",
    ],
)
def test_a_former_head_a_minute_taker_or_another_office_is_no_responsible(sentence: str) -> None:
    f = facts("<h1>Ambito territoriale del Magentino</h1>", f"<p>{sentence}</p>")
    assert [a.ufficio_di_piano.responsible for a in f.ambiti if a.ufficio_di_piano] == []


def _office_of_rho(other: str, between: str) -> tuple[list[str], list[str]]:
    f = facts(
        "<h1>Ambito Rhodense</h1><h2>Ufficio di Piano</h2>",
        f"<p>Per informazioni: Ufficio di Piano, tel. 02 9330 2411, udp@ambitorhodense.example.it.{between}{other}</p>",
    )
    office = f.ambiti[0].ufficio_di_piano
    return office.phones, office.emails


@pytest.mark.parametrize(
    "press",
    [
        "Ufficio Stampa del Comune di Rho: Carla Monti, tel. 02 9333 2250, ufficiostampa@comune.rho.example.it",
        "Redazione – redazione@nordmilanooggi.example.it, tel. 02 9333 2250",
        "Addetta stampa: Carla Monti - 02 9333 2250 - carla.monti@comune.rho.example.it",
    ],
)
@pytest.mark.parametrize("between", [" ", "</p><p>"])
def test_a_press_office_or_a_newsroom_beside_the_office_is_not_its_contact(press: str, between: str) -> None:
    assert _office_of_rho(press, between) == (["+390293302411"], ["udp@ambitorhodense.example.it"])


@pytest.mark.parametrize(
    "lead_in",
    ["Per informazioni sui servizi del Comune di Rho:", "Per i servizi comunali:", "Contatti del Comune di Rho:"],
)
def test_a_comune_desk_after_a_lead_in_is_not_the_office(lead_in: str) -> None:
    desk = f"{lead_in} Segretariato sociale, tel. 02 9333 2250, sociale@comune.rho.example.it"
    assert _office_of_rho(desk, "</p><p>") == (["+390293302411"], ["udp@ambitorhodense.example.it"])


@pytest.mark.parametrize(
    ("title", "hours"),
    [
        ("Sportelli sociali nei Comuni", "<p>Orari: lunedì 9.00-12.00</p>"),
        ("Segretariato sociale: dove siamo", "<p>Quando: mar e gio 9-12</p>"),
        ("Punti di accesso territoriali", "<p>Ricevimento: giovedì 14 - 16</p>"),
    ],
)
def test_a_desk_in_each_comune_gives_no_contacts_of_the_comune(title: str, hours: str) -> None:
    cards = "".join(
        f"<h3>Comune di {name}</h3>{hours}<p>Telefono: 02 9352 77{n}0</p><p>Indirizzo: Via Roma {n}</p>"
        for n, name in enumerate(["Arese", "Pero", "Vanzago"], start=1)
    )
    f = facts(f"<h1>{title}</h1><p>Nei Comuni dell'Ambito Rhodense (Arese, Pero e Vanzago).</p>", cards, title=title)
    assert (f.comuni, sorted(f.ambiti[0].members)) == ([], sorted([ARESE, PERO, VANZAGO]))


def test_a_comune_contact_card_without_hours_is_still_the_comune() -> None:
    cards = "<h3>Comune di Arese</h3><p>Telefono: 02 935271</p><p>Indirizzo: Via Roma 2</p>"
    f = facts("<h1>Sportelli sociali</h1><p>Nei Comuni dell'Ambito Rhodense.</p>", cards, title="Sportelli sociali")
    assert [c.istat for c in f.comuni] == [ARESE]


@pytest.mark.parametrize(
    "line",
    [
        "Help desk telefonico dell'Ufficio di Piano: 02 9330 2415, martedì e giovedì 9.30-12.30.",
        "Ufficio di Piano, Piazza Visconti 23, Rho. Numero dedicato: 02 9330 2415 (lun-ven 9-12).",
        "Il servizio è coordinato dall'Ufficio di Piano. Segreteria: 02 9330 2415.",
        "Le candidature vanno all'Ufficio di Piano. Per chiarimenti: 02 9330 2415.",
    ],
)
def test_a_desk_or_notice_word_announces_the_office_phone(line: str) -> None:
    f = facts("<h1>Ambito Rhodense</h1><h2>Informazioni</h2>", f"<p>{line}</p>")
    assert f.ambiti[0].ufficio_di_piano.phones == ["+390293302415"]


@pytest.mark.parametrize(
    ("sentence", "approved"),
    [
        ("Il Piano di Zona 2025-2027 è stato approvato dall'Assemblea nella seduta del 12 dicembre.", "2024-12-12"),
        ("Lo scorso 19 dicembre l'Assemblea dei Sindaci ha approvato il Piano di Zona 2025-2027.", "2024-12-19"),
        ("Piano di Zona 2025-2027, approvato dall'Assemblea dei Sindaci il 20 gennaio scorso.", "2025-01-20"),
    ],
)
def test_an_undated_page_gives_a_yearless_approval_the_year_around_the_plan_start(sentence: str, approved: str) -> None:
    f = facts("<h1>Ambito Rhodense</h1>", f"<p>{sentence}</p>")
    assert [(p.start_year, p.approved_on) for p in f.ambiti[0].plans] == [(2025, approved)]


@pytest.mark.parametrize(
    "line",
    [
        "Le comunicazioni ufficiali vanno alla PEC udp.rho@pec.example.it; per il resto scrivete a udp@rho.example.it.",
        "PEC udp.rho@pec.example.it - per richieste di informazioni scrivere a udp@rho.example.it",
        "Posta certificata: udp.rho@pec.example.it; per le domande inviate una mail a udp@rho.example.it.",
    ],
)
def test_an_invitation_to_write_after_a_pec_gives_an_ordinary_email(line: str) -> None:
    f = facts("<h1>Ambito Rhodense</h1><h2>Ufficio di Piano</h2>", f"<p>{line}</p>")
    office = f.ambiti[0].ufficio_di_piano
    assert (office.pec, office.emails) == (["udp.rho@pec.example.it"], ["udp@rho.example.it"])


@pytest.mark.parametrize(
    "header", ["Sportello | Indirizzo | Telefono", "Ufficio | Sede | Tel.", "Servizio | Dove | Telefono"]
)
def test_the_office_row_right_under_a_desks_table_header(header: str) -> None:
    head = "".join(f"<th>{h}</th>" for h in header.split(" | "))
    f = facts(
        "<h1>Bando voucher - Ambito Rhodense</h1>",
        f"<table><tr>{head}</tr><tr><td>Ufficio di Piano</td><td>Piazza Visconti 23, Rho</td><td>02 9330 2470</td></tr>"
        "<tr><td>Sportello di Lainate</td><td>Largo Vittorio Veneto 12, Lainate</td><td>02 9359 8251</td></tr></table>",
    )
    assert f.ambiti[0].ufficio_di_piano.phones == ["+390293302470"]


# a signer's surname that is also a comune's name (crawler/parsers/members.py, _surnames)
GARBAGNATE_MEMBERS = ["015027", "015076", "015105", "015157", "015166", "015206", "015213", "015250"]


@pytest.mark.parametrize(
    "signer",
    ["La Sindaca<br>Maria Brivio", "Il Sindaco<br>Brivio Giovanni", "L'Assessora<br>dott.ssa Brivio"],
)
def test_a_signers_surname_that_is_a_comune_names_no_member(signer: str) -> None:
    f = facts(
        "<h1>Accordo di programma - Ambito territoriale di Garbagnate Milanese</h1>",
        "<p>Sottoscrivono il presente Accordo i Comuni di Baranzate, Bollate, Cesate, Garbagnate Milanese, Novate "
        "Milanese, Paderno Dugnano, Senago e Solaro.</p><p>Letto, confermato e sottoscritto.</p>",
        f"<p>Comune di Bollate<br>Il Sindaco<br>Francesco Vassallo</p><p>Comune di Senago<br>{signer}</p>",
    )
    assert [sorted(a.members) for a in f.ambiti] == [GARBAGNATE_MEMBERS]


@pytest.mark.parametrize(
    "items",
    [
        "Sesto San Giovanni Cinisello Balsamo Cologno Monzese Bresso",
        "Sesto San Giovanni, Cinisello Balsamo, Cologno Monzese e Bresso",
    ],
)
def test_a_comune_whose_name_ends_in_a_given_name_still_leads_the_next(items: str) -> None:
    f = facts("<h1>Ambito territoriale di Sesto San Giovanni</h1>", f"<p>I comuni dell'Ambito: {items}.</p>")
    assert [len(a.members) for a in f.ambiti] == [4]


# round 24 (issue 11): whole member lists lost by layout (crawler/parsers/members.py)
CORSICO_MEMBERS = ["015011", "015036", "015074", "015093", "015097", "015220"]
CORSICO_CELL = "Assago; Buccinasco; Cesano Boscone; Corsico; Cusago; Trezzano sul Naviglio"


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("Sud Ovest Sociale s.c.r.l.", "Soci:"),
        ("Azienda speciale consortile per i servizi alla persona", "Enti soci pubblici:"),
        ("Azienda del Piano di Zona", "Comuni soci:"),
    ],
)
def test_a_transparency_cell_of_a_social_bodys_members(body: str, label: str) -> None:
    f = facts(
        "<h1>Società partecipate - Ambito di Corsico</h1>",
        f"<table><tr><th>Ragione sociale</th><th>Compagine</th><th>Onere</th></tr><tr><td>{body}</td>"
        f"<td>{label} {CORSICO_CELL.replace('; ', ' (MI); ')} (MI)</td><td>€ 10.000</td></tr></table>",
    )
    assert [sorted(a.members) for a in f.ambiti] == [CORSICO_MEMBERS]


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("Consorzio del Parco Agricolo Sud", "Soci:"),
        ("Consorzio acqua potabile", "Enti soci:"),
        ("Polizia", "Comuni confinanti:"),
    ],
)
def test_a_transparency_cell_of_another_bodys_members_is_no_list(body: str, label: str) -> None:
    f = facts(
        "<h1>Enti pubblici vigilati - Ambito di Corsico</h1>",
        "<table><tr><th>Ente</th><th>Partecipanti</th></tr>",
        f"<tr><td>{body}</td><td>{label} {CORSICO_CELL}</td></tr></table>",
    )
    assert [a.members for a in f.ambiti] in ([], [[]])


ROLL_CALL = [
    ("Assago", "Lara Carano"),
    ("Buccinasco", "Rino Pruiti"),
    ("Cesano Boscone", "Marco Pozza (delegato)"),
    ("Corsico", "Stefano Ventura"),
    ("Cusago", "Daniela Palazzoli"),
    ("Trezzano sul Naviglio", "Fabio Bottero"),
]


@pytest.mark.parametrize(
    ("header", "present", "absent"),
    [
        ("Comune Sindaco o delegato Presente/Assente", "Presente", "Assente"),
        ("ENTE RAPPRESENTANTE PRESENZA", "presente", "assente giustificato"),
        ("Risultano all'appello:", "PRESENTE", "ASSENTE"),
    ],
)
def test_an_assembly_roll_call_lists_present_and_absent_members(header: str, present: str, absent: str) -> None:
    rows = "\n".join(f"{c} {who} {absent if k % 3 == 2 else present}" for k, (c, who) in enumerate(ROLL_CALL))
    f = text_facts(
        "Ambito di Corsico - Assemblea dei Sindaci\nVerbale di deliberazione n. 3 del 9 aprile 2025\n\n"
        f"Oggetto: Piano di Zona 2025-2027.\n\n{header}\n{rows}\n\nLa seduta è valida.\n"
    )
    assert [sorted(a.members) for a in f.ambiti] == [CORSICO_MEMBERS]


def test_a_councils_roll_call_of_surnames_names_no_member() -> None:
    f = text_facts(
        "Comune di Verdello - Consiglio comunale\nIl Comune di Verdello fa parte dell'Ambito di Dalmine.\n\n"
        "Cognome e nome Carica Presenza\nLesmo Giovanni Sindaco Presente\nBrivio Maria Consigliere Presente\n"
        "Mapello Anna Presente\nRossi Paolo Consigliere Assente\n"
    )
    assert [sorted(a.members) for a in f.ambiti] == [["016233"]]


@pytest.mark.parametrize(
    ("corner", "prefix", "rows"),
    [
        ("", "", ["Popolazione", "Quota (euro)"]),
        ("Indicatore", "Comune di ", ["Utenti in carico", "Ore erogate"]),
        ("Voce", "", ["Quota 2025 (%)"]),
    ],
)
def test_a_transposed_table_of_the_ambitos_comuni(corner: str, prefix: str, rows: list[str]) -> None:
    names = CORSICO_CELL.split("; ")
    head = "".join(f"<th>{prefix}{c}</th>" for c in names)
    body = "".join(f"<tr><td>{r}</td>" + "".join(f"<td>{k * 7 + 3},5</td>" for k in range(6)) + "</tr>" for r in rows)
    f = facts(
        "<h1>Riparto del fondo tra i Comuni dell'Ambito di Corsico</h1>",
        f"<table><tr><th>{corner}</th>{head}</tr>{body}</table>",
    )
    assert [sorted(a.members) for a in f.ambiti] == [CORSICO_MEMBERS]


def test_a_transposed_table_of_a_distretto_del_commercio_is_no_list() -> None:
    head = "".join(f"<th>{c}</th>" for c in CORSICO_CELL.split("; "))
    f = facts(
        "<h1>Contributi ai negozi</h1><p>Corsico fa parte dell'Ambito di Corsico.</p>",
        "<p>Il Distretto del Commercio Sud Ovest ha assegnato i contributi ai negozi di questi Comuni:</p>",
        f"<table><tr><th>Voce</th>{head}</tr><tr><td>Negozi</td>{'<td>4</td>' * 6}</tr></table>",
    )
    assert [sorted(a.members) for a in f.ambiti] == [["015093"]]


def _signature_page(title: str, signer: str) -> str:
    """An accord's last page: signature blocks of the six comuni two by two, side by side."""
    names = CORSICO_CELL.split("; ")
    rows = [
        f"Per il Comune di {a:<40}Per il Comune di {b}\nIl Sindaco{' ' * 36}Il Sindaco\n{signer:<46}{signer}\n"
        for a, b in zip(names[::2], names[1::2], strict=True)
    ]
    return (
        f"{title}\n\nArt. 9 - Durata\nIl presente Accordo vale fino al 2027.\n\nLetto, approvato e sottoscritto.\n\n"
        + "\n".join(rows)
    )


@pytest.mark.parametrize(
    ("title", "signer"),
    [
        ("ACCORDO DI PROGRAMMA PER IL PIANO DI ZONA 2025-2027 - AMBITO DI CORSICO", "firmato digitalmente"),
        ("Accordo di programma per l'attuazione del Piano di Zona dell'Ambito di Corsico", "F.to digitalmente"),
        ("AMBITO TERRITORIALE DI CORSICO\nAccordo per le politiche sociali 2025-2027", "____________"),
    ],
)
def test_an_accords_signature_blocks_side_by_side_are_its_parties(title: str, signer: str) -> None:
    f = text_facts(_signature_page(title, signer))
    assert [sorted(a.members) for a in f.ambiti] == [CORSICO_MEMBERS]


@pytest.mark.parametrize(
    "title",
    [
        "ACCORDO DI PARTENARIATO PER IL PROGETTO «CASA COMUNE» - capofila Ambito di Corsico",
        "CONVENZIONE DELL'UNIONE DEI COMUNI DEL SUD OVEST - Ambito di Corsico",
    ],
)
def test_a_projects_or_an_unions_signature_blocks_are_no_members(title: str) -> None:
    f = text_facts(_signature_page(title, "firmato digitalmente"))
    assert all(not a.members for a in f.ambiti)


# round 25a: a map drawn by a script ------------------------------------------------------------------------------


def _leaflet(box_label: str, data: str) -> str:
    return (
        f'<h1>Il territorio</h1><div id="carta" aria-label="{box_label}"></div>'
        f"<script>var c = L.map('carta').setView([45.4, 9.1], 12);\n{data}</script>"
        "<p>Il Comune di Corsico è capofila.</p>"
    )


_GEOJSON = (
    '{"type":"FeatureCollection","features":['
    + ",".join(f'{{"type":"Feature","properties":{{"nome":"{n}"}}}}' for n in CORSICO_CELL.split("; "))
    + "]}"
)
_POPUPS = "\n".join(
    f"L.marker([45.4, 9.1]).addTo(c).bindPopup('<b>{n}</b><br>Sportello sociale');" for n in CORSICO_CELL.split("; ")
)


@pytest.mark.parametrize("data", [f"L.geoJSON({_GEOJSON}).addTo(c);", _POPUPS])
def test_a_script_maps_places_under_the_ambitos_map_are_its_members(data: str) -> None:
    f = facts(_leaflet("Mappa dei Comuni dell'Ambito territoriale di Corsico", data))
    assert [(sorted(a.members), a.capofila) for a in f.ambiti] == [(CORSICO_MEMBERS, "015093")]


@pytest.mark.parametrize(
    "label", ["Mappa dei Comuni del Distretto del Commercio Sud Ovest", "Mappa degli eventi dell'estate 2025"]
)
def test_a_script_map_of_a_distretto_del_commercio_or_of_events_gives_no_members(label: str) -> None:
    f = facts(
        "<p>L'Ufficio di Piano dell'Ambito territoriale di Corsico segnala l'iniziativa.</p>",
        _leaflet(label, f"L.geoJSON({_GEOJSON}).addTo(c);").replace("<p>Il Comune di Corsico è capofila.</p>", ""),
    )
    assert all(not a.members for a in f.ambiti)


_BUNDLE = "var g = google.maps.LatLng;\n" + "\n".join(
    f"register({{name: '{n}'}});" for n in [*CORSICO_CELL.split("; "), "header", "footer"]
)


@pytest.mark.parametrize(
    "script",
    [
        f"<script>{_BUNDLE}</script>",  # a bundle's components are named by bare `name:` keys, not places
        f"<script>L.geoJSON({_GEOJSON});/*{' ' * 2_000_000}*/</script>",  # longer than a map: a bundle
    ],
    ids=["name-keys", "too-long"],
)
def test_a_script_bundle_is_no_map(script: str) -> None:
    f = facts("<h2>I nostri servizi</h2>", script, "<p>Ufficio di Piano dell'Ambito territoriale di Corsico.</p>")
    assert all(not a.members for a in f.ambiti)


# round 25a: a capofila said by a term's report, a form, the site's own comune, an infographic ---------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Nel quinquennio la Città di Corsico ha esercitato il ruolo di capofila dell'Ambito territoriale di Corsico.",
        "Nel triennio il Comune di Corsico ha svolto il ruolo di ente capofila dell'Ambito di Corsico.",
    ],
)
def test_a_capofila_in_the_perfect_of_a_terms_report(sentence: str) -> None:
    f = facts(f"<p>{sentence}</p>")
    assert [a.capofila for a in f.ambiti] == ["015093"]


def test_a_capofila_role_held_until_a_handover_is_no_capofila() -> None:
    f = facts(
        "<p>Fino al 2020 il Comune di Buccinasco ha svolto il ruolo di capofila dell'Ambito di Corsico, "
        "passato poi a un altro ente.</p>"
    )
    assert all(a.capofila != "015036" for a in f.ambiti)


def test_an_application_forms_fieldset_says_whose_office_it_is() -> None:
    f = facts(
        "<form><fieldset><legend>Intestazione</legend><p>AMBITO TERRITORIALE DI CORSICO – Ufficio di Piano<br>"
        "Ente capofila: Comune di Corsico</p></fieldset><input name='nome'></form>",
        title="Modulo di domanda",
    )
    assert [(a.name, a.capofila) for a in f.ambiti] == [("Ambito territoriale di Corsico", "015093")]


def test_a_search_form_stays_dropped() -> None:
    f = facts("<form><label>Cerca nell'Ambito di Corsico: capofila Corsico <input name='q'></label></form>")
    assert not f.ambiti


@pytest.mark.parametrize(
    "form",
    [
        '<form action="/wp-comments-post.php" id="commentform"><p>Il tuo indirizzo email non sarà pubblicato.</p>'
        "<p><label>Telefono</label><input name='tel'></p><p><label>Email: Commento</label><textarea></textarea></p>"
        "</form>",
        "<form><p><label>Telefono</label><input name='tel'></p><p><label>Email</label><input name='email'></p></form>",
    ],
    ids=["comment-form", "fields-in-paragraphs"],
)
def test_a_sites_own_form_is_no_office_evidence(form: str) -> None:
    f = facts("<h1>Ufficio di Piano dell'Ambito di Corsico</h1><p>Via Roma 1, 20094 Corsico</p>", form)
    evidence = " ".join(a.evidence.get("ufficio_di_piano", "") for a in f.ambiti)
    assert evidence and "Telefono" not in evidence and "pubblicato" not in evidence


@pytest.mark.parametrize(
    ("line", "capofila"),
    [
        ("Ufficio di Piano dell'Ambito territoriale di Corsico (il Comune è ente capofila)", "015093"),
        ("Ufficio di Piano dell'Ambito territoriale di Corsico: questo Comune è capofila", "015093"),
        ("Ambito territoriale di Corsico: il Comune è capofila del progetto «Strade sicure»", None),
        ("Ambito territoriale di Corsico: il Comune è capofila del Distretto del Commercio", None),
    ],
)
def test_the_comune_itself_named_capofila_on_its_own_site(line: str, capofila: str | None) -> None:
    f = facts(f"<ul><li>{line}</li></ul>", title="Organigramma | Comune di Corsico")
    assert [a.capofila for a in f.ambiti if a.capofila] == ([capofila] if capofila else [])


def test_the_comune_itself_without_the_sites_name_is_no_capofila() -> None:
    f = facts("<p>Ufficio di Piano dell'Ambito di Corsico (il Comune è ente capofila)</p>", title="Organigramma")
    assert all(not a.capofila for a in f.ambiti)


@pytest.mark.parametrize(
    ("alt", "capofila"),
    [
        ("Infografica: 6 Comuni, 1 ente capofila (Comune di Corsico), 2.140 persone prese in carico", "015093"),
        ("Logo dell'Ambito di Corsico, capofila Comune di Corsico", None),
    ],
)
def test_an_infographics_text_alternative_is_read_a_logos_is_not(alt: str, capofila: str | None) -> None:
    f = facts("<h2>L'Ambito di Corsico in numeri</h2>", f'<p><img src="a.png" alt="{alt}"></p>')
    assert [a.capofila for a in f.ambiti if a.capofila] == ([capofila] if capofila else [])


def test_a_comunes_organigramma_alt_gives_no_office_phone() -> None:
    alt = "Organigramma del Comune: Sindaco Mario Rossi, Segretario Generale, Ufficio Tributi tel. 02 4480 1111"
    f = facts("<h1>Ufficio di Piano dell'Ambito di Corsico</h1><p>Via Roma 1, 20094 Corsico</p>", f'<img alt="{alt}">')
    assert [a.ufficio_di_piano.phones for a in f.ambiti if a.ufficio_di_piano] == [[]]


# round 25a: a health district, comuni sent to another ambito's pages, a capofila's relative clause in a list -------


@pytest.mark.parametrize(
    "sentence",
    [
        "Il Distretto Garbagnate dell'ASST Rhodense ha aperto Case di Comunità a Bollate, Senago e Garbagnate.",
        "Il Distretto Rhodense della ASST Rhodense conta tre Case di Comunità: Rho, Lainate e Arese.",
    ],
)
def test_an_asst_district_named_as_its_own_is_no_ambito(sentence: str) -> None:
    assert not facts(f"<p>{sentence}</p>").ambiti


def test_comuni_sent_to_another_ambitos_pages_are_no_members() -> None:
    f = facts(
        "<p>Sono sei i Comuni dell'Ambito territoriale di Corsico.</p>",
        f"<ul>{''.join(f'<li>{n}</li>' for n in CORSICO_CELL.split('; '))}</ul>",
        "<h2>Altri Comuni</h2><p>Per i Comuni di Gaggiano, Rosate e Vernate consultare il sito dell'Ambito "
        "dell'Abbiatense.</p>",
        title="Comuni - Ambito territoriale di Corsico",
    )
    assert [sorted(a.members) for a in f.ambiti] == [CORSICO_MEMBERS]


def test_comuni_sent_to_their_own_ambitos_site_are_its_members() -> None:
    f = facts(
        "<p>Il Comune di Pero fa parte dell'Ambito del Rhodense insieme ai Comuni di Rho, Arese, Lainate, Pogliano "
        "Milanese, Pregnana Milanese, Vanzago, Cornaredo e Settimo Milanese: per informazioni consultare il sito "
        "dell'Ambito del Rhodense.</p>"
    )
    assert [len(a.members) for a in f.ambiti] == [9]


@pytest.mark.parametrize("role", ["che ne è capofila", "che ne è l'ente capofila", "il quale è il comune capofila"])
def test_a_capofilas_relative_clause_inside_a_list_is_its_antecedents(role: str) -> None:
    f = facts(
        "<p>Fanno parte dell'Ambito territoriale di Corsico i Comuni di Assago, Buccinasco, "
        f"Corsico, {role}, Cesano Boscone, Cusago e Trezzano sul Naviglio.</p>"
    )
    assert [(sorted(a.members), a.capofila) for a in f.ambiti] == [(CORSICO_MEMBERS, "015093")]


# round 25a: names hyphenated at the line's end in a column of two ---------------------------------------------------


def test_names_hyphenated_in_a_column_of_two_are_joined() -> None:
    left = ["Il territorio dell'Ambito ha una", "forte densita' abitativa e una rete", "di servizi sociali diffusa in"]
    right = ["Aderiscono all'Ambito di Corsico i", "Comuni di Assago, Buc-", "cinasco, Cesano Boscone, Corsico,"]
    left += ["tutti i Comuni, con sportelli", "aperti ogni settimana.", ""]
    right += ["Cusago e Trezzano sul Navi-", "glio; il Comune di Corsico e' l'en-", "te capofila dell'Ambito."]
    text = "\n".join((a.ljust(44) + b).rstrip() for a, b in zip(left, right, strict=True))
    f = text_facts(f"PIANO DI ZONA 2025-2027\n\n{text}\n")
    assert [(sorted(a.members), a.capofila) for a in f.ambiti] == [(CORSICO_MEMBERS, "015093")]


# round 25a: a section heading put between a list's two columns by the text layer -----------------------------------


def _figures_list(heading: str) -> str:
    rows = [f"{n} {100 + k}" for k, n in enumerate(CORSICO_CELL.split("; "))]
    return (
        "Piano di Zona 2025-2027 - Ambito di Corsico\n\n3.1 I minori in carico\n"
        "Nei sei Comuni dell'Ambito di Corsico i minori in carico per Comune sono:\n"
        + "\n".join([*rows[:3], heading, *rows[3:]])
        + "\nLe risorse sono ripartite per popolazione.\n"
    )


def test_a_section_heading_between_a_lists_columns_does_not_cut_it() -> None:
    f = text_facts(_figures_list("3.2 Le risorse del triennio"))
    assert [sorted(a.members) for a in f.ambiti] == [CORSICO_MEMBERS]


@pytest.mark.parametrize(("heading", "n"), [("3.2 Le risorse del triennio", 6), ("3.2 I Comuni confinanti", 3)])
def test_a_section_heading_between_a_bulleted_lists_items_does_not_cut_it(heading: str, n: int) -> None:
    """A PDF's text puts the next section's heading between two bulleted items of the ambito's list."""
    items = [f"- {name}" for name in CORSICO_CELL.split("; ")]
    f = text_facts(
        "Piano di Zona 2025-2027 - Ambito di Corsico\n\n3.1 I Comuni dell'Ambito\nL'Ambito di Corsico comprende:\n"
        + "\n".join([*items[:3], heading, *items[3:]])
        + "\nLe risorse sono ripartite per popolazione.\n"
    )
    assert len([m for a in f.ambiti for m in a.members]) == n


def test_a_heading_of_other_comuni_between_rows_ends_the_list() -> None:
    f = text_facts(_figures_list("3.2 I Comuni confinanti"))
    assert [sorted(a.members) for a in f.ambiti] == [["015011", "015036", "015074"]]


@pytest.mark.parametrize(
    ("lead", "members"),
    [
        ("Residenti e quota del fondo per ciascun Comune dell'Ambito di Corsico:", CORSICO_MEMBERS),
        ("Ambito di Corsico. Residenti dei Comuni confinanti con l'Ambito:", []),
    ],
)
def test_rows_of_a_comune_and_its_figures_in_a_pdfs_text_are_a_list(lead: str, members: list[str]) -> None:
    """A table's rows as a PDF's text lays them out, "Comune 12.345 9,8%", one row's figures wrapped onto a line of
    their own after "(capofila)"."""
    rows = [f"{n} {12 + k}.{k}40 {7 + k},{k}%" for k, n in enumerate(CORSICO_CELL.split("; "))]
    rows[2] = rows[2].replace(" 1", " (capofila)\n1" if members else "\n1", 1)
    f = text_facts(f"Relazione sociale 2024\n\n{lead}\n" + "\n".join(rows) + "\nTotale: 101.230 residenti.\n")
    assert [sorted(a.members) for a in f.ambiti if a.members] == ([members] if members else [])


# round 25a: a roll call's one-letter presence column -------------------------------------------------------------


def test_a_roll_calls_presence_letters_are_list_material() -> None:
    rows = ["ARESE P", "CORNAREDO P", "LAINATE P", "PERO A", "POGLIANO MILANESE P", "RHO AG", "VANZAGO P"]
    f = text_facts(
        "AMBITO TERRITORIALE RHODENSE\nASSEMBLEA DEI SINDACI\n\nAppello dei Comuni dell'Ambito:\n" + "\n".join(rows)
    )
    assert [sorted(a.members) for a in f.ambiti] == [sorted([ARESE, "015087", LAINATE, PERO, "015176", RHO, VANZAGO])]


def test_a_roll_calls_two_columns_of_comune_and_presence_are_one_list() -> None:
    """A minutes' text with its roll call in two columns, each comune followed by "presente"/"assente"."""
    f = text_facts(
        "Ambito territoriale Rhodense - Verbale dell'Assemblea dei Sindaci\n\nAll'appello risultano:\n"
        "Comune         Presenza      Comune        Presenza\n"
        "Arese          presente      Pero          assente\n"
        "Lainate        presente      Rho           presente\n"
        "Vanzago        assente giustificato\n\nPunto 1 - Comunicazioni.\n"
    )
    assert sorted(m for a in f.ambiti for m in a.members) == sorted([ARESE, LAINATE, PERO, RHO, VANZAGO])


def test_a_roll_calls_rows_of_comune_role_and_presence_are_list_items() -> None:
    """ "Comune: chi lo rappresenta, presente/assente", one row a line, the capofila's mark between name and colon."""
    rows = [
        "Arese: Sindaco, presente",
        "Lainate: Assessore delegato, presente",
        "Pero: Vicesindaco, assente",
        "Rho (Comune capofila): Sindaco, Presidente, presente",
        "Vanzago: Sindaco, presente",
    ]
    heading = "Assemblea dei Sindaci dell'Ambito Rhodense - seduta del 10 dicembre 2024. Comuni presenti:"
    f = text_facts(heading + "\n" + "\n".join(rows) + "\nVerbalizza il segretario dell'Assemblea.\n")
    assert sorted(m for a in f.ambiti for m in a.members) == sorted([ARESE, LAINATE, PERO, RHO, VANZAGO])


def test_a_capital_a_between_two_comuni_in_a_caps_sentence_is_no_presence_mark() -> None:
    f = text_facts("AMBITO TERRITORIALE RHODENSE\n\nIL PERCORSO VA DA PERO A RHO LUNGO IL SEMPIONE.\n")
    assert all(not a.members for a in f.ambiti)


# round 25a: a transparency record's field of its members, under the record's social-services body -----------------


@pytest.mark.parametrize(
    ("body", "members"),
    [
        ("Azienda Sociale Sud Ovest – azienda speciale consortile", CORSICO_MEMBERS),
        ("Consorzio dell'acquedotto Sud Ovest", []),
    ],
)
def test_a_records_enti_consorziati_are_members_under_a_social_body(body: str, members: list[str]) -> None:
    f = facts(
        "<p>Enti vigilati dal Comune di Corsico, capofila dell'Ambito di Corsico.</p>",
        f"<table><tr><th>Ragione sociale</th><td>{body}</td></tr>"
        "<tr><th>Durata</th><td>fino al 31/12/2040</td></tr>"
        f"<tr><th>Enti consorziati</th><td>{CORSICO_CELL}</td></tr></table>",
    )
    assert [sorted(a.members) for a in f.ambiti if len(a.members) > 1] == ([members] if members else [])


# round 25a: the signer's formula without a name between signature blocks run together ----------------------------


@pytest.mark.parametrize("formula", ["il Sindaco o suo delegato ________", "- la Sindaca o sua delegata ______"])
def test_signature_blocks_with_the_signers_formula_run_together(formula: str) -> None:
    names = CORSICO_CELL.split("; ")
    pairs = zip(names[::2], names[1::2], strict=True)
    rows = [f"Per il Comune di {a} {formula} Per il Comune di {b} {formula}" for a, b in pairs]
    f = text_facts(
        "ACCORDO DI PROGRAMMA PER IL PIANO DI ZONA DELL'AMBITO DI CORSICO\n\nLetto, approvato e sottoscritto.\n\n"
        + "\n".join(rows)
    )
    assert [sorted(a.members) for a in f.ambiti] == [CORSICO_MEMBERS]


def test_a_signers_formula_under_a_projects_accord_gives_no_members() -> None:
    names = CORSICO_CELL.split("; ")
    rows = [f"Per il Comune di {n} il Sindaco o suo delegato ________" for n in names]
    f = text_facts(
        "ACCORDO DI PARTENARIATO PER IL PROGETTO «CASA COMUNE» - capofila Ambito di Corsico\n\n"
        "Letto, approvato e sottoscritto.\n\n" + " ".join(rows)
    )
    assert all(not a.members for a in f.ambiti)


# round 25b (0.4.32): office contacts, responsible, plans and dates from heldout15 and heldout16


def _office(f: PageFacts) -> Contacts:
    """The page's one ambito's office, which the test's page gives."""
    office = f.ambiti[0].ufficio_di_piano
    assert office is not None
    return office


@pytest.mark.parametrize(
    ("sentence", "extended"),
    [
        ("Il Piano di Zona 2021-2023 rimarrà in vigore fino al 31/12/2024.", "2024-12-31"),
        ("Il Piano di Zona 2021-2023 resta in vigore fino al 31 dicembre 2024.", "2024-12-31"),
        ("Il Piano di Zona 2021-2023 è stato prorogato sino alla fine del 2024.", "2024-12-31"),
        ("I Sindaci hanno prorogato il Piano di Zona 2021-2023 fino alla fine dell'anno 2024.", "2024-12-31"),
        ("Il Piano di Zona 2021-2023 è stato prorogato fino  alla fine del 2024.", "2024-12-31"),  # a PDF's spaces
        # the plan's own term, and the year the extending act was taken, are no extension
        ("Il Piano di Zona 2021-2023 resterà in vigore fino al 31 dicembre 2023.", None),
        ("Alla fine del 2023 l'Assemblea ha prorogato il Piano di Zona 2021-2023.", None),
    ],
)
def test_a_plan_kept_in_force_or_extended_to_the_years_end(sentence: str, extended: str | None) -> None:
    assert _plan([sentence])[(2021, 2023)] == (None, extended)


@pytest.mark.parametrize(
    "budget",
    [
        "DUP 2026-2028 - Sezione operativa",
        "Bilancio di previsione 2026-2028",
        "Documento Unico di Programmazione 2026/2028",
    ],
)
def test_a_budgets_triennium_beside_the_named_plan_is_no_plan(budget: str) -> None:
    sentences = [
        budget,
        "Nel triennio 2026-2028 il programma attua il Piano di Zona 2025-2027, approvato il 18/12/2024.",
    ]
    assert _plan(sentences) == {(2025, 2027): ("2024-12-18", None)}
    # without the page's budget the triennium is read as before: a plan's own period
    assert (2026, 2028) in _plan(sentences[1:])


@pytest.mark.parametrize(
    ("said", "street"),
    [
        ("L'ufficio ha sede in via Garibaldi 12; si può contattare al numero 0331 555 210.", "Via Garibaldi, 12"),
        ("L'ufficio riceve su appuntamento e risponde al numero 0331 555 210.", None),
        ("Dopo il trasloco l'ufficio è in via Garibaldi 12, con il numero 0331 555 210.", "Via Garibaldi, 12"),
    ],
)
def test_the_office_named_again_as_l_ufficio_gives_its_seat_and_number(said: str, street: str | None) -> None:
    f = facts(
        "<p>Il nuovo Ufficio di Piano dell'Ambito di Gallarate apre a settembre.</p>",
        f"<p>{said}</p>",
        "<p>Per la TARI l'ufficio tributi del Comune risponde al numero 0331 754 111.</p>",
        title="Notizie - Ufficio di Piano dell'Ambito di Gallarate",
    )
    office = _office(f)
    assert office.phones == ["+390331555210"]
    assert (office.address.street if office.address else None) == street


@pytest.mark.parametrize(
    ("said", "head"),
    [
        ("È Anna Riva la nuova responsabile dell'Ufficio di Piano dell'Ambito di Saronno.", "Anna Riva"),
        (
            "Dal primo marzo è la dott.ssa Anna Riva la responsabile dell'Ufficio di Piano dell'Ambito di Saronno.",
            "Anna Riva",
        ),
        (
            "L'Ufficio di Piano dell'Ambito di Saronno cambia sede. Diretto da Anna Riva, che ne è la coordinatrice, "
            "riceve in via Roma 20.",
            "Anna Riva",
        ),
        # a former head: "che ne è stato il responsabile"
        ("L'Ufficio di Piano dell'Ambito di Saronno saluta Luigi Colombo, che ne è stato il responsabile.", None),
    ],
)
def test_news_name_the_offices_new_head(said: str, head: str | None) -> None:
    f = facts(f"<p>{said}</p>", title="Notizie - Il Giornale di Saronno")
    heads = [a.ufficio_di_piano.responsible for a in f.ambiti if a.ufficio_di_piano]
    assert heads == ([head] if head else [])  # (a page with no fact about the ambito is skipped)


@pytest.mark.parametrize(
    ("rows", "head"),
    [
        (["Referente: Marta Galli (amministrativa)", "Responsabile del servizio: dott. Piero Sala"], "Piero Sala"),
        (["Referente amministrativo: Marta Galli", "Coordinatore: dott. Piero Sala"], "Piero Sala"),
        # a referente alone stays; the head of data protection outranks no one
        (["Referente: Marta Galli", "Responsabile della protezione dei dati: avv. Piero Sala"], "Marta Galli"),
        (["Responsabile: dott. Piero Sala", "Referente: Marta Galli"], "Piero Sala"),
    ],
)
def test_a_responsabiles_label_outranks_a_referentes(rows: list[str], head: str) -> None:
    items = "".join(f"<li>{r}</li>" for r in ["Telefono: 0362 775 540", *rows])
    f = facts("<h2>Ufficio di Piano dell'Ambito di Seregno</h2>", f"<ul>{items}</ul>", title="Ambito di Seregno")
    assert _office(f).responsible == head


@pytest.mark.parametrize(
    "below",
    [
        "A Codogno il Punto Casa riceve in via Roma 2 (tel. 0377 300 100).",
        "Lo Sportello Affitti risponde allo 0377 300 100.",
        "A Sant'Angelo Lodigiano il Segretariato Sociale riceve il lunedì, tel. 0377 300 100.",
    ],
)
def test_another_desk_as_the_subject_below_the_offices_contacts_is_not_the_office(below: str) -> None:
    f = facts(
        "<p>Avviso dell'Ambito territoriale di Lodi per il contributo affitti.</p>",
        f"<p>Ufficio di Piano: tel. 0371 409 335<br>{below}</p>",
        title="Avviso affitti",
    )
    assert _office(f).phones == ["+390371409335"]


def test_a_line_opened_by_lower_case_words_names_no_town_of_another_desk() -> None:
    f = facts(
        "<p>Ufficio di Piano dell'Ambito territoriale di Lodi</p>",
        "<p>in questi giorni il Servizio Unico risponde al tel. 0371 409 335</p>",
        title="Contatti",
    )
    assert _office(f).phones == ["+390371409335"]


def test_the_offices_number_in_brackets_after_its_name_in_a_long_paragraph() -> None:
    filler = "Il contributo vale fino a 400 euro al mese e si chiede con l'ISEE in corso di validità. " * 3
    f = facts(
        f"<p>{filler}Le domande dell'Ambito di Treviglio sono raccolte dall'Ufficio di Piano (0363 317 600) "
        "e dal Comune di Caravaggio (0363 356 111), che resta aperto il sabato.</p>",
        title="Notizie",
    )
    assert _office(f).phones == ["+390363317600"]


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("Ruolo | Nome | Telefono", "Segreteria | Anna Galli | 0331 471 600"),
        ("Nominativo | Funzione | Tel.", "Anna Galli | Assistente sociale | 0331 471 600"),
    ],
)
def test_every_row_of_the_offices_staff_table_gives_its_number(header: str, row: str) -> None:
    def tr(line: str, cell: str) -> str:
        return "<tr>" + "".join(f"<{cell}>{c}</{cell}>" for c in line.split(" | ")) + "</tr>"

    f = facts(
        "<p>L'Ufficio di Piano dell'Ambito Legnanese segue il Piano di Zona.</p>",
        f"<table>{tr(header, 'th')}{tr(row, 'td')}</table>",
        title="Ufficio di Piano - Ambito Legnanese",
    )
    assert _office(f).phones == ["+390331471600"]


def test_an_office_card_with_an_aside_in_brackets_heads_its_lines() -> None:
    f = facts(
        "<p>Ufficio di Piano dell'Ambito di Seriate (il Comune è ente capofila)<br>Responsabile: dott. Ugo Pesenti<br>"
        "Via Italia 58, 24068 Seriate · 035 304 299 · pianodizona@ambitoseriate.example.it</p>",
        title="Organigramma",
    )
    office = _office(f)
    assert (office.responsible, office.phones) == ("Ugo Pesenti", ["+39035304299"])


@pytest.mark.parametrize(
    ("written", "email"),
    [
        ("udp.pia-\nnodizona@ambitorho.example.it", "udp.pianodizona@ambitorho.example.it"),
        ("ufficio-\npiano@ambitorho.example.it", "ufficiopiano@ambitorho.example.it"),
        ("ufficio-piano@ambitorho.example.it", "ufficio-piano@ambitorho.example.it"),  # a hyphen of its own stays
        ("fax 02 9330 2289-\nudp@ambitorho.example.it", "udp@ambitorho.example.it"),  # a number ends at its hyphen
    ],
)
def test_an_email_hyphenated_at_a_text_lines_end_is_whole_again(written: str, email: str) -> None:
    f = text_facts(f"Ufficio di Piano dell'Ambito del Rhodense – tel. 02 9330 2288 – {written}")
    assert _office(f).emails == [email]


@pytest.mark.parametrize("written", ["fax 0371 409721- udp@comune.lodi.it", "Segreteria tecnica- udp@comune.lodi.it"])
def test_a_hyphen_before_an_email_in_a_web_pages_line_is_no_line_end(written: str) -> None:
    f = facts(f"<p>Ufficio di Piano dell'Ambito di Lodi – tel. 0371 409720 – {written}</p>", title="Contatti")
    assert _office(f).emails == ["udp@comune.lodi.it"]


@pytest.mark.parametrize(
    "post",
    ["Incarico attuale | Responsabile dell'Ufficio di Piano", "Ruolo | Coordinatrice dell'Ufficio di Piano"],
)
def test_the_card_of_the_offices_head_gives_its_name_and_contacts(post: str) -> None:
    rows = ["Nome | Ilaria Sala", post, "Telefono | 0382 399 461", "Sede | Piazza del Municipio 2, 27100 Pavia"]
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r.split(" | ")) + "</tr>" for r in rows)
    f = facts("<p>Curriculum - Ambito distrettuale di Pavia</p>", f"<table>{table}</table>", title="Curriculum")
    office = _office(f)
    assert (office.responsible, office.phones) == ("Ilaria Sala", ["+390382399461"])


def test_the_heads_card_ends_where_its_neighbours_begin() -> None:
    cards = [
        ("Mario Verdi", "Istruttore amministrativo", "0382 399 460"),
        ("Ilaria Sala", "Responsabile dell'Ufficio di Piano", "0382 399 461"),
        ("Luca Neri", "Assistente sociale", "0382 399 462"),
    ]
    rows = [r for name, post, tel in cards for r in (f"Nome | {name}", f"Ruolo | {post}", f"Telefono | {tel}")]
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r.split(" | ")) + "</tr>" for r in rows)
    f = facts("<p>Personale - Ambito distrettuale di Pavia</p>", f"<table>{table}</table>", title="Personale")
    office = _office(f)
    assert (office.responsible, office.phones) == ("Ilaria Sala", ["+390382399461"])


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Inaugurato ieri in via Manzoni 21 il nuovo Ufficio di Piano.", "Via Manzoni, 21"),
        ("Apre in via Dante 12 l'Ufficio di Piano dell'Ambito.", "Via Dante, 12"),
        ("L'ufficio si trova in piazza Garibaldi 3 e risponde al numero 0331 555 210.", "Piazza Garibaldi, 3"),
    ],
)
def test_a_numbered_street_ends_at_its_number_in_prose(text: str, street: str | None) -> None:
    assert ct.street_in(text) == street


@pytest.mark.parametrize(
    ("sentence", "plans"),
    [
        ("L'Assemblea ha approvato il 19 dicembre 2024 il documento 2025-2027.", {(2025, 2027): ("2024-12-19", None)}),
        ("Approvato il documento di valutazione dei rischi 2025-2027 delle scuole.", {}),
        ("Approvato il DUP 2025-2027, documento di bilancio.", {}),
    ],
)
def test_the_document_named_with_its_period_is_the_plan(sentence: str, plans: dict[object, object]) -> None:
    assert _plan([sentence]) == plans


# round 26a: whole lists lost, the ambito's parts under their labels and a counted list with former names


@pytest.mark.parametrize(
    ("division", "labels", "n"),
    [
        ("Per i servizi domiciliari l'Ambito del Rhodense è suddiviso in due aree.", ("Area Nord", "Area Sud"), 4),
        ("L'Ambito del Rhodense risulta articolato in due sub-ambiti", ("Sub-ambito 1", "Sub-ambito 2"), 4),
        ("L'Ambito del Rhodense è suddiviso in due aree. Comune capofila è Rho.", ("Area Nord", "Area Sud"), 4),
        ("Il Distretto del Commercio del Rhodense è suddiviso in due zone.", ("Zona Nord", "Zona Sud"), 0),
        ("La Parrocchia del Rhodense è suddivisa in due zone.", ("Zona Nord", "Zona Sud"), 0),
    ],
)
def test_the_ambitos_parts_under_their_labels_are_its_members(division: str, labels: tuple[str, str], n: int) -> None:
    north, south = labels
    f = facts(f"<p>{division}</p>", f"<p><b>{north}</b>: Rho; Pero.</p>", f"<p><b>{south}</b>: Arese; Lainate.</p>")
    assert sum(len(a.members) for a in f.ambiti) == n


@pytest.mark.parametrize(
    ("division", "n"),
    [
        ("L'ambito, il cui ente capofila è Rho, articola i servizi in due aree:", 5),
        ("Il Distretto del Commercio del Rhodense articola le attività in due aree:", 0),
    ],
)
def test_the_ambitos_parts_named_after_a_comune_in_the_active_voice_are_its_members(division: str, n: int) -> None:
    """ "articola i servizi in due aree", each part named after a comune and a dash: "Area Rho e Nord — A, B"."""
    f = facts(
        "<h1>Le aree dell'Ambito Rhodense</h1>",
        f"<p>{division}</p>",
        "<p>Area Rho e Nord — Rho, Pero, Arese</p>",
        "<p>Area Sud — Lainate, Vanzago</p>",
    )
    assert len({m for a in f.ambiti for m in a.members}) == n


@pytest.mark.parametrize(
    ("division", "n"),
    [
        ("Per la domiciliarità l'Ambito di Garbagnate Milanese è articolato in tre zone, ognuna con un referente.", 8),
        ("Il Distretto del Commercio di Garbagnate è suddiviso in tre zone, ognuna con un referente.", 0),
        (
            "L'Ambito di Garbagnate Milanese è articolato in tre zone per la domiciliarità. "
            "Il Distretto del Commercio di Garbagnate è invece suddiviso in tre zone.",
            0,
        ),
    ],
)
def test_the_ambitos_parts_run_on_in_one_paragraph_are_its_members(division: str, n: int) -> None:
    """The division and its parts in one paragraph, the parts after semicolons: each part's comuni are the ambito's."""
    f = facts(
        f"<p>{division} Zona Nord: Solaro, Cesate, Senago; Zona Centro: Garbagnate Milanese, Bollate, Baranzate; "
        "Zona Sud: Novate Milanese, Paderno Dugnano.</p>"
    )
    assert sum(len(a.members) for a in f.ambiti) == n


@pytest.mark.parametrize(
    ("count", "n"),
    [("quattro", 4), ("cinque", 0)],
)
def test_a_counted_list_keeps_a_merged_comunes_former_names(count: str, n: int) -> None:
    f = facts(
        f"<p>L'Ambito dell'Abbiatense qui comprende {count} comuni.</p>",
        "<p>Elenco: Besate, Ozzero, Vermezzo con Zelo (già Vermezzo e Zelo Surrigone), Rosate.</p>",
    )
    assert sum(len(a.members) for a in f.ambiti) == n


@pytest.mark.parametrize("cell", ["consultare il sito dell'ambito", "in aggiornamento", "–"])
def test_a_row_of_a_table_of_ambiti_without_its_list_keeps_its_ambito(cell: str) -> None:
    rows = [
        ("Ambito del Rhodense", "Rho", "Arese, Lainate, Pero, Rho, Vanzago"),
        ("Ambito di Corsico", "Corsico", cell),
    ]
    body = "".join(f"<tr><td>{a}</td><td>{c}</td><td>{m}</td></tr>" for a, c, m in rows)
    f = facts(f"<table><tr><th>Ambito</th><th>Comune capofila</th><th>Comuni</th></tr>{body}</table>")
    assert [(a.name, a.capofila, len(a.members)) for a in f.ambiti] == [
        ("Ambito del Rhodense", RHO, 5),
        ("Ambito di Corsico", "015093", 1),
    ]


@pytest.mark.parametrize(
    ("sentence", "capofila"),
    [
        ("Il Comune di Rho, comune capo-distretto dell'Ambito del Rhodense, ospita l'incontro.", RHO),
        ("Rho, capodistretto dell'Ambito del Rhodense, ospita l'incontro.", RHO),
        ("L'Ambito del Rhodense si riunisce a Pero, capo-distretto del distretto sanitario dell'ASST.", None),
    ],
)
def test_the_head_town_of_the_district_is_the_capofila(sentence: str, capofila: str | None) -> None:
    assert [a.capofila for a in facts(f"<p>{sentence}</p>").ambiti if a.capofila] == ([capofila] if capofila else [])


@pytest.mark.parametrize(
    ("sentence", "capofila"),
    [
        ("La sede dell'Ufficio di Piano è presso il Comune di Rezzato, Servizi sociali.", "017161"),
        ("L'Ufficio di Piano dell'Ambito ha sede presso il Comune di Rezzato.", "017161"),
        ("Lo sportello ha sede presso il Comune di Rezzato.", None),
    ],
)
def test_the_comune_hosting_the_office_is_the_capofila(sentence: str, capofila: str | None) -> None:
    f = facts("<h1>Ambito territoriale 3</h1>", f"<p>{sentence}</p>")
    assert [a.capofila for a in f.ambiti] == ([capofila] if capofila else [])


@pytest.mark.parametrize(
    ("heading", "capofila"),
    [("Scheda dell'Ambito del Rhodense", RHO), ("Il Consorzio", None)],
)
def test_a_consortiums_card_of_the_ambito_gives_its_capofila(heading: str, capofila: str | None) -> None:
    f = facts(
        f"<h1>{heading}</h1>",
        "<dl><dt>Nome</dt><dd>Ambito del Rhodense</dd><dt>Ente capofila</dt><dd>Comune di Rho</dd></dl>",
        title=f"{heading} | Consorzio Servizi alla Persona",
    )
    assert [a.capofila for a in f.ambiti if a.capofila] == ([capofila] if capofila else [])


@pytest.mark.parametrize(
    ("aside", "n"),
    [("fuori dall'ambito", 1), ("esterni all'Ambito", 1), ("anch'essi dell'Ambito", 3)],
)
def test_an_aside_right_after_a_list_may_put_it_outside_the_ambito(aside: str, n: int) -> None:
    f = facts(
        f"<p>Lo promuove l'Ambito del Rhodense, con capofila Rho. Anche Arese e Lainate, {aside}, lo seguono.</p>"
    )
    assert len(f.ambiti[0].members) == n


@pytest.mark.parametrize("mark", ["(*)", "(**)", "*"])
def test_a_caps_list_under_the_metropolitan_city_with_a_footnoted_capofila(mark: str) -> None:
    f = text_facts(
        "AMBITO DI CORSICO - RELAZIONE\n"
        "L'AMBITO DI CORSICO RIUNISCE I SEGUENTI COMUNI DELLA CITTA' METROPOLITANA DI MILANO:\n"
        f"1) ASSAGO\n2) BUCCINASCO\n3) CORSICO {mark}\n4) CUSAGO\n{mark} COMUNE CAPOFILA.\n"
    )
    assert (f.ambiti[0].capofila, sorted(f.ambiti[0].members)) == ("015093", ["015011", "015036", "015093", "015097"])


@pytest.mark.parametrize(
    ("question", "n"),
    [
        ("Quali comuni fanno parte dell'Ambito del Rhodense?", 4),
        ("Da quali comuni è composto il Piano di Zona?", 4),
        ("Quali comuni aderiscono al Distretto del Commercio?", 0),
        ("Quali comuni hanno aperto uno sportello?", 0),
    ],
)
def test_an_faqs_answer_lists_the_comuni_its_question_asks(question: str, n: int) -> None:
    f = facts("<h1>Ambito del Rhodense: FAQ</h1>", f"<h3>{question}</h3>", "<p>Quattro: Rho, Pero, Arese, Lainate.</p>")
    assert sum(len(a.members) for a in f.ambiti) == n


def test_one_comune_said_of_another_ambito_is_not_the_pages() -> None:
    f = facts("<h1>Ambito del Rhodense: FAQ</h1>", "<p>No, Magenta fa parte dell'Ambito del Magentino.</p>")
    assert [a.members for a in f.ambiti] == []


@pytest.mark.parametrize(
    ("sentence", "capofila"),
    [
        (
            "Fino al 2023 il ruolo di ente capofila è stato svolto dall'Azienda consortile; poi è passato al Comune "
            "di Rho, che è l'attuale ente capofila.",
            RHO,
        ),
        ("Il ruolo di ente capofila è svolto dall'Azienda consortile, che è passato a un nuovo statuto.", None),
    ],
)
def test_the_current_capofila_after_a_body_that_held_the_role(sentence: str, capofila: str | None) -> None:
    f = facts("<h1>Ambito del Rhodense</h1>", f"<p>{sentence}</p>")
    assert [a.capofila for a in f.ambiti if a.capofila] == ([capofila] if capofila else [])


@pytest.mark.parametrize(
    ("wrapped", "capofila"), [("ente capofila", RHO), ("ente capofila.", RHO), ("sede legale", None)]
)
def test_a_capofila_mark_wrapped_onto_the_next_line(wrapped: str, capofila: str | None) -> None:
    f = text_facts(
        "ACCORDO DI PROGRAMMA - AMBITO DEL RHODENSE\nSottoscrivono il presente Accordo i Comuni di:\n"
        f"1) Comune di Arese\n2) Comune di Rho,\n{wrapped}\n3) Comune di Pero\n4) Comune di Lainate\n"
    )
    assert (f.ambiti[0].capofila, len(f.ambiti[0].members)) == (capofila, 4)


@pytest.mark.parametrize("role", ["SINDACO", "VICESINDACA", "ASSESSORE", "ASSENTE"])
def test_a_roll_calls_role_before_each_comune(role: str) -> None:
    f = text_facts(
        "AMBITO DEL RHODENSE - ASSEMBLEA DEI SINDACI\nSono presenti i rappresentanti dei Comuni:\n"
        f"SINDACO - RHO (PRESIDENTE)\n{role} - PERO\nSINDACA - ARESE\nASSESSORE - LAINATE\n"
    )
    assert sorted(f.ambiti[0].members) == sorted([RHO, PERO, ARESE, LAINATE])


@pytest.mark.parametrize(
    ("intro", "capofila"),
    [
        ("Gli ambiti e i rispettivi enti capofila:", [RHO, CERNUSCO]),
        ("Ogni ambito con il suo comune capofila:", [RHO, CERNUSCO]),
        ("Gli ambiti e le sedi dei loro sportelli:", []),
    ],
)
def test_a_list_of_ambiti_gives_each_items_capofila_when_its_intro_says_so(intro: str, capofila: list[str]) -> None:
    items = "<li>Ambito del Rhodense: Comune di Rho</li><li>Ambito Alto Martesana: Comune di Cernusco sul Naviglio</li>"
    f = facts(f"<p>{intro}</p>", f"<ul>{items}</ul>")
    assert [a.capofila for a in f.ambiti if a.capofila] == capofila


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("L'Ambito di Lodi riunisce i 60 Comuni della provincia e il Comune di San Colombano al Lambro.", 1),
        ("L'Ambito di Lodi comprende i comuni della provincia di Lodi oltre a San Colombano al Lambro.", 1),
        ("L'Ambito di Lodi riunisce i 60 Comuni della provincia; a San Colombano al Lambro c'è uno sportello.", 0),
    ],
)
def test_the_provinces_comuni_and_one_more_named(sentence: str, n: int) -> None:
    assert sum(len(a.members) for a in facts(f"<p>{sentence}</p>").ambiti) == n


def test_an_faqs_question_mark_is_not_part_of_the_ambitos_name() -> None:
    f = facts("<h3>Da quali comuni è composto l'Ambito di Rho?</h3>", "<p>Quattro: Rho, Pero, Arese, Lainate.</p>")
    assert [a.name for a in f.ambiti] == ["Ambito di Rho"]


# round 26b ------------------------------------------------------------------------------------------


def test_the_offices_seat_stated_as_its_sede_heads_the_contact_line_below() -> None:
    f = facts(
        "<h1>Ambito di Seriate</h1>",
        "<p>La sede dell'Ufficio di Piano è presso la Casa del Volontariato, Via Italia 58, 24068 Seriate.</p>",
        "<p>Recapiti: telefono 035 304 299, posta elettronica udp@ambitoseriate.example.it.</p>",
        "<p>Gli uffici comunali rispondono allo 035 304 111.</p>",
    )
    office = _office(f)
    assert (office.phones, office.emails) == (["+39035304299"], ["udp@ambitoseriate.example.it"])


@pytest.mark.parametrize(
    ("label", "value", "approved"),
    [
        ("Approvazione", "Assemblea dei Sindaci, 12 dicembre 2024", "2024-12-12"),
        ("Approvato dall'Assemblea", "il 12 dicembre 2024", "2024-12-12"),
        ("Approvazione PGT", "12 dicembre 2024", None),  # another act's approval dates no plan
    ],
)
def test_a_cards_label_naming_the_approval_dates_the_plan_above(label: str, value: str, approved: str | None) -> None:
    lines = ["Piano di Zona vigente", "2025-2027", label, value]
    units, contexts = plan_units(lines, [7, 0, 7, 0])
    assert _plan(units, contexts=contexts) == {(2025, 2027): (approved, None)}


@pytest.mark.parametrize(
    ("seat", "street"),
    [("Sede", "Via Conciliazione, 128"), ("Sede legale", None)],  # a qualified seat is the consortium's
)
def test_the_ambitos_card_gives_the_offices_seat_over_its_bare_contacts(seat: str, street: str | None) -> None:
    rows = [("Denominazione", "Ambito di Mantova"), (seat, "Via Conciliazione 128, 46100 Mantova")]
    rows.append(("Contatti", "0376 338 620 - udp.mantova@ambitomantova.example.it"))
    card = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows)
    office = _office(facts("<h1>Ambito di Mantova</h1>", f"<dl>{card}</dl>", title="Scheda Ambito di Mantova"))
    assert (office.address.street if office.address else None, office.phones) == (street, ["+390376338620"])


@pytest.mark.parametrize(
    ("desk", "phones"),
    [
        ("il primo riferimento resta il Segretariato sociale del Comune", ["+39023500574"]),
        ("si rivolga prima allo Sportello sociale comunale", ["+39023500574"]),
        ("l'ufficio risponde ai seguenti recapiti", ["+390299083230", "+39023500574"]),  # the office itself
    ],
)
def test_another_desk_named_before_the_colon_of_its_contacts_is_not_the_office(desk: str, phones: list[str]) -> None:
    f = facts(
        "<h1>Ufficio di Piano</h1><p>Il Comune fa parte dell'Ambito di Garbagnate Milanese.</p>",
        f"<p>Per un contributo o un colloquio {desk}: Piazza Municipio 2, tel. 02 990 83 230.</p>",
        "<p>Ufficio di Piano – Via Giuseppe Verdi 12, 20021 Bollate – tel. 02 3500 574</p>",
        title="Ufficio di Piano - Comune di Senago",
    )
    assert _office(f).phones == phones


@pytest.mark.parametrize(
    ("body_line", "pec"),
    [
        ("Le domande vanno inviate alla PEC protocollo@pec.comune.rho.example.it entro il 3 marzo.", []),
        ("Ufficio di Piano, PEC protocollo@pec.comune.rho.example.it", ["protocollo@pec.comune.rho.example.it"]),
    ],
)
def test_the_comunes_own_pec_from_its_footer_is_the_offices_only_where_named(body_line: str, pec: list[str]) -> None:
    html = (
        "<html><head><title>Avviso</title></head><body><main><h1>Ufficio di Piano: avviso</h1>"
        "<p>Il Comune di Rho è ente capofila dell'Ambito del Rhodense.</p>"
        f"<p>{body_line}</p><p>Ufficio di Piano, tel. 02 9330 2411</p></main>"
        "<footer><p>Comune di Rho · Piazza Visconti 23 · PEC protocollo@pec.comune.rho.example.it</p></footer>"
        "</body></html>"
    )
    f = extract(html.encode(), "https://example.org/p.html", "text/html; charset=utf-8")
    assert _office(f).pec == pec


@pytest.mark.parametrize(
    ("after", "approved"),
    [
        ("La seduta si è svolta ieri a Palazzo Gotico.", "2024-12-17"),
        ("La riunione si è tenuta il 16 dicembre 2024.", "2024-12-16"),
        ("La seduta si è svolta l'altro ieri.", "2024-12-16"),  # two days before, not the day before
        ("Ieri il sindaco ha inaugurato la biblioteca.", None),  # no meeting's sentence
    ],
)
def test_the_sentence_after_an_undated_approval_dates_its_meeting(after: str, approved: str | None) -> None:
    sentences = ["Via libera dei sindaci al nuovo Piano di Zona 2025-2027.", after]
    assert _plan(sentences, written="2024-12-18") == {(2025, 2027): (approved, None)}


@pytest.mark.parametrize(
    ("answer", "phones"),
    [
        ("Scrivi a udp@ambitocastanese.example.it o chiama lo 0331 877 240 (lunedì-venerdì, 9-12).", ["+390331877240"]),
        ("Puoi passare in sede oppure chiamarci allo 0331 877 240 dal martedì al giovedì, 9-12.", ["+390331877240"]),
        ("Per l'anagrafe chiamate il centralino comunale allo 0331 877 111 dal lunedì al sabato.", []),
    ],
)
def test_an_answer_under_the_offices_question_inviting_to_call_gives_its_phone(answer: str, phones: list[str]) -> None:
    f = facts(
        "<h1>Domande frequenti - Ambito del Castanese</h1><p>L'ente capofila è il Comune di Castano Primo.</p>",
        f"<h3>Come contatto l'Ufficio di Piano?</h3><p>{answer}</p>",
        title="FAQ - Ambito del Castanese",
    )
    office = f.ambiti[0].ufficio_di_piano
    assert (office.phones if office else []) == phones


@pytest.mark.parametrize(
    ("sentences", "head"),
    [
        (["L'Ufficio di Piano, coordinato dalla dott.ssa Francesca Longhi, redige il Piano."], "Francesca Longhi"),
        (["Il nostro Ufficio di Piano, diretto dal dott. Marco Bellini, segue i bandi."], "Marco Bellini"),
        (["Il Tavolo tecnico, coordinato dalla dott.ssa Elena Gatti, raccoglie i bisogni."], None),
        (["Chi è il responsabile dell'Ufficio di Piano?", "La dott.ssa Anna Mauri."], "Anna Mauri"),
        (["Chi è l'assessore ai servizi sociali?", "La dott.ssa Anna Mauri."], None),
    ],
)
def test_the_office_led_by_a_person_or_an_faq_answer_names_its_head(sentences: list[str], head: str | None) -> None:
    stated = of.responsible_stated(sentences)
    assert (stated[0] if stated else None) == head


@pytest.mark.parametrize("body", ["Azienda Consortile Servizi Nord Ovest", "ASST Rhodense", "Comune di Bollate"])
def test_another_bodys_line_run_on_after_the_offices_in_a_footer_is_not_the_offices(body: str) -> None:
    html = (
        "<html><head><title>Chi siamo - Ambito di Garbagnate Milanese</title></head><body><main>"
        "<h1>Chi siamo</h1><p>L'Ambito di Garbagnate Milanese ha come ente capofila il Comune di Bollate.</p></main>"
        "<footer><div>Ufficio di Piano - Via Giuseppe Verdi 12, 20021 Bollate - tel. 02 3500 5741<br>"
        f"{body} - Via Kennedy 4, Garbagnate Milanese - tel. 02 9902 1100</div></footer></body></html>"
    )
    f = extract(html.encode(), "https://example.org/p.html", "text/html; charset=utf-8")
    assert _office(f).phones == ["+390235005741"]


_PROROGA = "Il Piano di Zona è prorogato. Per informazioni:"


@pytest.mark.parametrize(
    ("text", "phones", "emails"),
    [
        (
            "Domande sulla piattaforma dell'Ufficio di Piano. Informazioni: 02 350 05 775, bandi@ambitox.example.it.",
            ["+390235005775"],
            ["bandi@ambitox.example.it"],
        ),
        (f"{_PROROGA} ufficiodipiano@ambitox.example.it.", [], ["ufficiodipiano@ambitox.example.it"]),
        (f"{_PROROGA} servizisociali@comune.x.example.it.", [], []),  # a mailbox not named for the office
    ],
)
def test_contacts_after_the_office_or_a_mailbox_named_for_it_are_the_offices(
    text: str, phones: list[str], emails: list[str]
) -> None:
    capofila = "<p>Il Comune di Bollate è capofila dell'Ambito di Garbagnate Milanese.</p>"
    f = facts("<h1>Avviso</h1>", capofila, f"<p>{text}</p>")
    office = f.ambiti[0].ufficio_di_piano
    assert ((office.phones, office.emails) if office else ([], [])) == (phones, emails)


@pytest.mark.parametrize(
    ("row", "approved"),
    [
        ("Piano di Zona 2025-2027 | 11.12.2024 | in vigore", {(2025, 2027): ("2024-12-11", None)}),
        ("Bilancio di previsione 2025-2027 | 11.12.2024 | in vigore", {}),  # a budget's row dates no plan
    ],
)
def test_a_tables_plain_header_row_names_its_columns(row: str, approved: dict[object, object]) -> None:
    units, contexts = plan_units(["Piano | Approvazione Assemblea | Note", row], [0, 0])
    assert _plan(units, contexts=contexts) == approved


_LODI_NEWS = "<p>Cambiano gli orari dell'Ufficio di Piano dell'Ambito di Lodi, di cui il Comune di Lodi è capofila.</p>"


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("L'ufficio riceve in piazza Mercato 5 dal lunedì al giovedì (tel. 0371 409 720).", "Piazza Mercato, 5"),
        ("Referente: Ufficio di Piano, Piazza Aldo Moro 1, 20021 Bollate, udp@ambitox.it", "Piazza Aldo Moro, 1"),
        ("Lo sportello anagrafe riceve in piazza Broletto 1 dal lunedì (tel. 0371 409 111).", None),  # another desk
    ],
)
def test_the_office_receiving_in_a_street_or_its_block_with_a_bare_email_gives_its_seat(
    text: str, street: str | None
) -> None:
    office = facts("<h1>Nuovi orari</h1>", _LODI_NEWS, f"<p>{text}</p>").ambiti[0].ufficio_di_piano
    assert (office.address.street if office and office.address else None) == street


_CORSICO = ["015011", "015036", "015074", "015093", "015097", "015220"]
_MOULD = ["Assago", "Buccinasco", "Cesano Boscone", "Corsico", "Cusago", "Trezzano sul Naviglio"]


def _moulded_list(heading: str, item: str) -> str:
    roles = ("del Sindaco", "dell'Assessora delegata")  # each item's own tail
    items = "".join(f"<li>{item.format(name, roles[k % 2])}</li>" for k, name in enumerate(_MOULD))
    return f"<h2>{heading}</h2><ul>{items}</ul>"


@pytest.mark.parametrize(
    ("heading", "item", "members"),
    [
        ("I Comuni dell'Ambito di Corsico", "Portale istituzionale del Comune di {0}", _CORSICO),  # the same words
        # tails that differ but open alike: "nella persona del Sindaco" / "nella persona dell'Assessora"
        ("Chi compone l'Assemblea dell'Ambito di Corsico", "Delegato del Comune di {0}, nella persona {1}", _CORSICO),
        ("Ultime dal territorio", "Comune di {0}: al via il cantiere {1}", []),  # a mould of news, no membership
    ],
)
def test_items_in_one_mould_are_one_list_judged_by_its_heading(heading: str, item: str, members: list[str]) -> None:
    f = facts("<p>Il sito dell'Ambito di Corsico.</p>", _moulded_list(heading, item))
    assert sorted(m for a in f.ambiti for m in a.members) == members


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("Avvisi – Area anziani – Ambito territoriale di Vimercate", "Ambito territoriale di Vimercate"),
        ("Home | Notizie | Ambito distrettuale di Seriate", "Ambito distrettuale di Seriate"),
        ("Avvisi – Notizie – Comune di Vimercate", None),  # a comune's site names no ambito
    ],
)
def test_a_site_named_after_its_ambito_closing_a_title_of_three_parts_names_it(head: str, name: str | None) -> None:
    assert [m.name for m in nm.site_mentions("Avvisi", head, lombardia())] == ([name] if name else [])


@pytest.mark.parametrize(
    ("teaser", "approved"),
    [
        ("3 febbraio 2025 – L'Assemblea dei Sindaci ha approvato ieri il Piano di Zona 2025-2027.", "2025-02-02"),
        ("3 febbraio 2025 – L'Assemblea dei Sindaci ha approvato il Piano di Zona 2025-2027.", "2025-02-03"),
    ],
)
def test_a_teasers_dateline_dates_its_ieri(teaser: str, approved: str) -> None:
    later = "<p>1 aprile 2025 – Dote scuola: domande aperte.</p>"  # a second teaser: the page has no one date
    f = facts("<h1>Avvisi</h1>", "<p>L'Ambito di Vimercate informa.</p>", f"<p>{teaser}</p>", later)
    assert [p.approved_on for a in f.ambiti for p in a.plans] == [approved]


_SEREGNO = ["108005", "108018", "108020", "108025", "108030", "108032", "108039", "108040", "108054"]
_SEREGNO_NAMES = ["Barlassina", "Ceriano Laghetto", "Cogliate", "Lazzate", "Lentate sul Seveso", "Meda", "Misinto"]
_SEREGNO_LINKS = " · ".join(f'<a href="/c/{k}">{n}</a>' for k, n in enumerate([*_SEREGNO_NAMES, "Seregno", "Seveso"]))


@pytest.mark.parametrize(
    ("title", "members"),
    [
        ('<span class="t">Comuni aderenti all\'Ambito di Seregno</span>', _SEREGNO),
        ('<p class="t">Comuni aderenti all\'Ambito di Seregno</p>', _SEREGNO),
        ('<div class="t">Comuni aderenti all\'Ambito di Seregno</div>', _SEREGNO),
        ('<span class="t">Comuni vicini</span>', []),  # the neighbours' column stays chrome
    ],
)
def test_a_footer_columns_title_in_any_tag_heads_its_member_list(title: str, members: list[str]) -> None:
    footer = f'<footer><div class="col">{title}<p class="elenco">{_SEREGNO_LINKS}</p></div></footer>'
    html = f"<html><head><title>Orari</title></head><body><main><h1>Orari</h1><p>L'Ufficio di Piano dell'Ambito di \
Seregno riceve il martedì.</p></main>{footer}</body></html>"
    f = extract(html.encode(), "https://example.org/p.html", "text/html; charset=utf-8")
    assert sorted(m for a in f.ambiti for m in a.members) == members


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Ambito territoriale di Brescia Ovest", [("Ambito territoriale di Brescia Ovest", "t:brescia ovest")]),
        ("Ambito 3 - Brescia Est", [("Ambito 3 - Brescia Est", "t:brescia est")]),
        ("Ambito di Brescia, est della provincia", [("Ambito di Brescia", "017029")]),  # no point of the name
        ("Ambito di Brescia Estate", [("Ambito di Brescia", "017029")]),  # a word, no cardinal point
    ],
)
def test_a_cardinal_point_after_a_comune_names_a_territory(text: str, named: list[tuple[str, str]]) -> None:
    assert [(m.name, m.key) for m in nm.mentions_in(text, 0, lombardia())] == named


@pytest.mark.parametrize(
    ("head", "key"),
    [
        ("Modulistica | Ufficio di Piano di Seriate", "016198"),
        ("Contatti – Ufficio di Piano del Castanese", "t:castanese"),
        ("Modulistica | Ufficio di Piano del Comune di Seriate", None),  # a comune's own office names no ambito
        ("Modulistica | Comune di Seriate", None),
        ("Come raggiungerci | Servizi | Ufficio di Piano di Treviglio", "016219"),  # the office's site, the last part
        ("Orari – Ufficio di Piano dell'Ambito di Seriate", "016198"),
        ("Ufficio di Piano di Treviglio – Notizie", None),  # the site's name first: the page's part is no site
    ],
)
def test_a_site_named_after_the_ambitos_office_names_the_ambito(head: str, key: str | None) -> None:
    assert [m.key for m in nm.site_mentions("Modulistica", head, lombardia())] == ([key] if key else [])


@pytest.mark.parametrize("chip", [" <small>ente capofila</small>", " <span class='badge'>Capofila</span>"])
def test_a_card_title_with_its_role_chip_is_still_a_card_title(chip: str) -> None:
    cards = "".join(
        f"<div class='card'><h4>Comune di {name}{chip if name == 'Corsico' else ''}</h4><p>Sportello sociale.</p></div>"
        for name in ["Assago", "Corsico", "Buccinasco", "Cesano Boscone", "Cusago", "Trezzano sul Naviglio"]
    )
    f = facts("<h1>Il territorio</h1>", "<p>I Comuni dell'Ambito di Corsico e i loro sportelli sociali.</p>", cards)
    assert sorted(m for a in f.ambiti for m in a.members) == _CORSICO


@pytest.mark.parametrize(
    ("second", "ambiti"),
    [
        (
            "<p>Per l'Ambito di Dalmine l'ente capofila è il Comune di Dalmine.</p>",
            [("Ambito di Treviglio", "016219"), ("Ambito di Dalmine", "016091")],
        ),
        # the second paragraph states no capofila: one ambito, the page's
        ("<p>L'Ambito di Dalmine approverà il suo Piano a febbraio.</p>", [("Ambito di Treviglio", "016219")]),
    ],
)
def test_paragraphs_each_stating_an_ambitos_capofila_are_its_sections(
    second: str, ambiti: list[tuple[str, str]]
) -> None:
    first = "<p>Nell'Ambito di Treviglio il ruolo di capofila è del Comune di Treviglio.</p>"
    f = facts("<h1>Gli ambiti della pianura</h1>", first, second)
    assert [(a.name, a.capofila) for a in f.ambiti] == ambiti


_RHODENSE = ["Arese", "Cornaredo", "Lainate", "Pero", "Rho", "Vanzago"]


@pytest.mark.parametrize(
    ("mark", "legend", "capofila"),
    [
        (" (MI) *", "* Comune con funzioni di ente capofila e sede dell'Ufficio di Piano", "015182"),
        (" (MI) (*)", "(*) Comune al quale sono attribuite le funzioni di capofila.", "015182"),
        ("*", "* Comune capofila", "015182"),
        (" (MI) *", "* Comune non più capofila dal 2024", None),  # the role denied
    ],
)
def test_a_capofila_marked_after_its_province_by_a_legend_in_a_longer_clause(
    mark: str, legend: str, capofila: str | None
) -> None:
    items = "".join(f"<li>{name}{mark if name == 'Rho' else ' (MI)'}</li>" for name in _RHODENSE)
    f = facts(
        "<h1>Comuni</h1>", "<p>Aderiscono all'Ambito Rhodense i Comuni:</p>", f"<ul>{items}</ul>", f"<p>{legend}</p>"
    )
    assert [a.capofila for a in f.ambiti] == [capofila]


@pytest.mark.parametrize(
    ("signer", "members"),
    [
        ("Il Sindaco Paolo Verdi", _CORSICO),  # the signer's name with no dash before it
        ("L'Assessore delegato Marco Neri ______", _CORSICO),
    ],
)
def test_a_signers_role_and_name_without_a_dash_is_a_signature_line(signer: str, members: list[str]) -> None:
    blocks = "\n".join(f"COMUNE DI {name.upper()}\n{signer}" for name in _MOULD)
    f = text_facts(
        f"ACCORDO DI PROGRAMMA PER IL PIANO DI ZONA - AMBITO DI CORSICO\n\nLetto e sottoscritto.\n\n{blocks}\n"
    )
    assert sorted(m for a in f.ambiti for m in a.members) == members


@pytest.mark.parametrize("street", ["via Monza 5", "corso Como 12", "Piazza della Vittoria 1", "viale Varese 3"])
def test_a_street_named_after_a_comune_is_no_item_of_the_list(street: str) -> None:
    items = "".join(f"<li>{name} – Servizi sociali, {street} – lunedì</li>" for name in _RHODENSE)
    f = facts("<h1>Sportelli</h1>", "<p>Gli sportelli nei Comuni dell'Ambito Rhodense:</p>", f"<ul>{items}</ul>")
    assert sorted(m for a in f.ambiti for m in a.members) == [
        "015009",
        "015087",
        "015116",
        "015170",
        "015182",
        "015229",
    ]


# round 27b (extract31) -----------------------------------------------------------------------------


def test_the_office_site_page_names_no_ambito_in_its_body_but_its_contacts_are_the_offices() -> None:
    body = "<h1>Contatti</h1><table><tr><td>Segreteria</td><td>0371 409 610</td></tr></table>"
    f = extract(page(body, title="Contatti – Ufficio di Piano di Lodi"), "https://x.org/c", "text/html")
    udp = f.ambiti[0].ufficio_di_piano
    assert (f.ambiti[0].name, udp.phones if udp else []) == ("Lodi", ["+390371409610"])


@pytest.mark.parametrize(
    ("item", "approved"),
    [
        ("20/12/2024 – Via libera ieri dall'Assemblea dei Sindaci al Piano di Zona 2025-2027.", "2024-12-19"),
        ("17 dicembre 2024 - L'Assemblea ha approvato ieri il Piano di Zona 2025-2027.", "2024-12-16"),
        ("L'Assemblea ha approvato il 17 dicembre 2024 il Piano di Zona 2025-2027.", "2024-12-17"),  # no "ieri"
    ],
)
def test_ieri_counts_back_from_the_dateline_opening_its_item(item: str, approved: str) -> None:
    f = facts("<h1>Notizie dell'Ambito di Sondrio</h1>", f"<ul><li>{item}</li></ul>")
    assert [p.approved_on for p in f.ambiti[0].plans] == [approved]


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("L'Ufficio di Piano risponde al n. 0373 894 555 (e-mail udp@x.it).", ["+390373894555"]),
        ("L'ufficio, in via Sacco 5, risponde allo 0332 255 470.", ["+390332255470"]),  # "l'ufficio" and an aside
        (
            "l'Ufficio di Piano, presso il Comune di Crema, Via Manini 21 – numero unico 0373 894 555.",
            ["+390373894555"],
        ),
        ("Nuova sede per l'Ufficio di Piano. Restano invariati il numero 0342 526 410 e l'e-mail.", ["+390342526410"]),
        ("L'Ufficio di Piano coordina. Il segretariato sociale risponde al numero 0331 222 333.", []),  # another desk
        (
            "L'Ufficio di Piano risponde al n. 0373 894 555, non più al vecchio (0373 894 111, centralino del Comune).",
            ["+390373894555"],  # the switchboard in the number's brackets
        ),
        ("Scrivete a udp@x.it. Il numero 0373 894 111 è del centralino.", []),  # a mailbox names no office
    ],
)
def test_the_offices_sentence_states_its_number_without_a_label(text: str, phones: list[str]) -> None:
    assert of.office_facts([text], [0], lombardia()).contacts.phones == phones


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Dal 13 gennaio l'Ufficio di Piano di via Manini 21 riceve il pubblico dal lunedì.", "Via Manini, 21"),
        ("Il Comune ospita l'Ufficio di Piano in Corso Roma 20, al primo piano.", "Corso Roma, 20"),
        ("Copia all'Ufficio di Piano (Piazza Duomo 25, Crema; tel. 0373 894 410).", "Piazza Duomo, 25"),
        ("L'ufficio resta in Piazza Broletto 1; per informazioni 0371 409 250.", "Piazza Broletto, 1"),
        (
            "Il riferimento è l'Ufficio di Piano dell'Ambito, presso il Comune di X, Corso Roma 20: tel. 0331 888 120.",
            "Corso Roma, 20",
        ),
        ("Il Comune ne coordinerà l'attuazione attraverso l'Ufficio di Piano di via Aselli.", None),  # no number
        ("L'assistente sociale del Comune riceve in piazza Campello 1 su appuntamento.", None),
    ],
)
def test_the_street_right_after_the_offices_name_is_its_seat(text: str, street: str | None) -> None:
    found = of.office_facts([text], [0], lombardia()).contacts
    assert (found.address.street if found.address else None) == street


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        ("Da febbraio la dott.ssa Marta Rota guida l'Ufficio di Piano dell'Ambito.", "Marta Rota"),
        ("Dottor Luca Sala, lei guida l'Ufficio di Piano da gennaio: com'è fatto l'Ambito?", "Luca Sala"),
        ("Coordina l'Ufficio la dott.ssa Anna Brivio; con lei lavorano due assistenti sociali.", "Anna Brivio"),
        ("La responsabilita' dell'Ufficio di Piano e' affidata al dott. Marco Villa.", "Marco Villa"),
        (
            "L'incarico di responsabile dell'Ufficio di Piano è affidato, per tre anni, alla dott.ssa Laura Sala.",
            "Laura Sala",
        ),
        (
            "L'Ufficio opera presso il Comune, con cinque operatori sotto la responsabilità del dott. Piero Galli.",
            "Piero Galli",
        ),
        ("Il sindaco Marco Vitali coordina l'Ufficio di Piano.", None),  # a mayor
        ("I volontari operano sotto la responsabilità del dott. Piero Galli.", None),  # no office named
        ("Il Comune di Lodi guida l'Ufficio di Piano dal 2015.", None),  # no person
    ],
)
def test_the_offices_head_leads_it_or_is_entrusted_with_it(sentence: str, head: str | None) -> None:
    stated = of.responsible_stated([sentence])
    assert (stated[0] if stated else None) == head


@pytest.mark.parametrize(
    ("line", "emails", "street"),
    [
        (
            "Comune capofila: Como. Sede dell'Ufficio di Piano: via Roma 4, 22100 Como; e-mail udp@x.it.",
            ["udp@x.it"],
            "Via Roma, 4",
        ),
        ("Ente capofila: Comune di Lecco. Sede: Piazza Diaz 1, 23900 Lecco.", [], "Piazza Diaz, 1"),
        ("Ente capofila: Comune di Lecco, Piazza Diaz 1, tel. 0341 481 111, comune@x.it", [], None),  # the comune's own
    ],
)
def test_the_sentences_after_a_capofila_label_are_read(line: str, emails: list[str], street: str | None) -> None:
    found = Contacts()
    ct.parse_line(line, found)
    assert (found.emails, found.address.street if found.address else None) == (emails, street)


@pytest.mark.parametrize(
    ("top", "session"),
    [
        (["VERBALE DI DELIBERAZIONE", "DELL'ASSEMBLEA DEI SINDACI", "N. 7 IN DATA 12/12/2024"], "2024-12-12"),
        (
            ["Deliberazione n. 4/2024", "ASSEMBLEA DEI SINDACI", "OGGETTO: PIANO", "Seduta del 18 dicembre 2024"],
            "2024-12-18",
        ),
        (["DELIBERAZIONE DELLA GIUNTA COMUNALE", "N. 7 DEL 12/12/2024"], None),  # a Giunta's act
        (["Elenco delle spese", "N. 7 DEL 12/12/2024"], None),  # a number under no act's heading
    ],
)
def test_the_acts_number_and_session_lines_under_its_heading_date_it(top: list[str], session: str | None) -> None:
    assert session_date([*top, "DELIBERA di approvare il Piano"], "Atto") == session


@pytest.mark.parametrize(
    ("line", "phones"),
    [
        ("Recapiti: 0381 299 350 • ufficiodipiano@x.it", ["+390381299350"]),
        ("Contatti: 035 304 290 · udp@x.it", ["+39035304290"]),
        ("Contatti: per gli appuntamenti il lunedì e il giovedì, 035 304 290", []),  # prose after the lead
    ],
)
def test_a_line_of_contacts_alone_after_a_lead_gives_the_offices_number(line: str, phones: list[str]) -> None:
    assert of.office_facts([line], [0], lombardia()).contacts.phones == phones


@pytest.mark.parametrize(
    ("sentence", "until"),
    [
        ("Il Piano precedente, 2021-2023, era stato prorogato di un anno.", "2024-12-31"),
        ("Il Piano di Zona 2021-2023 è stato prorogato per dodici mesi dall'Assemblea.", "2024-12-31"),
        ("Il Piano 2021-2023 è stato prorogato di un anno, fino al 30 giugno 2024.", "2024-06-30"),  # its date first
        ("Il Piano 2021-2023 è stato prorogato di sei mesi.", None),  # not to a year's end
    ],
)
def test_an_extension_by_a_year_runs_to_the_end_of_the_next_year(sentence: str, until: str | None) -> None:
    assert _plan([sentence]) == {(2021, 2023): (None, until)}


_LARIO = ["013090", "013160", "013083"]  # Dongo, Musso, Cremia
_MENAGGIO = ["013021", "013252", "013145", "013189"]  # Bene Lario, Tremezzina, Menaggio, Porlezza


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        # another body is the subject of the list's sentence: its comuni, not the ambito's (fixture 900)
        ("La Comunità Montana Alto Lario comprende i Comuni di Dongo, Musso e Cremia.", []),
        ("L'Unione Lario Ovest riunisce i Comuni di Dongo, Musso e Cremia.", []),
        # the sentence names the ambito: the body speaks for it
        ("La Comunità Montana, capofila dell'Ambito, comprende i Comuni di Dongo, Musso e Cremia.", _LARIO),
        ("L'Ambito di Menaggio comprende i Comuni di Dongo, Musso e Cremia.", _LARIO),
        # a body that runs the ambito's services for its comuni holds no list of its own (review 16)
        ("La Comunità Montana gestisce in forma associata i servizi per i Comuni di Dongo, Musso e Cremia.", _LARIO),
    ],
)
def test_a_list_whose_sentence_has_another_body_as_subject_is_not_the_ambitos(
    sentence: str, members: list[str]
) -> None:
    html = f"<html><head><title>Ambito di Menaggio</title></head><body><main><p>{sentence}</p></main></body></html>"
    f = extract(html.encode(), "https://example.org/p", "text/html")
    assert [m for a in f.ambiti for m in a.members] == members


@pytest.mark.parametrize(
    ("aside", "members"),
    [
        # the aside names the item's former selves: one comune, the list goes on (fixture 901)
        ("Tremezzina (sorta nel 2014 dall'unione di Lenno e Tremezzo)", _MENAGGIO),
        ("Tremezzina (nata dalla fusione di Lenno, Mezzegra, Ossuccio e Tremezzo)", _MENAGGIO),
    ],
)
def test_an_items_aside_naming_its_former_comuni_keeps_the_list_whole(aside: str, members: list[str]) -> None:
    items = "".join(f"<li>{name}</li>" for name in ["Bene Lario", aside, "Menaggio", "Porlezza"])
    html = (
        "<html><head><title>Ambito di Menaggio</title></head><body><main><p>I Comuni dell'Ambito sono:</p>"
        f"<ol>{items}</ol></main></body></html>"
    )
    f = extract(html.encode(), "https://example.org/p", "text/html")
    assert [m for a in f.ambiti for m in a.members] == members


_RHO_EIGHT = ["Arese", "Cornaredo", "Lainate", "Pero", "Pogliano Milanese", "Pregnana Milanese", "Rho", "Vanzago"]


@pytest.mark.parametrize(
    ("heading", "listed"),
    [
        ("Comuni del Distretto", 8),  # the list's own heading names it the ambito's (fixture 902)
        ("I comuni dell'Ambito", 8),
        ("Comuni del Distretto del Commercio", 0),  # another kind of list, under the call
        ("Notizie dai Comuni dell'Ambito", 0),  # the heading does not name the list as the comuni
    ],
)
def test_a_lists_own_heading_naming_the_ambitos_comuni_outweighs_a_call_above(heading: str, listed: int) -> None:
    items = "".join(f"<li>{name}</li>" for name in _RHO_EIGHT)
    html = (
        "<html><head><title>Avviso - Ambito Rhodense</title></head><body><main>"
        "<h1>Avviso pubblico: contributi per l'affitto</h1><p>Le domande entro il 30 giugno.</p>"
        f"<h3>{heading}</h3><ul>{items}</ul></main></body></html>"
    )
    f = extract(html.encode(), "https://example.org/p", "text/html")
    assert len([m for a in f.ambiti for m in a.members]) == listed


@pytest.mark.parametrize(
    ("line", "more", "joined"),
    [
        ("CASALMAIOCCO, CASALPUSTER-", "LENGO, CASELLE LANDI", "CASALMAIOCCO, CASALPUSTERLENGO, CASELLE LANDI"),
        ("PERO, POGLIANO MI-", "LANESE E VANZAGO", "PERO, POGLIANO MILANESE E VANZAGO"),  # fixture 903
        ("Pero, Pogliano Mila-", "nese e Vanzago", "Pero, Pogliano Milanese e Vanzago"),
        ("AMBITO DI LODI -", "ART. 2", "AMBITO DI LODI - ART. 2"),  # a dash on its own, no word cut
        ("Ambito Nord-", "Ovest", "Ambito Nord- Ovest"),  # a compound in mixed case keeps its hyphen
        ("BINASCO-BUCCINASCO-", "CASARILE-LACCHIARELLA", "BINASCO-BUCCINASCO- CASARILE-LACCHIARELLA"),  # names joined
    ],
)
def test_a_word_in_capitals_hyphenated_at_the_lines_end_goes_on_without_its_hyphen(
    line: str, more: str, joined: str
) -> None:
    assert join_wrapped(line, more) == joined


@pytest.mark.parametrize(
    ("division", "listed"),
    [
        ("I comuni dell'Ambito di Corsico sono suddivisi in due zone:", 6),  # the comuni divided, plural (page 904)
        ("I Comuni del Distretto di Corsico vengono ripartiti in due poli:", 6),
        ("I comuni del Distretto del Commercio di Corsico sono suddivisi in due zone:", 0),  # another body's division
        # no division, but sibling parts under a sentence about the ambito's comuni (round 30: they are its parts)
        ("I comuni dell'Ambito di Corsico sono stati visitati in due giornate:", 6),
        ("Il progetto estivo ha visitato i comuni dell'Ambito di Corsico in due giornate:", 0),  # a project's
    ],
)
def test_the_ambitos_comuni_divided_in_the_plural_make_its_parts_its_members(division: str, listed: int) -> None:
    html = (
        "<html><head><title>Servizio domiciliare</title></head><body><main>"
        f"<p>{division}</p><p>Zona Nord: Cesano Boscone, Corsico, Cusago.<br>"
        "Zona Sud: Assago, Buccinasco, Trezzano sul Naviglio.</p></main></body></html>"
    )
    f = extract(html.encode(), "https://example.org/p", "text/html")
    assert len([m for a in f.ambiti for m in a.members]) == listed


@pytest.mark.parametrize(
    ("sentence", "capofila"),
    [
        # an aside naming another comune is no apposition: the relative clause's role is that comune's (page 905)
        ("L'Accordo è sottoscritto da Pero e Vanzago, insieme a Rho, che rimane il comune capofila.", RHO),
        ("Il Piano coinvolge Pero e Vanzago, oltre a Rho, che resta l'ente capofila.", RHO),
        # an apposition in lower case still lets the role go to the name before it
        ("Il Comune di Rho, socio di maggioranza, svolge il ruolo di ente capofila.", RHO),
        ("Il Piano coinvolge Pero, Lainate e Vanzago, che è il comune capofila.", VANZAGO),
    ],
)
def test_an_aside_naming_a_comune_after_a_list_is_no_apposition(sentence: str, capofila: str) -> None:
    assert cf.stated([sentence], lombardia())[0] == capofila


@pytest.mark.parametrize(
    ("rows", "capofila"),
    [
        # the role's periods: the row still open (page 906)
        (
            ["2009 - 2011 | Comune di Seveso", "2012 - 2017 | Comune di Meda", "dal 2018 ad oggi | Comune di Seregno"],
            "108039",
        ),
        (["Seveso | 2009-2011", "Meda | 2012-2017", "Seregno | 2018 - in corso"], "108039"),
        (
            ["2009 - 2011 | Comune di Seveso", "dal 2012 | Comune di Meda", "dal 2018 | Comune di Seregno"],
            None,
        ),  # two open
        (["Seveso | Ambito di Seregno", "Meda | Ambito di Seregno"], None),  # no periods: several rows, no role's row
    ],
)
def test_a_table_of_the_capofila_through_time_gives_the_open_periods_comune(
    rows: list[str], capofila: str | None
) -> None:
    head = "Periodo | Ente capofila" if rows[0][0].isdigit() else "Ente capofila | Periodo"
    assert cf.column([head, *rows], lombardia())[0] == capofila


@pytest.mark.parametrize(
    ("item", "legend", "capofila"),
    [
        ("Rho (C)", "(C) = comune capofila dell'Accordo", RHO),  # a letter in brackets, its legend (page 907)
        ("Rho (cap.)", "(cap.) = comune capofila dell'Ambito.", RHO),
        ("Rho (1)", "(1) Comune capofila e sede dell'Ufficio di Piano", RHO),
        ("Rho (C)", "(C) = comune non più capofila", None),  # a denied role
        ("Rho (C)", "(C) = comune con più di 50.000 abitanti", None),  # a legend of something else
    ],
)
def test_a_call_in_brackets_with_its_legend_marks_the_capofila(item: str, legend: str, capofila: str | None) -> None:
    items = "".join(f"<li>{name}</li>" for name in ["Arese", "Lainate", item, "Pero"])
    html = (
        "<html><head><title>Ambito Rhodense</title></head><body><main><p>I Comuni dell'Ambito sono:</p>"
        f"<ul>{items}</ul><p>{legend}</p></main></body></html>"
    )
    f = extract(html.encode(), "https://example.org/p", "text/html")
    assert [(a.capofila, len(a.members)) for a in f.ambiti] == [(capofila, 4)]


@pytest.mark.parametrize(
    ("items", "legend", "capofila"),
    [
        (["Arese", "<b>Rho</b>", "Pero"], "Il Comune capofila è evidenziato in neretto.", RHO),  # page 908
        (["Arese", "<strong>Rho</strong>", "Pero"], "In grassetto l'ente capofila.", RHO),
        (["Arese", "<b>Rho</b>", "Pero"], "In grassetto i comuni con più di 20.000 abitanti.", None),  # another legend
        (["<b>Arese</b>", "<b>Rho</b>", "Pero"], "In grassetto l'ente capofila.", None),  # two in bold: which?
        (["Arese", "<b>Rho</b> e Lainate", "Pero"], "In grassetto l'ente capofila.", None),  # bold is not the item
    ],
)
def test_a_lists_one_name_in_bold_under_its_legend_is_the_capofila(
    items: list[str], legend: str, capofila: str | None
) -> None:
    listed = "".join(f"<li>{item}</li>" for item in items)
    html = (
        "<html><head><title>Ambito Rhodense</title></head><body><main><p>I Comuni dell'Ambito sono:</p>"
        f"<ul>{listed}</ul><p>{legend}</p></main></body></html>"
    )
    f = extract(html.encode(), "https://example.org/p", "text/html")
    assert [a.capofila for a in f.ambiti] == [capofila]


# round 28b (extract33) -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "phones"),
    [
        ("Per appuntamenti: 0331 925 410 oppure 0331 925 411 (al mattino).", ["+390331925410", "+390331925411"]),
        ("Le domande vanno all'Ufficio di Piano, via PEC. Informazioni: 0363 317 700.", ["+390363317700"]),
        ("Per il segretariato sociale: 0331 925 499.", []),  # the lead names another desk
        ("Per le emergenze nel fine settimana: 0331 925 000.", []),
    ],
)
def test_a_sentence_opened_by_a_lead_and_its_number_gives_the_offices_number(line: str, phones: list[str]) -> None:
    assert of.office_facts([line], [0], lombardia()).contacts.phones == phones


@pytest.mark.parametrize(
    ("line", "street"),
    [
        ("Gli uffici lasciano piazza Garibaldi 3 e si trasferiscono in via Dante 9, 24068 Seriate.", "Via Dante, 9"),
        ("L'Ufficio di Piano si è trasferito: lavora negli spazi di Corso Europa 21 a Seriate.", "Corso Europa, 21"),
        ("Il Comune capofila ne ospita gli uffici in Via Roma 48, 24064 Grumello del Monte.", "Via Roma, 48"),
        ("Dal 2015 l'Ufficio di Piano è in via Paderno 12, 24068 Seriate.", "Via Paderno, 12"),  # no move: as before
    ],
)
def test_the_street_after_a_move_or_a_hosts_verb_is_the_offices_seat(line: str, street: str) -> None:
    address = of.office_facts([line], [0], lombardia()).contacts.address
    assert address is not None and address.street == street


@pytest.mark.parametrize(
    ("sentences", "head"),
    [
        (["Cambio all'Ufficio di Piano.", "Da maggio la responsabile sarà la dott.ssa Anna Verdi."], "Anna Verdi"),
        (["L'Ufficio di Piano si rinnova: il nuovo coordinatore è il dott. Marco Neri."], "Marco Neri"),
        (["La biblioteca riapre.", "La nuova responsabile sarà la dott.ssa Anna Verdi."], None),  # no office named
    ],
)
def test_the_bare_role_after_the_offices_name_names_its_head(sentences: list[str], head: str | None) -> None:
    stated = of.responsible_stated(sentences)
    assert (stated[0] if stated else None) == head


@pytest.mark.parametrize(
    ("label", "plans"),
    [
        ("Piano di Zona", [(2025, 2027, "2024-12-17")]),
        ("Piano di Zona vigente", [(2025, 2027, "2024-12-17")]),
        ("Bilancio di previsione", []),  # another act's label
        ("Note", []),  # a label naming no plan
    ],
)
def test_a_cards_label_naming_the_plan_dates_its_long_value(label: str, plans: list[tuple[int, int, str]]) -> None:
    value = "2025-2027, approvato dall'Assemblea dei Sindaci il 17 dicembre 2024 con il voto di tutti i Comuni"
    found, _ = plans_in(*plan_units([label, value], [LABEL_LEVEL, 0]))
    assert [(p.start_year, p.end_year, p.approved_on) for p in found] == plans


@pytest.mark.parametrize(
    ("sentences", "plans"),
    [
        (
            ["L'Assemblea, riunita lo scorso 12 dicembre, ha approvato il Piano di Zona 2025-2027."],
            [(2025, 2027, "2024-12-12", None)],
        ),
        (
            ["Il precedente piano, quello del 2021-2023, era stato prorogato fino al 31 dicembre 2024."],
            [(2021, 2023, None, "2024-12-31")],
        ),
        (["Il precedente bilancio, quello del 2021-2023, era stato approvato il 3 marzo 2021."], []),  # no plan
    ],
)
def test_the_previous_plan_and_a_meeting_held_lo_scorso(sentences: list[str], plans: list[tuple]) -> None:
    found, _ = plans_in(sentences, written="2025-01-14")
    assert [(p.start_year, p.end_year, p.approved_on, p.extended_until) for p in found] == plans


@pytest.mark.parametrize(
    ("sentence", "approved"),
    [
        ("Il riparto fu approvato il 30/01/2025 col Piano di Zona 2025-2027 adottato il 16/12/2024.", "2024-12-16"),
        ("Il Piano di Zona 2025-2027 è stato approvato il 16/12/2024 e adottato il 30/01/2025.", "2024-12-16"),
        ("L'Assemblea ha approvato il 16/12/2024 il Piano di Zona 2025-2027.", "2024-12-16"),  # one approval
    ],
)
def test_an_approval_of_another_object_leaves_the_plan_to_its_own_participle(sentence: str, approved: str) -> None:
    found, _ = plans_in([sentence])
    assert [p.approved_on for p in found] == [approved]


@pytest.mark.parametrize(
    ("sentences", "plans"),
    [
        (
            ["Piano di Zona: 2025-2027, approvato il 20/12/2024; il precedente è stato prorogato sino al 31/12/2024."],
            [(2021, 2023, "2024-12-31"), (2025, 2027, None)],
        ),
        (
            ["Il Piano di Zona 2025-2027 è in vigore.", "Il piano precedente è stato prorogato fino al 31/12/2024."],
            [(2025, 2027, None)],  # a sentence of its own names no period
        ),
        (["Il Piano di Zona 2025-2027 sostituisce il precedente, prorogato al 31/12/2024."], [(2025, 2027, None)]),
        (["Il Piano di Zona 2025-2027; il precedente è stato prorogato al 31/12/2023."], [(2025, 2027, None)]),  # a gap
        # "il precedente avviso": another thing before, not the plan (review 16)
        (
            [
                "Il Piano di Zona 2025-2027 è stato approvato il 20/12/2024; "
                "il precedente avviso è stato prorogato al 31/03/2024."
            ],
            [(2025, 2027, None)],
        ),
    ],
)
def test_the_plan_before_the_named_one_by_ellipsis(sentences: list[str], plans: list[tuple]) -> None:
    found, _ = plans_in(sentences)
    assert [(p.start_year, p.end_year, p.extended_until) for p in found] == plans


@pytest.mark.parametrize(
    ("line", "phones"),
    [
        ("Ufficio di Piano: Guastalla, tel. 0522 839 711", []),  # Reggio Emilia's district
        ("Ufficio di Piano: Trecate, tel. 0321 777 300", []),  # Novara's
        ("Ufficio di Piano: Casalmaggiore, tel. 0375 284 411", ["+390375284411"]),
        ("Ufficio di Piano: cell. 333 123 4567", ["+393331234567"]),  # a mobile: anywhere
    ],
)
def test_a_landline_outside_lombardys_districts_is_no_offices(line: str, phones: list[str]) -> None:
    assert of.office_facts([line], [0], lombardia()).contacts.phones == phones


@pytest.mark.parametrize(
    ("sentence", "approved"),
    [
        ("Piano di Zona vigente: 2025/2027 (Assemblea dei Sindaci del 16.12.2024)", "2024-12-16"),
        ("Piano di Zona 2025-2027 (deliberazione dell'Assemblea n. 9 del 19/12/2024)", "2024-12-19"),
        ("Piano di Zona 2025-2027 (Giunta comunale del 19/12/2024)", None),  # not the Assemblea
        ("Piano di Zona 2025-2027 (pubblicato il 19/12/2024)", None),
    ],
)
def test_the_approving_session_in_brackets_after_the_period_dates_it(sentence: str, approved: str | None) -> None:
    found, _ = plans_in([sentence])
    assert [p.approved_on for p in found] == [approved]


@pytest.mark.parametrize(
    ("lines", "phones"),
    [
        (["Il bando è sul sito dell'Ufficio di Piano; per informazioni 0331 888 160."], ["+390331888160"]),
        (["Il bando è sul sito del Comune; per informazioni 0331 888 100."], []),  # the office not named
    ],
)
def test_a_line_naming_the_office_that_offers_a_number_is_its_own(lines: list[str], phones: list[str]) -> None:
    idx = of.scope(lines, [0] * len(lines), whole_page=False, excluded=set())
    assert of.office_facts(lines, idx, lombardia()).contacts.phones == phones


def test_a_news_items_next_session_far_down_makes_no_minutes() -> None:
    news = [
        "I sindaci del distretto approvano il nuovo Piano di Zona 2025-2027.",
        "Il documento è stato illustrato ai comuni il giorno 14 febbraio 2025 a Lodi.",
        "Hanno partecipato i referenti dei servizi sociali.",
        "Il testo definitivo sarà votato nella prossima seduta.",
    ]
    assert session_date(news, "Notizie") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Dopo otto anni sotto la direzione della dott.ssa Carla Bianchi, l'Ufficio di Piano passa al dott. Luca Verdi.",
        "Fino al 2022 l'Ufficio di Piano ha lavorato sotto la guida del dott. Paolo Conti.",
    ],
)
def test_a_handover_names_no_former_head_under_whom_the_office_worked(sentence: str) -> None:
    assert of.responsible_stated([sentence]) is None


def test_the_town_halls_contacts_after_a_capofila_label_are_not_the_offices() -> None:
    found = Contacts()
    line = "Comune capofila: Lodi. Centralino del municipio, Piazza Broletto 1, tel. 0371 409111, urp@comune.lodi.it"
    ct.parse_line(line, found)
    assert (found.phones, found.emails, found.address) == ([], [], None)


def test_another_years_extension_is_not_counted_from_the_plans_last_year() -> None:
    # ("un altro anno" is a second extension: the plan's last year is not its start)
    sentence = "Con la delibera di marzo il Piano di Zona 2018-2020 è stato prorogato per un altro anno."
    assert _plan([sentence]) == {(2018, 2020): (None, None)}


@pytest.mark.parametrize(
    "teaser",
    [
        "Mercoledì 5 febbraio 2025 – L'Assemblea dei Sindaci ha approvato ieri il Piano di Zona 2025-2027.",
        "05-02-2025 – L'Assemblea dei Sindaci ha approvato ieri il Piano di Zona 2025-2027.",
    ],
)
def test_a_teasers_dateline_with_its_weekday_or_in_figures_dates_its_ieri(teaser: str) -> None:
    test_a_teasers_dateline_dates_its_ieri(teaser, "2025-02-04")


@pytest.mark.parametrize(
    "line",
    [
        "Le richieste si presentano all'Ufficio di Piano; per i redditi ci si rivolge al CAF, 035 998877.",
        "Le richieste si presentano all'Ufficio di Piano; per le pratiche di invalidità, Patronato ACLI, 035 998877.",
        "Le richieste si presentano all'Ufficio di Piano; per l'assegno unico risponde l'INPS al 035 998877.",
    ],
)
def test_a_caf_patronato_or_inps_number_after_the_offices_name_is_not_the_offices(line: str) -> None:
    assert of.office_facts([line], [0], lombardia()).contacts.phones == []


# review 16 -------------------------------------------------------------------------------------------


def test_a_tables_first_row_in_bold_under_its_legend_is_the_capofila_not_a_header() -> None:
    rows = "".join(f"<tr><td>{name}</td></tr>" for name in ["<strong>Rho</strong>", "Arese", "Pero", "Lainate"])
    html = (
        "<html><head><title>Ambito Rhodense</title></head><body><main><p>I Comuni dell'Ambito sono:</p>"
        f"<table>{rows}</table><p>In grassetto l'ente capofila.</p></main></body></html>"
    )
    f = extract(html.encode(), "https://example.org/p", "text/html")
    assert [(a.capofila, len(a.members)) for a in f.ambiti] == [(RHO, 4)]


_ALTO_GARDA = ["017074", "017076", "017089"]  # Gardone Riviera, Gargnano, Limone sul Garda


@pytest.mark.parametrize(
    ("above", "members"),
    [
        # the body owns the list by its heading, its table's caption or a sentence of its introduction (fixture 980)
        ("<h2>I Comuni della Comunità Montana</h2>", []),
        ("<h3>Comuni aderenti all'Unione</h3>", []),
        ("<p>La Comunità Montana Alto Garda raggruppa i comuni della sponda. Elenco dei comuni:</p>", []),
        # the ambito named there keeps the list the ambito's
        ("<h2>I Comuni dell'Ambito</h2>", _ALTO_GARDA),
        ("<p>La Comunità Montana è capofila dell'Ambito di Salò. Elenco dei comuni:</p>", _ALTO_GARDA),
    ],
)
def test_a_list_under_another_bodys_heading_or_introduction_is_that_bodys(above: str, members: list[str]) -> None:
    items = "".join(f"<li>{n}</li>" for n in ("Gardone Riviera", "Gargnano", "Limone sul Garda"))
    html = f"<html><head><title>Ambito di Salò</title></head><body><main>{above}<ul>{items}</ul></main></body></html>"
    f = extract(html.encode(), "https://example.org/p", "text/html")
    assert [m for a in f.ambiti for m in a.members] == members


def _capofilas(body: str) -> list[str | None]:
    """The capofila of each ambito extracted from a page's main content."""
    f = extract(f"<html><body><main>{body}</main></body></html>".encode(), "https://example.org/p", "text/html")
    return [a.capofila for a in f.ambiti]


@pytest.mark.parametrize(
    ("legend", "capofila"),
    [
        # a legend in words, before or after its call (fixture 981)
        ("Accanto al nome, l'asterisco segnala il Comune capofila.", "015027"),
        ("Il comune capofila è contrassegnato con un asterisco.", "015027"),
        # a double star is another call; a denied role marks nothing
        ("Il doppio asterisco segnala il Comune capofila.", None),
        ("L'asterisco segnala i comuni non più capofila.", None),
    ],
)
def test_a_legend_in_words_gives_the_starred_item_the_capofila(legend: str, capofila: str | None) -> None:
    items = "".join(f"<li>{n}</li>" for n in ("Baranzate", "Bollate*", "Cesate", "Senago"))
    assert _capofilas(f"<h1>Ambito di Garbagnate Milanese</h1><ul>{items}</ul><p>{legend}</p>") == [capofila]


@pytest.mark.parametrize(
    ("intro", "capofila"),
    [
        # the introduction makes the first item the capofila (fixture 982)
        ("Il primo della lista è il Comune capofila:", "015027"),
        ("I comuni dell'Ambito; il Comune capofila è indicato per primo.", "015027"),
        ("In testa all'elenco l'ente capofila:", "015027"),
        # the first item named for another reason marks none
        ("I comuni dell'Ambito, il primo in ordine di popolazione:", None),
    ],
)
def test_a_list_whose_introduction_puts_the_capofila_first(intro: str, capofila: str | None) -> None:
    items = "".join(f"<li>{n}</li>" for n in ("Bollate", "Baranzate", "Cesate", "Senago"))
    body = f"<h1>Ambito di Garbagnate Milanese</h1><p>{intro}</p><ul>{items}</ul>"
    assert _capofilas(body) == [capofila]


@pytest.mark.parametrize(
    ("item", "capofila"),
    [
        # a roll call's item: its figures and presence, then its role in brackets (fixture 983)
        ("Bollate: presente (ente capofila)", "015027"),
        ("Bollate – 203 – presente (Presidente, Comune capofila)", "015027"),
        # a former role marks nothing
        ("Bollate – 203 – presente (ex capofila)", None),
    ],
)
def test_a_roll_calls_item_gives_its_role_in_brackets_after_its_presence(item: str, capofila: str | None) -> None:
    items = "".join(f"<li>{n}</li>" for n in ("Baranzate: assente", item, "Cesate: presente", "Senago: presente"))
    body = f"<h1>Assemblea dei Sindaci dell'Ambito di Garbagnate Milanese</h1><p>Appello:</p><ul>{items}</ul>"
    assert _capofilas(body) == [capofila]


@pytest.mark.parametrize(
    ("caption", "capofila"),
    [
        # a table's caption that ends with its legend (fixture 984)
        ("Elenco dei comuni dell'Ambito - (*) ente capofila", "015027"),
        ("TABELLA 2 - COMUNI ADERENTI (*) COMUNE CAPOFILA", "015027"),
        # a caption that only names the capofila column gives the star no role
        ("Tabella dei comuni (*) e del loro capofila attuale", None),
    ],
)
def test_a_tables_caption_that_ends_with_the_legend_gives_the_call_its_role(caption: str, capofila: str | None) -> None:
    rows = "".join(f"<tr><td>{n}</td><td>{k}</td></tr>" for k, n in enumerate(("Baranzate", "Bollate (*)", "Cesate")))
    table = f"<table><caption>{caption}</caption><tr><th>Comune</th><th>N.</th></tr>{rows}</table>"
    body = f"<h1>Ambito di Garbagnate Milanese</h1><p>I comuni dell'Ambito:</p>{table}"
    assert _capofilas(body) == [capofila]


@pytest.mark.parametrize(
    ("opening", "members"),
    [
        # the comune at the sentence's opening joins the ambito together with the listed ones (fixture 985)
        ("Solaro, per i servizi sociali, aderisce all'Ambito insieme a", ["015213", "015250", "015027"]),
        ("Il Comune di Solaro fa parte dell'Ambito insieme ai comuni di", ["015213", "015250", "015027"]),
        # a comune that does not join names no member
        ("Solaro confina con l'Ambito insieme a", []),
    ],
)
def test_the_comune_that_joins_together_with_the_listed_ones_is_a_member(opening: str, members: list[str]) -> None:
    body = f"<h1>Ambito di Garbagnate Milanese</h1><p>{opening} Baranzate e Bollate.</p>"
    f = extract(f"<html><body><main>{body}</main></body></html>".encode(), "https://example.org/p", "text/html")
    assert sorted(m for a in f.ambiti for m in a.members) == sorted(members)


# round 30 (heldout27 spent): six mechanisms, each read in its general form ------------------------------------------

_CORSICO_NAMES = ["Assago", "Buccinasco", "Cesano Boscone", "Corsico", "Cusago", "Trezzano sul Naviglio"]


def _members(html: str, url: str = "https://example.org/p", kind: str = "text/html") -> list[list[str]]:
    """Each ambito's members, in the order the page gives them."""
    return [a.members for a in extract(html.encode(), url, kind).ambiti]


@pytest.mark.parametrize(
    ("intro", "parts", "members"),
    [
        # sibling parts under a paragraph about the ambito, whatever it says of them (fixtures 1000-1004)
        (
            "Il Servizio Sociale dell'Ambito di Corsico lavora con due équipe.",
            "<p>Zona Nord: Assago, Buccinasco, Cesano Boscone; Zona Sud: Corsico, Cusago, Trezzano sul Naviglio.</p>",
            6,
        ),
        (
            "Lo sportello dell'Ambito di Corsico riceve in due poli.",
            "<dl><dt>Zona Nord</dt><dd>Cesano Boscone, Corsico, Cusago</dd>"
            "<dt>Zona Sud</dt><dd>Assago, Buccinasco, Trezzano sul Naviglio</dd></dl>",
            6,
        ),
        # a project's zones, or one part alone, are no division of the ambito
        (
            "Il progetto estivo dell'Ambito di Corsico si svolge in due zone.",
            "<p>Zona Nord: Assago, Buccinasco, Cesano Boscone; Zona Sud: Corsico, Cusago, Trezzano sul Naviglio.</p>",
            0,
        ),
        (
            "Il Servizio Sociale dell'Ambito di Corsico lavora con due équipe.",
            "<p>Zona Nord: Assago, Buccinasco, Cesano Boscone.</p><p>Area riservata</p>",
            0,
        ),
    ],
)
def test_an_ambitos_sibling_parts_are_its_members_whatever_the_paragraph_says(
    intro: str, parts: str, members: int
) -> None:
    html = f"<html><head><title>Servizi</title></head><body><main><p>{intro}</p>{parts}</main></body></html>"
    assert sum(len(m) for m in _members(html)) == members


def test_a_parts_label_between_two_parts_is_no_unresolved_name() -> None:
    parts = (
        "<dl><dt>Polo Nord</dt><dd>Cesano Boscone, Corsico, Cusago</dd>"
        "<dt>Polo Sud</dt><dd>Assago, Buccinasco, Trezzano sul Naviglio</dd></dl>"
    )
    html = (
        f"<html><body><main><p>Lo sportello dell'Ambito di Corsico riceve in due poli.</p>{parts}</main></body></html>"
    )
    found = extract(html.encode(), "https://example.org/p", "text/html")
    assert (found.unresolved_names, sum(len(a.members) for a in found.ambiti)) == ([], 6)


@pytest.mark.parametrize(
    ("band", "members"),
    [
        # a band of logos whose names are only the pictures' text alternatives, the heading's own siblings (1010, 1012)
        ("".join(f'<a href="#"><img src="x.png" alt="Stemma del Comune di {n}"></a>' for n in _CORSICO_NAMES), 6),
        ("".join(f'<figure><img src="x.png" alt=""><figcaption>{n}</figcaption></figure>' for n in _CORSICO_NAMES), 6),
        # two pictures are a site's badges, no band
        ("".join(f'<a href="#"><img src="x.png" alt="Stemma del Comune di {n}"></a>' for n in _CORSICO_NAMES[:2]), 0),
    ],
)
def test_a_band_of_logos_after_its_heading_names_its_comuni(band: str, members: int) -> None:
    main = "<p>Il portale dell'Ambito di Corsico raccoglie i servizi sociali dei comuni.</p>"
    footer = f"<footer><div><h3>I Comuni dell'Ambito di Corsico</h3>{band}</div></footer>"
    html = f"<html><head><title>Ambito di Corsico</title></head><body><main>{main}</main>{footer}</body></html>"
    assert sum(len(m) for m in _members(html)) == members


@pytest.mark.parametrize(
    ("item", "legend", "capofila"),
    [
        # the legend's sign resolves to the item that carries it, whatever the sign and its brackets (1020-1022)
        ("Rho †", "† Comune capofila dell'Accordo", RHO),
        ("Rho (*)", "* = Ente capofila", RHO),
        ("Rho (MI) *", "(*) Ente capofila dell'Ambito", RHO),
        ("Rho¹", "(1) Comune capofila", RHO),
        ("Rho °", "° sede dell'Ufficio di Piano", None),  # a legend of another role
        ("Rho †", "* Comune capofila", None),  # another sign
    ],
)
def test_a_legends_sign_marks_the_item_that_carries_it(item: str, legend: str, capofila: str | None) -> None:
    items = "".join(f"<li>{n}</li>" for n in ["Arese", "Lainate", item, "Pero"])
    html = (
        "<html><head><title>Ambito Rhodense</title></head><body><main><p>I Comuni dell'Ambito sono:</p>"
        f"<ul>{items}</ul><p>{legend}</p></main></body></html>"
    )
    assert [a.capofila for a in extract(html.encode(), "https://example.org/p", "text/html").ambiti] == [capofila]


@pytest.mark.parametrize(
    ("intro", "rows", "members", "capofila"),
    [
        # a table of the capofila through time: the open period's holder, no list of members (1030-1033)
        (
            "La storia dell'Ambito Rhodense.",
            [
                ("2003-2008", "Comune di Arese"),
                ("2009-2017", "Comune di Lainate"),
                ("dal 2018 (attuale)", "Comune di Rho"),
            ],
            [RHO],
            RHO,
        ),
        (
            "Gli enti capofila dell'Ambito Rhodense.",
            [("Arese", "2003 | 2008"), ("Lainate", "2009 | 2017"), ("Rho", "2018 | –")],
            [RHO],
            RHO,
        ),
        # no period still open: no holder, and no members either
        (
            "La storia dell'Ambito Rhodense.",
            [("2003-2008", "Comune di Arese"), ("2009-2017", "Comune di Lainate"), ("2018-2023", "Comune di Rho")],
            [],
            None,
        ),
        # another body's capofila through time
        (
            "Il sistema bibliotecario nasce nel 1998. Collabora con l'Ambito Rhodense.",
            [("1998-2007", "Comune di Arese"), ("2008-2016", "Comune di Lainate"), ("dal 2017", "Comune di Rho")],
            [],
            None,
        ),
    ],
)
def test_a_table_of_the_capofilas_holders_gives_the_current_one_and_no_members(
    intro: str, rows: list[tuple[str, str]], members: list[str], capofila: str | None
) -> None:
    first = rows[0][0][0].isdigit()
    head = (
        "<tr><th>Periodo</th><th>Ente capofila</th></tr>"
        if first
        else "<tr><th>Comune</th><th>Capofila dal</th><th>al</th></tr>"
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in " | ".join(r).split(" | ")) + "</tr>" for r in rows)
    html = f"<html><body><main><p>{intro}</p><table>{head}{body}</table></main></body></html>"
    found = extract(html.encode(), "https://example.org/p", "text/html").ambiti
    assert [m for a in found for m in a.members] == members
    assert [a.capofila for a in found if a.capofila] == ([capofila] if capofila else [])


@pytest.mark.parametrize(
    ("sentence", "approved"),
    [
        # minutes decide in the present passive on the session's day (1040-1042)
        ("Il Piano di Zona 2025-2027 è approvato all'unanimità.", "2024-12-12"),
        ("Il Piano di Zona 2025-2027 risulta approvato.", "2024-12-12"),
        ("Sono approvati il Piano di Zona 2025-2027 e l'Accordo di Programma.", "2024-12-12"),
        ("Il Piano di Zona 2025-2027 viene approvato.", "2024-12-12"),
        # a past act is dated by its own words
        ("Il Piano di Zona 2025-2027 è stato approvato.", None),
    ],
)
def test_minutes_approve_in_the_present_passive_on_the_sessions_day(sentence: str, approved: str | None) -> None:
    plans, _ = plans_in([sentence], session="2024-12-12")
    assert [p.approved_on for p in plans] == [approved]


@pytest.mark.parametrize(
    "sentence",
    ["Il verbale della seduta precedente è approvato all'unanimità.", "L'ordine del giorno è approvato."],
)
def test_the_minutes_own_items_approved_in_the_present_passive_date_no_plan(sentence: str) -> None:
    # the plan of the agenda's item above, the minutes' or the agenda's approval on the session's day (review 18)
    plans, _ = plans_in(["Punto 1: Piano di Zona 2025-2027, stato di attuazione.", sentence], session="2025-03-10")
    assert [p.approved_on for p in plans] == [None]


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        # a comune that does anything with the ambito's other comuni is one of them (1050-1054)
        ("Pero programma i servizi insieme agli altri Comuni dell'Ambito Rhodense: Arese, Lainate e Rho.", 4),
        ("Pero, come gli altri comuni dell'Ambito Rhodense (Arese, Lainate e Rho), finanzia il fondo.", 4),
        ("Pero gestisce i servizi con gli altri comuni dell'Ambito Rhodense.", 1),
        (
            "Pero lavora con gli altri tre comuni del territorio: Arese, Lainate e Rho, che formano l'Ambito Rhodense.",
            4,
        ),
        # the others of another body
        ("Pero, insieme agli altri comuni del Distretto del Commercio (Arese, Lainate e Rho), lancia i buoni.", 0),
    ],
)
def test_a_comune_with_the_other_comuni_of_the_ambito_is_one_of_them(sentence: str, members: int) -> None:
    html = f"<html><body><main><h1>Servizi sociali</h1><p>{sentence}</p></main></body></html>"
    assert sum(len(m) for m in _members(html)) == members


@pytest.mark.parametrize(
    ("label", "members"),
    [
        # a label's bullet, or its aside in brackets before the colon, keeps it a label (fixtures 1100-1103)
        ("<p><strong>Comuni (4):</strong> Bresso, Cinisello Balsamo, Cormano e Cusano Milanino</p>", 4),
        ("<ul><li>Comuni: Bresso, Cinisello Balsamo, Cormano e Cusano Milanino</li></ul>", 4),
        (
            "<ol><li>Comuni aderenti [per nome]: Bresso, Cinisello Balsamo, Cormano, Cusano Milanino.</li></ol>",
            4,
        ),
        (
            "<table><tr><th>Comuni (4)</th><td>Bresso; Cinisello Balsamo; Cormano; Cusano Milanino</td></tr></table>",
            4,
        ),
        # another list's label, whatever its aside
        ("<p><strong>Comuni confinanti (4):</strong> Bresso, Cinisello Balsamo, Cormano e Cusano Milanino</p>", 0),
    ],
)
def test_a_label_with_a_bullet_or_an_aside_in_brackets_opens_the_list(label: str, members: int) -> None:
    html = f"<html><body><main><h1>Ambito di Cinisello Balsamo</h1>{label}</main></body></html>"
    assert len({m for ms in _members(html) for m in ms}) == members


@pytest.mark.parametrize(
    ("closing", "members"),
    [
        # comuni that their own line's verb sends to a health body are not the ambito's (fixtures 1110-1113)
        ("<p>I Comuni di Bresso e Cormano afferiscono ai Distretti dell'ASST Nord Milano.</p>", 2),
        ("<p>Bresso e Cormano fanno capo all'ASST Nord Milano per i servizi sanitari.</p>", 2),
        ("<p>Bresso e Cormano rientrano nel Distretto sociosanitario di Sesto dell'ASST Nord Milano.</p>", 2),
        ("<p>Bresso e Cormano dipendono dall'ATS della Città Metropolitana.</p>", 2),
        # the ambito's own clause names the health body: the comuni are members
        ("<p>Anche Bresso e Cormano aderiscono all'Ambito di Cinisello Balsamo, che fa capo all'ATS.</p>", 4),
    ],
)
def test_comuni_sent_by_their_own_verb_to_a_health_body_are_no_members(closing: str, members: int) -> None:
    html = (
        "<html><body><main><h1>Ambito di Cinisello Balsamo</h1>"
        f"<p>Comuni: Cinisello Balsamo, Cusano Milanino.</p>{closing}</main></body></html>"
    )
    assert len({m for ms in _members(html) for m in ms}) == members


@pytest.mark.parametrize(
    ("division", "heading", "ambiti"),
    [
        # district headings under a sentence that divides the ambito into districts are its parts (fixtures 1120-1123)
        ("I Comuni dell'Ambito di Rho sono raggruppati nei due distretti storici.", "h3", ["Ambito di Rho"]),
        ("L'Ambito di Rho è articolato in due distretti operativi.", "h4", ["Ambito di Rho"]),
        ("L'Ambito di Rho si suddivide nei distretti di Rho e di Lainate.", "dt", ["Ambito di Rho"]),
        # a health body divided into districts, each an ambito: the districts stay ambiti
        (
            "Il territorio dell'ASST Rhodense è suddiviso in due distretti, ciascuno un ambito.",
            "h3",
            ["Distretto di Rho", "Distretto di Lainate"],
        ),
    ],
)
def test_districts_of_an_ambito_divided_into_districts_are_its_parts(
    division: str, heading: str, ambiti: list[str]
) -> None:
    parts = {
        "Distretto di Rho": "Cornaredo, Pero, Rho, Settimo Milanese",
        "Distretto di Lainate": "Arese, Lainate, Vanzago",
    }
    if heading == "dt":
        body = "<dl>" + "".join(f"<dt>{name}</dt><dd>{items}</dd>" for name, items in parts.items()) + "</dl>"
    else:
        body = "".join(f"<{heading}>{name}</{heading}><p>{items}</p>" for name, items in parts.items())
    html = f"<html><body><main><h1>I comuni</h1><p>{division}</p>{body}</main></body></html>"
    found = extract(html.encode(), "https://example.org/p", "text/html").ambiti
    assert [a.name for a in found] == ambiti
    assert sum(len(a.members) for a in found) == 7


@pytest.mark.parametrize(
    ("paragraph", "members"),
    [
        # a health district opens the paragraph: the sentences after it go on with it (fixtures 1130-1133)
        (
            "Il Distretto di Rho è un'articolazione dell'ASST Rhodense. Comprende i comuni di Arese, Pero e Rho.",
            1,
        ),
        ("I Distretti dell'ASST Rhodense sono due. Quello di Rho riunisce tre comuni: Arese, Pero e Rho.", 1),
        ("Il Distretto di Rho fa parte dell'ASST Rhodense. Ne fanno parte i comuni di Arese, Pero e Rho.", 1),
        # a district that coincides with the ambito: its comuni are the ambito's
        (
            "Il Distretto di Rho, pari all'Ambito, fa capo all'ASST. Comprende i comuni di Arese, Pero e Rho.",
            3,
        ),
    ],
)
def test_a_paragraph_opened_by_a_health_district_lists_its_comuni(paragraph: str, members: int) -> None:
    html = (
        f"<html><body><main><h1>Territorio</h1><p>{paragraph}</p>"
        "<p>Il Comune di Rho è capofila dell'Ambito Rhodense.</p></main></body></html>"
    )
    assert sum(len(m) for m in _members(html)) == members


@pytest.mark.parametrize(
    ("section", "members"),
    [
        # a section headed by another body's own name, no ambito named down to the list (fixtures 1140-1143)
        ("<h2>Comunità Montana Valsassina</h2><p>Ne fanno parte anche Barzio, Cremeno e Pasturo.</p>", 1),
        ("<h3>Consorzio Parco delle Groane</h3><p>Vi aderiscono anche Barzio, Cremeno e Pasturo.</p>", 1),
        ("<h4>L'Unione dei Comuni della Valle</h4><p>Ne sono membri:</p><ul><li>Barzio</li><li>Cremeno</li></ul>", 1),
        # the body runs the ambito's services: its comuni are the ambito's
        ("<h2>Consorzio Valsassina</h2><p>Gestisce i servizi dell'Ambito. Ne fanno parte Barzio e Cremeno.</p>", 3),
    ],
)
def test_a_section_headed_by_another_bodys_name_lists_its_comuni(section: str, members: int) -> None:
    html = (
        f"<html><body><main><p>Il Comune di Introbio fa parte dell'Ambito di Lecco.</p>{section}</main></body></html>"
    )
    assert len({m for ms in _members(html) for m in ms}) == members


@pytest.mark.parametrize(
    ("sentence", "ambiti", "members"),
    [
        # a health body as the subject groups comuni of an ambito named in passing (fixtures 1190-1193)
        (
            "L'ASST ha unito nel distretto i comuni dell'Ambito di Garbagnate Milanese, tra cui Bollate e Senago.",
            1,
            1,
        ),
        (
            "La Azienda socio-sanitaria segue i comuni dell'Ambito di Garbagnate Milanese: Bollate e Senago.",
            1,
            1,
        ),
        (
            "L'ATS ha riunito in un'area i comuni dell'Ambito di Garbagnate Milanese, fra i quali Bollate e Senago.",
            1,
            1,
        ),
        # the ambito's own clause takes the list
        ("L'ATS ha preso atto del Piano dell'Ambito Rhodense, che riunisce Arese e Pero.", 1, 3),
    ],
)
def test_a_health_bodys_sentence_names_an_ambito_in_passing(sentence: str, ambiti: int, members: int) -> None:
    html = (
        "<html><body><main><p>Il Comune di Rho è capofila dell'Ambito Rhodense.</p>"
        f"<p>{sentence}</p></main></body></html>"
    )
    found = extract(html.encode(), "https://example.org/p", "text/html").ambiti
    assert (len(found), sum(len(a.members) for a in found)) == (ambiti, members)


@pytest.mark.parametrize(
    ("sidebar", "members"),
    [
        # a sidebar's member list is read like the menu's and the footer's (fixtures 1200-1203)
        ('<aside class="widget-area"><section class="widget widget_nav_menu"><h2>I Comuni dell\'Ambito</h2>', 4),
        ('<div class="sidebar" role="complementary"><div><h3>Comuni aderenti</h3>', 4),
        ('<aside class="sidebar"><div><p class="titolo">Comuni soci</p>', 4),
        # another body's members in a sidebar
        ('<aside class="sidebar"><div><h3>Comuni soci del Consorzio Parco Nord</h3>', 1),
    ],
)
def test_a_sidebars_member_list_is_read_like_the_chromes(sidebar: str, members: int) -> None:
    items = "".join(
        f'<li><a href="#">{c}</a></li>' for c in ["Bresso", "Cinisello Balsamo", "Cormano", "Cusano Milanino"]
    )
    close = (
        "</section></aside>" if "<section" in sidebar else "</div></aside>" if "<aside" in sidebar else "</div></div>"
    )
    html = (
        "<html><head><title>Chi siamo - Ambito di Cinisello Balsamo</title></head><body>"
        "<main><h1>Chi siamo</h1><p>I comuni soci dell'Ambito di Cinisello Balsamo programmano i servizi sociali; "
        "il Comune di Cinisello Balsamo è capofila.</p></main>"
        f"{sidebar}<ul>{items}</ul>{close}</body></html>"
    )
    assert len({m for ms in _members(html) for m in ms}) == members


@pytest.mark.parametrize(
    ("links", "members"),
    [
        # a post's taxonomy links name no list (fixtures 1210-1213)
        (
            '<div class="tags"><a href="/t/a" rel="tag">Arese</a> <a href="/t/p" rel="tag">Pero</a> '
            '<a href="/t/l" rel="tag">Lainate</a></div>',
            1,
        ),
        (
            '<ul><li><a href="/t/a" rel="tag">Arese</a></li><li><a href="/t/p" rel="tag">Pero</a></li>'
            '<li><a href="/t/l" rel="tag">Lainate</a></li></ul>',
            1,
        ),
        (
            '<p><a href="/c/a" rel="category tag">Arese</a>, <a href="/c/p" rel="category tag">Pero</a>, '
            '<a href="/c/l" rel="category tag">Lainate</a></p>',
            1,
        ),
        # links that are the text's own items
        ('<p>Ne fanno parte <a href="/a">Arese</a>, <a href="/p">Pero</a> e <a href="/l">Lainate</a>.</p>', 4),
    ],
)
def test_a_posts_tag_links_are_no_list(links: str, members: int) -> None:
    html = (
        "<html><body><main><h1>Piano di Zona</h1><p>L'Ambito Rhodense ha approvato il Piano; "
        f"il Comune di Rho è capofila dell'Ambito.</p>{links}</main></body></html>"
    )
    assert len({m for ms in _members(html) for m in ms}) == members


@pytest.mark.parametrize(
    ("line", "word"),
    [
        # an everyday word in capitals after a list's last comune, the phrase going on in capitals (fixtures 1220-1222)
        ("ARESE, LAINATE E OPERA PIA SAN VINCENZO (ENTE GESTORE)", None),
        ("ARESE, LAINATE E CALCIO GIOVANILE", None),
        ("ARESE, LAINATE E DELLO SCHEMA DI ACCORDO", None),
        # the word ends the list: a comune
        ("ARESE, LAINATE E OPERA", "015159"),
    ],
)
def test_an_everyday_word_in_capitals_whose_phrase_goes_on_is_no_comune(line: str, word: str | None) -> None:
    html = (
        "<html><body><main><p>L'Ambito Rhodense, con capofila il Comune di Rho, si è riunito. "
        f"Sono presenti i sindaci dei comuni:</p><h3>{line}</h3></main></body></html>"
    )
    found = {m for ms in _members(html) for m in ms}
    assert {"015009", "015116"} <= found
    assert found - {"015009", "015116", "015182"} == ({word} if word else set())


# round 31b: the footer's <br> lines are lines (1150-1153)
@pytest.mark.parametrize(
    ("card", "responsible", "phones"),
    [
        # the next line's first word is no part of the name
        ("Tel. 0331 471 300<br>Responsabile: dott. Paolo Sangalli<br>Orari: martedì 9-12", "Paolo Sangalli", 1),
        ("Coordinatrice: Giulia Ferrario<br/>Sportello Lavoro il lunedì", "Giulia Ferrario", 0),
        ("Referente: Marco Villa<br>Ricevimento su appuntamento", "Marco Villa", 0),
        # the site manager's switchboard on a line of its own is not the office's
        ("Sito gestito dalla Cooperativa Lario<br>Via Roma 3, 20025 Legnano – centralino 0331 000 100", None, 0),
        # counter-case: the office's own phone on its own line is still read
        ("Via Roma 3<br>20025 Legnano<br>Tel.: 0331 471 300", None, 1),
    ],
)
def test_a_footers_br_lines_are_read_apart(card: str, responsible: str | None, phones: int) -> None:
    footer = f"<footer><p>Ufficio di Piano – Ambito Legnanese<br>udp@ambitolegnanese.example.it<br>{card}</p></footer>"
    main = "<main><h1>Chi siamo</h1><p>Il Comune di Legnano è l'ente capofila dell'Ambito Legnanese.</p></main>"
    f = _whole(main, footer, title="Chi siamo - Ufficio di Piano Ambito Legnanese")
    office = f.ambiti[0].ufficio_di_piano or Contacts()
    assert (office.responsible, len(office.phones)) == (responsible, phones)


@pytest.mark.parametrize(
    "role",
    [
        "Ente capofila:<br>Comune di Legnano",
        "Ente capofila<br>Comune di Legnano",
        "Comune capofila dell'Ambito:<br>Legnano",
        "Comune di Legnano, ente capofila dell'Ambito Legnanese",  # counter-case: on one line, read before as now
    ],
)
def test_a_footers_capofila_on_the_line_after_its_role_is_read(role: str) -> None:
    # the <br> lines parted in the footer's text (round 31b) must not part a role from its holder (review 18)
    footer = f"<footer><p>Ufficio di Piano – Ambito Legnanese<br>{role}<br>Piazza San Magno 9</p></footer>"
    main = "<main><h1>Chi siamo</h1><p>L'Ufficio di Piano dell'Ambito Legnanese cura il Piano di Zona.</p></main>"
    f = _whole(main, footer, title="Chi siamo - Ufficio di Piano Ambito Legnanese")
    assert f.ambiti[0].capofila == "015118"


@pytest.mark.parametrize(
    ("text", "street"),
    [
        # a bare number after "corso" is a year or a count in prose, no street (1154-1156)
        (
            "Nel corso del 2025 l'Ufficio di Piano, che ha sede in Piazza Duomo 25, apre tre sportelli",
            "Piazza Duomo, 25",
        ),
        ("Nel corso del 2024, l'Ufficio si è trasferito in Via Roma 39", "Via Roma, 39"),
        ("In corso del 2026 l'Ufficio di Piano raccoglie le domande", None),
        # counter-cases: a street named by a date (1157)
        ("Ufficio di Piano – Via 4 Novembre 12, 24047 Treviglio", "Via 4 Novembre, 12"),
        ("sede in Corso 22 Marzo 5, Milano", "Corso 22 Marzo, 5"),
        # a date's month in lower case, as prose writes it (review 18)
        ("L'Ufficio di Piano ha sede in via 25 aprile 14, Lodi", "Via 25 aprile, 14"),
        ("Ufficio di Piano – Via 20 settembre 3, 26013 Crema", "Via 20 settembre, 3"),
        # a year after an apostrophe is the street's name, not its civic number (a clean set's author's report)
        ("Indirizzo: Via Ragazzi del '99, 5 - 20832 Desio (MB)", "Via Ragazzi del '99, 5"),
        ("Sede: Piazza Caduti del ’44 n. 2, 20811 Cesano Maderno", "Piazza Caduti del ’44, 2"),
        ("Ufficio di Piano, Via dei Martiri del '45 - 20017 Rho", "Via dei Martiri del '45"),
    ],
)
def test_a_street_name_is_no_bare_number(text: str, street: str | None) -> None:
    assert ct.street_in(text) == street


@pytest.mark.parametrize(
    ("desk", "phones"),
    [
        # another desk named before its street or phone after a comma (1158-1160)
        (
            "Per informazioni sui servizi del Comune rivolgersi al Settore Sociale, via Roma 20, tel. 02 9671 0300",
            0,
        ),
        ("Per un contributo contattare lo Sportello sociale comunale, tel. 0362 392 300, il martedì.", 0),
        ("Per le pratiche rivolgersi all'Ufficio Servizi Sociali, piazza del Comune 8, tel. 0372 407 000.", 0),
        # counter-case: the office itself (1161)
        ("Per informazioni rivolgersi all'Ufficio di Piano, via Sacco 5, tel. 0332 255 400.", 1),
    ],
)
def test_another_desk_named_before_its_street_after_a_comma_is_not_the_office(desk: str, phones: int) -> None:
    main = (
        "<main><h1>Piano di Zona</h1><p>Il Comune di Rho è capofila dell'Ambito Rhodense. L'Ufficio di Piano ha sede "
        f"presso il Comune capofila.</p><p>{desk}</p></main>"
    )
    f = _whole(main, title="Piano di Zona - Comune di Rho")
    office = f.ambiti[0].ufficio_di_piano or Contacts()
    assert len(office.phones) == phones


@pytest.mark.parametrize(
    ("sentence", "approved"),
    [
        # the one round a page of several ambiti names, approved in an ambito's part by a plan word (1162, 1164)
        ("L'Assemblea dei Sindaci ha approvato il Piano all'unanimità il 17 dicembre 2024.", "2024-12-17"),
        ("Il documento è stato approvato a Magenta il 20 dicembre 2024.", "2024-12-20"),
        ("Il Piano è stato adottato dall'Assemblea il 12 dicembre 2024.", "2024-12-12"),
        # counter-case: another object approved (1165)
        ("L'Assemblea ha approvato il bilancio dell'Ufficio il 10 dicembre 2024.", None),
        # counter-case: another object's accord, by its own words (review 18)
        ("Il Comune ha approvato l'accordo per il trasporto scolastico il 18 dicembre 2024.", None),
        ("La Giunta ha approvato il documento sul bilancio il 18 dicembre 2024.", None),
    ],
)
def test_an_ambitos_approval_of_the_plan_on_a_page_of_the_round_is_the_rounds(sentence: str, approved: str) -> None:
    assert _plan([sentence], round_plan=(2025, 2027)).get((2025, 2027), (None, None))[0] == approved


@pytest.mark.parametrize(
    ("sentence", "approved"),
    [
        # the verb's plan is the heading's when the period is named after a semicolon (1166-1168)
        ("Approvato dall'Assemblea dei Sindaci il 19.12.2024; il Piano 2021-2023, prorogato, è scaduto.", "2024-12-19"),
        (
            "Il documento è stato approvato il 16 dicembre 2024; la validità del Piano 2021-2023 è stata prorogata.",
            "2024-12-16",
        ),
        ("Adottato il 5 dicembre 2024; per il Piano di Zona 2021-2023 era stata disposta la proroga.", "2024-12-05"),
    ],
)
def test_a_period_after_a_semicolon_is_not_the_verbs_plan(sentence: str, approved: str) -> None:
    assert _plan(["Piano di Zona 2025-2027", sentence])[(2025, 2027)][0] == approved


def test_a_period_in_the_verbs_own_clause_is_its_plan() -> None:
    # counter-case (1169): the period before the semicolon, not the heading's
    found = _plan(
        ["Piano di Zona 2021-2023", "L'Assemblea ha approvato il 18/12/2024 il Piano di Zona 2025-2027; poi."]
    )
    assert found[(2025, 2027)][0] == "2024-12-18" and found[(2021, 2023)][0] is None

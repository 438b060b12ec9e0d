"""Round 32b (issue 11): contacts, responsible, plans and dates of heldout30-32, each mechanism in its general form.

Every positive case fails on extractor 0.4.59; the counter-cases pass on both. Pages 1350-1377 hold the same mechanisms
in other wordings and markup (docs/members.md §54).
"""

from __future__ import annotations

import pytest

from crawler.parsers.extract import extract, page_date
from crawler.parsers.plans import plans_in, session_date
from crawler.records import Contacts, PageFacts


def _page(main: str, title: str = "Ambito di Lodi", aside: str = "") -> PageFacts:
    html = f"<html><head><title>{title}</title></head><body><main>{main}</main>{aside}</body></html>"
    return extract(html.encode(), "https://example.org/p.html", "text/html; charset=utf-8")


def _office(f: PageFacts) -> Contacts:
    return (f.ambiti[0].ufficio_di_piano if f.ambiti else None) or Contacts()


def _dates(sentences: list[str], session: str | None = None, written: str | None = None) -> dict:
    plans, _ = plans_in(sentences, session=session, written=written)
    return {(p.start_year, p.end_year): (p.approved_on, p.extended_until) for p in plans}


# A. the words right before a date say what day it is (h30_03, h31_07, h30_23)
@pytest.mark.parametrize(
    ("sentences", "session", "expected"),
    [
        # a term the region set is the plan's extension, not the regional act's date
        (
            ["Il Piano di Zona 2021-2023 è stato prorogato da Regione Lombardia fino al 31 dicembre 2024."],
            None,
            {(2021, 2023): (None, "2024-12-31")},
        ),
        (
            ["Il Piano di Zona 2021-2023 è stato prorogato con la DGR a tutto il 31/12/2024."],
            None,
            {(2021, 2023): (None, "2024-12-31")},
        ),
        # an act is dated "del", its term "al"
        (
            ["Il Piano di Zona 2021-2023 è stato prorogato con DGR n. XI/7631 del 28/12/2022 al 31/12/2024."],
            None,
            {(2021, 2023): (None, "2024-12-31")},
        ),
        # a term before an approval's verb is no approval's day
        (
            [
                "La Regione ha disposto che i Piani restino validi sino al 31/12/2024 e ha approvato le linee per il "
                "triennio 2025-2027.",
                "L'Assemblea dei Sindaci ha approvato il Piano di Zona 2025-2027 in data 11/12/2024.",
            ],
            None,
            {(2025, 2027): ("2024-12-11", None)},
        ),
        # the day it takes effect is no approval's; "nella stessa seduta" is the page's session, in any tense
        (
            ["Il Piano di Zona 2025-2027 è stato approvato nella medesima seduta e decorre dal 1 gennaio 2025."],
            "2024-12-16",
            {(2025, 2027): ("2024-12-16", None)},
        ),
        (
            ["Il Regolamento è approvato insieme al Piano di Zona 2025-2027 ed entra in vigore il 1 febbraio 2025."],
            "2024-12-13",
            {(2025, 2027): ("2024-12-13", None)},
        ),
        # counter-cases: the approval's own date after its verb; a regional act's date stays the region's
        (
            ["Il Piano di Zona 2025-2027 è stato approvato il 12 dicembre 2024 ed è in vigore dal 1 gennaio 2025."],
            None,
            {(2025, 2027): ("2024-12-12", None)},
        ),
        (
            ["Il Piano di Zona 2025-2027 è stato approvato secondo la DGR n. XII/2167 del 15/04/2024."],
            None,
            {(2025, 2027): (None, None)},
        ),
        (
            ["Il Piano di Zona 2021-2023 è stato prorogato come dispone la DGR n. XI/7631 del 28/12/2022."],
            None,
            {(2021, 2023): (None, None)},
        ),
    ],
)
def test_the_words_before_a_date_say_what_day_it_is(sentences: list[str], session: str | None, expected: dict) -> None:
    assert _dates(sentences, session) == expected


# B. a timeline's year dates its items' yearless days; the meeting named after the verb (h30_11)
@pytest.mark.parametrize(
    ("sentence", "written", "approved"),
    [
        (
            "• 2021 - l'Assemblea dei Sindaci approva il Piano di Zona 2021-2023 nella seduta del 20 dicembre.",
            None,
            "2021-12-20",
        ),
        ("2021: il 20 dicembre l'Assemblea dei Sindaci approva il Piano di Zona 2021-2023.", None, "2021-12-20"),
        (
            "(2021) Approvato il Piano di Zona 2021-2023, nella seduta dell'Assemblea del 13 dicembre.",
            "2025-03-10",
            "2021-12-13",
        ),
        # counter-case: a period opening the line is no year of an item; the page's date gives the year
        ("2025-2027 – Il Piano di Zona è stato approvato dall'Assemblea il 16 dicembre.", "2025-01-20", "2024-12-16"),
    ],
)
def test_a_timelines_year_dates_its_item(sentence: str, written: str | None, approved: str) -> None:
    plans = _dates([sentence], written=written)
    assert [a for a, _ in plans.values()] == [approved]


# C. a comune body's act has no Assemblea session (h31_22)
@pytest.mark.parametrize(
    ("lines", "session"),
    [
        (
            [
                "Deliberazione del Consiglio Comunale n. 58 del 28/11/2024",
                "Premesso che l'Assemblea dei Sindaci, nella seduta del 7 novembre 2024, ha proposto il capofila;",
            ],
            None,
        ),
        (["VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE N. 12", "Seduta del 20 gennaio 2025"], None),
        # counter-cases: the Assemblea's own minutes, a council's act only recalled
        (
            [
                "Verbale della seduta dell'Assemblea dei Sindaci del 13 dicembre 2024",
                "richiamata la deliberazione del Consiglio comunale di Crema n. 40",
            ],
            "2024-12-13",
        ),
        (["VERBALE DELL'ASSEMBLEA DEI SINDACI", "Seduta del 18 dicembre 2024"], "2024-12-18"),
    ],
)
def test_a_comune_bodys_act_has_no_assembleas_session(lines: list[str], session: str | None) -> None:
    assert session_date(lines, "") == session


# D. the page's update date under its label, or as a timestamp (h31_25, h32_13)
@pytest.mark.parametrize(
    ("lines", "updated"),
    [
        (["Testo della pagina", "Pagina aggiornata il", "04/02/2025"], "2025-02-04"),
        (["Testo", "Ultimo aggiornamento:", "12 marzo 2025"], "2025-03-12"),
        (["Testo", "ultima modifica 2025-02-27T10:14:03+01:00"], "2025-02-27"),
        (["Testo", "Data di aggiornamento 2025-01-09"], "2025-01-09"),
        # counter-cases: a publication's date, a label whose next line opens with no date
        (["Pubblicato il", "2025-02-01"], None),
        (["Pagina aggiornata il", "a cura della redazione il 5 marzo 2025"], None),
    ],
)
def test_the_update_date_below_its_label_or_as_a_timestamp(lines: list[str], updated: str | None) -> None:
    assert page_date(lines) == updated


_PLAN_PAGE = "<h1>Piano di Zona</h1><p>Il Comune di Lodi è capofila dell'Ambito di Lodi.</p>"


# E. the comune's own box of hours or numbers (h30_03)
@pytest.mark.parametrize(
    ("box", "phones"),
    [
        ("<h2>Orari del municipio</h2><p>Lunedì 9-12</p><p>Tel. 0371 409 111</p>", 0),
        ("<h3>Telefoni del Comune</h3><p>0371 409 111</p>", 0),
        ("<h3>Orari e numeri del Municipio</h3><p>Sabato 9-12</p><p>0371 409 111</p>", 0),
        # counter-case: the office's own hours at the comune
        ("<h3>Orari dell'Ufficio di Piano presso il Comune</h3><p>Tel. 0371 409 700</p>", 1),
    ],
)
def test_the_town_halls_hours_box_is_not_the_office(box: str, phones: int) -> None:
    f = _page(_PLAN_PAGE, "Piano di Zona - Comune di Codogno", f"<aside>{box}</aside>")
    assert len(_office(f).phones) == phones


_OFFICE_PAGE = (
    "<h1>Ambito di Lodi</h1><p>Il Comune di Lodi è capofila dell'Ambito di Lodi.</p>"
    "<h3>Ufficio di Piano</h3><p>Piazza Mercato 5, 26900 Lodi</p><p>Tel. 0371 409 700</p>"
)


# F. another service's person or desk as the subject of a line in the office's part (h30_06)
@pytest.mark.parametrize(
    ("line", "phones"),
    [
        ("A Castiraga Vidardo l'assistente sociale riceve il martedì (tel. 0371 937 111).", 1),
        ("Ad Arcene, l'educatrice del servizio minori è reperibile al numero 035 419 9011.", 1),
        ("Gli operatori dello spazio neutro rispondono il venerdì (tel. 0371 460 222).", 1),
        # counter-cases: a desk opening the line, set aside before as now; the office's own staff
        ("Il segretariato sociale risponde il giovedì (tel. 0371 460 111).", 1),
        ("Gli operatori dell'Ufficio di Piano rispondono il lunedì (tel. 0371 409 701).", 2),
    ],
)
def test_another_services_subject_keeps_its_number(line: str, phones: int) -> None:
    assert len(_office(_page(f"{_OFFICE_PAGE}<p>{line}</p>")).phones) == phones


# G. a directory of other desks on the office's own page (h32_07)
@pytest.mark.parametrize(
    ("directory", "phones"),
    [
        ("<h2>Numeri utili</h2><p>Informagiovani: 0371 409 800</p>", 1),
        ("<h2>Altri numeri</h2><p>Caritas cittadina: 0371 35 063</p>", 1),
        ("<h3>Contatti utili</h3><ul><li>Croce Verde – 0371 256 000</li></ul>", 1),
        # counter-cases: the office's own lines under the heading
        ("<h2>Numeri utili</h2><p>Segreteria: 0371 409 701</p>", 2),
        ("<h2>Numeri utili</h2><p>Ufficio di Piano: 0371 409 702</p>", 2),
    ],
)
def test_a_directorys_desks_are_not_the_office(directory: str, phones: int) -> None:
    main = "<h1>Ufficio di Piano</h1><p>Il Comune di Lodi è capofila dell'Ambito di Lodi.</p><p>Tel. 0371 409 700</p>"
    f = _page(main + directory, "Ufficio di Piano - Ambito di Lodi")
    assert len(_office(f).phones) == phones


# H. the site's keeper named after the office (h32_09)
@pytest.mark.parametrize(
    ("line", "emails"),
    [
        ("Ufficio di Piano – udp@ambitolodi.example.it – Webmaster: web@ambitolodi.example.it", 1),
        ("Ufficio di Piano, udp@ambitolodi.example.it · Gestione del sito: studio@web.example.it", 1),
        ("Ufficio di Piano udp@ambitolodi.example.it - Amministratore del sito: admin@web.example.it", 1),
        # counter-case: the office takes the site's reports itself
        ("Per segnalazioni sul sito scrivi all'Ufficio di Piano: udp@ambitolodi.example.it", 1),
        ("Ufficio di Piano – udp@ambitolodi.example.it – segreteria.udp@ambitolodi.example.it", 2),
    ],
)
def test_the_sites_keeper_is_not_the_office(line: str, emails: int) -> None:
    f = _page(f"<h1>Chi siamo</h1><p>Il Comune di Lodi è capofila dell'Ambito di Lodi.</p><p>{line}</p>")
    assert len(_office(f).emails) == emails


# I. an abbreviated role after the office's name (h30_02)
@pytest.mark.parametrize(
    ("line", "responsible"),
    [
        ("Ufficio di Piano - Ambito di Lodi, Resp.: dott. Andrea Ghisolfi – tel. 0371 409 700", "Andrea Ghisolfi"),
        ("Ufficio di Piano (coord.: dott.ssa Anna Neri) – tel. 0371 409 700", "Anna Neri"),
        ("Ufficio di Piano, Resp. Mario Bassi, Piazza Mercato 5", "Mario Bassi"),
        # counter-case: another desk's head
        ("Servizi sociali comunali, Resp.: dott. Franco Pesenti", None),
    ],
)
def test_an_abbreviated_role_after_the_office_names_its_head(line: str, responsible: str | None) -> None:
    f = _page(f"<h1>Ambito di Lodi</h1><p>Il Comune di Lodi è capofila dell'Ambito di Lodi.</p><p>{line}</p>")
    assert _office(f).responsible == responsible

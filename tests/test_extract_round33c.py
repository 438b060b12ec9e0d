"""Round 33c (issue 11): the mechanisms that lost members and plans on heldout36, each in its general form; the
positive cases fail on extractor 0.4.60 (fixtures 1600 and up), the counter-cases hold on both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.parsers import names as nm
from crawler.parsers.extract import extract
from crawler.records import PageFacts
from crawler.reference.comuni import lombardia

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _fixture(name: str) -> tuple[PageFacts, dict]:
    page = next((FIXTURES / "pages").glob(f"{name}.*"))
    kind = "text/plain" if page.suffix == ".txt" else "text/html"
    gold = json.loads((FIXTURES / "gold" / f"{page.name}.json").read_text(encoding="utf-8"))
    return extract(page.read_bytes(), f"https://example.org/{page.name}", kind), gold


def _members(f: PageFacts) -> set[str]:
    return {code for a in f.ambiti for code in a.members}


def _gold_members(gold: dict) -> set[str]:
    return {code for a in gold["ambiti"] for code in a["members"]}


@pytest.mark.parametrize(
    "name",
    [
        "1600_lettere_indice_tab_cinisello",  # single letters as headings between the items
        "1601_indice_alfabetico_intervalli_trezzo",  # ranges "A-G" as a definition list's terms
        "1602_contro_indice_alfabetico_confinanti_rhodense",  # counter: a neighbours' list, joined, stays no membership
    ],
)
def test_an_alphabetical_index_cuts_no_list(name: str) -> None:
    f, gold = _fixture(name)
    assert _members(f) == _gold_members(gold)


@pytest.mark.parametrize(
    "name",
    [
        "1603_didascalie_palazzo_comunale_rhodense",  # "Palazzo comunale di X" in figure captions
        "1604_galleria_municipio_cinisello",  # "Il Municipio di X" in a gallery's items
        "1605_contro_municipio_con_indirizzo_seggi",  # counter: "Municipio di X, via ...": an address
    ],
)
def test_a_line_naming_only_a_comunes_town_hall_names_the_comune(name: str) -> None:
    f, gold = _fixture(name)
    assert _members(f) == _gold_members(gold)


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("L'Assemblea dei Sindaci ha prorogato la triennalità 2018-2020 fino al 31 dicembre 2021.", (2018, 2020)),
        ("La precedente triennalità 2019/2021 resta in vigore fino al 31/12/2022.", (2019, 2021)),
        # counter: the budget's triennium is no plan, whatever its noun
        ("La triennalità di bilancio 2025-2027 è stata prorogata fino al 31/12/2028.", None),
    ],
)
def test_the_triennium_noun_names_the_plan(sentence: str, period: tuple[int, int] | None) -> None:
    text = (
        f"AMBITO TERRITORIALE DI VIMERCATE\n\n{sentence}\nIl Piano di Zona 2025-2027 è stato approvato il 9/1/2025.\n"
    )
    f = extract(text.encode(), "https://example.org/v.txt", "text/plain")
    periods = {(p.start_year, p.end_year) for a in f.ambiti for p in a.plans}
    assert (period in periods) if period else periods == {(2025, 2027)}


def test_an_ambito_by_its_number_alone_is_the_one_with_that_number_and_a_place() -> None:
    f, gold = _fixture("1607_numero_e_luogo_ambito_trezzo")  # the fixture page (1607)
    assert len(f.ambiti) == 1 and _members(f) == _gold_members(gold)


@pytest.mark.parametrize(
    ("others", "unified"),
    [
        (["Ambito territoriale n. 3 – Pioltello"], True),
        # counters: two ambiti with that number; a health district's number is another numbering
        (["Ambito 3 – Pioltello", "Ambito 3 – Brescia Ovest"], False),
        (["Distretto 3 – Pioltello"], False),
    ],
)
def test_a_number_alone_takes_the_key_of_the_one_named_ambito_with_it(others: list[str], unified: bool) -> None:
    resolver = lombardia()
    mentions = [
        m
        for k, text in enumerate(["Il Piano di Zona dell'Ambito 3", *others])
        for m in nm.mentions_in(text, k, resolver)
    ]
    keyed = nm.numbers_named(mentions)
    assert (keyed[0].key != "n:3") == unified


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("Lo scorso venerdì", "2024-12-13"),  # the fixture page (1608): Monday 16 December, its byline
        ("Martedì scorso", "2024-12-10"),
        ("Domenica scorsa", "2024-12-15"),
        ("L'altro ieri", "2024-12-14"),
        ("Lunedi' scorso", "2024-12-09"),  # the byline's own weekday: a week before
    ],
)
def test_a_day_counted_back_from_the_byline_dates_the_approval(words: str, day: str) -> None:
    html = (
        "<html><body><main><article><h1>Via libera al nuovo Piano</h1>"
        '<p class="byline">Redazione – <time datetime="2024-12-16">16 dicembre 2024</time></p>'
        f"<p>{words} l'Assemblea dei Sindaci dell'Ambito di Vimercate ha approvato il Piano di Zona 2025-2027.</p>"
        "</article></main></body></html>"
    )
    f = extract(html.encode(), "https://example.org/n.html", "text/html")
    assert [p.approved_on for a in f.ambiti for p in a.plans] == [day]


def test_a_day_counted_back_needs_the_pages_date() -> None:
    f, _ = _fixture("1609_contro_news_senza_data_domenica_scorsa")  # counter: no byline, no day to count from (1609)
    assert [p.approved_on for a in f.ambiti for p in a.plans] == [None]


@pytest.mark.parametrize(
    "name",
    [
        "1610_scheda_capofila_poi_ufficio_lodi",  # the capofila's card, then the office's own block
        "1611_ufficio_poi_scheda_capofila_lodi",  # counter: the office's own block first, the card after it
    ],
)
def test_the_address_under_the_offices_own_name_is_its_seat(name: str) -> None:
    f, _ = _fixture(name)
    office = f.ambiti[0].ufficio_di_piano
    assert office and office.address and (office.address.street or "").startswith("Via Tiziano Zalli")


@pytest.mark.parametrize(
    ("name", "office"),
    [
        ("1612_contatti_sportello_comunale_lodi", False),  # "Sportello sociale comunale di X" inside "Contatti"
        ("1613_contatti_ufficio_presso_comune_lodi", True),  # counter: the office hosted by a comune
    ],
)
def test_a_comunes_desk_inside_the_contacts_is_no_office(name: str, office: bool) -> None:
    f, _ = _fixture(name)
    found = f.ambiti[0].ufficio_di_piano
    assert bool(found and found.phones) == office

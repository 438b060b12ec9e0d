"""Round 56a. A table flattened one cell a line whose columns beside the comune's are the comune's codes (its postal
code, province, ISTAT or cadastral code) is read row by row: each code cell sits between two comuni and broke the
list ("Comune" / "CAP" / "Bovegno" / "25061" / "Bovezzo" / "25073"). A header written as an initialism ("C.A.P.") is a
header. The same table of another body (a Distretto del Commercio's, post offices') gives no member.

A list told as a tour of the territory ("i cinque comuni dell'Ambito: da A e B, verso il confine, fino a C, passando
per D") is one list; a bus line's or a race's route, and another body's tour, give no member."""

from __future__ import annotations

import pytest

from crawler.parsers.cell_lines import rejoined
from crawler.parsers.document import Document
from crawler.parsers.route_lists import tour_gap
from crawler.reference.comuni import lombardia
from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3410_txt_avviso_ambito_tabella_comuni_aderenti_cap_alto_sebino.txt",
        "3411_txt_servizio_ambito_tabella_comune_provincia_cap_bormio.txt",
        "3412_txt_comune_pagina_piano_di_zona_tabella_comune_cap_viadana.txt",
        "3413_txt_controcaso_distretto_commercio_tabella_comune_cap_codogno.txt",
        "3414_txt_controcaso_uffici_postali_tabella_comune_cap_casalmaggiore.txt",
    ],
)
def test_a_table_of_comuni_and_their_codes_gives_its_rows(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    ("cells", "rows"),
    [
        (["Comune", "CAP", "Bormio", "23032", "Livigno", "23041", "Sondalo", "23035"], 3),
        (
            [
                "Comune",
                "Prov.",
                "Cod. ISTAT",
                "Bormio",
                "SO",
                "014009",
                "Livigno",
                "SO",
                "014037",
                "Sondalo",
                "SO",
                "014060",
            ],
            3,
        ),
        (["Comune", "Codice", "Bormio", "B049", "Livigno", "E621", "Sondalo", "I828"], 3),
        (["Comune", "C.A.P.", "Bormio", "23032", "Livigno", "23041", "Sondalo", "23035"], 3),
        (
            ["Comune", "Abitanti", "Bormio", "4.100", "Livigno", "6.900", "Sondalo", "4.000"],
            0,
        ),  # counts: lists read them
        (["Comune", "CAP", "Bormio", "23032", "Livigno", "6.900", "Sondalo", "23035"], 0),  # a count among codes
    ],
)
def test_only_rows_of_codes_are_joined(cells: list[str], rows: int) -> None:
    doc = Document(url="x.txt", lines=cells, levels=[0] * len(cells), groups=list(range(len(cells))))
    joined = [line for line in rejoined(doc, lombardia()).lines if " | " in line]
    assert len(joined) == (rows + 1 if rows else 0)


@pytest.mark.parametrize(
    "name",
    [
        "3415_txt_news_giornale_tour_da_fino_a_passando_per_bormio.txt",
        "3416_txt_news_comune_tour_lungo_il_po_e_poi_viadana.txt",
        "3417_txt_controcaso_linea_autobus_passando_per_lovere.txt",
        "3418_txt_controcaso_granfondo_percorso_fino_a_sondalo.txt",
        "3419_txt_controcaso_distretto_commercio_tour_comuni_del_lago_castro.txt",
    ],
)
def test_a_tour_of_the_territorys_comuni_is_one_list(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    ("gap", "before", "joins"),
    [
        (", alle porte della città, fino a ", "vale per i diciotto comuni della valle: da Bovezzo, Nave e ", True),
        (" in alta valle, passando per ", "i comuni del lago: da Lovere e ", True),
        (", e poi ", "i sei comuni del territorio: da Viadana e Pomponesco lungo il Po, fino a ", True),
        (", fino a ", "la linea parte da Lovere e porta a ", False),  # a route: no tour of comuni opened
        (", ma non fino a ", "i comuni del lago: da Lovere e ", False),  # no connector of the vocabulary
        (", alle porte della città, fino a ", "i comuni della valle: da Nave. Poi la linea va da ", False),
    ],
)
def test_only_a_tours_connectors_join_its_groups(gap: str, before: str, joins: bool) -> None:
    assert tour_gap(gap, before, len(before)) is joins

"""Round 55a: a rendered web page's paragraphs and list items are not one sentence; a dateline with its time of day
dates "ieri" (docs/members.md §107).

The plans' sentences re-join a text page's wrapped lines; on a web page rendered to text they must not run on over a
blank line (a block's end) nor into the next item of a list that opens with the same words, or a record's dates go to
the next record's plan. A PDF's text layer and a width-wrapped paragraph still join; a call's deadline "prorogato fino
al" is no extension of the plan.
"""

from __future__ import annotations

import pytest

from crawler.parsers.web_text import is_rendered_page
from tests.fixture_pages import extracted, gold


def _plans(name: str) -> set[tuple[str, int, int, str | None, str | None]]:
    return {
        (a.name, p.start_year, p.end_year, p.approved_on, p.extended_until)
        for a in extracted(name).ambiti
        for p in a.plans
    }


def _gold_plans(name: str) -> set[tuple[str, int, int, str | None, str | None]]:
    return {
        (a["name"], p["start_year"], p["end_year"], p["approved_on"], p["extended_until"])
        for a in gold(name)["ambiti"]
        for p in a["plans"]
    }


@pytest.mark.parametrize(
    "name",
    [
        "3330_txt_scheda_piani_campi_separati_crema.txt",  # a plan card's fields, each a block of its own
        "3331_txt_allegati_piani_un_elemento_per_riga_voghera.txt",  # list items one a line, opening alike
        # counter-cases: a PDF's text layer still joins over a blank line; a rendered page's width-wrapped paragraph
        # still joins; a call's "prorogato fino al" is no extension of the plan that funds it
        "3332_txt_controcaso_verbale_pdftotext_riga_vuota_sondrio.txt",
        "3333_txt_controcaso_paragrafo_a_capo_vimercate.txt",
        "3334_txt_controcaso_bandi_prorogato_fino_al_chiari.txt",
    ],
)
def test_each_block_dates_its_own_plan(name: str) -> None:
    assert _plans(name) == _gold_plans(name)


_PRIVACY_SENTENCE = "I dati sono trattati nel rispetto della normativa sulla privacy (Regolamento UE 2016/679)."


@pytest.mark.parametrize(
    ("lines", "rendered"),
    [
        (["Titolo", "Vai al contenuto principale", "Testo della pagina."], True),  # a skip link
        (["Titolo", "Home » Servizi » Anziani", "Testo."], True),  # crumbs
        (["Titolo", "Chi siamo", "Servizi", "Contatti", "Testo."], True),  # a menu one item a line
        (["Titolo", "Testo.", "Privacy | Cookie policy"], True),  # the footer's legal chrome
        # a document's text layer: a letterhead's fiscal code, a page mark, a sentence on privacy: no chrome
        (["COMUNE DI X - C.F. 00123450123", "pag. 2", _PRIVACY_SENTENCE], False),
        (["VERBALE", "Servizi", "Il Sindaco dichiara aperta la seduta."], False),  # one heading that is a menu word
    ],
)
def test_a_rendered_page_is_told_by_its_chrome(lines: list[str], rendered: bool) -> None:
    assert is_rendered_page(lines) is rendered


@pytest.mark.parametrize(
    "name",
    [
        "3335_txt_notizia_ieri_sera_data_con_ora_lecco.txt",  # "22/01/2025 ore 19.40", "ieri sera"
        "3336_txt_notizia_lunedi_scorso_data_con_ora_saronno.txt",  # "mercoledì 8 gennaio 2025, 10:30", "lunedì scorso"
        # counter-case: timed events of an agenda below the first paragraph date no "ieri"
        "3337_txt_controcaso_appuntamenti_con_ora_melzo.txt",
    ],
)
def test_a_dateline_with_its_time_dates_a_relative_day(name: str) -> None:
    assert _plans(name) == _gold_plans(name)

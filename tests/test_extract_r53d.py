"""Round 53d: the capofila of each ambito on a page that names several. A table whose rows name their ambito in an
"Ambito" column and its capofila in a "Comune capofila" column (a row per ambito, or per comune) gives each ambito the
capofila its rows agree on; a text page's short heading lines, one per ambito, each over a line that opens with the
capofila's role, are the ambiti's sections. A project's table or a project's capofila under the same headings, and a
column of the district's seat, give no capofila."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3250_txt_ats_tabella_ambiti_ente_capofila_celle_varese.txt",
        "3251_txt_sportello_righe_comune_ambito_ente_capofila_bassa_bergamasca.txt",
    ],
)
def test_a_capofila_column_gives_each_rows_ambito_its_capofila(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name) != set()


@pytest.mark.parametrize(
    "name",
    [
        "3253_txt_controcaso_tabella_ambito_comune_sede_distretto_varese.txt",
        "3254_txt_controcaso_tabella_progetti_ambito_ente_capofila_mantova.txt",
    ],
)
def test_a_seat_column_or_a_projects_capofila_column_gives_no_capofila(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name) == set()


def test_label_headings_each_over_its_capofila_are_sections() -> None:
    name = "3252_txt_news_provincia_ambiti_titolo_capofila_mantova.txt"
    assert extracted_by_ambito(name) == gold_by_ambito(name) != set()


def test_label_headings_over_a_projects_capofila_give_no_capofila() -> None:
    name = "3255_txt_controcaso_titoli_ambiti_capofila_del_progetto_sondrio.txt"
    assert extracted_by_ambito(name) == gold_by_ambito(name) == set()

"""Round 48a (issue 11, docs/members.md §91): a table that speaks of several ambiti, flattened by a text
extraction one cell a line: its rows are ambiti (name / capofila / comuni / population) or comuni (comune / ambito /
capofila). Each row is joined back so each ambito gets its own comuni and capofila; counter-cases with the same shape
over the schools' ambiti and a civil-protection centre give nothing."""

from __future__ import annotations

import pytest

from crawler.parsers.cell_lines import rejoined
from crawler.parsers.document import LABEL_LEVEL, Document
from crawler.reference.comuni import lombardia
from tests.fixture_pages import extracted, gold, gold_by_ambito

# A. rows that are ambiti: a header naming the ambito's column and its capofila or comuni, then one row a paragraph
AMBITO_ROWS = [
    "2890_txt_tabella_ambiti_una_cella_per_riga_melzo_trezzo_paullo.txt",
    "2891_txt_tabella_distretti_numerati_area_omogenea_melzo_trezzo.txt",
    "2893_txt_controcaso_tabella_ambiti_scolastici_celle_per_riga.txt",
    "2895_txt_controcaso_tabella_distretti_sociosanitari_celle_per_riga.txt",
]
# B. rows that are comuni: the ambito's and the capofila's columns name comuni too
COMUNE_ROWS = [
    "2892_txt_tabella_per_comune_ambito_capofila_paullo_trezzo.txt",
    "2894_txt_controcaso_tabella_per_comune_com_capofila.txt",
]


@pytest.mark.parametrize("name", AMBITO_ROWS)
def test_a_table_of_ambiti_one_cell_a_line_gives_each_ambito_its_row(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


@pytest.mark.parametrize("name", COMUNE_ROWS)
def test_a_table_of_comuni_one_cell_a_line_gathers_each_ambito_s_rows(name: str) -> None:
    """Members only: the capofila of a comune-per-row table (the column's cell) is left (docs/members.md §91)."""
    facts = extracted(name)
    assert {frozenset(a.members) for a in facts.ambiti} == {frozenset(a["members"]) for a in gold(name)["ambiti"]}


def test_rows_joined_under_a_label_header_a_short_row_padded_a_total_row_left() -> None:
    lines = ["Tabella", "Ambito", "Ente capofila", "Comuni", "Abitanti", "Castanese", "Comune di Castano Primo"]
    lines += ["Arconate, Buscate, Castano Primo 69.870", "Legnanese", "Comune di Legnano", "Legnano, Canegrate"]
    lines += ["188.412", "Totale", "35", "387.317"]
    groups = [0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4]
    doc = Document(url="x", lines=lines, levels=[0] * len(lines), groups=groups, kind="text")
    out = rejoined(doc, lombardia())
    assert out.lines == [
        "Tabella",
        "Ambito | Ente capofila | Comuni | Abitanti",
        "Castanese | Comune di Castano Primo | Arconate, Buscate, Castano Primo 69.870 | ",
        "Legnanese | Comune di Legnano | Legnano, Canegrate | 188.412",
        "Totale",
        "35",
        "387.317",
    ]
    assert out.levels[1] == LABEL_LEVEL and out.levels[2] == 0


def test_a_header_without_a_capofila_or_comuni_column_is_no_table_of_ambiti() -> None:
    lines = ["Ambito", "Scuola polo", "Sede", "Ambito 24", "IIS Levi", "Melzo", "Ambito 25", "IC Negri", "Trezzo"]
    doc = Document(url="x", lines=lines, levels=[0] * 9, groups=[0, 0, 0, 1, 1, 1, 2, 2, 2], kind="text")
    assert rejoined(doc, lombardia()).lines == lines

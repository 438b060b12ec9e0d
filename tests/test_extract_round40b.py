"""Round 40b (issue 11): old markup's bold label over a list, and pdftotext's prose column beside a typed table."""

from __future__ import annotations

import pytest

from crawler.parsers.columns import unfold
from tests.fixture_pages import extracted, gold_by_ambito

# a bold label line ("<b>Comuni del Distretto</b>", level 7) right above a list names it the ambito's comuni, though
# the intro above it reaches into a sidebar's events (a word that marks a decoy list)
BOLD_OWN_LABELS = ["2230_tabella_etichetta_grassetto_comuni_distretto_cinisello.html"]
# counter-case: the bold label names another body's comuni (a Distretto del Commercio): no ambito, no members
OTHER_BODYS_LABEL = ["2232_controcaso_grassetto_comuni_distretto_commercio_vimercate.html"]


@pytest.mark.parametrize("name", BOLD_OWN_LABELS + OTHER_BODYS_LABEL)
def test_bold_label_over_list(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# pdftotext -layout: wrapped prose on the left, a table typed with spaces on the right ("Comune   Quota"): the
# columns are read apart, the table's rows one a line
PROSE_BESIDE_ROWS = [
    "2233_txt_pdftotext_prosa_accanto_tabella_quote_dalmine.txt",
    "2234_txt_pdftotext_prosa_accanto_tabella_abitanti_rovato.txt",
]
# counter-case: a typed table alone (its first cells are several words, but no prose goes on beside it)
TABLE_ALONE = ["2235_controcaso_txt_tabella_servizi_spazi_senza_prosa_cinisello.txt"]


@pytest.mark.parametrize("name", PROSE_BESIDE_ROWS + TABLE_ALONE)
def test_prose_column_beside_typed_table(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


def test_table_alone_is_not_split() -> None:
    table = [
        "Servizio di assistenza domiciliare     Utenti     Ore",
        "Pasti a domicilio per anziani             120     840",
        "Trasporto sociale con volontari            85     610",
        "Telesoccorso e teleassistenza              64     300",
    ]
    assert unfold(table) == table

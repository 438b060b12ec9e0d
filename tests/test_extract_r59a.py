"""Round 59a. A row of a comune's table of agreements or deliberations whose object is the ambito's instrument (the
associated Ufficio di Piano, the Piano di Zona's Accordo di Programma) and whose parties are "Comuni di A (capofila),
B, ...": the page never says "ambito", yet the row states the ambito's comuni and its capofila, and a reader names the
ambito after its capofila. Rows of a park's or a Distretto del Commercio's agreement, and a Piano di Zona row that
states no capofila, give no ambito."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3550_txt_trasparenza_accordi_riga_ufficio_di_piano_corsico.txt",
        "3551_txt_albo_elenco_delibere_accordo_piano_di_zona_abbiatense.txt",
        "3552_txt_controcaso_trasparenza_accordi_plis_e_commercio_capofila.txt",
        "3553_txt_controcaso_incarichi_piano_di_zona_senza_capofila.txt",
    ],
)
def test_a_table_row_of_the_ambitos_instrument_names_the_ambito_after_its_capofila(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)

"""Round 59a. A row of a comune's table of agreements or deliberations whose object is the ambito's instrument (the
associated Ufficio di Piano, the Piano di Zona's Accordo di Programma) and whose parties are "Comuni di A (capofila),
B, ...": the page never says "ambito", yet the row states the ambito's comuni and its capofila, and a reader names the
ambito after its capofila. Rows of a park's or a Distretto del Commercio's agreement, and a Piano di Zona row that
states no capofila, give no ambito.

A project or call told with the ambito as its agent, whose relative clause states the ambito's comuni ("promosso
dall'Ambito di X, il quale comprende i Comuni di A, B"): the list is the ambito's composition, not a partner's
comuni; one done "insieme all'Ambito di X, che comprende" and a consortium's "che raggruppa" stay out."""

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


@pytest.mark.parametrize(
    "name",
    [
        "3554_txt_giornale_progetto_promosso_dall_ambito_che_comprende.txt",
        "3555_txt_comune_notizia_iniziativa_lanciata_dal_distretto_che_riunisce.txt",
        "3556_txt_controcaso_progetto_insieme_all_ambito_che_comprende.txt",
        "3557_txt_controcaso_progetto_presentato_dal_consorzio_che_raggruppa.txt",
    ],
)
def test_a_project_of_the_ambito_as_its_agent_keeps_its_relative_clause_list(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)

"""Round 55c: one sentence naming several ambiti in turn, each followed by its own capofila clause ("l'Ambito X, il
cui ente capofila è il Comune di A, e l'Ambito Y, con capofila il Comune di B"): each ambito is its own and takes the
clause apposed to its name. A clause apposed to a project, or a comune capofila of another body, gives none."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3370_txt_asst_distretto_tre_ambiti_capofila_in_una_frase_bergamo_est.txt",
        "3371_txt_comunicato_due_ambiti_capofila_apposto_valtellina.txt",
    ],
)
def test_each_ambito_of_a_sentence_takes_the_capofila_apposed_to_its_name(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name) != set()


@pytest.mark.parametrize(
    "name",
    [
        "3372_txt_controcaso_ambiti_e_progetto_con_capofila_cooperativa_oltrepo.txt",
        "3373_txt_controcaso_ambiti_e_capofila_distretto_commercio_lomellina.txt",
    ],
)
def test_a_projects_or_another_bodys_capofila_in_the_sentence_gives_none(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name) == set()


@pytest.mark.parametrize(
    "name",
    [
        "3374_txt_governance_ambito_capofila_storico_date_complete_dalmine.txt",
        "3375_txt_comune_pagina_capofila_sino_al_dal_viadana.txt",
    ],
)
def test_a_capofila_table_through_time_with_full_dates_or_an_end_only_gives_the_open_row(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name) != set()


def test_a_capofila_table_through_time_with_every_period_closed_gives_none() -> None:
    name = "3376_txt_controcaso_capofila_nel_tempo_tutti_i_periodi_chiusi_merate.txt"
    assert extracted_by_ambito(name) == gold_by_ambito(name)
    assert {capofila for capofila, _ in extracted_by_ambito(name)} == {None}


@pytest.mark.parametrize(
    "name",
    [
        "3377_txt_trasparenza_accordi_riga_accordo_di_programma_treviglio.txt",
        "3378_txt_convenzioni_colonna_capofila_ufficio_di_piano_erba.txt",
    ],
)
def test_the_row_of_the_ambitos_own_agreement_in_a_register_gives_its_capofila(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name) != set()


@pytest.mark.parametrize(
    "name",
    [
        "3379_txt_controcaso_convenzioni_riga_progetto_dell_ambito_erba.txt",
        "3380_txt_controcaso_convenzioni_riga_trasporto_nell_ambito_erba.txt",
    ],
)
def test_a_projects_or_a_services_row_naming_the_ambito_gives_no_capofila(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name) == set()

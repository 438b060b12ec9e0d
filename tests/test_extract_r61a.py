"""Round 61a. The people an ambito's service is for, named by the comuni they live in with no "residenti" ("rivolto a
disoccupati e persone fragili dei comuni di", "destinato ai caregiver familiari del territorio dei comuni di", "aperto
alle donne vittime di violenza nei comuni di"): five comuni or more are the ambito's territory. An Unione's own
service for the same people, or a project for the young of three comuni, gives no member. The plan's work named as a
noun ("Programmazione sociale zonale per i Comuni di") under the plan's or the office's name gives its comuni; an
Unione's page with no plan nor ambito named gives none."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3770_txt_comune_notizia_si_rivolge_caregiver_dei_comuni.txt",
        "3771_txt_ambito_servizio_aperto_alle_donne_nei_comuni.txt",
        "3772_txt_controcaso_unione_servizio_rivolto_anziani_dei_comuni.txt",
        "3773_txt_controcaso_progetto_rivolto_giovani_di_pochi_comuni.txt",
    ],
)
def test_the_people_a_service_is_for_named_by_their_comuni_give_its_territory(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3774_txt_ambito_pagina_pianificazione_sociale_per_i_comuni.txt",
        "3775_txt_controcaso_unione_programmazione_sociale_per_i_comuni.txt",
    ],
)
def test_the_plans_work_named_as_a_noun_for_its_comuni_gives_them(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)

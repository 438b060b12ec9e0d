"""Round 61a. The people an ambito's service is for, named by the comuni they live in with no "residenti" ("rivolto a
disoccupati e persone fragili dei comuni di", "destinato ai caregiver familiari del territorio dei comuni di", "aperto
alle donne vittime di violenza nei comuni di"): five comuni or more are the ambito's territory. An Unione's own
service for the same people, or a project for the young of three comuni, gives no member."""

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

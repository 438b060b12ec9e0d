"""Round 64c. A health body's page (an ASST's, an ATS's) lists its districts, each over its comuni; the extractor
drops such districts as sociosanitary ones, unless the page says they are the ambiti of the social plans ("i Distretti
coincidono con gli Ambiti territoriali dei Piani di Zona", "Ogni distretto coincide con l'ambito territoriale del
rispettivo Piano di Zona", "i Distretti corrispondono agli Ambiti"): then each district is an ambito with its members.
A page that says they no longer coincide, or says nothing of the ambiti, still gives no member."""

from __future__ import annotations

import pytest

from tests.fixture_pages import assert_gives_no_member, extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "4070_txt_asst_distretti_corrispondono_ambiti_bormio_tirano.txt",
        "4071_txt_ats_distretto_coincide_ambito_chiavenna_morbegno.txt",
    ],
)
def test_a_health_bodys_districts_said_to_be_the_ambiti_are_ambiti(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "4072_ctr_txt_asst_distretti_non_coincidono_ambiti_lecco_merate.txt",
        "4073_ctr_txt_asst_distretti_case_comunita_senza_ambiti_lodi.txt",
        "4074_ctr_txt_ats_distretto_coincide_ambito_programmazione_sanitaria_crema.txt",
    ],
)
def test_a_health_bodys_districts_not_said_to_be_the_ambiti_give_nothing(name: str) -> None:
    assert_gives_no_member(name)

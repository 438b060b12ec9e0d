"""Round 53e: on a page of several ambiti, each member list goes to the ambito whose heading governs it, also when
that heading names the ambito with no article ("AMBITO DESIO", "Ambito Distretto Melzo"): the letters an article
begins with ("De", "Di") at the start of the name are no article."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, extracted_by_ambito, gold, gold_by_ambito

HEADINGS_WITHOUT_ARTICLE = [
    "3270_txt_ats_ambiti_in_maiuscolo_senza_articolo_seregno_desio.txt",
    "3271_txt_consorzio_elenco_numerato_ambito_distretto_melzo_trezzo.txt",
    "3272_txt_zone_elenchi_col_trattino_ambito_distretto_rhodense_garbagnate.txt",
    # counter-case: the neighbours named after the page's own list take nothing from it
    "3273_txt_controcaso_pagina_di_un_ambito_nomina_ambito_desio_seregno.txt",
]


@pytest.mark.parametrize("name", HEADINGS_WITHOUT_ARTICLE)
def test_each_list_goes_to_the_ambito_named_over_it(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


def test_partner_ambiti_of_a_project_get_no_members() -> None:
    name = "3274_txt_controcaso_progetto_di_tre_ambiti_senza_elenchi_desio.txt"
    assert not gold(name)["ambiti"]
    assert all(not ambito.members for ambito in extracted(name).ambiti)

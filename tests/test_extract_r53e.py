"""Round 53e: on a page of several ambiti, each member list goes to the ambito that governs it: a heading that names
the ambito with no article ("AMBITO DESIO", "Ambito Distretto Melzo", where "De" and "Di" are no article), and an
aside's ambito whose name a parenthesis holding the list follows ("con l'Ambito di X (A, B, C)")."""

from __future__ import annotations

import pytest

from tests.fixture_pages import (
    assert_gives_no_member,
    extracted_by_ambito,
    extracted_offices,
    gold_by_ambito,
    gold_offices,
)

HEADINGS_WITHOUT_ARTICLE = [
    "3270_txt_ats_ambiti_in_maiuscolo_senza_articolo_seregno_desio.txt",
    "3271_txt_consorzio_elenco_numerato_ambito_distretto_melzo_trezzo.txt",
    "3272_txt_zone_elenchi_col_trattino_ambito_distretto_rhodense_garbagnate.txt",
    # counter-case: the neighbours named after the page's own list take nothing from it
    "3273_txt_controcaso_pagina_di_un_ambito_nomina_ambito_desio_seregno.txt",
]


def test_partner_ambiti_of_a_project_get_no_members() -> None:
    name = "3274_txt_controcaso_progetto_di_tre_ambiti_senza_elenchi_desio.txt"
    assert_gives_no_member(name)


PARENTHESIS_AFTER_THE_NAME = [
    "3275_txt_news_servizio_con_l_ambito_elenco_tra_parentesi_rho_garbagnate.txt",
    "3276_txt_sito_ambito_oltre_all_ambito_elenco_tra_parentesi_melzo_trezzo.txt",
    # counter-cases: the parenthesis is not right after the aside's name, or holds no list of the partner's
    "3277_txt_controcaso_rispetto_all_ambito_poi_i_nostri_comuni_tra_parentesi_rho.txt",
    "3278_txt_controcaso_con_l_ambito_confinante_tra_parentesi_rho.txt",
]


@pytest.mark.parametrize("name", HEADINGS_WITHOUT_ARTICLE + PARENTHESIS_AFTER_THE_NAME)
def test_each_list_goes_to_the_ambito_that_governs_it(name: str) -> None:
    """Both mechanisms: a heading with no article, a parenthesis right after an aside's name."""
    assert extracted_by_ambito(name) == gold_by_ambito(name)


def test_the_pages_own_office_after_an_asides_list_stays_the_pages() -> None:
    name = "3276_txt_sito_ambito_oltre_all_ambito_elenco_tra_parentesi_melzo_trezzo.txt"
    assert extracted_offices(name) == gold_offices(name)

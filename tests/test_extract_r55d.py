"""Round 55d: an enumeration of several ambiti that gives each its comuni in brackets right after its name ("gli
ambiti di Desio (A, B) e di Monza (C, D)"): each list is the ambito's whose name opens its bracket, though the plural
"ambiti di" names no one owner; one bracket after two names, or brackets of desks and venues, give nothing. And the
towns a body's sites are in ("le Case di Comunità del distretto si trovano a A, B e C") are no members."""

from __future__ import annotations

import pytest

from tests.fixture_pages import (
    assert_gives_no_member,
    extracted_by_ambito,
    extracted_offices,
    gold_by_ambito,
    gold_offices,
)

ENUMERATED_AMBITI = [
    "3390_txt_ats_notizia_ambiti_di_x_elenco_tra_parentesi_e_di_y_treviglio_romano.txt",
    "3391_txt_comune_capofila_confina_con_gli_ambiti_elenchi_tra_parentesi_olgiate.txt",
    "3392_txt_associazione_tre_ambiti_di_x_elenchi_tra_parentesi_lecco_bellano_merate.txt",
    # counter-case: one bracket after two names ("agli ambiti di X e Y (A, B, ...)"): the partners take nothing
    "3393_txt_controcaso_ambiti_di_x_e_y_un_solo_elenco_tra_parentesi_cantu.txt",
]


@pytest.mark.parametrize("name", ENUMERATED_AMBITI)
def test_each_bracketed_list_goes_to_the_ambito_named_before_it(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


def test_the_pages_own_office_after_the_enumeration_stays_the_pages() -> None:
    name = "3391_txt_comune_capofila_confina_con_gli_ambiti_elenchi_tra_parentesi_olgiate.txt"
    assert extracted_offices(name) == gold_offices(name)


def test_brackets_of_a_projects_desks_give_no_members() -> None:
    name = "3394_txt_controcaso_progetto_ambiti_di_x_sedi_tra_parentesi_dalmine_seriate.txt"
    assert_gives_no_member(name)


SITES_AT = [
    "3395_txt_sito_ambito_case_di_comunita_si_trovano_a_vimercate.txt",
    "3396_txt_news_ambito_consultori_hanno_sede_a_garbagnate.txt",
    # counter-case: "I comuni del distretto sono A, B, ..." (no "a" before the list): its members
    "3397_txt_controcaso_i_comuni_del_distretto_sono_asola.txt",
]


@pytest.mark.parametrize("name", SITES_AT)
def test_the_towns_a_bodys_sites_are_in_are_no_members(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)

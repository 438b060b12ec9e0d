"""Round 52b: the comuni of a health body's district (a vaccination campaign's, a screening's, a Casa di Comunità's)
named in a paragraph an ATS or an ASST opens are that district's, not an ambito's; a paragraph the health body opens
that names the district's Piano di Zona keeps its members. The comuni in an ambito's own relative clause ("L'Ambito
di X, che riunisce i Comuni di A, B e C, ha aperto il bando") are its members whatever its main clause goes on to do.
The residents a call's question over who may apply lets in ("Destinatari" / "Le famiglie residenti nei comuni di A,
B") are its whole territory. "X è uno dei nove comuni dell'Ambito. Gli altri otto sono A, B, ...": the others,
with a bare "A, capofila," apposition inside the list. On a page of
several ambiti, the capofila the sentence of an ambito's list names beside the others is that ambito's. "X è il
comune più piccolo dell'Ambito" makes X a member."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3160_txt_decoy_screening_distretto_asst_ponte_in_valtellina.txt",
        "3161_txt_decoy_casa_comunita_distretto_ats_bellano.txt",
    ],
)
def test_a_health_bodys_district_gives_no_members(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name) == set()


def test_a_health_body_naming_the_districts_plan_keeps_its_members() -> None:
    name = "3162_txt_controcaso_ats_piano_di_zona_distretto_carate.txt"
    assert extracted_by_ambito(name) == gold_by_ambito(name) != set()


@pytest.mark.parametrize(
    "name",
    [
        "3163_txt_ambito_relativa_poi_avviso_pubblico_bormio.txt",
        "3164_txt_distretto_il_quale_riunisce_poi_bando_tirano.txt",
    ],
)
def test_the_ambitos_relative_clause_names_its_members_whatever_its_main_clause_does(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name) != set()


def test_another_bodys_relative_clause_gives_no_members() -> None:
    name = "3165_txt_decoy_distretto_commercio_relativa_bando_mandello.txt"
    assert extracted_by_ambito(name) == gold_by_ambito(name) == set()


@pytest.mark.parametrize(
    "name",
    [
        "3166_txt_avviso_ambito_destinatari_residenti_rhodense.txt",
        "3167_txt_avviso_chi_puo_richiedere_ai_residenti_alto_sebino.txt",
    ],
)
def test_the_residents_under_a_calls_who_may_apply_question_are_its_territory(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name) != set()


def test_the_residents_under_who_may_not_apply_are_no_members() -> None:
    name = "3168_txt_controcaso_chi_non_puo_residenti_altri_comuni_lainate.txt"
    assert extracted_by_ambito(name) == gold_by_ambito(name) == set()


@pytest.mark.parametrize(
    "name",
    [
        "3169_txt_uno_dei_nove_gli_altri_sono_capofila_apposto_pregnana.txt",
        "3170_txt_uno_dei_dieci_gli_altri_comuni_sono_fonteno.txt",
    ],
)
def test_the_others_named_after_one_of_n_with_a_bare_capofila_apposition_are_members(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


def test_others_that_are_not_the_n_minus_one_stay_out() -> None:
    name = "3171_txt_controcaso_gli_altri_sono_biblioteca_pianico.txt"
    assert extracted_by_ambito(name) == gold_by_ambito(name)


def test_on_a_page_of_two_ambiti_the_capofila_in_the_lists_own_sentence_is_that_ambitos() -> None:
    name = "3172_txt_news_due_ambiti_capofila_nell_apposizione_rho_lovere.txt"
    assert extracted_by_ambito(name) == gold_by_ambito(name)


def test_a_projects_capofila_outside_the_lists_sentences_is_neither_ambitos() -> None:
    name = "3173_txt_controcaso_due_ambiti_capofila_del_progetto_rho_lovere.txt"
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3174_txt_il_piu_piccolo_dei_comuni_dell_ambito_vanzago.txt",
        "3175_txt_comune_piu_popoloso_dell_ambito_costa_volpino.txt",
    ],
)
def test_a_superlative_among_the_ambitos_comuni_makes_a_member(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


def test_a_superlative_among_another_bodys_comuni_makes_none() -> None:
    name = "3176_txt_controcaso_comune_piu_piccolo_distretto_commercio_abbadia.txt"
    assert extracted_by_ambito(name) == gold_by_ambito(name) == set()

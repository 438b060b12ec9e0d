"""Round 62e: a table row's amount written after its euro sign ("Arese   € 61.204,10") is the row's figures, so the
comuni sharing the ambito's fund are one list; another body's grants, or payments to providers named after their
comuni, give no member. An assessore signing with a portfolio keeps an accord's parties one list. (The round's roll
call of the Assemblea's seats was reverted: it lost three members on a clean held-out set.)"""

from __future__ import annotations

import pytest

from tests.fixture_pages import assert_gives_no_member, extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3914_txt_determina_quote_fondo_comuni_ambito_euro_seriate.txt",
        "3915_txt_allegato_riparto_maiuscolo_euro_vimercate.txt",
    ],
)
def test_the_comuni_sharing_the_ambitos_fund_are_its_members(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3916_ctr_txt_contributi_comunita_montana_euro_valle_seriana.txt",
        "3917_ctr_txt_liquidazione_enti_gestori_euro_nembro.txt",
    ],
)
def test_amounts_to_others_give_no_member(name: str) -> None:
    assert not [code for members in (m for _, m in extracted_by_ambito(name)) for code in members]


def test_an_assessore_signing_with_a_portfolio_keeps_the_accords_parties_one_list() -> None:
    name = "3918_txt_accordo_firme_due_colonne_assessora_politiche_sociali_abbiategrasso.txt"
    assert extracted_by_ambito(name) == gold_by_ambito(name)


def test_an_unions_signatures_give_no_member() -> None:
    assert_gives_no_member("3919_ctr_txt_convenzione_polizia_locale_firme_assessore_unione.txt")

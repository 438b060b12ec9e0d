"""Round 56b: a news report about an ambito's plan names the comuni who will do its work together ("i Comuni di A, B
e C lavoreranno alla stesura del nuovo Piano", "X farà la sua parte insieme a A, B e C", "X collaborerà con A, B e C
alla programmazione del Piano"), after a sentence about the ambito, its Assemblea dei Sindaci, its Piano di Zona or its
Ufficio di Piano; not comuni working on another plan (a PGT), not a Distretto del Commercio's partners, not the
conditional. And an ambito the page calls only "l'Ambito", named after the territory whose comuni it counts as many as
it lists ("nei nove comuni del Rhodense ... l'Ambito, che riunisce A, B, ..."), not after a count that differs nor
beside a park's list."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3430_txt_quote_fara_la_sua_parte_insieme_a_bormio.txt",
        "3431_txt_paper_comuni_di_costruiranno_il_piano_treviglio.txt",
        "3432_txt_news_collaborera_con_alla_programmazione_guidizzolo.txt",
    ],
)
def test_the_comuni_doing_the_ambitos_plan_together_are_its_members(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name) != set()


@pytest.mark.parametrize(
    "name",
    [
        "3433_txt_controcaso_comuni_di_lavoreranno_al_pgt_treviglio.txt",
        "3434_txt_controcaso_insieme_a_distretto_commercio_varzi.txt",
        "3435_txt_controcaso_condizionale_potrebbero_lavorare_codogno.txt",
    ],
)
def test_another_plans_or_bodys_or_a_conditional_joint_work_gives_no_members(name: str) -> None:
    extracted = extracted_by_ambito(name)
    assert extracted == gold_by_ambito(name)
    assert all(not members for _, members in extracted)


@pytest.mark.parametrize(
    "name",
    [
        "3436_txt_paper_undici_comuni_del_castanese_ambito_comprende.txt",
        "3437_txt_news_sei_comuni_del_saronnese_i_comuni_dell_ambito_sono.txt",
    ],
)
def test_an_ambito_called_only_l_ambito_is_named_after_its_counted_territory(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name) != set()


@pytest.mark.parametrize(
    "name",
    [
        "3438_txt_controcaso_conta_diversa_dodici_comuni_legnanese.txt",
        "3439_txt_controcaso_parco_sei_comuni_del_saronnese.txt",
    ],
)
def test_a_territory_counted_otherwise_or_beside_another_bodys_list_names_no_ambito(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name) == set()

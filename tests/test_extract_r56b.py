"""Round 56b: a news report about an ambito's plan names the comuni who will do its work together ("i Comuni di A, B
e C lavoreranno alla stesura del nuovo Piano", "X farà la sua parte insieme a A, B e C", "X collaborerà con A, B e C
alla programmazione del Piano"), after a sentence about the ambito, its Assemblea dei Sindaci, its Piano di Zona or its
Ufficio di Piano; not comuni working on another plan (a PGT), not a Distretto del Commercio's partners, not the
conditional."""

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

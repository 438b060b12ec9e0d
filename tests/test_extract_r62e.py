"""Round 62e: the comuni seated at the ambito's own Assemblea dei Sindaci, one row a comune under the label that says
they are present ("Comune di A – Sindaco", "B: Vicesindaco"), are its members, however few; the same roll call of an
Unione's assembly or of the ATS's Consiglio di Rappresentanza gives no member."""

from __future__ import annotations

import pytest

from tests.fixture_pages import assert_gives_no_member, extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3910_txt_verbale_assemblea_presenti_comune_trattino_ruolo_dalmine.txt",
        "3911_txt_verbale_assemblea_risultano_presenti_maiuscolo_due_punti_broni.txt",
    ],
)
def test_the_assemblys_roll_call_names_its_members(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3912_ctr_txt_assemblea_unione_presenti_comune_ruolo_adda_martesana.txt",
        "3913_ctr_txt_consiglio_rappresentanza_ats_presenti_comune_ruolo_sondrio.txt",
    ],
)
def test_another_bodys_roll_call_gives_no_member(name: str) -> None:
    assert_gives_no_member(name)

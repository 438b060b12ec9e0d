"""Review 19 of the rules merged in rounds 32a-33c: decoy pages of kinds real sites have, each tripping a rule that
read too broadly, read as their gold."""

from __future__ import annotations

import pytest
from fixture_pages import extracted, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        # 33b G: a bus line's comuni on a page of the ambito's own site that names no ambito (only its footer does)
        "1700_linea_bus_sito_ambito_piede_paullo.html",
        # 33b A: a water ATO's list marking one comune "Comune capofila", on a page that names an ambito
        "1701_ato_idrico_elenco_con_capofila_vimercate.html",
        # 32a: the count the ambito states (5, 4) and as many towns of a park, of twinnings, of a railway's stops
        "1702_parco_attraversa_tanti_comuni_quanti_ambito_seriate.html",
        "1703_gemellaggi_elenco_tanti_quanti_ambito_seriate.html",
        "1704_fermate_ferrovia_tante_quanti_comuni_seriate.txt",
    ],
)
def test_another_bodys_list_is_no_membership(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)

"""Round 41a (issue 11, docs/members-round41a.md): the capofila in the words a careful reader tells apart."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, gold_by_ambito

# another law's "ambito" with a "Comune capofila": a gas tender's ambito territoriale minimo (ATEM), a local public
# transport (TPL) ambito; and the counter-case, a social ambito's page about transport discounts that keeps its facts
OTHER_LAWS_AMBITI = [
    "2300_neg_ambito_minimo_gas_gara_html.html",
    "2301_neg_gara_gas_atem_stazione_appaltante.txt",
    "2302_neg_tpl_bacino_ambito_capofila.html",
    "2303_ambito_sociale_agevolazioni_trasporto_pubblico_locale.html",
]


@pytest.mark.parametrize("name", OTHER_LAWS_AMBITI)
def test_another_laws_ambito_gives_no_ambito(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)

"""Review 20 of the rules merged in rounds 35a-35c: decoy pages of kinds real sites have, each tripping a rule that
read too broadly, read as their gold."""

from __future__ import annotations

import pytest
from fixture_pages import extracted, gold, gold_by_ambito

from crawler.parsers.serialize import facts_to_json


@pytest.mark.parametrize(
    "name",
    [
        # 35a "others": one of the ambito's N comuni "con" N - 1 towns that share a shop brand or a river's bank
        "1950_uno_dei_comuni_con_distretto_commercio_trezzo.html",
        "1951_uno_dei_comuni_insieme_paesi_rivieraschi_trezzo.html",
        # 35b "dal Comune di A e dal Comune di B" as one list: two comuni that help, after the members' list
        "1958_comuni_sostenuti_dal_comune_di_garbagnate.html",
    ],
)
def test_another_bodys_list_is_no_membership(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        # 35c: a geographic word after the first ("Brianza Est") in a sector's body named after a valley
        "1952_distretto_agricolo_valle_olona.html",
        "1953_distretto_culturale_valle_camonica.html",
        # 35a: the -eo territory adjective ("Visconteo") read in a common word ending so ("Europeo")
        "1954_distretto_europeo_mobilita_rho.html",
        # 35a: a list in brackets right after "i comuni del distretto" under a Distretto del Commercio's heading
        "1955_comuni_del_distretto_commercio_tra_parentesi.html",
        # 35b: an Unione's page keeps a list its intro gives "the ambito": here a transport basin, "l'ambito ottimale"
        "1959_unione_ambito_ottimale_trasporto_comprende.html",
    ],
)
def test_no_ambito_named(name: str) -> None:
    facts = extracted(name)
    assert [a.name for a in facts.ambiti] == []
    assert gold_by_ambito(name) == set()


@pytest.mark.parametrize(
    "name",
    [
        # 35c: the plan by its noun in the plural ("i Piani 2024-2026") or with a qualifier ("Piano distrettuale"),
        # followed by another plan's object (the comuni's public works, the shopping district)
        "1956_piani_opere_pubbliche_ambito_rho.html",
        "1957_piano_distrettuale_commercio_ambito_rho.html",
    ],
)
def test_another_plans_period_is_no_zone_plan(name: str) -> None:
    found = {a["name"]: a["plans"] for a in facts_to_json(extracted(name), page=name)["ambiti"]}
    assert found == {a["name"]: a["plans"] for a in gold(name)["ambiti"]}

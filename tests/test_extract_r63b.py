"""Round 63b. A page of another region's district (a Piedmont or Veneto paper on its ambito's plan and office) that
names a Lombard ambito only across the border: the plan, the approval and the office whose sentences name the other
region's district ("l'Ambito sociale di Vercelli ha approvato", "dell'ambito veneto") are not the Lombard ambito's.
A Lombard ambito's page whose approval sentence or project names a district of another region keeps its facts."""

from __future__ import annotations

import pytest

from crawler.parsers.serialize import facts_to_json
from tests.fixture_pages import extracted, gold


def _plans_by_ambito(ambiti: list[dict]) -> dict[str, list[dict]]:
    keys = ("start_year", "end_year", "approved_on")
    return {a["name"]: [{k: p[k] for k in keys} for p in a["plans"]] for a in ambiti}


@pytest.mark.parametrize(
    "name",
    [
        "3950_txt_news_piemonte_ambito_vercelli_vigevano_vicino.txt",
        "3951_txt_news_veneto_ambito_aggettivo_ostiglia_vicino.txt",
        "3952_txt_controcaso_ambito_abbiategrasso_come_ambito_novara.txt",
        "3953_txt_controcaso_ambito_viadana_progetto_ambito_emiliano.txt",
    ],
)
def test_another_regions_districts_facts_are_not_the_lombard_neighbours(name: str) -> None:
    got = facts_to_json(extracted(name), name)["ambiti"]
    assert _plans_by_ambito(got) == _plans_by_ambito(gold(name)["ambiti"])
    assert [bool(a["ufficio_di_piano"]) for a in got] == [bool(a["ufficio_di_piano"]) for a in gold(name)["ambiti"]]

"""Round 62c: minutes whose Assemblea approves the plan in the present tense are dated by their session, however the
session's date or the verb is laid out (a heading's date wrapped as "del giorno ...", the vote's words before the
verb, the operative APPROVA on a line of its own); another approval or another body's vote dates no plan."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, gold


def _approvals(page_facts) -> set[tuple[int | None, int | None, str | None]]:
    return {(p.start_year, p.end_year, p.approved_on) for a in page_facts.ambiti for p in a.plans}


def _gold_approvals(name: str) -> set[tuple[int | None, int | None, str | None]]:
    return {(p["start_year"], p["end_year"], p["approved_on"]) for a in gold(name)["ambiti"] for p in a["plans"]}


@pytest.mark.parametrize(
    "name",
    [
        "3870_txt_verbale_assemblea_data_a_capo_del_giorno_vimercate.txt",
        "3871_txt_verbale_voto_favorevole_poi_approva_lodi.txt",
        "3872_txt_verbale_approva_su_riga_propria_sondrio.txt",
        "3873_ctr_txt_verbale_approva_verbale_precedente_mantova.txt",
        "3874_ctr_txt_verbale_tavolo_terzo_settore_parere_cremona.txt",
    ],
)
def test_minutes_present_approval_is_dated_by_the_session(name: str) -> None:
    assert _approvals(extracted(name)) == _gold_approvals(name)

"""Round 42c: a plan period in two-digit years right after the plan's name ("PdZ 25-27"); an approval still to come
("in fase di approvazione", "sarà approvato") dates nothing."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, gold


def _plans(name: str) -> set[tuple[int, int, str | None, str | None]]:
    return {
        (p.start_year, p.end_year, p.approved_on, p.extended_until) for a in extracted(name).ambiti for p in a.plans
    }


def _gold_plans(name: str) -> set[tuple[int, int, str | None, str | None]]:
    return {
        (p["start_year"], p["end_year"], p["approved_on"], p["extended_until"])
        for a in gold(name)["ambiti"]
        for p in a["plans"]
    }


@pytest.mark.parametrize(
    "name",
    [
        "2460_news_pdz_dotted_two_digit_slash_dalmine.html",
        "2461_txt_piano_di_zona_two_digit_prorogato_treviglio.txt",
        "2462_neg_piano_di_zona_days_and_house_numbers_romano.html",
    ],
)
def test_two_digit_plan_period_after_the_plans_name(name: str) -> None:
    assert _plans(name) == _gold_plans(name)


@pytest.mark.parametrize(
    "name",
    [
        "2463_wp_piano_in_fase_di_approvazione_assemblea_futura_seriate.html",
        "2464_txt_piano_sara_approvato_seduta_grumello.txt",
        "2465_joomla_delibera_di_approvazione_in_data_albino.html",
    ],
)
def test_an_approval_still_to_come_dates_nothing(name: str) -> None:
    assert _plans(name) == _gold_plans(name)

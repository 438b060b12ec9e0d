"""`ambiti extract` on the real seed pages finds exactly the members and capofila of the gold."""

import json

import pytest
from conftest import run_ambiti

SEEDS = ["000_c4e875c85cb74392", "001_64567af2bbbc18f8", "004_390f1bff450a50d1"]


@pytest.mark.parametrize("seed", SEEDS)
def test_extract_finds_exactly_the_gold_members(shared, seed):
    gold = json.loads((shared / "gold" / f"{seed}.json").read_text(encoding="utf-8"))
    done = run_ambiti("extract", str(shared / "seeds" / f"{seed}.txt"), "--format", "json")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert len(found["ambiti"]) == len(gold["ambiti"]) == 1
    got, want = found["ambiti"][0], gold["ambiti"][0]
    assert sorted(got["members"]) == sorted(want["members"])
    assert got["capofila"] == want["capofila"]
    assert [(p["start_year"], p["end_year"]) for p in got["plans"]] == [
        (p["start_year"], p["end_year"]) for p in want["plans"]
    ]
    assert found["page_updated_on"] == gold["page_updated_on"]


def test_eval_on_seeds_meets_targets(shared):
    done = run_ambiti("eval", "--gold", str(shared / "gold"), "--pages", str(shared / "seeds"), "--format", "json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["overall"]["members"]["f1"] == 1.0
    assert report["overall"]["capofila"]["f1"] == 1.0
    assert report["invented_comuni"] == 0
    for field, score in report["overall"].items():
        assert score["f1"] >= 0.9, field


def test_a_designers_italia_office_page_s_place_card_is_the_office_s_address(shared):
    """Seed 004, an office's "Unità organizzativa" page: its seat is a map card in a geocoder's order."""
    seed = "004_390f1bff450a50d1"
    want = json.loads((shared / "gold" / f"{seed}.json").read_text(encoding="utf-8"))["ambiti"][0]
    done = run_ambiti("extract", str(shared / "seeds" / f"{seed}.txt"), "--format", "json")
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)["ambiti"][0]
    assert got["ufficio_di_piano"]["address"]["street"] == want["ufficio_di_piano"]["address"]["street"]

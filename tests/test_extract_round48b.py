"""Round 48b: PDF documents read as text: a regional guideline's triennio, a role apposed after its holder with an
introducer, a table of sums per ambito (docs/members.md §92)."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, extracted_by_ambito, gold, gold_by_ambito


def _plans(name: str) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    found = {(p.start_year, p.end_year) for a in extracted(name).ambiti for p in a.plans}
    wanted = {(p["start_year"], p["end_year"]) for a in gold(name)["ambiti"] for p in a["plans"]}
    return found, wanted


@pytest.mark.parametrize(
    "name",
    [
        "2920_text_delibera_cc_guideline_triennio_premise_brugherio.txt",
        "2921_text_accordo_richiamo_linee_guida_regionali_corsico.txt",
        # counter-case: guidelines "per il Piano di Zona 2025-2027" name the plan itself
        "2922_text_delibera_piano_secondo_linee_di_indirizzo_cinisello.txt",
    ],
)
def test_a_regional_guidelines_triennio_is_no_plan_of_the_ambito(name: str) -> None:
    found, wanted = _plans(name)
    assert found == wanted


@pytest.mark.parametrize(
    "name",
    [
        "2923_text_accordo_signatories_quale_ente_capofila_seregno.txt",
        "2924_text_verbale_con_funzioni_di_comune_capofila_legnano.txt",
        # counter-case: the role opens its clause, its holder follows
        "2925_text_accordo_role_opens_clause_castanese.txt",
    ],
)
def test_a_role_apposed_after_its_holder_with_an_introducer_is_the_holders(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "2926_text_decreto_ats_assegnazione_fondo_poverta_ambiti.txt",
        # counter-case: the ambito's own deliberation citing its row among others keeps its facts
        "2927_text_delibera_ambito_cites_riparto_table_bollate.txt",
        # counter-case: a row that lists its comuni states a membership
        "2931_text_decreto_riparto_row_lists_its_comuni_chiavenna.txt",
    ],
)
def test_an_ambito_named_only_in_a_table_of_sums_is_no_ambito_of_the_page(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)

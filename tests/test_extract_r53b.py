"""Round 53b: a news report names the ambito's comuni where a measure of the ambito lands ("Sono risorse che
permettono a A, B e C di ...", "nei comuni più piccoli, come A, B e C", "I primi centri apriranno a A, B e C"), after
a sentence about the ambito, its Assemblea dei Sindaci, its Piano di Zona or its Ufficio di Piano; not another list's
places (a Distretto del Commercio's), not another ambito's, not a measure in the conditional, not a gathering's
venues."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3210_txt_paper_sportelli_aperti_ad_dalmine.txt",
        "3211_txt_newsletter_paesi_tra_cui_suzzara.txt",
        "3212_txt_comune_news_risorse_arriveranno_a_voghera.txt",
    ],
)
def test_where_the_ambitos_measure_lands_names_its_comuni(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name) != set()


@pytest.mark.parametrize(
    "name",
    [
        "3213_txt_controcaso_distretto_commercio_mercatini_a_dalmine.txt",
        "3214_txt_controcaso_servizio_attivo_altro_ambito_suzzara.txt",
        "3215_txt_controcaso_condizionale_potrebbe_arrivare_a_sondrio.txt",
        "3216_txt_controcaso_serate_si_svolgeranno_a_suzzara.txt",
    ],
)
def test_another_lists_or_a_conditional_measures_places_give_no_members(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name) == set()

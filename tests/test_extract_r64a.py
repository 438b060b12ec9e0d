"""Round 64a. A news article (a local paper's, a comune's news item) dates the ambito's approval by the day of the
week, counted back from the day it was written: "Mercoledì sera l'Assemblea ha approvato", "Lo hanno approvato venerdì
mattina", "approvato giovedì dall'assemblea" is the last such day before the byline. The day it was written may be a
comune's stamp below its menu ("Pubblicato il 23 dicembre 2024"). A weekday with its date ("martedì 17 dicembre"), a
coming one ("giovedì prossimo", "approverà giovedì sera") or a recurring one ("il lunedì", "dal lunedì al venerdì")
dates nothing."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, extracted_plans, gold_by_ambito, gold_plans


@pytest.mark.parametrize(
    "name",
    [
        "4030_txt_local_paper_treviglio_mercoledi_sera_piano.txt",
        "4031_txt_news_comune_lallio_venerdi_mattina_approvato.txt",
        "4032_ctr_txt_news_comune_giovedi_prossimo_il_lunedi_piano.txt",
        "4033_ctr_txt_local_paper_approvera_giovedi_seriate.txt",
    ],
)
def test_a_bare_weekday_of_a_dated_article_dates_the_approval(name: str) -> None:
    assert extracted_plans(name) == gold_plans(name)
    assert extracted_by_ambito(name) == gold_by_ambito(name)

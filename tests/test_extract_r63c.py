"""Round 63c. A table of the ambito's comuni flattened one cell a line, each comune beside its figures (residents, a
share in euro) and words (a desk's days, an office), under a heading that names the table the ambito's comuni
("Comuni aderenti al Piano di Zona", "Gli enti associati all'Ambito"): its rows joined back, the ambito's members. The
same table under an Unione's or a district of commerce's heading gives none."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3970_txt_ambito_tabella_comuni_aderenti_residenti_e_sportello_alto_sebino.txt",
        "3971_txt_ufficio_di_piano_enti_associati_quote_e_referenti_garbagnate.txt",
        "3972_txt_controcaso_comune_tabella_comuni_aderenti_unione_basso_sebino.txt",
        "3973_txt_controcaso_news_comuni_distretto_commercio_grumello.txt",
    ],
)
def test_a_table_of_figures_and_words_under_the_ambitos_comuni_heading_is_its_members(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)

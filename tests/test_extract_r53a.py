"""Round 53a: a call, notice or service of an ambito names its territory as the list closing its sentence ("nel
territorio dei Comuni di A, B e C", "rivolto ai residenti a A, B, C e D"): the list is the ambito's members; another
body's call (a Distretto del Commercio's, an Unione's) or a few comuni more ("anche i residenti a") are not.
Institutions each comune has (parishes, schools), named among the actors of the comuni a sentence counts, leave the
counted list the ambito's."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3190_txt_avviso_enti_nel_territorio_dei_comuni_corsichese.txt",
        "3191_txt_contributo_destinato_ai_residenti_a_ambito_pioltello.txt",
        "3192_txt_servizio_riservato_ai_residenti_nei_comuni_sud_est_milano.txt",
        "3193_txt_controcaso_bando_distretto_commercio_territorio_dei_comuni.txt",
        "3194_txt_controcaso_bando_unione_residenti_nei_comuni.txt",
        "3195_txt_controcaso_anche_i_residenti_a_avviso_ambito_corsichese.txt",
    ],
)
def test_the_territory_of_the_ambitos_call(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3196_txt_parrocchie_e_associazioni_dei_quattro_comuni_pioltello.txt",
        "3197_txt_biblioteche_e_associazioni_dei_sei_comuni_corsico.txt",
        "3198_txt_controcaso_parrocchie_del_decanato_dei_quattro_comuni.txt",
        "3199_txt_controcaso_biblioteche_dei_cinque_comuni_sistema.txt",
    ],
)
def test_the_actors_of_the_counted_comuni(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)

"""Round 62b. A comune's name followed on its line by a capitalised compass point ("Ambito Brescia Ovest con A, B",
"Distretto Brescia Est, insieme a A", "zona Monza Nord") names an area around the city, the ambito's name: the city
is no member (it may be an ambito of its own). A list's last item stays an item when the point opens the next line."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3850_txt_comune_fa_parte_ambito_nome_cardinale_brescia_est.txt",
        "3851_txt_old_cms_ambito_territoriale_nome_cardinale_del_quale.txt",
        "3852_txt_controcaso_elenco_righe_poi_riga_nord.txt",
        "3853_txt_neg_comuni_vicini_nome_cardinale_rezzato.txt",
    ],
)
def test_a_comune_before_a_compass_point_names_the_area_not_a_member(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3854_txt_azienda_capofila_ambito_che_da_esso_prende_il_nome_treviglio.txt",
        "3855_txt_citta_capofila_distretto_che_porta_il_suo_nome_corsico.txt",
        "3856_txt_neg_distretto_omonimo_asst_lodi.txt",
        "3857_txt_controcaso_omonimo_dopo_altro_ambito_saronno.txt",
    ],
)
def test_an_ambito_named_after_its_subject_comune_by_reference(name: str) -> None:
    """ "Il Comune di X è capofila dell'Ambito che porta il suo nome / che da esso prende il nome / omonimo": X's
    ambito; not when another ambito is the sentence's, nor for a health body's "Distretto omonimo dell'ASST"."""
    assert extracted_by_ambito(name) == gold_by_ambito(name)

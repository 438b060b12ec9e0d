"""Round 61b. A list labelled with the buildings of a health or social service ("Case di Comunità del distretto: A, B",
"Poliambulatori del distretto:", "Sedi dell'ambito:") names the towns the buildings stand in: no members, and its
"distretto: A" no second ambito that would fold a table of several ambiti into one section. A list labelled with the
comuni or the member bodies ("Comuni del distretto:", "Enti aderenti dell'ambito:") still gives the members."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3790_txt_asst_tabella_ambiti_celle_poliambulatori_del_distretto.txt",
        "3791_txt_comune_ambito_case_di_comunita_dell_ambito_elenco.txt",
        "3792_txt_controcaso_tabella_ambiti_celle_comuni_del_distretto.txt",
        "3793_txt_controcaso_enti_aderenti_dell_ambito_elenco.txt",
    ],
)
def test_a_list_labelled_with_a_services_buildings_gives_no_member(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3794_txt_consorzio_comune_per_riga_ambito_con_nota_capofila.txt",
        "3795_txt_controcaso_tabella_distretto_commercio_nota_capofila.txt",
    ],
)
def test_the_capofila_noted_in_a_comunes_ambito_cell_names_the_row_and_its_capofila(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)

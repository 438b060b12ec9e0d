"""Round 59f. The residents a service or a call of the ambito is for, named with who they are between the addressee
and "residenti" ("agli anziani soli o con ridotta autonomia residenti in A, B, ...", "Gli anziani over 75 e
i loro familiari residenti a: A, B, ...", "Possono presentare domanda le famiglie con figli minori in età scolare
residenti a A, B, ..."): the list is the ambito's territory as much as the bare "residenti" is. Not those not
resident ("gli utenti non residenti in"), not a few more ("anche le famiglie ... residenti a"), not another body's
service (an Unione's)."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3650_txt_comune_sad_anziani_soli_residenti_seriate.txt",
        "3651_txt_avviso_destinatari_anziani_over_residenti_alto_sebino.txt",
        "3652_txt_news_possono_chiedere_famiglie_con_minori_garbagnate.txt",
        "3653_txt_controcaso_non_residenti_tariffa_intera_seriate.txt",
        "3654_txt_controcaso_anche_famiglie_residenti_pochi_comuni.txt",
        "3655_txt_controcaso_unione_servizio_anziani_residenti.txt",
    ],
)
def test_qualified_residents_of_a_list_are_the_ambitos_territory(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3656_txt_news_ufficio_di_piano_coordina_servizi_sociali_sebino.txt",
        "3657_txt_comune_piano_programma_interventi_sociali_garbagnate.txt",
        "3658_txt_controcaso_provincia_coordina_servizi_sociali.txt",
        "3659_txt_controcaso_quelli_che_orientano_altri_piani.txt",
    ],
)
def test_the_comuni_whose_social_policy_the_plan_steers_are_its_members(name: str) -> None:
    """ "Il Piano ... programma gli interventi sociali di A, B, ...", "l'Ufficio di Piano coordina i servizi sociali dei
    comuni di A, B, ...": the plan's own comuni; not another body's steering, not the other plans'."""
    assert extracted_by_ambito(name) == gold_by_ambito(name)

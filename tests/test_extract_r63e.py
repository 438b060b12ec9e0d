"""Round 63e: the school system's own bodies (an istituto comprensivo or superiore, a "rete di scopo" or "rete di
scuole", a Centro Territoriale per l'Inclusione or di Supporto, an "ambito scolastico", the numbered "Ambito
territoriale N" of Law 107/2015) are another body's ambito: their pages give no member, while a social ambito's page
that speaks of its schools keeps its own. A call for "manifestazione di interesse" is an ambito's procurement, not an
event: the comuni named with it stay a list of the ambito, while a race's "manifestazione" gives none."""

from __future__ import annotations

import pytest

from tests.fixture_pages import assert_gives_no_member, extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "4010_ctr_txt_rete_di_scuole_ambito_territoriale_numerato_lodi.txt",
        "4011_ctr_txt_centro_territoriale_supporto_ambito_scolastico_brescia.txt",
        "4017_ctr_txt_manifestazione_di_interesse_rete_scuole_ambito_territoriale_cremona.txt",
    ],
)
def test_a_school_bodys_ambito_gives_no_member(name: str) -> None:
    assert_gives_no_member(name)


@pytest.mark.parametrize(
    "name",
    [
        "4012_txt_ufficio_di_piano_assistenza_educativa_scolastica_istituti_comprensivi_treviglio.txt",
        "4013_txt_rete_di_scopo_scuole_progetto_ambito_sociale_piano_di_zona_garbagnate.txt",
    ],
)
def test_a_social_ambitos_page_about_its_schools_keeps_its_members(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "4014_txt_albo_oggetto_maiuscolo_manifestazione_interesse_comuni_tra_parentesi_lomellina.txt",
        "4015_txt_notizia_manifestazioni_di_interesse_comuni_ambito_due_punti_seregno.txt",
    ],
)
def test_a_call_for_manifestazione_di_interesse_keeps_the_ambitos_list(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


def test_an_events_manifestazione_gives_no_member() -> None:
    assert_gives_no_member("4016_ctr_txt_manifestazione_ciclistica_comuni_attraversati_capofila_oltrepo.txt")


@pytest.mark.parametrize(
    "name",
    [
        "4018_txt_comune_servizi_elenco_abbreviato_d_punto_delle_guidizzolo.txt",
        "4019_txt_pdftotext_tabella_quote_carobbio_d_angeli_grumello.txt",
    ],
)
def test_delle_and_degli_abbreviated_to_d_are_read(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


def test_the_same_abbreviations_in_a_fairs_list_give_no_member() -> None:
    assert_gives_no_member("4020_ctr_txt_fiera_comuni_abbreviati_d_punto_delle_alto_mantovano.txt")

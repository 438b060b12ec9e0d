"""Round 52a (issue 11, `docs/members.md §99`): mechanisms found on the province of Cremona's crawl."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, extracted_by_ambito, gold, gold_by_ambito

# a list whose intro names the ambito's instrument (Piano di Zona, Ufficio di Piano), one item marked capofila
PLAN_LISTS = [
    "3130_txt_elenco_firmatari_piano_di_zona_capofila_asola.txt",
    "3131_txt_comuni_associati_ufficio_di_piano_suzzara.txt",
]


@pytest.mark.parametrize("name", PLAN_LISTS)
def test_a_list_introduced_by_the_piano_di_zona_is_the_ambito_named_after_its_capofila(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)
    assert [a.name for a in extracted(name).ambiti] == [a["name"] for a in gold(name)["ambiti"]]


def test_a_distretto_del_commercio_list_with_a_capofila_is_no_ambito() -> None:
    facts = extracted("3132_txt_controcaso_distretto_commercio_capofila_gonzaga.txt")
    assert facts.ambiti == []


# a consortium acting on the capofila's mandate, in apposition: "su delega del Comune di X, capofila, gestisce ..."
MANDATES = [
    "3133_txt_azienda_su_delega_del_capofila_home_voghera.txt",
    "3134_txt_consorzio_per_conto_ente_capofila_chiari.txt",
]


@pytest.mark.parametrize("name", MANDATES)
def test_the_comune_a_consortium_runs_the_office_for_is_the_capofila(name: str) -> None:
    (ambito,) = extracted(name).ambiti
    assert (ambito.capofila, ambito.capofila_basis) == (gold(name)["ambiti"][0]["capofila"], "stated")
    assert "Consorzio" in ambito.evidence["capofila"]


def test_a_library_consortium_acting_for_a_capofila_gives_the_ambito_no_capofila() -> None:
    name = "3135_txt_controcaso_consorzio_biblioteche_per_conto_soresina.txt"
    assert extracted_by_ambito(name) == gold_by_ambito(name)
    assert [a.capofila for a in extracted(name).ambiti] == [None]


# a comune's membership verb with the other comuni, by their territory, as an aside before the ambito
ASIDES = [
    "3136_txt_aderisce_come_gli_altri_comuni_lodigiano_zelo.txt",
    "3137_txt_fa_parte_insieme_agli_altri_comuni_brignano.txt",
]


@pytest.mark.parametrize("name", ASIDES)
def test_the_subject_of_a_membership_verb_with_the_others_aside_is_a_member(name: str) -> None:
    (ambito,) = extracted(name).ambiti
    assert (ambito.name, ambito.members) == (gold(name)["ambiti"][0]["name"], gold(name)["ambiti"][0]["members"])


def test_a_comune_collaborating_with_the_others_and_the_ambito_is_no_member() -> None:
    assert extracted("3138_txt_controcaso_collabora_con_gli_altri_comuni_arcene.txt").ambiti == []


# a title "Page – Site": "Ambito territoriale – Comune di X" is the comune's page on the ambito, not "Ambito di X"
TITLES = [
    "3139_txt_titolo_ambito_trattino_comune_vaprio.txt",
    "3140_txt_titolo_ambito_sociale_trattino_citta_bagnatica.txt",
]


@pytest.mark.parametrize("name", TITLES)
def test_a_title_naming_the_site_after_a_dash_names_no_ambito(name: str) -> None:
    assert [a.name for a in extracted(name).ambiti] == [a["name"] for a in gold(name)["ambiti"]]
    assert extracted_by_ambito(name) == gold_by_ambito(name)


def test_a_title_naming_the_ambito_before_the_site_still_names_it() -> None:
    name = "3141_txt_controcaso_ambito_di_capofila_trattino_comune_seriate.txt"
    assert [a.name for a in extracted(name).ambiti] == ["Ambito territoriale di Seriate"]

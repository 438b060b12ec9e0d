"""Round 40a (issue 11): what a text document's tables typed with spaces say (a header label's unit)."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, extracted_by_ambito, gold, gold_by_ambito


def _capofila_and_members(name: str) -> set[tuple[str | None, frozenset[str]]]:
    """Each extracted ambito as (capofila, members), as `gold_by_ambito` gives the gold's."""
    return extracted_by_ambito(name)


# a table typed with spaces whose header's label carries the unit of its column's figures ("QUOTA (%)", "Riparto €"):
# still a header, so a roll call's rows read as cells, the comune apart from its sitter's given name
UNIT_LABELS = [
    "2200_testo_appello_quota_percento_parentesi_magentino.txt",
    "2201_testo_appello_importo_euro_garbagnate.txt",
]
# counter-case: a roll call by person ("NOMINATIVO ... QUOTA %") is no table of comuni, whatever its units: surnames
# that are comuni's names stay surnames
PERSONS_TABLE = ["2202_controcaso_appello_consiglieri_quota_percento_vimercate.txt"]


@pytest.mark.parametrize("name", UNIT_LABELS + PERSONS_TABLE)
def test_header_label_with_its_unit(name: str) -> None:
    assert _capofila_and_members(name) == gold_by_ambito(name)


# an ambito named by its number and a place ("Ambito 13 Treviglio", "Ambito distrettuale 3 Brescia Est") right before
# its list: the place is the ambito's name, not the list's first item
NUMBERED_AMBITO_NAMES = ["2203_testo_convenzione_comuni_ambito_numero_luogo_treviglio.txt"]
# counter-case: after the number and a colon ("Comuni dell'Ambito n. 6: Arluno, ...") the first comune is an item
NUMBER_THEN_COLON = ["2204_controcaso_ambito_numero_due_punti_primo_comune_magentino.html"]


@pytest.mark.parametrize("name", NUMBERED_AMBITO_NAMES + NUMBER_THEN_COLON)
def test_place_after_the_ambito_number_is_its_name(name: str) -> None:
    assert _capofila_and_members(name) == gold_by_ambito(name)


def _ambito_names(name: str) -> list[str]:
    return [a.name or "" for a in extracted(name).ambiti]


# another region's district (a Piedmont consortium's "Ambito distrettuale", a Veneto "Ambito territoriale sociale"):
# its comuni are none of Lombardy, so it has no member nor capofila here, and its plan and office are no facts of ours
OTHER_REGIONS = [
    "2205_consorzio_piemonte_ambito_distrettuale_cuneo_sud.html",
    "2206_notizia_ambito_veneto_ovest_vicentino.txt",
]
# counter-case: a Lombard ambito with its comuni, and Emilian comuni named as a project's partners
LOMBARD_WITH_PARTNERS = ["2207_controcaso_ambito_viadana_partner_emiliani.html"]


@pytest.mark.parametrize("name", OTHER_REGIONS + LOMBARD_WITH_PARTNERS)
def test_district_of_another_region(name: str) -> None:
    assert _ambito_names(name) == [a["name"] for a in gold(name)["ambiti"]]


def _office_contacts(name: str) -> list[tuple[list[str], list[str], str | None] | None]:
    """Each ambito's office as (phones, e-mails, seat's comune), as `_gold_office_contacts` gives the gold's."""
    found = [a.ufficio_di_piano for a in extracted(name).ambiti]
    return [(o.phones, o.emails, o.address.municipality if o.address else None) if o else None for o in found]


def _gold_office_contacts(name: str) -> list[tuple[list[str], list[str], str | None] | None]:
    offices = [a["ufficio_di_piano"] for a in gold(name)["ambiti"]]
    return [(o["phones"], o["emails"], (o["address"] or {}).get("municipality")) if o else None for o in offices]


# a sentence right after a list whose subject is a comune with its role in the ambito ("Il Comune di X funge da /
# riveste il ruolo di / assume ..."): no item of the list, so it neither adds a member nor hides the office it states
SUBJECT_AFTER_LIST = [
    "2208_elenco_comuni_poi_comune_funge_capofila_cinisello.html",
    "2209_testo_elenco_numerato_poi_comune_riveste_ruolo_garbagnate.txt",
    "2210_elenco_comuni_poi_capoluogo_assume_coordinamento_cinisello.txt",
]
# counter-case: the subject is a listed comune: it stays a member, from the list
LISTED_SUBJECT = ["2211_controcaso_elenco_poi_comune_elencato_assume_segreteria_cinisello.txt"]


@pytest.mark.parametrize("name", SUBJECT_AFTER_LIST + LISTED_SUBJECT)
def test_comune_as_subject_after_the_list(name: str) -> None:
    assert _capofila_and_members(name) == gold_by_ambito(name)
    assert _office_contacts(name) == _gold_office_contacts(name)

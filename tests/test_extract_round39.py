"""Round 39 (issue 11): what the office's address lines say (a street's abbreviations, a street named in a headline)."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, extracted_by_ambito, gold, gold_by_ambito


def _office_streets(name: str) -> tuple[list[str | None], list[str | None]]:
    """The office's street of each ambito, extracted and gold."""
    found = [
        a.ufficio_di_piano.address.street if a.ufficio_di_piano and a.ufficio_di_piano.address else None
        for a in extracted(name).ambiti
    ]
    office = [a["ufficio_di_piano"] for a in gold(name)["ambiti"]]
    expected = [(o.get("address") or {}).get("street") if o else None for o in office]
    return found, expected


def _capofila_and_members(name: str) -> set[tuple[str | None, frozenset[str]]]:
    """Each extracted ambito as (capofila, members), as `gold_by_ambito` gives the gold's."""
    return extracted_by_ambito(name)


# an abbreviation's period inside a street's name (an initial, the saints' "SS."): the street goes on past it
ABBREVIATED_STREETS = [
    "2150_sede_via_don_minzoni_abbreviata_vimercate.html",
    "2151_testo_sede_piazza_ss_martiri_dalmine.txt",
]
# counter-case: a house number's letter then a period ends the street ("Piazza Mercato 5/B. Orari ...")
NUMBER_LETTER_END = ["2152_controcaso_piazza_s_fine_frase_lodi.html"]


@pytest.mark.parametrize("name", ABBREVIATED_STREETS + NUMBER_LETTER_END)
def test_abbreviation_inside_street_name(name: str) -> None:
    found, expected = _office_streets(name)
    assert found == expected


# a short line that names a street without its number or postal code, not at its start (a news headline's works,
# closure or market), is no seat: the office's numbered street elsewhere is
EVENT_STREETS = ["2153_titoli_notizie_chiusura_piazza_ufficio_piano_pavia.html"]
# counter-case: a line that is the street alone, unnumbered, under the office's heading, is its seat
BARE_SEAT = ["2154_controcaso_sede_senza_civico_riga_sola_crema.html"]


@pytest.mark.parametrize("name", EVENT_STREETS + BARE_SEAT)
def test_unnumbered_street_in_a_headline_is_no_seat(name: str) -> None:
    found, expected = _office_streets(name)
    assert found == expected


# a comune's lone letterhead under nothing but the site's chrome (a cookie banner, a skip link): the publisher's own
# masthead, not a fact of a member
LETTERHEAD_UNDER_CHROME = ["2155_banner_cookie_sopra_intestazione_comune_paderno.html"]
# counter-case: the block under the ambito's heading is the member's contacts
BLOCK_UNDER_AMBITO = ["2156_controcaso_ambito_sopra_recapiti_comune_cesate.html"]


@pytest.mark.parametrize("name", LETTERHEAD_UNDER_CHROME + BLOCK_UNDER_AMBITO)
def test_letterhead_under_site_chrome_is_the_publishers(name: str) -> None:
    found = {(c.istat, c.contacts.address.street if c.contacts.address else None) for c in extracted(name).comuni}
    expected = {(c["istat"], (c.get("address") or {}).get("street")) for c in gold(name)["comuni"]}
    assert found == expected


# a comune that goes on in the role ("prosegue nel ruolo di", "continua nel ruolo di", "permane nella funzione di ente
# capofila") is the capofila, as one that "resta" or "rimane" it
ROLE_GOES_ON = [
    "2157_notizia_continua_ruolo_capofila_sondrio.html",
    "2158_testo_permane_funzione_ente_capofila_lecco.txt",
]
# counter-case: the role it goes on in is another body's (a Distretto del Commercio's)
ANOTHER_BODY_ROLE = ["2159_controcaso_prosegue_ruolo_capofila_distretto_commercio_seregno.html"]


@pytest.mark.parametrize("name", ROLE_GOES_ON + ANOTHER_BODY_ROLE)
def test_comune_going_on_in_the_role_is_the_capofila(name: str) -> None:
    assert _capofila_and_members(name) == gold_by_ambito(name)


# a staff row that ends in the role and names its own holder ("Giulia Fontana, responsabile"): the next row's colleague
# is no head of the office
ROLE_ENDS_OWN_ROW = ["2160_staff_nome_virgola_responsabile_poi_collega_vimercate.html"]
# counter-case: a role line with no name over a name line labels that name
ROLE_LABELS_NAME_BELOW = ["2161_controcaso_etichetta_responsabile_sopra_nome_arcore.html"]


@pytest.mark.parametrize("name", ROLE_ENDS_OWN_ROW + ROLE_LABELS_NAME_BELOW)
def test_role_ending_a_named_row_is_that_rows_person(name: str) -> None:
    found = [a.ufficio_di_piano.responsible if a.ufficio_di_piano else None for a in extracted(name).ambiti]
    office = [a["ufficio_di_piano"] for a in gold(name)["ambiti"]]
    assert found == [o["responsible"] if o else None for o in office]


# a comune at a line's opening joined to the run by an aside ("X, con A, B e C, costituisce l'Ambito", "Il Comune di X,
# insieme ai comuni di A e B, forma l'Ambito"): the subject is a member as the run's comuni are
SUBJECT_WITH_RUN = [
    "2162_soggetto_insieme_ai_comuni_costituisce_abbiatense.html",
    "2163_testo_soggetto_con_i_comuni_forma_seregno.txt",
]
# counter-case: the run is another body's (a Distretto del Commercio), so is its subject
SUBJECT_WITH_OTHER_BODY = ["2164_controcaso_soggetto_con_distretto_commercio_seregno.html"]


@pytest.mark.parametrize("name", SUBJECT_WITH_RUN + SUBJECT_WITH_OTHER_BODY)
def test_subject_joined_to_the_run_by_an_aside_is_a_member(name: str) -> None:
    assert _capofila_and_members(name) == gold_by_ambito(name)


# minutes whose heading's date is wrapped to a line of its own ("VERBALE DELL'ADUNANZA" / "del 5.3.2025"): what the
# Assemblea approves in the present it approves that day
WRAPPED_SESSION_DATES = [
    "2165_testo_verbale_adunanza_data_a_capo_treviglio.txt",
    "2166_testo_seduta_assemblea_data_numerica_a_capo_albino.txt",
]
# counter-case: a plan the minutes report approved on an earlier, written date keeps that date
EARLIER_APPROVAL = ["2167_controcaso_verbale_data_a_capo_piano_approvato_prima_dalmine.txt"]


@pytest.mark.parametrize("name", WRAPPED_SESSION_DATES + EARLIER_APPROVAL)
def test_minutes_heading_date_on_its_own_line_dates_the_session(name: str) -> None:
    found = [[(p.start_year, p.approved_on) for p in a.plans] for a in extracted(name).ambiti]
    assert found == [[(p["start_year"], p["approved_on"]) for p in a["plans"]] for a in gold(name)["ambiti"]]


# a social-services body's record written as lines (its heading, its functions, then "Soci:" / "• Consorziati:"): its
# members are the ambito's comuni, as in a transparency table's cell
SOCIAL_BODY_MEMBERS_LINE = [
    "2168_trasparenza_enti_soci_azienda_consortile_vimercate.html",
    "2169_scheda_consorziati_azienda_sociale_castano.html",
]
# counter-case: a park consortium's "Soci:" line is no members' list
OTHER_BODY_MEMBERS_LINE = ["2170_controcaso_soci_consorzio_parco_ambito_vimercate.html"]


@pytest.mark.parametrize("name", SOCIAL_BODY_MEMBERS_LINE + OTHER_BODY_MEMBERS_LINE)
def test_members_line_of_a_social_services_body(name: str) -> None:
    assert _capofila_and_members(name) == gold_by_ambito(name)

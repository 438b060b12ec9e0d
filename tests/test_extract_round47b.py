"""Round 47b: text pages of an ambito's own site (docs/members.md §90)."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, extracted_by_ambito, gold, gold_by_ambito


def _office(name: str) -> tuple[tuple, tuple]:
    """The office's phones, e-mails and street as extracted, and as the gold has them (none when no ambito)."""
    facts = extracted(name)
    expected = gold(name)["ambiti"]
    found = facts.ambiti[0].ufficio_di_piano if facts.ambiti else None
    wanted = expected[0]["ufficio_di_piano"] if expected else None
    return (
        (found.phones, found.emails, found.address.street if found.address else None) if found else None,
        (wanted["phones"], wanted["emails"], wanted["address"]["street"]) if wanted else None,
    )


@pytest.mark.parametrize(
    "name",
    [
        # the header names the ambito by its number; the card sits over the footer's link menus
        "2860_txt_designers_footer_card_over_menus_numbered_ambito_valle_trompia.txt",
        # the card "c/o Comune di X, Piazza ..." over the footer's menus: the office's facts and the implied capofila
        "2861_txt_footer_card_over_link_menus_town_hall_host_sondrio.txt",
        # counter-case: a plan's numbered area over a day centre's card at the tail is no office card
        "2862_txt_controcaso_numbered_plan_area_over_service_card_lecco.txt",
    ],
)
def test_office_card_over_the_footer_menus(name: str) -> None:
    found, wanted = _office(name)
    assert found == wanted
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        # four columns: figures and each comune's website in the rows, "Corsico (ente capofila)"
        "2863_txt_table_cells_figures_site_ente_capofila_note_corsico.txt",
        # the website before the population, "Rho (capofila)" in the middle of the rows
        "2864_txt_table_cells_site_population_capofila_note_rhodense.txt",
        # counter-case: a province's grants to comuni, rows of figures: no ambito, no member
        "2865_txt_controcaso_table_cells_figures_province_grants_no_members.txt",
    ],
)
def test_table_cells_with_figures_links_and_a_note(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)
    assert {(c.istat, c.contacts.website) for c in facts.comuni} == {
        (c["istat"], c["website"]) for c in gold(name)["comuni"]
    }


@pytest.mark.parametrize(
    "name",
    [
        # an ambito named after a territory, its office "presso il Municipio di X, Via ..." on one line of its card
        "2866_txt_office_presso_municipio_territory_named_ambito_basso_sebino.txt",
        # counter-case: a numbered ambito's office "c/o Comune di X, Piazza ...": the host is no capofila
        "2867_txt_controcaso_udp_line_co_comune_numbered_ambito_oglio_ovest.txt",
        # counter-case: the office c/o a comune, an azienda stated as the ente capofila: no capofila
        "2868_txt_controcaso_co_comune_azienda_capofila_bassa_bresciana.txt",
    ],
)
def test_card_seat_line_with_host_and_street(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)
    office = facts.ambiti[0].ufficio_di_piano
    wanted = gold(name)["ambiti"][0]["ufficio_di_piano"]
    assert (office.emails, office.address.street if office.address else None) == (
        wanted["emails"],
        wanted["address"]["street"],
    )

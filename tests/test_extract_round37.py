"""Round 37 (docs/members.md §65): which contact block on a long busy page is the Ufficio di Piano's, tested on
own pages of the kinds the class was reported on (outlets' cards, a comune's desks, a table of roles)."""

from __future__ import annotations

import pytest
from fixture_pages import extracted, gold

from crawler.parsers.serialize import facts_to_json


def _office(name: str) -> list[tuple]:
    """Each ambito's office contacts as (phones, e-mails, PEC, street without commas, responsible)."""
    out = []
    for a in facts_to_json(extracted(name), page=name)["ambiti"]:
        udp = a["ufficio_di_piano"] or {}
        street = (udp.get("address") or {}).get("street")
        out.append(
            (
                udp.get("phones"),
                udp.get("emails"),
                udp.get("pec"),
                street and street.replace(",", ""),
                udp.get("responsible"),
            )
        )
    return out


def _gold_office(name: str) -> list[tuple]:
    out = []
    for a in gold(name)["ambiti"]:
        udp = a["ufficio_di_piano"] or {}
        street = (udp.get("address") or {}).get("street")
        out.append((udp.get("phones"), udp.get("emails"), udp.get("pec"), street, udp.get("responsible")))
    return out


@pytest.mark.parametrize(
    "name",
    [
        # the office's own page: outlets' cards side by side, each under its outlet's heading (0.4.63 took all six)
        "2051_pagina_ufficio_piano_sportelli_in_colonne_desio.html",
        # an ambito's "Contatti" of four services' cards, none named the office's: none is (0.4.63 took all four)
        "2054_ambito_contatti_servizi_nessuno_ufficio_seriate.html",
        # the office's page with four areas' cards, each with its head: their numbers and heads are not the office's
        "2060_pagina_ufficio_piano_staff_aree_in_schede_garbagnate.html",
        # counter-case: the card headed "Ufficio di Piano" among the others stays the office's
        "2056_controcaso_uffici_affiancati_uno_ufficio_piano_desio.html",
        # counter-case: the office's page whose one block is under a plain "Contatti"
        "2055_controcaso_pagina_ufficio_contatti_semplici_seriate.html",
        # a comune's hub of ten desks' cards and the office's section (already right in 0.4.63: kept)
        "2050_comune_hub_servizi_sociali_dodici_sportelli_cornaredo.html",
        # one block per member comune's social services under the ambito's page (kept)
        "2052_ambito_blocchi_servizi_sociali_per_comune_desio.html",
        # an azienda's "Chi siamo" with organi, soci, staff and the office's own section (kept)
        "2057_azienda_chi_siamo_organi_soci_staff_corsico.html",
        # a comune's segretariato card beside the office's card (kept)
        "2058_comune_segretariato_accanto_ufficio_piano_senago.html",
        # counter-case: a table of offices whose row names the office (kept)
        "2059_controcaso_tabella_uffici_riga_ufficio_piano_corsico.html",
    ],
)
def test_sibling_cards_are_each_their_own_unless_named_the_office(name: str) -> None:
    assert _office(name) == _gold_office(name)


@pytest.mark.parametrize(
    "name",
    [
        # the rows of a comune's switchboard and a mayor's mailbox are theirs; the row whose body is the office is its
        "2053_ambito_tabella_ruoli_centralini_seriate.html",
    ],
)
def test_a_roles_table_row_is_its_bodys(name: str) -> None:
    assert _office(name) == _gold_office(name)

"""Round 43b (issue 11, docs/members.md §79): heldout59's losses as general classes, with counter-cases."""

from __future__ import annotations

import pytest

from crawler.parsers import joined_body as jb
from crawler.parsers.prechecks import may_match
from tests.fixture_pages import extracted, gold_by_ambito

# the comuni a membership verb joins to another body named before it (a relative pronoun's antecedent, a fronted
# complement, a clause's label): a procurement centre's or a non-social consortium's comuni are no members;
# counter-cases: the consortium that runs the ambito ("al quale aderiscono ... gestisce per l'Ambito") and a fronted
# ambito ("All'Ambito ... aderiscono i Comuni di") keep theirs
ANOTHER_BODYS_JOINERS = [
    "2530_wp_sua_provincia_aderiscono_fronted_desio.html",
    "2531_txt_centrale_committenza_di_cui_fanno_parte_rhodense.txt",
    "2532_oldcms_etichetta_cuc_partecipano_anche_castanese.html",
    "2533_controcaso_consorzio_al_quale_aderiscono_ambito_desio.html",
    "2534_controcaso_all_ambito_aderiscono_anche_castanese.txt",
]


@pytest.mark.parametrize("name", ANOTHER_BODYS_JOINERS)
def test_the_comuni_another_body_gathers_are_no_members(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# a "capofila" whose clause names another joint body before the keyword (a CUC, a Stazione Unica Appaltante, a
# centrale di committenza as a relative's antecedent or a label) is that body's lead; counter-case: a consortium's
# clause that names the ambito keeps the role as the ambito's
ANOTHER_BODYS_LEAD = [
    "2535_wp_sua_il_capofila_e_dopo_elenco_desio.html",
    "2536_txt_centrale_di_cui_e_capofila_rhodense.txt",
    "2537_oldcms_etichetta_centrale_comune_capofila_castanese.html",
    "2538_controcaso_consorzio_ambito_con_capofila_desio.html",
]


@pytest.mark.parametrize("name", ANOTHER_BODYS_LEAD)
def test_another_bodys_lead_is_no_capofila(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# a contacts heading that names a comune's own social desk ("Recapiti del Segretariato sociale", "Contatti dei Servizi
# Sociali di Turbigo") heads that desk's box, not the Ufficio di Piano's; counter-case: "Contatti dell'Ufficio di Piano"
DESK_CONTACTS = [
    ("2539_designers_recapiti_del_segretariato_sociale_limbiate.html", None),
    ("2540_wp_contatti_dei_servizi_sociali_turbigo.html", None),
    ("2541_controcaso_contatti_dell_ufficio_di_piano_desio.html", ["+390362392301"]),
]


@pytest.mark.parametrize(("name", "phones"), DESK_CONTACTS)
def test_a_comunes_desk_contacts_are_no_office(name: str, phones: list[str] | None) -> None:
    [ambito] = extracted(name).ambiti
    office = ambito.ufficio_di_piano
    assert (office.phones if office else None) == phones


# the cheap guard before the joined bodies' patterns lets every spelling of a body through (prechecks.py)
@pytest.mark.parametrize(
    "text", ["C.U.C. Alto", "la CUC", "C.UC", "CU.C", "S.U.A.", "SU.A", "SUA", "Stazione Unica Appaltante", "CONSORZIO"]
)
def test_the_body_guard_lets_every_spelling_through(text: str) -> None:
    assert jb._BODY.search(text)
    assert may_match(text, jb._BODY_WORDS)

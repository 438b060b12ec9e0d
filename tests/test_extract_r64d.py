"""Round 64d: the office's contacts in a table flattened to one cell a line (pdftotext, a page read as text). Under a
header that opens with a person's column ("Nome" / "Ruolo" / "Telefono" / "E-mail") each row is a member of the
office's staff: its role cell ("Assistente sociale", "Protocollo e accoglienza") is no other desk's label, its number
is the office's, and the header's last cell is no label of the first name under it; a role cell "Responsabile Ufficio
di Piano" or "Coordinatrice UdP" under a name names the responsible. Under a header that opens with a desk's column
("Servizio" / "Sede" / "Telefono") a row is that desk's unless its first cell names the office."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_offices, gold_offices


def _rows_facts(offices: list[object]) -> list[tuple[object, ...]]:
    return [tuple(o[f] for f in FIELDS) if isinstance(o, dict) else (o,) for o in offices]


PAGES = [
    "4090_txt_organigramma_celle_una_per_riga_coordinatrice_udp_seriate.txt",
    "4091_txt_contatti_tabella_appiattita_responsabile_ufficio_di_piano_dalmine.txt",
]
FIELDS = ("phones", "emails", "pec", "responsible")  # the rows' facts; the seat is other rounds' (4090's CAP)
COUNTER_CASES = [
    "4092_ctr_txt_ufficio_di_piano_servizi_del_territorio_tabella_appiattita_melzo.txt",
    "4093_ctr_txt_comune_personale_servizi_sociali_tabella_appiattita_chiari.txt",
]


@pytest.mark.parametrize("name", PAGES)
def test_a_flattened_staff_tables_rows_are_the_offices(name: str) -> None:
    assert _rows_facts(extracted_offices(name)) == _rows_facts(gold_offices(name))


@pytest.mark.parametrize("name", COUNTER_CASES)
def test_a_flattened_table_of_other_desks_or_of_a_comunes_staff_is_not_the_offices(name: str) -> None:
    assert _rows_facts(extracted_offices(name)) == _rows_facts(gold_offices(name))

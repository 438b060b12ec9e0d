"""Round 51: on a comune's site read as text, the site owner's own card (its footer, a "Contatti" or "Orari e
contatti" box: the comune the brand line names, standing alone) is the site's chrome, not a comuni record, with or
without its P.IVA, at the page's tail or not. A series of comuni's cards (the owner's among them) and another comune's
card are content, and are kept."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_comuni, gold_comuni


@pytest.mark.parametrize(
    "name",
    [
        "3100_txt_footer_comune_senza_piva_chiari.txt",
        "3101_txt_decoy_orari_e_contatti_comune_rovetta.txt",
        "3102_txt_box_contatti_con_piva_a_meta_pagina_gazzaniga.txt",
    ],
)
def test_the_site_owners_own_card_is_no_comuni_record(name: str) -> None:
    assert extracted_comuni(name) == set() == gold_comuni(name)


@pytest.mark.parametrize(
    "name",
    [
        "3110_txt_controcaso_schede_comuni_su_sito_comune_suzzara.txt",
        "3111_txt_controcaso_scheda_del_comune_capofila_nembro.txt",
    ],
)
def test_a_series_of_cards_and_another_comunes_card_are_kept(name: str) -> None:
    assert extracted_comuni(name) == gold_comuni(name) != set()

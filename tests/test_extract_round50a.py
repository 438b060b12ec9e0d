"""Round 50a: what a small site of an ambito says on its own pages, read as text. A flattened gallery or card list
whose capofila's caption carries the mark ("Legnano (capofila)", "Rho – Ente capofila") under a lower-case alt text
("comune di legnano stemma"): the caption names the item, so the capofila is a member and the capofila."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, gold_by_ambito


def _by_ambito(name: str) -> set[tuple[str | None, frozenset[str]]]:
    return {(a.capofila, frozenset(a.members)) for a in extracted(name).ambiti}


@pytest.mark.parametrize(
    "name",
    [
        "3010_txt_crest_gallery_caption_ente_capofila_rhodense.txt",
        "3011_txt_logo_cards_comune_capofila_badge_corsico.txt",
        "3012_txt_controcaso_crest_gallery_no_mark_pioltello.txt",
    ],
)
def test_a_marked_caption_names_its_gallery_item(name: str) -> None:
    assert _by_ambito(name) == gold_by_ambito(name)

"""Round 38 (issue 11): a CMS title "<page> - <site>" whose site is a comune's names the publisher, not the ambito."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, gold_by_ambito

# the page's own comune, a member by the text's sentence, was lost to the title's "ambito" named after the publisher
PUBLISHER_TITLES = [
    "2100_titolo_sito_comune_ambito_sociale_cermenate_cantu.html",
    "2101_titolo_sito_citta_distretto_sociale_cologno_cinisello.html",
]
# counter-case: the title is the page's only naming of an ambito, so it stays, with its list and capofila
TITLE_ALONE = ["2102_controcaso_titolo_sito_comune_senza_ambito_nel_testo_bollate.html"]


@pytest.mark.parametrize("name", PUBLISHER_TITLES + TITLE_ALONE)
def test_publisher_title_names_no_ambito(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)

"""Round 46a (issue 11, docs/members.md §87): a list of comuni flattened to text one piece of each item a line
(a gallery of crests, a card per comune with its link, a capofila's caption under its name), with counter-cases."""

from __future__ import annotations

import pytest

from crawler.parsers.document import Document
from crawler.parsers.item_lines import rejoined_items
from crawler.reference.comuni import lombardia
from tests.fixture_pages import extracted, gold_by_ambito

# A. each item a comune's lines (alt text and caption naming it twice), then only lines every item repeats (a link
# text) or the capofila's mark: joined back one item a line; counter-cases: a gallery of neighbouring comuni, a news
# list tagged by comune, a consortium's table of shares (no ambito on any of them)
FLATTENED_ITEMS = [
    "2770_txt_galleria_stemmi_didascalia_capofila_seriate.txt",
    "2771_txt_schede_comuni_link_sito_capofila_rhodense.txt",
    "2772_txt_elenco_capofila_riga_sotto_desio.txt",
    "2773_txt_controcaso_galleria_comuni_vicini_pedrengo.txt",
    "2774_txt_controcaso_notizie_leggi_tutto_nomi_comuni_arese.txt",
    "2776_txt_controcaso_tabella_quote_consorzio_lainate.txt",
]


@pytest.mark.parametrize("name", FLATTENED_ITEMS)
def test_a_flattened_gallery_or_card_list_is_read_one_item_a_line(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)
    assert not facts.comuni


def test_items_joined_back_and_a_contact_block_series_left_alone() -> None:
    """The gallery's items become one line each, the mark kept on its own item; a series of contact blocks (each
    item goes on with its own address) is no gallery."""
    gallery = ["Logo Comune di Limbiate", "Limbiate", "Capofila", "Logo Comune di Varedo", "Varedo"]
    gallery += ["Logo Comune di Muggiò", "Muggiò", "Fine"]
    doc = rejoined_items(Document(url="x", lines=gallery, kind="text"), lombardia())
    assert doc.lines == ["Limbiate (capofila)", "Varedo", "Muggiò", "Fine"]
    blocks = ["Comune di Limbiate", "Indirizzo: Via Monte Bianco 2", "Comune di Varedo", "Indirizzo: Via Vittorio"]
    blocks += ["Comune di Muggiò", "Indirizzo: Piazza Matteotti 1", "Ente capofila"]
    assert rejoined_items(Document(url="x", lines=blocks, kind="text"), lombardia()).lines == blocks


def test_a_label_and_its_value_under_the_list_are_no_caption() -> None:
    """The label "Ente capofila" and its value "Comune di X" after the list name a comune already listed: the last
    item is not marked, and the list ends before the label."""
    lines = ["Logo Arese", "Arese", "Logo Pero", "Pero", "Logo Rho", "Rho", "Logo Vanzago", "Vanzago"]
    lines += ["Ente capofila", "Comune di Rho"]
    doc = rejoined_items(Document(url="x", lines=lines, kind="text"), lombardia())
    assert doc.lines == ["Arese", "Pero", "Rho", "Vanzago", "Ente capofila", "Comune di Rho"]

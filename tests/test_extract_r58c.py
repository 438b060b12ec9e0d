"""Round 58c. A comune written as its first word alone where that word is an everyday one or too short for a short
form ("Ponte" for Ponte Nossa, "Porto" for Porto Mantovano, "Torre" for Torre Boldone, "Limone" for Limone sul Garda,
"Sale" for Sale Marasino): the resolver keeps such words out of its short forms, so they are read only as an item of a
list of comuni, as the one comune of that name in the list's province that borders the list's other comuni. A menu's
"Limone", a bridge's "Ponte" in a sentence, a word whose comune is in another province or borders none of the list
stay out."""

from __future__ import annotations

import pytest

from crawler.parsers.word_items import word_item
from crawler.reference.comuni import lombardia
from tests.fixture_pages import extracted, extracted_by_ambito, gold, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3530_txt_ambito_valle_seriana_ponte_nudo_in_elenco.txt",
        "3531_txt_ambito_mantova_porto_nudo_tabella_quote.txt",
        "3532_txt_notiziario_bergamo_torre_nuda_elenco_puntato.txt",
        "3533_txt_controcaso_sagra_menu_limone_fra_comuni.txt",
        "3534_txt_controcaso_parola_di_altra_provincia_in_elenco.txt",
        "3535_txt_controcaso_ponte_come_manufatto_fra_comuni.txt",
        "3536_txt_controcaso_villa_lontana_in_elenco_bresciano.txt",
        "3537_txt_ambito_sebino_sale_nudo_elenco_verticale.txt",
        "3538_txt_controcaso_riva_fra_comuni_che_non_confinano.txt",
    ],
)
def test_an_everyday_first_word_is_its_comune_only_as_a_list_item(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)
    assert extracted(name).unresolved_names == gold(name)["unresolvable_names"]


@pytest.mark.parametrize(
    ("written", "listed", "istat"),
    [
        ("Limone", {"017076", "017189"}, "017089"),  # beside Gargnano and Tremosine, its neighbour: Limone sul Garda
        ("LIMONE", {"017076", "017189"}, "017089"),
        ("limone", {"017076", "017189"}, None),  # the fruit, written as a word
        ("Limone", {"016024", "016115"}, None),  # among Bergamo and Gorle: another province
        ("Torre", {"016115", "016178"}, "016214"),  # Gorle, Ranica border Torre Boldone, not Torre de' Roveri
        ("Ponte", {"016024", "013075"}, None),  # a list across provinces does not tell which Ponte
        ("Limone", set(), None),  # no list
        ("Sale", {"017106", "017182"}, "017169"),  # too short for a short form: Sale Marasino beside Marone, Sulzano
        ("La", {"097019", "097008"}, None),  # two letters: an article, never La Valletta Brianza
    ],
)
def test_word_item_needs_the_lists_province_and_a_border(written: str, listed: set[str], istat: str | None) -> None:
    assert word_item(written, listed, lombardia()) == istat

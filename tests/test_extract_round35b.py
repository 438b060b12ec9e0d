"""Round 35b (docs/members.md §62): an ambito's second name in apposition is the same ambito, and an Unione's
page keeps the list that its own introduction says makes up the ambito."""

from __future__ import annotations

import pytest
from fixture_pages import extracted, extracted_by_ambito, gold, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        # "Ambito di Corsico (Distretto Sociale Sud Ovest Milano), insieme ai Comuni di ...": one ambito, not two
        "1870_comune_ambito_alias_parentesi.html",
        # "Ambito del Garbagnatese, ambito distrettuale della Citta' metropolitana di Milano, di cui fanno parte ..."
        "1871_ambito_citta_metropolitana_apposizione.txt",
    ],
)
def test_an_ambitos_second_name_in_apposition_is_the_same_ambito(name: str) -> None:
    assert len(gold(name)["ambiti"]) == 1
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        # an Unione's page: "Il Distretto Sociale di Melzo è formato dai seguenti Comuni ...:" over a table
        "1872_unione_pagina_distretto_formato.html",
        # counter-case: "L'Unione comprende i seguenti Comuni:", "Il Distretto del Commercio ... comprende i Comuni:"
        "1873_controcaso_unione_distretto_commercio_elenchi.html",
    ],
)
def test_an_unions_page_keeps_the_list_its_intro_gives_the_ambito(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)
    assert {c for a in extracted(name).ambiti for c in a.members} <= {
        c for a in gold(name)["ambiti"] for c in a["members"]
    }


@pytest.mark.parametrize(
    "name",
    [
        # "i residenti di A e B si rivolgono all'Ambito del Magentino; quelli di C e D all'Ambito Rhodense"
        "1874_comune_clausola_ellittica_altri_ambiti.html",
        # "Insieme a Ossona aderiscono all'Ambito Arluno, Bareggio, ...": Arluno is the list's, not the ambito's name
        "1875_prosa_ambito_seguito_da_elenco.txt",
    ],
)
def test_a_gapped_clause_or_a_list_after_the_word_ambito_names_no_other_ambito(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        # a heading "Distretti di Garbagnate Milanese, Corsico e Rozzano": three districts' names, not members
        "1876_ats_distretti_nominati_elenco.html",
    ],
)
def test_the_plural_of_a_body_before_names_names_bodies_not_members(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        # "costituito dal Comune di A, che ne è l'ente capofila, e dal Comune di B"
        "1877_ambito_composto_dal_comune_dal_comune.html",
        # "formato dai Comuni di A, B e C e dal Comune di D"
        "1878_distretto_formato_dai_comuni_e_dal_comune.txt",
    ],
)
def test_items_that_each_repeat_their_preposition_are_one_list(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        # "AMBITI DI CORSICO E DEL GARBAGNATESE" over "Per l'Ambito di Corsico partecipano ... dei Comuni seguenti:"
        "1879_verbale_due_ambiti_elenchi_per_ambito.txt",
    ],
)
def test_a_lists_own_intro_naming_its_ambito_governs_it_over_the_title(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        # "Comune di Arese" (the list's last item) / a paragraph / "Sede: Villa Burba, ... - tel. ...": the consortium's
        "1880_neg_consorzio_bibliotecario_enti_sede.html",
    ],
)
def test_a_paragraph_ends_a_comunes_contact_block(name: str) -> None:
    facts = extracted(name)
    assert gold(name)["comuni"] == []
    assert (facts.comuni, facts.ambiti) == ([], [])

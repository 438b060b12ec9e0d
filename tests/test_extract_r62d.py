"""Round 62d. A comune's register of its agreements ("Oggetto | Enti | Ente capofila | Durata"): each row's comuni are
the parties to that row's agreement, so a row of another service run together (home care for minors, social transport,
a building desk) gives no member, and the ambito's own row (its Piano di Zona's accordo, its Ufficio di Piano) gives the
capofila in its "Ente capofila" cell, its rows apart as a text page writes them. A row whose object is the ambito's
accordo or a district's social services (L. 328/2000) keeps its comuni.

A relative clause that gives its antecedent the capofila's role as the predicate of any verb ("Vimercate, che coordina
la programmazione come comune capofila, Agrate Brianza, ...", "Chiari, la quale sottoscrive ... in qualità di ente
capofila, Castrezzato"): the role is the antecedent's, not the next list item's. A person's clause ("Carlo Brivio, che
guida l'assemblea come presidente") or another body's role gives it to no comune."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, extracted_by_ambito, gold, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3890_txt_comune_registro_convenzioni_servizio_associato_minori.txt",
        "3891_txt_comune_convenzioni_trasporto_sociale_tabella.txt",
    ],
)
def test_a_register_row_of_another_agreement_gives_no_member_and_the_ambitos_row_its_capofila(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3892_txt_controcaso_registro_accordo_piano_di_zona_con_comuni.txt",
        "3893_txt_controcaso_registro_distretto_sociale_comuni_aderenti.txt",
    ],
)
def test_a_register_row_of_the_ambitos_own_agreement_keeps_its_comuni(name: str) -> None:
    members = [set(a.members) for a in extracted(name).ambiti]
    assert members == [set(a["members"]) for a in gold(name)["ambiti"]]


@pytest.mark.parametrize(
    "name",
    [
        "3894_txt_giornale_relativa_coordina_come_capofila.txt",
        "3895_txt_comune_notizia_relativa_firma_quale_ente_capofila.txt",
        "3896_txt_controcaso_relativa_persona_come_presidente.txt",
        "3897_txt_controcaso_relativa_capofila_distretto_commercio.txt",
    ],
)
def test_a_relative_clause_gives_the_capofila_role_to_its_antecedent(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3898_txt_comune_pagina_con_capofila_la_citta_di.txt",
        "3899_txt_controcaso_capofila_la_citta_metropolitana.txt",
    ],
)
def test_the_capofila_after_the_role_with_the_article_of_a_citta(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)

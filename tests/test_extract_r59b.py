"""Round 59b. The comuni a health body groups into its districts (an ATS decree, an ASST deliberation or its annex, an
ATS page of its distretti) are no ambito of Law 328, even where a district shares an ambito's name: a page whose
title, breadcrumb or letterhead names the ATS or the ASST and that names no ambito gives none. An ambito's own page
that names its ATS or ASST in its letterhead keeps its members, and so does a "Distretto Sociale". An ambito named in
full ("Ambito territoriale 3 - Seriate") and then by its number alone in the clause that opens a list ("capofila
dell'Ambito 3, che riunisce i Comuni di") is one ambito, not two; two numbers are two ambiti."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, extracted_by_ambito, gold, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3570_txt_neg_delibera_asst_distretti_prosa.txt",
        "3571_txt_neg_pagina_ats_distretti_elenco.txt",
        "3572_txt_neg_allegato_dgr_distretti_asst.txt",
        "3573_txt_controcaso_ambito_afferisce_ats_elenco.txt",
        "3574_txt_controcaso_distretto_sociale_asst_intestazione.txt",
    ],
)
def test_a_health_bodys_districts_are_no_ambiti(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3575_txt_determina_ambito_numero_poi_solo_numero_seriate.txt",
        "3576_txt_avviso_ambito_numero_poi_solo_numero_grumello.txt",
        "3577_txt_controcaso_due_ambiti_numeri_diversi.txt",
    ],
)
def test_an_ambito_named_by_its_number_alone_is_the_one_named_in_full(name: str) -> None:
    assert len(extracted(name).ambiti) == len(gold(name)["ambiti"])
    assert extracted_by_ambito(name) == gold_by_ambito(name)

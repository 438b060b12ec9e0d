"""Round 41a (issue 11, docs/members.md §72): the capofila in the words a careful reader tells apart."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, gold, gold_by_ambito

# another law's "ambito" with a "Comune capofila": a gas tender's ambito territoriale minimo (ATEM), a local public
# transport (TPL) ambito; and the counter-case, a social ambito's page about transport discounts that keeps its facts
OTHER_LAWS_AMBITI = [
    "2300_neg_ambito_minimo_gas_gara_html.html",
    "2301_neg_gara_gas_atem_stazione_appaltante.txt",
    "2302_neg_tpl_bacino_ambito_capofila.html",
    "2303_ambito_sociale_agevolazioni_trasporto_pubblico_locale.html",
]


@pytest.mark.parametrize("name", OTHER_LAWS_AMBITI)
def test_another_laws_ambito_gives_no_ambito(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# a capofila held in the past with its end dated is the old holder's ("è stato l'ente capofila sino al 2023", "Dal 2018
# al 2023 la funzione di capofila è stata esercitata dal Comune di X"); counter-case: a designation with a term
CHANGED_CAPOFILA = [
    "2304_capofila_cambiato_era_stato_sino_al_suzzara.html",
    "2305_capofila_dal_al_esercitata_oglio_ovest.txt",
    "2307_controcaso_individuato_capofila_fino_al_seriate.html",
]
# a neighbour ambito's capofila tied to its name ("l'Ambito del Magentino (capofila Magenta)", "l'Ambito di Sondrio, con
# capofila il Comune di Sondrio"); counter-case: the page's own ambito so named, whose comuni it lists
NEIGHBOURS_CAPOFILA = [
    "2308_capofila_ambito_confinante_tra_parentesi_abbiatense.html",
    "2309_capofila_ambito_vicino_con_capofila_tirano.txt",
    "2310_controcaso_ambito_il_cui_capofila_proprio_suzzara.html",
]


@pytest.mark.parametrize("name", CHANGED_CAPOFILA + NEIGHBOURS_CAPOFILA)
def test_capofila_of_its_time_and_its_ambito(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# a bold name standing as an item of a run of names a paragraph writes inline (commas, pipes, middots), under a
# legend that says bold marks the capofila; counter-case: two bold names mark none
BOLD_IN_RUNS = [
    "2311_neretto_in_elenco_a_virgole_oglio_ovest.html",
    "2312_grassetto_in_elenco_a_barre_abbiatense.html",
    "2313_controcaso_due_grassetti_in_elenco_suzzara.html",
]


@pytest.mark.parametrize("name", BOLD_IN_RUNS)
def test_bold_item_of_an_inline_run(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# an old layout's last block after the content, with the site owner's legal identity (C.F., P.IVA): the site's footer,
# whose address, phone and PEC are no comune's facts; counter-case: the content itself last, ending with the office's
# fiscal code, keeps the office's contacts
IDENTITY_FOOTERS = [
    "2314_div_piede_identita_fiscale_oglio_ovest.html",
    "2315_ultimo_blocco_codice_fiscale_ambito_suzzara.html",
    "2316_controcaso_contenuto_ultimo_con_cf_ufficio_tirano.html",
]


@pytest.mark.parametrize("name", IDENTITY_FOOTERS)
def test_identity_footer_is_chrome(name: str) -> None:
    facts, expected = extracted(name), gold(name)
    assert [c.istat for c in facts.comuni] == [c["istat"] for c in expected["comuni"]]
    offices = [a.ufficio_di_piano for a in facts.ambiti]
    assert [(o.phones, o.emails) if o else None for o in offices] == [
        (u["phones"], u["emails"]) if (u := a["ufficio_di_piano"]) else None for a in expected["ambiti"]
    ]

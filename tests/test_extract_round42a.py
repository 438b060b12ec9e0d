"""Round 42a (issue 11, docs/members.md §75): heldout51's losses as general classes, with counter-cases."""

from __future__ import annotations

import pytest

from crawler.parsers.extract import extract
from crawler.parsers.other_region import names_another_regions_comuni
from tests.fixture_pages import extracted, gold, gold_by_ambito

# a sentence opened by its topic ("Per l'area dei servizi alla persona X fa parte dell'Ambito ... con A, B", "Per il
# welfare locale il Comune di X fa parte ..., insieme a A, B") signs nothing: its comuni are the ambito's; counter-case:
# a project accord's signature blocks ("Per il Comune di X", "Per la Citta' di Y") stay no members
TOPIC_NOT_SIGNATURE = [
    "2400_comune_per_area_servizi_fa_parte_ambito_melzo.html",
    "2401_testo_per_il_welfare_fa_parte_insieme_cinisello.txt",
    "2402_controcaso_firme_per_il_comune_progetto_partenariato.txt",
]


@pytest.mark.parametrize("name", TOPIC_NOT_SIGNATURE)
def test_a_sentences_topic_is_no_signature_block(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# the comuni a protected area gathers (a regional park, a river contract) named beside an ambito's list are not its
# members; counter-cases: an office "in via del Parco" and a "parco giochi" right before the list, and a park named as
# the ambito's place in its own sentence ("Ai piedi del Parco delle Groane l'Ambito ... raccoglie"), keep its comuni
PROTECTED_AREAS = [
    "2403_ambito_elenco_poi_aderiscono_al_parco_regionale_seregno.html",
    "2404_testo_contratto_di_fiume_aderiscono_anche_tradate.txt",
    "2405_controcaso_ufficio_via_del_parco_prima_elenco_sondrio.html",
    "1507_elenco_entro_i_suoi_confini_garbagnate.html",
]


@pytest.mark.parametrize("name", PROTECTED_AREAS)
def test_a_protected_areas_comuni_are_no_members(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# an act's subject line in capitals joins its objects with "E" ("ADESIONE ALL'AMBITO DELLA VALLE BREMBANA E NOMINA DEL
# RAPPRESENTANTE", "... DELL'AMBITO DEL MAGENTINO E ADESIONE ALL'ACCORDO"): the next object is no part of the ambito's
# name, so the comune said to belong to it keeps its place; counter-case: a name that joins two valleys with "E"
ACT_SUBJECT_LINES = [
    "2406_testo_delibera_oggetto_adesione_e_nomina_valle_brembana.txt",
    "2407_albo_titolo_maiuscolo_presa_atto_e_adesione_magentino.html",
    "2408_controcaso_nome_maiuscolo_e_valle_seriana_scalve.txt",
]


@pytest.mark.parametrize("name", ACT_SUBJECT_LINES)
def test_an_acts_next_object_ends_the_ambitos_name(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# another region's page (its header "Regione del Veneto - Ambito ...", "REGIONE EMILIA-ROMAGNA", its comuni in two
# columns run together) names a Lombard ambito as its partner: that ambito gets none of the page's plan and office
ANOTHER_REGIONS_PAGES = [
    "2409_neg_veneto_ambito_sociale_intestazione_regione_garda.html",
    "2410_neg_testo_emilia_distretto_colonne_partner_broni.txt",
]


@pytest.mark.parametrize("name", ANOTHER_REGIONS_PAGES)
def test_another_regions_page_gives_its_partner_nothing(name: str) -> None:
    assert gold(name)["ambiti"] == []
    assert extracted(name).ambiti == []


# counter-cases (a fixture's gold needs members, these ambiti have none): a Lombard ambito's page that names the
# Emilian region in a sentence, not in its header, keeps its plan and office; a line of two Lombard comuni is no
# other region's
def test_a_region_named_in_the_text_is_not_the_pages_own() -> None:
    body = (
        "<html><head><title>Progetti di confine - Ambito di Viadana</title></head><body><main><h1>Progetti di confine"
        "</h1><p>Il Piano di Zona 2025-2027 dell'Ambito di Viadana, approvato dall'Assemblea dei Sindaci il 18 "
        "dicembre 2024, prevede un tavolo con i servizi della Regione Emilia-Romagna.</p><p>Al tavolo siedono i "
        "servizi sociali di Brescello, Boretto, Gualtieri e Guastalla.</p><p>Ufficio di Piano: Piazza Matteotti 2, "
        "Viadana - tel. 0375 000 211</p></main></body></html>"
    )
    facts = extract(body.encode(), "https://example.it/confine")
    assert [(a.name, [(p.start_year, p.end_year, p.approved_on) for p in a.plans]) for a in facts.ambiti] == [
        ("Ambito di Viadana", [(2025, 2027, "2024-12-18")])
    ]
    assert facts.ambiti[0].ufficio_di_piano is not None
    assert not names_another_regions_comuni(["Castano Primo Turbigo", "Cuggiono Inveruno", "Buscate Nosate"])

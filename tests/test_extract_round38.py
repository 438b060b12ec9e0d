"""Round 38 (issue 11): a CMS title "<page> - <site>" whose site is a comune's names the publisher, not the ambito."""

from __future__ import annotations

import pytest

from crawler.parsers.serialize import facts_to_json
from tests.fixture_pages import extracted, gold, gold_by_ambito

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


# a contact box whose first line names its owner: another unit (a comune's desk) or the site's own publisher (an
# association, an outlet) when the site is not the office's: that owner's contacts, not the office's
OWNER_NAMED_BOXES = [
    "2103_comune_recapiti_sottotitolo_segretariato_arcore.html",
    "2104_associazione_articolo_box_contattaci_lodi.html",
]
# counter-case: the box's first line names the office, so its contacts are the office's
OFFICE_BOX = ["2105_controcaso_comune_recapiti_sottotitolo_ufficio_piano_santangelo.html"]


def _office_of(ambito: dict) -> tuple[str | None, frozenset[str], frozenset[str]] | None:
    office = ambito["ufficio_di_piano"]
    if not office:
        return None
    street = (office.get("address") or {}).get("street")
    return street, frozenset(office["phones"]), frozenset(office["emails"])


@pytest.mark.parametrize("name", OWNER_NAMED_BOXES + OFFICE_BOX)
def test_box_named_by_its_owner_is_not_the_office(name: str) -> None:
    found = [_office_of(facts_to_json(extracted(name))["ambiti"][0])]
    assert found == [_office_of(ambito) for ambito in gold(name)["ambiti"]]


# the Assemblea's approval worded as its vote ("ha ottenuto il voto unanime dell'Assemblea dei Sindaci il ...",
# "VOTO UNANIME DEI SINDACI NELLA SEDUTA DEL ..."): the plan's approval date
UNANIMOUS_VOTES = ["2106_news_voto_unanime_ottenuto_seriate.html", "2107_testo_voto_unanime_titolo_codogno.txt"]
# counter-case: a council's unanimous vote on the budget, the plan named apart without an approval
OTHER_VOTE = ["2108_controcaso_voto_unanime_consiglio_bilancio_treviglio.html"]


@pytest.mark.parametrize("name", UNANIMOUS_VOTES + OTHER_VOTE)
def test_unanimous_vote_approves_the_plan(name: str) -> None:
    found = {
        (p["start_year"], p["end_year"], p["approved_on"]) for p in facts_to_json(extracted(name))["ambiti"][0]["plans"]
    }
    assert found == {(p["start_year"], p["end_year"], p["approved_on"]) for p in gold(name)["ambiti"][0]["plans"]}


# the accord's parties signing after its last article ("Art. 12 - Disposizioni finali" / "Letto e sottoscritto" /
# "Per il Comune di X (il Sindaco o suo delegato)"): the ambito's members, though the article's heading names none
SIGNED_AFTER_LAST_ARTICLE = ["2110_testo_accordo_firme_delegato_disposizioni_rhodense.txt"]
# read before as now: signatures one a line over "Il Sindaco ____"; counter-case: a project's partners signing
SIGNED_KEPT = [
    "2109_testo_accordo_firme_dopo_ultimo_articolo_corsico.txt",
    "2111_controcaso_accordo_partenariato_progetto_firme_lainate.txt",
]


@pytest.mark.parametrize("name", SIGNED_AFTER_LAST_ARTICLE + SIGNED_KEPT)
def test_signatories_after_the_last_article(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# a population's unit beside its figure after each name, no brackets ("Arese 19.180 abitanti", "Assago residenti
# 9.300", "Desio ab. 42.110"): list material, the item is the name
POPULATION_UNITS = [
    "2112_testo_capitolo_comuni_abitanti_dopo_cifra_rhodense.txt",
    "2113_html_elenco_comuni_residenti_corsico.html",
]
# counter-case: another body's comuni with their inhabitants stay no ambito's
OTHER_BODYS_POPULATION = ["2114_controcaso_parco_comuni_abitanti_lainate.html"]


@pytest.mark.parametrize("name", POPULATION_UNITS + OTHER_BODYS_POPULATION)
def test_population_beside_the_name_is_list_material(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)

"""Round 63b. A page of another region's district (a Piedmont or Veneto paper on its ambito's plan and office) that
names a Lombard ambito only across the border: the plan, the approval and the office whose sentences name the other
region's district ("l'Ambito sociale di Vercelli ha approvato", "dell'ambito veneto") are not the Lombard ambito's.
A Lombard ambito's page whose approval sentence or project names a district of another region keeps its facts."""

from __future__ import annotations

import pytest

from crawler.parsers.serialize import facts_to_json
from tests.fixture_pages import extracted, extracted_by_ambito, gold, gold_by_ambito


def _plans_by_ambito(ambiti: list[dict]) -> dict[str, list[dict]]:
    keys = ("start_year", "end_year", "approved_on")
    return {a["name"]: [{k: p[k] for k in keys} for p in a["plans"]] for a in ambiti}


@pytest.mark.parametrize(
    "name",
    [
        "3950_txt_news_piemonte_ambito_vercelli_vigevano_vicino.txt",
        "3951_txt_news_veneto_ambito_aggettivo_ostiglia_vicino.txt",
        "3952_txt_controcaso_ambito_abbiategrasso_come_ambito_novara.txt",
        "3953_txt_controcaso_ambito_viadana_progetto_ambito_emiliano.txt",
    ],
)
def test_another_regions_districts_facts_are_not_the_lombard_neighbours(name: str) -> None:
    got = facts_to_json(extracted(name), name)["ambiti"]
    assert _plans_by_ambito(got) == _plans_by_ambito(gold(name)["ambiti"])
    assert [bool(a["ufficio_di_piano"]) for a in got] == [bool(a["ufficio_di_piano"]) for a in gold(name)["ambiti"]]


@pytest.mark.parametrize(
    "name",
    [
        "3954_txt_giornale_locale_menu_edizioni_occhiello_castano.txt",
        "3956_txt_controcaso_sito_ambito_elenco_comuni_in_testa.txt",
    ],
)
def test_a_papers_head_menu_under_its_banner_is_no_list(name: str) -> None:
    """A local paper's banner, then its menu of editions one a line ("Home" / "Magenta" / "Castano Primo" / "Annunci"),
    the article's kicker in capitals and a headline opening with a comune: navigation, no members; an ambito site's
    list under its label "I Comuni" at the page's head stays a list."""
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3955_txt_giornale_nellambito_di_ricadono_oltre_al_capofila_garbagnate.txt",
        "3957_txt_controcaso_nellambito_di_idioma_a_meta_frase_cremona.txt",
    ],
)
def test_nellambito_di_a_comune_before_a_verb_of_belonging_names_the_ambito(name: str) -> None:
    """A sentence opening "Nell'ambito di X ricadono / rientrano A, B" names the place the comuni belong to, the
    ambito of X; "nell'ambito di" inside a sentence stays the idiom."""
    assert extracted_by_ambito(name) == gold_by_ambito(name)

"""Round 60d. Comuni a page shows that are not the ambito's: a comune site's banner over its crumbs (no card),
a service's buildings named by their towns ("verso le case di riposo di A, B e C", "negli asili nido comunali di A e
B"), a site's head menu whose items are towns ("Cronaca / A / B / C / Eventi"); and a FAQ's question by pronoun
("Quali comuni vi aderiscono?") under the answer that names the ambito. Counter-cases: a comune's card in the body,
the residents of the ambito's comuni at a day centre, a list under "Comuni dell'Ambito", a Distretto del Commercio's
FAQ."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, extracted_comuni, gold_by_ambito, gold_comuni


@pytest.mark.parametrize(
    "name",
    [
        "3732_txt_controcaso_scheda_comune_nel_testo.txt",
        "3738_txt_evento_comune_banner_sopra_briciole.txt",
    ],
)
def test_the_sites_banner_over_its_crumbs_is_no_card(name: str) -> None:
    """ "Comune di X" over "Home › Eventi › ...": the site's banner, the address below it the event's place; a comune's
    card in the body stays one."""
    assert extracted_by_ambito(name) == gold_by_ambito(name)
    assert extracted_comuni(name) == gold_comuni(name)


@pytest.mark.parametrize(
    "name",
    [
        "3733_txt_news_trasporto_verso_le_case_di_riposo_di.txt",
        "3734_txt_news_asili_nido_dei_comuni_soci.txt",
        "3735_txt_controcaso_centro_diurno_residenti_comuni_ambito.txt",
    ],
)
def test_a_services_buildings_named_by_their_towns_are_venues(name: str) -> None:
    assert _members(extracted_by_ambito(name)) == _members(gold_by_ambito(name))


def _members(by_ambito: set[tuple[str | None, frozenset[str]]]) -> set[str]:
    return {code for _, codes in by_ambito for code in codes}


@pytest.mark.parametrize(
    "name",
    [
        "3736_txt_giornale_locale_menu_di_edizioni.txt",
        "3737_txt_controcaso_elenco_comuni_sotto_intestazione.txt",
    ],
)
def test_towns_in_a_sites_head_menu_are_navigation(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3739_txt_faq_comune_quali_comuni_vi_aderiscono.txt",
        "3740_txt_controcaso_faq_distretto_commercio_ne_fanno_parte.txt",
    ],
)
def test_a_faqs_question_by_pronoun_asks_the_ambitos_comuni(name: str) -> None:
    """ "Quali comuni vi aderiscono?" under the answer that names the ambito: its comuni; not under a question about a
    Distretto del Commercio."""
    assert extracted_by_ambito(name) == gold_by_ambito(name)

"""Round 60d. Lists of comuni a page shows that are not the ambito's: the publisher's own footer card (a comune
site's "Comune di X" / address / PEC after the last-updated stamp, or at a short page's foot over its legal chrome;
its banner over the crumbs),
a service's buildings named by their towns ("verso le case di riposo di A, B e C", "negli asili nido comunali di A e
B"), a site's head menu whose items are towns ("Cronaca / A / B / C / Eventi"). Counter-cases: a comune's card in the
body, the residents of the ambito's comuni at a day centre, a list under "Comuni dell'Ambito"."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, extracted_comuni, gold_by_ambito, gold_comuni


@pytest.mark.parametrize(
    "name",
    [
        "3730_txt_news_comune_footer_dopo_ultimo_aggiornamento.txt",
        "3731_txt_news_pagina_breve_footer_del_comune.txt",
        "3732_txt_controcaso_scheda_comune_nel_testo.txt",
        "3738_txt_evento_comune_banner_sopra_briciole.txt",
    ],
)
def test_the_sites_own_footer_card_is_the_publisher(name: str) -> None:
    """Neither a member of the ambito the page speaks of nor a comune's contacts the page gives; nor the site's
    banner over the crumbs, with the event's place below it."""
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
    assert extracted_by_ambito(name) == gold_by_ambito(name)


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


@pytest.mark.parametrize(
    "name",
    [
        "3741_txt_famiglie_di_x_e_degli_altri_comuni_ambito.txt",
        "3742_txt_controcaso_e_gli_altri_comuni_del_parco.txt",
    ],
)
def test_a_comune_named_with_the_ambitos_other_comuni_is_one_of_them(name: str) -> None:
    """ "le famiglie di X e degli altri comuni dell'Ambito": X is a member; not "X e gli altri comuni del Parco"."""
    assert extracted_by_ambito(name) == gold_by_ambito(name)

"""Round 54b: a comune's own page that says the comune itself is one of its ambito's comuni makes the site's comune
(named in its title) a member: its name as the subject of a verb of membership ("Il Comune di X, come gli altri
comuni del lago, rientra nell'Ambito", "X è compreso nell'Ambito"), or the comune included among the ambito's comuni
("nei comuni dell'Ambito di Y, compreso il nostro", "X incluso"). A relay of the ambito's news, another body's
membership and a neighbour's "non fa parte" give no member."""

from __future__ import annotations

import pytest

from crawler.parsers.own_comune import itself_a_member
from crawler.reference.comuni import lombardia
from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3310_txt_comune_page_il_comune_di_come_gli_altri_rientra_bellano.txt",
        "3311_txt_comune_news_bare_name_e_compreso_poggio_rusco.txt",
        "3312_txt_comune_page_il_comune_di_inciso_e_parte_sondalo.txt",
        "3316_txt_controcaso_comune_news_neighbour_ambito_non_fa_parte_agrate.txt",
    ],
)
def test_the_site_comune_named_as_subject_of_its_membership_is_a_member(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3313_txt_comune_news_comuni_dell_ambito_compreso_il_nostro_rivanazzano.txt",
        "3314_txt_comune_news_comuni_del_piano_di_zona_nome_incluso_gussago.txt",
        "3315_txt_controcaso_comune_news_relays_ambito_and_distretto_commercio_calolziocorte.txt",
    ],
)
def test_the_site_comune_included_among_the_ambitos_comuni_is_a_member(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    ("sentence", "member"),
    [
        ("Il Comune di Lecco fa parte dell'Unione dei comuni e del Distretto del Commercio.", False),
        ("Lecco non fa parte dell'Ambito di Bellano.", False),
        ("L'Ufficio di Piano di Lecco aderisce all'Ambito.", False),
        ("Lecco, capoluogo, fa parte dell'Ambito distrettuale di Lecco.", True),
        ("I comuni del Distretto del Commercio, Lecco compreso.", False),
        ("Per i servizi il Comune di Lecco fa riferimento all'Ufficio di Piano dell'Ambito di Lecco.", False),
    ],
)
def test_only_the_sites_own_membership_of_the_ambito_counts(sentence: str, member: bool) -> None:
    found, _ = itself_a_member([sentence], "Notizie - Comune di Lecco", lombardia())
    assert (found == "097042") is member

"""Round 59d. Three lists of comuni that are not the ambito's: the comuni joined to one sub-area of it ("sono con Ceto
nel sub-ambito della media valle"), the towns a service visits ("si terrà a rotazione anche a A e B"), and a comune's
contact block that runs into another comune's identity line (a table's last "Comune di A" over the site's footer
"Comune di B - Via ..."). Counter-cases: an ambito divided into sub-ambiti, each listed; comuni that "fanno parte
dell'Ambito e del sottoambito"; "nell'Ambito sono presenti i Comuni di"; comuni's cards over the capofila's footer."""

from __future__ import annotations

import pytest

from crawler.parsers import news_prose as np_
from crawler.parsers.members import comune_blocks
from crawler.reference.comuni import lombardia
from tests.fixture_pages import extracted_by_ambito, extracted_comuni, gold_by_ambito, gold_comuni


@pytest.mark.parametrize(
    "name",
    [
        "3610_txt_comune_ceto_trasporto_sociale_media_valle.txt",
        "3612_txt_controcaso_ambito_suddiviso_in_sottoambiti.txt",
        "3613_txt_controcaso_comuni_dell_ambito_e_del_sottoambito.txt",
    ],
)
def test_a_sub_area_of_the_ambito_is_no_list_of_its_comuni(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3614_txt_notizia_sportello_badanti_si_terra_a_rotazione.txt",
        "3616_txt_controcaso_nell_ambito_sono_presenti_i_comuni.txt",
    ],
)
def test_a_services_venues_are_no_members(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    ("before", "venues"),
    [
        ("Lo sportello è aperto ai residenti dei comuni dell'Ambito, e sarà presente a rotazione anche a", True),
        ("Il camper della salute farà tappa a", True),
        ("Gli incontri si terranno a", True),
        ("Il corso si svolgerà presso", True),
        ("Nell'Ambito sono presenti i Comuni di", False),  # the comuni present in the ambito: its members
        ("Il servizio è aperto ai residenti di", False),
    ],
)
def test_sites_before_reads_where_a_service_goes(before: str, venues: bool) -> None:
    assert np_.sites_before(before) is venues


@pytest.mark.parametrize(
    "name",
    [
        "3617_txt_trasparenza_convenzioni_rovato_piede_di_pagina.txt",
        "3618_txt_controcaso_schede_comuni_con_propria_riga.txt",
    ],
)
def test_a_contact_block_ends_at_another_comunes_identity_line(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)
    assert extracted_comuni(name) == gold_comuni(name)


def test_a_block_keeps_its_own_identity_line_and_stops_at_anothers() -> None:
    lines = [
        "Comune di Coccaglio",
        "Comune di Coccaglio - Piazza Aldo Moro 1",
        "Tel. 030 7725711",
        "Comune di Rovato - Via Lamarmora, 7 - 25038 Rovato (BS)",
        "Tel. 030 7713211",
    ]
    blocks = comune_blocks(lines, [0] * len(lines), lombardia())
    assert [(first, last, code, found.phones) for first, last, code, found in blocks] == [
        (0, 2, "017056", ["+390307725711"])
    ]  # Coccaglio's card ends before Rovato's footer: Rovato's phone stays out of it

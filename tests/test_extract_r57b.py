"""Round 57b: a list of comuni introduced as "the Distretto's" ("I Comuni del Distretto:", "Aderiscono al Distretto A,
B") on a page whose Distretto is another body's (a Distretto del Commercio, a Distretto del Cibo), the ambito or its
plan named only in passing as a partner or a funder: that body's comuni, not the ambito's. The bare word stands for the
last Distretto the page named with its kind; a "Distretto Sociale"'s own list keeps its members, and so does the
ambito's own list beside a Distretto del Commercio's."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3470_txt_duc_bullets_comuni_del_distretto_then_udp_iseo.txt",
        "3471_txt_distretto_del_cibo_heading_table_piano_di_zona_chiari.txt",
        "3475_txt_duc_prose_aderiscono_al_distretto_lecco.txt",
    ],
)
def test_the_comuni_of_another_kinds_distretto_are_no_members(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name) == set()


@pytest.mark.parametrize(
    "name",
    [
        "3473_txt_controcaso_distretto_sociale_comuni_then_duc_paullo.txt",
        "3474_txt_controcaso_ambito_list_and_duc_list_each_heading_pioltello.txt",
        "3476_txt_controcaso_duc_news_then_distretto_di_corsico_prose.txt",
    ],
)
def test_the_ambitos_own_distretto_list_keeps_its_members(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name) != set()

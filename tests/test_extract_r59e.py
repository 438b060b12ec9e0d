"""Round 59e. The lead comune named by its role alone ("oltre alla città capofila, A, B e C", "A e B, insieme al
comune capofila"): the role stands for the comune the ambito is named after, a member and the capofila, never the
list's first item. A library system's "oltre al comune capofila" and an ambito named after no comune stay without a
capofila."""

from __future__ import annotations

import pytest

from crawler.parsers import role_anaphor as ra
from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3630_txt_notiziario_seriate_oltre_al_comune_capofila.txt",
        "3631_txt_comune_news_vigevano_insieme_alla_citta_capofila.txt",
        "3632_txt_quotidiano_tirano_accanto_al_comune_capofila.txt",
        "3633_txt_controcaso_sistema_bibliotecario_oltre_al_comune_capofila.txt",
        "3634_txt_controcaso_ambito_senza_comune_nel_nome_oltre_al_capofila.txt",
    ],
)
def test_the_role_alone_stands_for_the_comune_the_ambito_is_named_after(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    ("before", "after", "stands"),
    [
        ("i sindaci dell'ambito: oltre alla città ", ", Capiago Intimiano, Carimate", True),
        ("Oltre al Comune ", ", aderiscono all'ambito di Seriate", True),
        ("assieme allo stesso comune ", " e ai comuni di A e B", True),
        ("oltre al comune ", " di Lecco, i comuni di", False),  # the holder named after the role
        ("oltre al comune ", " Rho, che guida l'ambito", False),
        ("oltre all'ente ", ", i comuni di A e B", False),  # an ente may be a consortium
        ("il comune ", ", Cantù, e i comuni di", False),  # no addition: the role's holder follows
    ],
)
def test_only_an_addition_without_a_name_is_the_anaphor(before: str, after: str, stands: bool) -> None:
    assert ra.stands_for_the_lead(before, "capofila", after) is stands

"""Round 58a. A text page rendered from a web page writes one block a line: a list's items that open alike ("Piano di
Zona 2021-2023 (PDF) – approvato ..., prorogato ..." / "Piano di Zona 2018-2020 ...") and a table's rows with cells
parted by tabs (a long header row over "Casalmaggiore<TAB>15.180") are not one wrapped sentence. A sentence the
renderer broke at an inline link ("... dai Comuni di" / "Aicurzio, ...") still joins, and a PDF's text layer keeps
its re-join."""

from __future__ import annotations

import pytest

from crawler.parsers.document import from_text
from tests.fixture_pages import extracted, extracted_by_ambito, gold, gold_by_ambito


def _plans(facts: list[dict]) -> set[tuple[int, int, str | None, str | None]]:
    return {(p["start_year"], p["end_year"], p["approved_on"], p["extended_until"]) for p in facts}


@pytest.mark.parametrize(
    "name",
    [
        "3510_txt_ambito_vimercate_archivio_piani_di_zona_elenco.txt",
        "3511_txt_ambito_trezzo_documenti_programmazione_pdz_elenco.txt",
    ],
)
def test_a_rendered_list_of_plans_keeps_each_items_dates(name: str) -> None:
    got = {(p.start_year, p.end_year, p.approved_on, p.extended_until) for a in extracted(name).ambiti for p in a.plans}
    assert got == {plan for a in gold(name)["ambiti"] for plan in _plans(a["plans"])}


@pytest.mark.parametrize(
    "name",
    [
        "3512_txt_ambito_casalasco_tabella_comuni_intestazione_lunga.txt",
        "3513_txt_controcaso_tabella_distretto_commercio_casalasco.txt",
        "3514_txt_ambito_vimercate_frase_spezzata_al_collegamento.txt",
    ],
)
def test_a_rendered_tab_table_is_rows_not_a_wrapped_sentence(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


_ARCHIVE = (
    "Piano di Zona 2021/2023 (pdf) - approvato il 20/12/2021 dall'Assemblea e prorogato fino al 31/12/2024\n"
    "Piano di Zona 2018/2020 (pdf)\n"
)


@pytest.mark.parametrize(
    ("text", "kind", "lines"),
    [
        ("Home » Piano di Zona\n\n" + _ARCHIVE, "text", 3),  # a rendered page (crumbs): two items
        ("Relazione\n\n" + _ARCHIVE, "pdf", 2),  # a PDF's text layer: today's re-join
    ],
)
def test_items_opening_alike_part_only_on_a_rendered_page(text: str, kind: str, lines: int) -> None:
    assert len(from_text(text, "https://example.org/p", kind=kind).lines) == lines

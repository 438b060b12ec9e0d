"""Round 50c: a crest gallery flattened one piece a line whose alt texts are typed in lower case ("stemma comune di
bagnatica" / "Comune di Bagnatica") gives its comuni as the captions write them; and a page that counts its ambito's
comuni with a paper's word for them ("gli undici paesi del distretto", "i sette municipi dell'Ambito") has stated how
long its list is. A comune's text page that names the ambito first and itself in its relative clause ("L'Ambito di X,
di cui fa parte anche il nostro Comune") makes the comune of its title line a member. A neighbours' gallery, a
Distretto del Commercio's count and its "di cui fa parte il nostro Comune" give no ambito. And a comune site's
town hall block at the page's tail, seated in its own comune but with no fiscal code ("Comune di X – ... – CAP X" /
"Tel. ... – PEC ..."), gives the office none of its numbers; an office hosted in the town hall keeps its own."""

from __future__ import annotations

import pytest

from crawler.parsers.serialize import facts_to_json
from crawler.parsers.stated_count import stated_counts
from tests.fixture_pages import extracted, extracted_by_ambito, gold, gold_by_ambito


def _ambiti(name: str) -> set[tuple[str | None, frozenset[str]]]:
    return extracted_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3070_txt_crest_gallery_lowercase_alt_seriate.txt",
        "3071_txt_logo_cards_lowercase_alt_suzzara.txt",
        "3072_txt_controcaso_crest_gallery_lowercase_comuni_confinanti_gorle.txt",
    ],
)
def test_a_crest_gallerys_lower_case_alt_texts_give_the_captions_names(name: str) -> None:
    assert _ambiti(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3073_txt_local_paper_service_count_municipi_asola.txt",
        "3074_txt_local_paper_service_count_paesi_chiavenna.txt",
        "3075_txt_controcaso_local_paper_paesi_distretto_commercio.txt",
    ],
)
def test_a_count_of_the_ambitos_paesi_or_municipi_takes_its_list(name: str) -> None:
    assert _ambiti(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    ("line", "counts"),
    [
        ("Da gennaio un unico numero in tutti gli undici paesi del distretto", {11}),
        ("Un'unica porta negli undici municipi dell'Ambito", {11}),
        ("L'Ambito di Asola riunisce undici paesi del Mantovano", {11}),
        ("I negozi dei cinque paesi del Distretto del Commercio", set()),
        ("Gli undici paesi della valle hanno una sagra", set()),
    ],
)
def test_stated_counts_read_paesi_and_municipi(line: str, counts: set[int]) -> None:
    assert stated_counts([line]) == counts


@pytest.mark.parametrize(
    "name",
    [
        "3076_txt_comune_news_piano_di_zona_al_quale_aderisce_pegognaga.txt",
        "3077_txt_comune_page_ambito_a_cui_appartiene_piuro.txt",
        "3078_txt_controcaso_comune_news_distretto_commercio_di_cui_fa_parte_gorle.txt",
    ],
)
def test_the_ambito_di_cui_fa_parte_il_nostro_comune_makes_the_site_comune_a_member(name: str) -> None:
    assert _ambiti(name) == gold_by_ambito(name)


def _office_numbers(facts: list[dict]) -> list[tuple[list[str], list[str], list[str]]]:
    return [(o["phones"], o["emails"], o["pec"]) if (o := a["ufficio_di_piano"]) else ([], [], []) for a in facts]


@pytest.mark.parametrize(
    "name",
    [
        "3079_txt_comune_page_citta_footer_no_fiscal_code_castel_goffredo.txt",
        "3080_txt_comune_page_municipio_footer_no_fiscal_code_dosolo.txt",
        "3081_txt_controcaso_office_in_town_hall_tail_chiavenna.txt",
    ],
)
def test_a_town_hall_block_seated_in_itself_gives_the_office_no_number(name: str) -> None:
    found = facts_to_json(extracted(name), name)["ambiti"]
    assert _office_numbers(found) == _office_numbers(gold(name)["ambiti"])

"""Round 44c (issue 11, docs/members.md §84): heldout65's losses as general classes, with counter-cases."""

from __future__ import annotations

import pytest

from crawler.parsers.mojibake import repaired
from tests.fixture_pages import extracted, extracted_by_ambito, gold, gold_by_ambito


def _ambiti(name: str) -> set[tuple[str | None, frozenset[str]]]:
    """The page's ambiti as extracted: (capofila, members)."""
    return extracted_by_ambito(name)


def _plans(name: str) -> tuple[set[tuple[int, int, str | None]], set[tuple[int, int, str | None]]]:
    """The page's plans (period and approval) as extracted, and as its gold has them."""
    got = {(p.start_year, p.end_year, p.approved_on) for a in extracted(name).ambiti for p in a.plans}
    want = {(p["start_year"], p["end_year"], p["approved_on"]) for a in gold(name)["ambiti"] for p in a["plans"]}
    return got, want


# an undeclared page of an Italian site is UTF-8 or windows-1252, not the code page a statistical guess picks
# ("Salò" / "Roè Volciano" / "Almè" read as windows-1250's letters); counter-case: undeclared valid UTF-8 stays so
UNDECLARED_WESTERN = [
    "2680_cp1252_senza_dichiarazione_apostrofi_roe_volciano.html",
    "2681_latin1_senza_dichiarazione_alme_villa_d_alme.html",
    "2682_controcaso_utf8_senza_dichiarazione_cantu.html",
]


@pytest.mark.parametrize("name", UNDECLARED_WESTERN)
def test_an_undeclared_page_is_read_as_western_european(name: str) -> None:
    assert _ambiti(name) == gold_by_ambito(name)


# UTF-8 read once as ISO-8859-1: the bytes 0x80-0x9F of its sequences are C1 control characters ("â\x80\x99",
# "â\x80\x94", "Ã\x88"), read back like windows-1252's signs
def test_utf8_once_read_as_iso_8859_1_is_read_back() -> None:
    name = "2683_mojibake_iso_virgolette_trattini_abbiategrasso.html"
    assert _ambiti(name) == gold_by_ambito(name)
    got, want = _plans(name)
    assert got == want


def test_a_lone_control_character_no_sequence_explains_stays() -> None:
    assert repaired("2021\u00e2\u0080x2023 e \u0085 fine") == "2021\u00e2\u0080x2023 e \u0085 fine"
    assert repaired("L\u00e2\u0080\u0099Ambito") == "L\u2019Ambito"


# a frameset page's content in its <noframes>, inside the frameset or after it, in any case; counter-case: an
# Unione's page in the same markup gives no ambito
NOFRAMES = [
    "2685_frameset_maiuscolo_noframes_body_rhodense.html",
    "2686_frameset_noframes_dopo_la_chiusura_seregno.html",
    "2687_controcaso_frameset_unione_comuni_capofila.html",
]


@pytest.mark.parametrize("name", NOFRAMES)
def test_a_framesets_noframes_content_is_the_pages_body(name: str) -> None:
    assert _ambiti(name) == gold_by_ambito(name)


# a list box empty in the markup that a script fills from an array of names (jQuery's append, querySelector's
# innerHTML), and a map's markers drawn from an array of objects with a name beside their coordinates; counter-case:
# a script-filled list of neighbouring comuni is read as any such list, and adds no member
SCRIPT_ARRAYS = [
    "2688_script_array_jquery_append_sondrio.html",
    "2689_script_const_array_query_selector_div_chiari.html",
    "2690_google_maps_marker_objects_nome_lat_seriate.html",
    "2691_controcaso_script_array_comuni_confinanti_sondrio.html",
]


@pytest.mark.parametrize("name", SCRIPT_ARRAYS)
def test_a_list_filled_by_script_from_an_array_is_read(name: str) -> None:
    assert _ambiti(name) == gold_by_ambito(name)


# a field's label in a block of its own, closed by a colon, over its value ("Periodo del Piano di Zona:" / "2018/2020
# - approvato ...", a layout table's label row over its value row); counter-case: the labels of other acts
LABEL_OVER_VALUE = [
    "2692_etichetta_span_due_punti_valore_div_lomellina.html",
    "2693_tabella_etichetta_riga_sopra_valore_riga_sotto_crema.html",
    "2694_controcaso_etichetta_due_punti_piano_diritto_studio_crema.html",
]


@pytest.mark.parametrize("name", LABEL_OVER_VALUE)
def test_a_plan_label_closed_by_a_colon_governs_the_value_under_it(name: str) -> None:
    got, want = _plans(name)
    assert got == want

"""Round 40b (issue 11): old markup's bold label over a list, and pdftotext's prose column beside a typed table."""

from __future__ import annotations

import pytest

from crawler.parsers.columns import unfold
from crawler.parsers.mojibake import repaired
from tests.fixture_pages import extracted, gold_by_ambito

# a bold label line ("<b>Comuni del Distretto</b>", level 7) right above a list names it the ambito's comuni, though
# the intro above it reaches into a sidebar's events (a word that marks a decoy list)
BOLD_OWN_LABELS = ["2230_tabella_etichetta_grassetto_comuni_distretto_cinisello.html"]
# counter-case: the bold label names another body's comuni (a Distretto del Commercio): no ambito, no members
OTHER_BODYS_LABEL = ["2232_controcaso_grassetto_comuni_distretto_commercio_vimercate.html"]


@pytest.mark.parametrize("name", BOLD_OWN_LABELS + OTHER_BODYS_LABEL)
def test_bold_label_over_list(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# pdftotext -layout: wrapped prose on the left, a table typed with spaces on the right ("Comune   Quota"): the
# columns are read apart, the table's rows one a line
PROSE_BESIDE_ROWS = [
    "2233_txt_pdftotext_prosa_accanto_tabella_quote_dalmine.txt",
    "2234_txt_pdftotext_prosa_accanto_tabella_abitanti_rovato.txt",
]
# counter-case: a typed table alone (its first cells are several words, but no prose goes on beside it)
TABLE_ALONE = ["2235_controcaso_txt_tabella_servizi_spazi_senza_prosa_cinisello.txt"]


@pytest.mark.parametrize("name", PROSE_BESIDE_ROWS + TABLE_ALONE)
def test_prose_column_beside_typed_table(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


def test_table_alone_is_not_split() -> None:
    table = [
        "Servizio di assistenza domiciliare     Utenti     Ore",
        "Pasti a domicilio per anziani             120     840",
        "Trasporto sociale con volontari            85     610",
        "Telesoccorso e teleassistenza              64     300",
    ]
    assert unfold(table) == table


# a comune's bold section title ("Comune di X – Servizi sociali") after a sidebar's list of neighbours ends that list:
# the neighbours are not run on into the sentence under the title, whose verb makes only X a member
SECTION_TITLES = [
    "2236_comuni_limitrofi_poi_titolo_comune_servizi_erba.html",
    "2237_comuni_confinanti_poi_titolo_citta_welfare_mariano.html",
]
# counter-case: the list's last item in bold with its role ("Comune di Cantù - capofila") is still an item
LAST_ITEM_IN_BOLD = ["2238_controcaso_elenco_con_capofila_in_grassetto_cantu.html"]


@pytest.mark.parametrize("name", SECTION_TITLES + LAST_ITEM_IN_BOLD)
def test_section_title_ends_list(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# a merged comune with its former comuni in an aside ("X (già A, B e C) aderisce all'Ambito"): the verb after the
# aside is the comune's own
FORMER_NAMES_ASIDE = [
    "2239_comune_fuso_gia_nomi_aderisce_alta_valle_intelvi.html",
    "2240_comune_nato_dalla_fusione_fa_parte_borgo_virgilio.html",
]
# counter-case: the same aside, then a verb that states no membership
FORMER_NAMES_NO_MEMBERSHIP = ["2241_controcaso_comune_fuso_ospita_sede_centro_valle_intelvi.html"]


@pytest.mark.parametrize("name", FORMER_NAMES_ASIDE + FORMER_NAMES_NO_MEMBERSHIP)
def test_former_names_aside(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# a sentence cut by a <br> in a narrow box: "X aderisce" / "all'Ambito di Y" is read whole
BR_CUT_SENTENCES = [
    "2242_box_br_aderisce_a_capo_valmadrera.html",
    "2243_box_br_uno_dei_comuni_a_capo_ardenno.html",
]
# counter-case: the rest on the next line names another body (a Distretto del Commercio): no ambito
BR_CUT_OTHER_BODY = ["2244_controcaso_box_br_partecipa_distretto_commercio_merate.html"]


@pytest.mark.parametrize("name", BR_CUT_SENTENCES + BR_CUT_OTHER_BODY)
def test_sentence_cut_by_br(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# UTF-8 stored as windows-1252 characters and saved again ("Ã¨", "CantÃ¹", "lâ€™Ambito"): read back before parsing
MOJIBAKE = [
    "2245_mojibake_apostrofi_curvi_capofila_mariano.html",
    "2246_mojibake_nome_accentato_trattini_gambolo.html",
]
# counter-case: a right UTF-8 page that holds a real "Ã" (a Brazilian town in capitals) is read as it is
RIGHT_UTF8 = ["2247_controcaso_utf8_corretto_sao_vicente_vigevano.html"]


@pytest.mark.parametrize("name", MOJIBAKE + RIGHT_UTF8)
def test_mojibake_read_back(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CantÃ¹ Ã¨ capofila", "Cantù è capofila"),
        ("dellâ€™Ambito â€“ Piano", "dell’Ambito – Piano"),
        ("SÃO VICENTE e Châteauneuf", "SÃO VICENTE e Châteauneuf"),  # no sequence: kept
        ("Città di Gambolò", "Città di Gambolò"),  # no lead: kept
    ],
)
def test_repaired(text: str, expected: str) -> None:
    assert repaired(text) == expected

"""Round 63d. An ambito's former name in parentheses after its name, opened by a word of former-ness ("Distretto
Sociale di X (ex Distretto 6 ...)", "Ambito di Y (già Distretto 1 ...)", "(in precedenza Distretto 5 ...)"), is the
same ambito: the list under the line is its list, not a second ambito's. A parenthesis that names another ambito
after other words ("già partner dell'Ambito di ...") stays another's, and an ASST's service gives no member.

A table whose cells are parted by tabs (a spreadsheet's or a word processor's table pasted as text: "Comune<TAB>Sede
<TAB>Giorno") is read as a table, as one typed with spaces is; its rows are not one cell each. A list whose sentence
calls its items a health body's sites or services ("sono invece servizi dell'ASST X, aperti a tutti:") is no
ambito's."""

from __future__ import annotations

import pytest

from tests.fixture_pages import assert_gives_no_member, extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3990_txt_comune_servizi_ambito_gia_distretto_asl_garbagnate.txt",
        "3991_txt_notiziario_distretto_in_precedenza_distretto_castanese.txt",
    ],
)
def test_a_former_name_in_parentheses_is_the_same_ambito(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3992_txt_controcaso_gia_partner_altro_ambito_progetto.txt",
        "3993_txt_controcaso_ex_sede_distretto_comuni_serviti.txt",
    ],
)
def test_another_body_after_a_former_word_gives_no_member(name: str) -> None:
    assert_gives_no_member(name)


@pytest.mark.parametrize(
    "name",
    [
        "3994_txt_comune_tabella_tab_punti_ascolto_alto_sebino.txt",
        "3996_txt_controcaso_tabella_tab_consultori_asst.txt",
        "3997_txt_controcaso_tabella_tab_fermate_scuolabus.txt",
    ],
)
def test_a_table_parted_by_tabs_is_read_as_a_table(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)

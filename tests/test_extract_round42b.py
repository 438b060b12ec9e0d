"""Round 42b (issue 11): a comune's own page stating its membership, each in its general form; the positive cases fail
on extractor 0.4.67 (fixtures 2430 and up, `docs/members.md` §76)."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, extracted_by_ambito, gold_by_ambito


def _as_gold(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


def _office_phones(name: str) -> list[str]:
    (ambito,) = extracted(name).ambiti
    assert ambito.ufficio_di_piano is not None
    return ambito.ufficio_di_piano.phones


@pytest.mark.parametrize(
    "name",
    [
        # A: a relative clause after the ambito's name describes the ambito ("..., il quale con gli ambiti di A e B")
        "2430_relative_clause_names_other_ambiti_dervio_bellano.html",
        "2431_text_relative_clause_with_ambiti_del_cesate_garbagnate.txt",
        # counter-case: the other ambiti in the main clause ("fa parte, con gli Ambiti di A e B, del Distretto")
        "2432_main_clause_with_other_ambiti_not_member_dervio.html",
    ],
)
def test_the_ambitos_relative_clause_does_not_unsay_the_membership(name: str) -> None:
    _as_gold(name)


@pytest.mark.parametrize(
    "name",
    [
        # B: "X rientra fra i comuni dell'Ambito", "X figura tra i comuni dell'Ambito di Y"
        "2433_rientra_fra_i_comuni_dell_ambito_ornago_vimercate.html",
        "2434_text_figura_tra_i_comuni_bagnolo_crema.txt",
        # counter-cases: "è tra i comuni del Distretto del Commercio", "non è tra i comuni dell'Ambito"
        "2435_non_e_tra_i_comuni_and_distretto_commercio_merate.html",
    ],
)
def test_a_comune_among_the_ambitos_comuni(name: str) -> None:
    _as_gold(name)


@pytest.mark.parametrize(
    "name",
    [
        # C: "si rivolgono alle famiglie residenti nei comuni di" five comuni or more: the ambito's service's territory
        "2436_si_rivolgono_alle_famiglie_residenti_abbiatense.html",
        # counter-case: two comuni are a project's, no territory
        "2437_si_rivolge_ai_residenti_two_comuni_not_members.html",
    ],
)
def test_a_service_that_addresses_the_residents_of_a_territory(name: str) -> None:
    _as_gold(name)


@pytest.mark.parametrize(
    "name",
    [
        # D: "Il nostro Comune appartiene all'Ambito", "Questo Comune è compreso nell'Ambito" on the comune's own site
        "2438_il_nostro_comune_appartiene_ornago_vimercate.html",
        "2439_questo_comune_e_compreso_title_first_bagnolo_crema.html",
        # counter-case: "Il Comune fa parte del Distretto del Commercio" (another body), the ambito named aside
        "2440_il_comune_fa_parte_del_distretto_commercio_ornago.html",
    ],
)
def test_the_sites_comune_said_a_member_as_il_comune(name: str) -> None:
    _as_gold(name)


@pytest.mark.parametrize(
    ("name", "phones", "emails"),
    [
        # F: a box of the comune's social desk under the office's contacts, its heading without "del Comune"
        (
            "2441_settore_servizi_sociali_box_under_office_cernusco_merate.html",
            ["+390395901111"],
            ["udp@ambitomerate.example.it"],
        ),
        (
            "2442_segretariato_sociale_box_under_office_sulbiate_vimercate.html",
            ["+390396659401"],
            ["ufficiodipiano@ambitovimercate.example.it"],
        ),
        # counter-case: a box headed by the office's own secretariat stays the office's
        (
            "2443_segreteria_ufficio_di_piano_box_kept_merate.html",
            ["+390395901112"],
            ["segreteria.udp@ambitomerate.example.it"],
        ),
    ],
)
def test_the_comunes_social_desk_box_is_not_the_office(name: str, phones: list[str], emails: list[str]) -> None:
    (ambito,) = extracted(name).ambiti
    office = ambito.ufficio_di_piano
    assert office is not None
    assert (office.phones, office.emails) == (phones, emails)


@pytest.mark.parametrize(
    ("name", "phones", "responsible"),
    [
        # G: the comune's own referent by its label ("Referente del Comune", "Referente comunale"): not the office's
        ("2444_table_referente_del_comune_row_bagnolo_crema.html", ["+390373218820"], None),
        ("2445_referente_comunale_line_under_office_ornago.html", ["+390396659401"], None),
        # counter-case: a bare "Referente:" under the office's line is the office's
        ("2446_referente_of_the_office_kept_vimercate.html", ["+390396659401", "+390396659405"], "Elena Brambilla"),
    ],
)
def test_the_comunes_referent_is_not_the_office(name: str, phones: list[str], responsible: str | None) -> None:
    (ambito,) = extracted(name).ambiti
    office = ambito.ufficio_di_piano
    assert office is not None
    assert (office.phones, office.responsible) == (phones, responsible)


@pytest.mark.parametrize(
    ("name", "phones"),
    [
        # H: a sentence beside the office's that sends the reader to the comune's desk, its number in brackets
        ("2447_news_desk_in_brackets_after_office_sentence_cesate.html", ["+390278294411"]),
        ("2448_text_servizio_sociale_in_brackets_after_office_robbiate.txt", ["+390395901111"]),
        # counter-case: the office's own number in brackets after its name
        ("2449_office_in_brackets_kept_cesate.html", ["+390278294411"]),
    ],
)
def test_a_desk_the_reader_is_sent_to_keeps_its_number(name: str, phones: list[str]) -> None:
    assert _office_phones(name) == phones


@pytest.mark.parametrize(
    "name",
    [
        # I: "the X's call is the Ambito's, del quale fa parte A; il Comune di B ...": A the relative clause's subject,
        # the main clause's word before the ambito ("avviso", "progetto") no reason to doubt it, B the next clause's
        "2450_avviso_dell_ambito_del_quale_fa_parte_semicolon_crema.html",
        "2451_text_progetto_cui_aderisce_anche_semicolon_vimercate.txt",
        # counter-case: an accord's parties each written "il Comune di X;" stay one list
        "2452_accord_parties_each_il_comune_di_semicolons_bellano.html",
    ],
)
def test_a_relative_clause_member_before_a_semicolon_and_the_next_subject(name: str) -> None:
    _as_gold(name)


@pytest.mark.parametrize(
    ("name", "phones"),
    [
        # J: a text's numbered section title in capitals ends the lines the office's head introduced
        ("2453_text_report_numbered_section_after_office_cesate.txt", ["+390278294411"]),
        ("2454_text_regolamento_art_section_after_office_robbiate.txt", ["+390395901111"]),
        # counter-case: the office's own lines before the next section stay its own
        ("2455_text_office_head_lines_below_kept_dervio.txt", ["+390341821124"]),
    ],
)
def test_a_numbered_section_ends_the_offices_lines(name: str, phones: list[str]) -> None:
    assert _office_phones(name) == phones

"""Round 43d (the Albo Pretorio's acts and attachments): a list in one text column beside wrapped prose in the other;
a roll call's row of comune, role and a yes/no mark; an accord's parties named by a bare defined term; a signer's
stand-in in brackets; an act approving a draft ("bozza", "schema") without its article, and a registry's number, date
no plan approval."""

from __future__ import annotations

import pytest

from crawler.parsers import members as mb
from crawler.parsers import plans as pl
from crawler.parsers.columns import unfold
from tests.fixture_pages import FIXTURES, extracted, gold


def _page_lines(name: str) -> list[str]:
    return (FIXTURES / "pages" / name).read_text(encoding="utf-8").splitlines()


def _facts(name: str) -> set[tuple[str | None, frozenset[str], frozenset[tuple[int, int, str | None]]]]:
    return {
        (a.capofila, frozenset(a.members), frozenset((p.start_year, p.end_year, p.approved_on) for p in a.plans))
        for a in extracted(name).ambiti
    }


def _gold_facts(name: str) -> set[tuple[str | None, frozenset[str], frozenset[tuple[int, int, str | None]]]]:
    return {
        (
            a["capofila"],
            frozenset(a["members"]),
            frozenset((p["start_year"], p["end_year"], p["approved_on"]) for p in a["plans"]),
        )
        for a in gold(name)["ambiti"]
    }


def test_a_list_beside_wrapped_prose_is_read_column_after_column() -> None:
    lines = unfold(_page_lines("2590_txt_verbale_numbered_list_beside_prose_abbiatense.txt"))
    assert (
        "L'Assemblea, esaminata la proposta, approva il Piano di Zona 2025-2027 e individua il Comune di Abbiategrasso "
        "quale ente capofila per il triennio."
    ) in lines
    assert lines.index("• Cisliano") < lines.index("• Gaggiano")  # the list goes on at the top of the next column


def test_items_with_a_note_each_stay_rows() -> None:
    name = "2591_txt_list_with_a_note_each_magentino.txt"
    assert unfold(_page_lines(name)) == _page_lines(name)


@pytest.mark.parametrize(
    "tail",
    ["  Sindaco  SI", "  Vicesindaco   SÌ", "  Assessore delegato  NO", "  Delegata  SI", "  Sindaca  NO"],
)
def test_a_roll_calls_role_and_yes_no_mark_end_an_item(tail: str) -> None:
    assert mb._ITEM_TAIL.match(tail)


@pytest.mark.parametrize("tail", ["  Sindaco Mario Rossi", "  SI conferma", "  NO al progetto"])
def test_other_words_after_a_name_are_no_roll_call_tail(tail: str) -> None:
    assert not mb._ITEM_TAIL.match(tail)


_ACCORD = "ACCORDO DI PROGRAMMA PER L'ATTUAZIONE DEL PIANO DI ZONA 2025-2027 Le Amministrazioni di"


@pytest.mark.parametrize(
    "after",
    [
        " (d'ora in avanti: «gli Enti»)",
        ', di seguito "le Parti",',
        " (di seguito, per brevità, «i Comuni»)",
        " di seguito le Parti",
    ],
)
def test_parties_named_by_a_bare_defined_term(after: str) -> None:
    assert mb._accord_parties(_ACCORD, after)


def test_a_defined_term_of_another_kind_of_accord_names_no_parties() -> None:
    assert not mb._accord_parties(
        "CONVENZIONE PER LA CENTRALE UNICA DI COMMITTENZA Le Amministrazioni di", ', di seguito "le Parti"'
    )


@pytest.mark.parametrize(
    "line",
    [
        "Il Sindaco (o suo delegato) ______________________",
        "Il Sindaco pro tempore (o suo delegato) ______________________",
        "Il Sindaco (o l'Assessore delegato) ______________________",
        "La Sindaca (o Vicesindaco)",
    ],
)
def test_a_signers_stand_in_in_brackets_is_a_signature_line(line: str) -> None:
    assert mb._SIGNATURE.match(line)


@pytest.mark.parametrize("after", [" bozza di Accordo di Programma", " schema di accordo", " della bozza", " la bozza"])
def test_an_act_approving_a_draft_without_its_article_approves_no_plan(after: str) -> None:
    assert pl._OTHER_OBJECT.match(after)


def test_a_registrys_number_dates_no_session() -> None:
    lines = [
        "Verbale dell'Assemblea dei Sindaci dell'Ambito di Treviglio - seduta del 16 dicembre 2024",
        "Numero di protocollo",
        "n. 18825 del 20/12/2024",
    ]
    assert pl.session_date(lines, "") == "2024-12-16"


def test_the_acts_own_number_under_its_heading_dates_the_session() -> None:
    lines = [
        "Deliberazione dell'Assemblea dei Sindaci dell'Ambito di Treviglio",
        "Verbale di deliberazione",
        "n. 7 del 18/12/2024",
    ]
    assert pl.session_date(lines, "") == "2024-12-18"


@pytest.mark.parametrize(
    "name",
    [
        "2590_txt_verbale_numbered_list_beside_prose_abbiatense.txt",
        "2592_txt_appello_caps_role_si_no_cittiglio.txt",
        "2593_neg_txt_giunta_roll_call_persons_si_no_cisliano.txt",
        "2594_txt_accordo_parti_defined_term_no_participle_pioltello.txt",
        "2595_neg_txt_convenzione_cuc_defined_term_gorgonzola.txt",
        "2596_txt_firme_assessore_delegato_in_brackets_sondrio.txt",
        "2597_trasparenza_bozza_di_accordo_senza_articolo_corsico.html",
        "2598_wp_verbale_numero_di_protocollo_not_session_treviglio.html",
        "2599_txt_deliberazione_number_line_under_heading_treviglio.txt",
    ],
)
def test_the_pages_of_round_43d_give_their_gold(name: str) -> None:
    assert _facts(name) == _gold_facts(name)

"""Round 33a (docs/members.md §56): the mechanisms that lost the members, capofila and other facts of a mix of
layouts (a comune-by-comune table, an ATS page of several ambiti, a project's partner ambiti, news prose), each written
in its general form and checked on own fixture pages in other wordings and markups, with a counter-case each."""

from __future__ import annotations

import pytest
from fixture_pages import extracted, gold, gold_by_ambito

from crawler.parsers.ambito_rows import gathered
from crawler.parsers.names import ambito_columns
from crawler.records import PageFacts


def _by_ambito(facts: PageFacts) -> set[tuple[str | None, frozenset[str]]]:
    return {(ambito.capofila, frozenset(ambito.members)) for ambito in facts.ambiti}


@pytest.mark.parametrize(
    "name",
    [
        # the body that runs the ambito is a Comunità Montana named after one of its comuni, on the line over the list
        "1500_ente_gestore_comunita_montana_di_comune_morbegno.html",
        # the same in capitals, a consortium named after a comune, the list in rows of five
        "1501_capofila_unione_di_comune_sopra_elenco.txt",
        # counter-case: the label names the Comune di X, which is a comune and the capofila
        "1502_capofila_comune_di_sopra_elenco_controcaso.html",
    ],
)
def test_a_comune_named_inside_a_body_of_comunis_name_is_no_item(name: str) -> None:
    assert _by_ambito(extracted(name)) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        # sorted by comune, the ambito (named by its comune) in the column after the comune's: the ambiti interleave
        "1503_tabella_comune_ambito_alternati_brianza.html",
        # the ambito's column first, "Ambito di X" as a link, the comune in a row header
        "1504_tabella_ambito_prima_colonna_alternati_bergamo.html",
        # each ambito's rows together already: nothing to gather, the cell after the comune's still names the ambito
        "1505_tabella_comune_ambito_a_blocchi_controcaso.html",
    ],
)
def test_a_comune_by_comune_tables_rows_are_their_ambitos_wherever_they_stand(name: str) -> None:
    assert _by_ambito(extracted(name)) == gold_by_ambito(name)


def test_rows_are_gathered_only_when_their_ambiti_interleave() -> None:
    head = ["Comune | Ambito", "A | X", "B | Y", "C | X"]
    assert gathered(head, [7, 0, 0, 0], [0, 1, 2, 3], ambito_columns(head)) == (
        ["Comune | Ambito", "A | X", "C | X", "B | Y"],
        [7, 0, 0, 0],
        [0, 1, 3, 2],
    )
    blocks = ["Comune | Ambito", "A | X", "C | X", "B | Y"]
    assert gathered(blocks, [7, 0, 0, 0], [0, 1, 2, 3], ambito_columns(blocks)) == (blocks, [7, 0, 0, 0], [0, 1, 2, 3])


@pytest.mark.parametrize(
    "name",
    [
        # news prose: the nine comuni, then the ambito going "oltre i loro confini"
        "1506_prosa_oltre_i_propri_confini_rhodense.html",
        # a list introduced by "raccoglie entro i suoi confini otto comuni:"
        "1507_elenco_entro_i_suoi_confini_garbagnate.html",
        # counter-case: "oltre i propri confini comunali ... i comuni confinanti di A, B": neighbours still refused
        "1508_comuni_confinanti_controcaso.html",
    ],
)
def test_the_ambitos_own_borders_name_no_neighbours(name: str) -> None:
    assert _by_ambito(extracted(name)) == gold_by_ambito(name)


def _plans(facts: PageFacts) -> set[tuple[str | None, tuple]]:
    return {
        (a.capofila, tuple((p.start_year, p.end_year, p.approved_on, p.extended_until) for p in a.plans))
        for a in facts.ambiti
    }


def _gold_plans(name: str) -> set[tuple[str | None, tuple]]:
    return {
        (
            a["capofila"],
            tuple((p["start_year"], p["end_year"], p["approved_on"], p["extended_until"]) for p in a["plans"]),
        )
        for a in gold(name)["ambiti"]
    }


@pytest.mark.parametrize(
    "name",
    [
        # three ambiti in sections, then "Tutti e tre gli ambiti hanno adottato il Piano di Zona 2025-2027"
        "1509_tutti_e_tre_gli_ambiti_piano_cremonese.html",
        # a table of two districts, then "Ambedue i distretti hanno prorogato il Piano di Zona 2021-2023 fino al ..."
        "1510_ambedue_i_distretti_proroga_mantovano.html",
        # counter-case: "Dei due ambiti, solo l'Ambito di X ha già approvato ...": X's plan alone
        "1511_dei_due_ambiti_uno_solo_controcaso.html",
    ],
)
def test_a_plan_said_of_all_the_pages_ambiti_together_is_each_ones(name: str) -> None:
    assert _plans(extracted(name)) == _gold_plans(name)


def _office_address(facts: PageFacts) -> set[tuple[str | None, str | None] | None]:
    return {
        (o.address.postal_code, o.address.municipality) if (o := a.ufficio_di_piano) and o.address else None
        for a in facts.ambiti
    }


def _gold_office_address(name: str) -> set[tuple[str | None, str | None] | None]:
    return {
        (o["address"]["postal_code"], o["address"]["municipality"])
        if (o := a["ufficio_di_piano"]) and o["address"]
        else None
        for a in gold(name)["ambiti"]
    }


@pytest.mark.parametrize(
    "name",
    [
        # "Piazza Conciliazione 1, 20832 Desio • tel. ...": the town after the postal code ends at the bullet
        "1512_contatti_separatore_punto_elenco_desio.html",
        # an old page's last text straight in <body>, after the table, in a <small> with no block after it
        "1513_testo_in_body_dopo_tabella_crema.html",
        # counter-case: the last text straight in <body> is the town hall's footer: no office address
        "1514_testo_in_body_municipio_controcaso.html",
    ],
)
def test_the_offices_address_and_town_wherever_the_page_leaves_them(name: str) -> None:
    assert _office_address(extracted(name)) == _gold_office_address(name)

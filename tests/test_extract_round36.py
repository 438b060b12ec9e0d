"""Round 36 (docs/members.md §66): a table typed with spaces in a text document is read as a table, and
comuni that act together with the ambito (its Distretto, its Ufficio di Piano) are its partners, not its members.
Each positive page failed on 0.4.63; each counter-case ("controcaso") passed on it and must still pass."""

from __future__ import annotations

import pytest
from fixture_pages import extracted, extracted_by_ambito, gold, gold_by_ambito

from crawler.parsers.typed_tables import as_tables


@pytest.mark.parametrize(
    "name",
    [
        # a service charter's table (Comune / Operatore / Apertura) typed with spaces
        "2000_segretariato_comuni_tabella_spazi_melzo.txt",
        # an accord's signatories (Ente / Firmatario / Qualifica) typed with spaces
        "2001_accordo_firmatari_tabella_spazi_paullo.txt",
        # counter-case: a Distretto del Commercio's table of comuni typed with spaces
        "2002_controcaso_tabella_spazi_distretto_commercio_segrate.txt",
    ],
)
def test_a_table_typed_with_spaces_is_a_table(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "lines",
    [
        # two columns of a numbered list, a signature line: no header of labels
        ["1. ARLUNO          8. MESERO", "2. BAREGGIO        9. OSSONA", "Il Presidente      Il Segretario"],
        # a header that repeats its labels: two roll calls side by side, read as two columns
        [
            "Comune     Esito      Comune     Esito",
            "Arluno     presente   Mesero     presente",
            "Bareggio   assente    Ossona     presente",
        ],
        # a roll call of sitters by name: read as typed, by the roll call's own rule
        [
            "Comune     Nome            Ruolo",
            "Arluno     Anna Bassi      Sindaca",
            "Mesero     Piero Conti     Sindaco",
        ],
        # a roll call with no header: its first row names a comune ("Comune di X"), it is no column's label (the
        # lead, at merge: the first version took the row as a header and lost its comune)
        [
            "Comune di Paullo                  il Sindaco         XXXXXX",
            "Comune di Tribiano                il Sindaco         XXXXXX",
            "Comune di Mediglia                il Sindaco         XXXXXX",
        ],
        # a table of ambiti, not of comuni
        [
            "Ambito       Capofila        Approvazione",
            "Magenta      Comune di Magenta   12/12/2024",
            "Abbiategrasso  Comune di Abbiategrasso  16/12/2024",
        ],
    ],
)
def test_text_that_is_no_table_of_comuni_stays_as_it_is(lines: list[str]) -> None:
    assert as_tables(lines) == lines


def test_a_table_of_comuni_typed_with_spaces_becomes_rows_of_cells() -> None:
    lines = ["COMUNE     RUOLO        ESITO", "ARLUNO     Sindaco      presente", "MESERO     Assessore    assente"]
    assert as_tables(lines) == ["COMUNE | RUOLO | ESITO", "ARLUNO | Sindaco | presente", "MESERO | Assessore | assente"]


@pytest.mark.parametrize(
    "name",
    [
        # "Anche A e B hanno firmato un protocollo d'intesa con il Distretto": partners of the ambito
        "2003_notizia_protocollo_con_il_distretto_rhodense.html",
        # "Pure A e B hanno aperto, in collaborazione con l'Ambito, uno sportello gemello"
        "2004_news_in_collaborazione_con_ambito_garbagnate.html",
        # counter-case: "A, B, ... fanno parte dell'Ambito di X e con l'Ufficio di Piano gestiscono ...": members
        "2005_controcaso_fanno_parte_e_con_ufficio_di_piano_paullo.html",
    ],
)
def test_comuni_acting_with_the_ambito_are_its_partners(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        # "CANTU' | Sindaco | presente" as a markup table's first row
        "2006_verbale_tabella_presenze_cantu_accento_apostrofo.html",
        # "CANTU'               presente     no" in the middle of a roll call typed with spaces
        "2007_verbale_testo_appello_accento_apostrofo_cantu.txt",
        # counter-case: the same spelling in a table of bordering comuni
        "2008_controcaso_tabella_confinanti_accento_cantu.html",
    ],
)
def test_a_row_whose_comune_ends_in_an_accent_typed_as_an_apostrophe(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        # an office card's rows labelled by spans, no colon: "Coordinatore Giorgio Sala"
        "2009_lista_recapiti_coordinatore_accanto_al_nome_paullo.html",
        # the office's contact line, then "Coordinatrice dott.ssa Paola Villa" on its own line
        "2010_box_coordinatrice_sotto_recapiti_melzo.html",
        # counter-case: "Responsabile Servizi Sociali Associati" names a service, not a person
        "2011_controcaso_responsabile_servizio_senza_nome_paullo.html",
    ],
)
def test_a_role_beside_its_holders_name_without_a_colon(name: str) -> None:
    (ambito,) = extracted(name).ambiti
    (want,) = gold(name)["ambiti"]
    assert ambito.ufficio_di_piano is not None
    assert ambito.ufficio_di_piano.responsible == want["ufficio_di_piano"]["responsible"]

"""Round 44a (issue 11, docs/members.md §82): heldout68's losses as general classes, with counter-cases."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, gold, gold_by_ambito

# a rendered comune site flattened to text ends with its identity block: the owner the header names, its town
# hall's address, switchboard, PEC, among the legal chrome (P.IVA, privacy, accessibility, "©"): the site's, no
# comune's contacts; counter-cases: a series of the ambito's comuni's blocks, the owner's last, and another comune's
# block before the legal links: content, kept
SITE_IDENTITY_BLOCK = [
    "2620_txt_decoy_footer_centralino_piva_copyright_castellanza.txt",
    "2621_txt_footer_contatti_labels_social_links_pero.txt",
    "2622_controcaso_txt_serie_blocchi_comuni_poi_footer_cusano.txt",
    "2623_controcaso_txt_blocco_di_altro_comune_non_del_sito_vanzago.txt",
]


@pytest.mark.parametrize("name", SITE_IDENTITY_BLOCK)
def test_the_sites_identity_block_is_no_comunes_contacts(name: str) -> None:
    facts = extracted(name)
    assert sorted(c.istat for c in facts.comuni) == sorted(c["istat"] for c in gold(name)["comuni"])
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# a call named with its ambito, the ambito's composition in an apposition or relative clause right after its name
# ("il bando dell'Ambito X, di cui fanno parte i Comuni di", "l'avviso pubblico ... del Distretto X, composto dai
# Comuni di"), under a heading naming the call too: the ambito's members; counter-cases: a commerce district's call
# so worded, and the comuni an ambito's call funded (no composition clause)
THE_AMBITOS_CALL_AND_COMPOSITION = [
    "2624_wp_news_voucher_bando_dell_ambito_di_cui_fanno_parte_garbagnate.html",
    "2625_txt_avviso_pubblico_del_distretto_composto_dai_comuni_paullese.txt",
    "2626_controcaso_bando_del_distretto_del_commercio_formato_dai_comuni_groane.html",
    "2627_controcaso_txt_bando_dell_ambito_finanzia_i_comuni_di_lainate.txt",
]


@pytest.mark.parametrize("name", THE_AMBITOS_CALL_AND_COMPOSITION)
def test_the_ambitos_composition_after_its_call(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# a table flattened into a page's text one cell a line, under a header whose first cell names the comuni's column
# ("Denominazione" / "Ruolo" / "Area", "Comuni aderenti" / "Ruolo nell'Ambito"), each row a comune and word cells: its
# rows, the role cell the row's comune's (not the next line's); counter-case: a library system's table so flattened
FLATTENED_TABLE_ROWS = [
    "2628_txt_tabella_tre_colonne_una_cella_per_riga_corsico.txt",
    "2629_txt_tabella_comuni_aderenti_citta_di_una_cella_per_riga_monza.txt",
    "2630_controcaso_txt_tabella_sistema_bibliotecario_una_cella_per_riga_rho.txt",
]


@pytest.mark.parametrize("name", FLATTENED_TABLE_ROWS)
def test_a_table_flattened_one_cell_a_line_reads_by_rows(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# the office's host on a line of its own under the office's heading ("presso Comune di X", "c/o Municipio di X"), as
# a rendered card's short lines read: the office's card goes on under it; counter-case: a comune's desk so hosted
HOST_LINE_IN_THE_OFFICES_CARD = [
    "2631_txt_ufficio_di_piano_c_o_municipio_riga_propria_sesto.txt",
    "2632_txt_ufficio_di_piano_presso_il_comune_poi_sportello_paullese.txt",
    "2633_controcaso_txt_sportello_sociale_presso_comune_senza_ufficio_corsico.txt",
]


@pytest.mark.parametrize("name", HOST_LINE_IN_THE_OFFICES_CARD)
def test_the_offices_host_line_keeps_its_card_open(name: str) -> None:
    office = extracted(name).ambiti[0].ufficio_di_piano
    expected = gold(name)["ambiti"][0]["ufficio_di_piano"]
    assert (office and (office.address.street if office.address else None, office.phones)) == (
        expected and (expected["address"]["street"], expected["phones"])
    )


# a sentence in the office's section that sends the reader on to another desk by name, its number with it ("ci si può
# rivolgere ai Servizi Sociali del Comune di X, tel. ...", "può telefonare all'Area Servizi alla Persona ..."): the
# desk's number, not the office's; counter-case: turning to the office itself ("rivolgersi all'Ufficio di Piano (tel.")
SENT_ON_TO_ANOTHER_DESK = [
    "2634_wp_bando_rivolgere_ai_servizi_sociali_del_comune_tel_cormano.html",
    "2635_designers_contatti_telefonare_all_area_servizi_alla_persona_pioltello.html",
    "2636_controcaso_txt_rivolgersi_all_ufficio_di_piano_tel_saronno.txt",
]


@pytest.mark.parametrize("name", SENT_ON_TO_ANOTHER_DESK)
def test_a_desk_the_reader_is_sent_on_to_keeps_its_number(name: str) -> None:
    office = extracted(name).ambiti[0].ufficio_di_piano
    assert office is not None
    assert office.phones == gold(name)["ambiti"][0]["ufficio_di_piano"]["phones"]


# a comune's name that closes a list of members right above the page's next sections ("Comune di Solaro" / "Come
# accedere" / "Contatti" / a desk / "Telefono: ..."): the list's item, not a contact card's head; counter-case: names
# each with its phone right under it, cards though they make the list
LIST_ITEM_NO_CARD_HEAD = [
    "2637_txt_elenco_comune_di_per_riga_poi_contatti_dello_sportello_garbagnate.txt",
    "2638_controcaso_txt_elenco_nomi_ciascuno_con_telefono_sotto_paullese.txt",
]


@pytest.mark.parametrize("name", LIST_ITEM_NO_CARD_HEAD)
def test_a_lists_last_item_is_no_contact_cards_head(name: str) -> None:
    facts = extracted(name)
    assert sorted(c.istat for c in facts.comuni) == sorted(c["istat"] for c in gold(name)["comuni"])
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)

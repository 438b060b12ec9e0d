"""Round 32a (docs/members.md §53): the mechanisms that lost or invented the members and capofila of a hard mix of
pages, each checked on own fixture pages in several wordings and markups, with a counter-case each."""

from __future__ import annotations

import pytest
from fixture_pages import extracted, gold

from crawler.parsers.extract import extract
from crawler.parsers.stated_count import stated_counts
from crawler.records import PageFacts


def _members(facts: PageFacts) -> set[str]:
    return {code for ambito in facts.ambiti for code in ambito.members}


def _gold_members(name: str) -> set[str]:
    return {code for ambito in gold(name)["ambiti"] for code in ambito["members"]}


@pytest.mark.parametrize(
    ("line", "counts"),
    [
        ("per un alloggio in uno dei tredici Comuni dell'Ambito, che", {13}),
        ("a quale sede fa riferimento ciascuno dei 22 Comuni dell'Ambito.", {22}),
        ("i 13 piccoli comuni del nostro Ambito", {13}),
        ("L'Ambito territoriale di Trezzo riunisce sette Comuni dell'area nord-orientale", {7}),
        ("Il Distretto è composto da 12 comuni", {12}),
        ("i nove comuni aderenti all'accordo", {9}),
        # counter-cases: another body's comuni, no count of comuni, too few to be a list
        ("i 9 comuni del Distretto del Commercio", set()),
        ("L'Unione, che conta 5 comuni, ha sede nell'Ambito", set()),
        ("Il Distretto del Commercio raggruppa 5 comuni", set()),
        ("L'Ambito conta 200.000 abitanti", set()),
        ("i due comuni dell'Ambito più piccoli", set()),
    ],
)
def test_the_count_of_the_ambitos_comuni_the_page_states(line: str, counts: set[int]) -> None:
    assert stated_counts([line]) == counts


@pytest.mark.parametrize(
    "name",
    [
        # a count said of the ambito's comuni in another section, the list in brackets in a sentence (1300)
        "1300_bonus_conteggio_altra_sezione_garbagnate.html",
        # the count by the ambito's verb ("comprende 9 Comuni") over a table's cells that split the list (1301)
        "1301_tabella_sportelli_celle_rhodense.html",
        # "i sei Comuni che compongono l'Ambito" over two lists: the second is the rest of the first (1302)
        "1302_poli_sottoelenchi_corsico.html",
        # counter-case: as many comuni confinanti as the ambito has are no members (1303)
        "1303_confinanti_stesso_numero_bollate.html",
        # counter-case: a Distretto del Commercio's count takes no list (1304)
        "1304_neg_conteggio_distretto_commercio_carate.html",
    ],
)
def test_a_count_the_page_states_elsewhere_takes_the_lists_that_name_that_many(name: str) -> None:
    assert _members(extracted(name)) == _gold_members(name)


@pytest.mark.parametrize(
    "name",
    [
        # "tra le province di Milano e di Monza e della Brianza:" over the list (1305)
        "1305_province_al_confine_cinisello.html",
        # "delle province / di Varese, Como e Monza e Brianza:" wrapped over a plan's text (1306)
        "1306_txt_province_elenco_garbagnate.txt",
        # counter-case: after "nella provincia di Monza e della Brianza," the list names the comune Monza (1307)
        "1307_provincia_prima_del_capoluogo_monza.html",
    ],
)
def test_capoluoghi_named_after_province_are_provinces(name: str) -> None:
    assert _members(extracted(name)) == _gold_members(name)


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        ("1308_aside_confine_dopo_comprende_monza.html", None),
        # the ambito's verbs of a list it is made of, an aside of place closing the sentence (as 1308)
        ("", "L'Ambito di Monza riunisce tre Comuni, al confine con la provincia di Lecco:"),
        ("", "L'Ambito di Monza si compone di tre comuni brianzoli, lungo il confine orientale:"),
        # counter-case: the aside names the list as the neighbours
        ("", "L'Ambito di Monza riunisce tre Comuni, e questi sono i comuni confinanti:"),
    ],
)
def test_an_aside_of_place_after_the_ambitos_verb_names_no_other_list(name: str, sentence: str | None) -> None:
    if name:
        assert _members(extracted(name)) == _gold_members(name)
        return
    html = (
        f"<main><h1>L'Ambito</h1><p>{sentence}</p><ul><li>Brugherio</li><li>Monza</li><li>Villasanta</li></ul></main>"
    )
    found = _members(
        extract(f"<html><head><title>Ambito di Monza</title></head><body>{html}</body></html>".encode(), "x")
    )
    assert found == (set() if "confinanti" in sentence else {"108012", "108033", "108049"})


@pytest.mark.parametrize(
    "name",
    [
        # a text's signature blocks two to a row, the role before the comune, "Comune capofila" under one (1309)
        "1309_txt_firme_ruolo_prima_due_colonne_cinisello.txt",
        # one signer a paragraph, "(firma digitale)" under each (1310)
        "1310_firmatari_paragrafi_garbagnate.html",
        # counter-case: a polizia locale convention's signers are no ambito's members (1311)
        "1311_neg_txt_convenzione_polizia_firme_monza.txt",
    ],
)
def test_signers_named_by_their_role_before_the_comune_are_the_accords_members(name: str) -> None:
    facts = extracted(name)
    assert _members(facts) == _gold_members(name)
    assert {a.capofila for a in facts.ambiti} == {a["capofila"] for a in gold(name)["ambiti"]}


@pytest.mark.parametrize(
    ("name", "sentence", "capofila"),
    [
        # the verb before the comune, the lead after it (1312)
        ("1312_news_affidato_coordinamento_corsico.html", None, "015093"),
        (
            "",
            "L'Assemblea dei Sindaci ha confermato al Comune di Rho la guida dell'Ambito per altri tre anni.",
            "015182",
        ),
        ("", "I sindaci hanno assegnato alla Città di Rho la regia del Piano di Zona 2025-2027.", "015182"),
        # an adverbial between the role's participle and its comune (1313)
        ("1313_funzioni_capofila_attribuite_inciso_rho.html", None, "015182"),
        ("", "Il ruolo di capofila, affidato sin dal 2009 al Comune di Rho, resta invariato.", "015182"),
        # counter-case: a Distretto del Commercio's lead (1314)
        ("1314_neg_guida_distretto_commercio_bresso.html", None, None),
        ("", "La Giunta ha affidato al Comune di Rho la guida del Distretto del Commercio.", None),
    ],
)
def test_the_lead_given_to_a_comune_is_the_capofila(name: str, sentence: str | None, capofila: str | None) -> None:
    if not name:
        html = f"<main><h1>Ambito Rhodense</h1><p>{sentence}</p></main>"
        name_page = f"<html><head><title>Notizie - Ambito Rhodense</title></head><body>{html}</body></html>"
        facts = extract(name_page.encode(), "x")
    else:
        facts = extracted(name)
    assert next((a.capofila for a in facts.ambiti if a.capofila), None) == capofila


@pytest.mark.parametrize(
    "name",
    [
        # users of another ambito's comuni, that ambito in brackets after them (1315)
        "1315_utenti_altro_ambito_tra_parentesi_rho.html",
        # a table cell's guests, "(Distretto di Rozzano)" after them (1317)
        "1317_tabella_ospiti_altro_distretto_corsico.html",
        # counter-case: the page's own ambito in brackets keeps its list (1316)
        "1316_ambito_proprio_tra_parentesi_garbagnate.html",
    ],
)
def test_a_run_with_another_ambito_in_brackets_after_it_is_that_ambitos(name: str) -> None:
    assert _members(extracted(name)) == _gold_members(name)


@pytest.mark.parametrize(
    ("label", "taken"),
    [
        ("(Ambito Rhodense)", False),  # the ambito named by its adjective
        ("(Ambito territoriale di Rho)", False),
        ("(dell'Ambito del Magentino)", False),
        # counter-case: the page's own ambito in the brackets
        ("(Ambito di Garbagnate Milanese)", True),
    ],
)
def test_another_ambito_in_brackets_after_users_comuni(label: str, taken: bool) -> None:
    html = (
        "<html><head><title>Trasporto - Ambito di Garbagnate Milanese</title></head><body><main><h1>Trasporto</h1>"
        "<p>Fanno parte dell'Ambito i Comuni di Baranzate, Bollate, Cesate, Garbagnate Milanese, Novate Milanese, "
        "Paderno Dugnano, Senago e Solaro.</p><p>Il servizio è garantito ai residenti dell'Ambito; per accordo ne "
        f"usufruiscono pure i cittadini di Pero e Lainate {label}.</p></main></body></html>"
    )
    members = _members(extract(html.encode(), "x"))
    assert ({"015170", "015116"} <= members) == taken and "015027" in members

"""Round 32c (issue 11): the mechanisms that lost or invented members and capofila on heldout30 and heldout31, each
in its general form; the positive cases fail on extractor 0.4.59 (fixtures 1400 and up)."""

from __future__ import annotations

import pytest

from crawler.parsers import names as nm
from crawler.parsers.columns import unfold
from crawler.parsers.extract import extract
from crawler.records import PageFacts
from crawler.reference.comuni import lombardia


def _page(main: str, title: str = "Pagina") -> PageFacts:
    html = f"<html><head><title>{title}</title></head><body><main>{main}</main></body></html>"
    return extract(html.encode(), "https://example.org/p.html", "text/html; charset=utf-8")


def _members(f: PageFacts) -> list[str]:
    return [code for a in f.ambiti for code in a.members]


@pytest.mark.parametrize(
    ("antecedent", "members"),
    [
        # the pronoun ("Vi", "Ne", "Ad essa") stands for another body named in the sentence before (1400-1402)
        ("L'Unione dei Comuni dell'Adda Martesana gestisce la polizia locale dal 2014.", 1),
        ("Il Distretto Urbano del Commercio sostiene i negozi di vicinato con bandi annuali.", 1),
        ('L\'Istituto Comprensivo "Ada Negri" organizza i centri estivi nelle sue sedi.', 1),
        # counter-case: the pronoun stands for the ambito (1403)
        ("L'Ambito territoriale di Melzo programma i servizi sociali nel Piano di Zona.", 4),
    ],
)
@pytest.mark.parametrize(
    "pronoun", ["Vi aderiscono i Comuni di", "Ne fanno parte i Comuni di", "Ad essa aderiscono i Comuni di"]
)
def test_a_membership_by_pronoun_belongs_to_the_sentence_before(antecedent: str, pronoun: str, members: int) -> None:
    f = _page(
        "<p>Il Comune di Truccazzano fa parte dell'Ambito territoriale di Melzo.</p>"
        f"<p>{antecedent} {pronoun} Truccazzano, Liscate, Pozzuolo Martesana e Bellinzago Lombardo.</p>"
    )
    assert len(_members(f)) == members


def test_a_list_introduced_by_pronoun_belongs_to_the_sentence_before() -> None:
    # the same in a list's introduction (1402)
    f = _page(
        "<p>Il Comune di Fombio fa riferimento all'Ufficio di Piano dell'Ambito territoriale di Lodi.</p>"
        "<p>Il Distretto Urbano del Commercio della Bassa Lodigiana sostiene i negozi. Ne fanno parte i seguenti "
        "comuni:</p><ul><li>Casalpusterlengo</li><li>Codogno</li><li>Fombio</li><li>Somaglia</li></ul>"
    )
    assert _members(f) == []


@pytest.mark.parametrize(
    ("label", "named"),
    [
        # a role "di Distretto", "d'Ambito" over a person whose given name ends as a demonym does (1404, 1405)
        ("Governatore di Distretto: Tiziano Riva", False),
        ("Referente d'Ambito &ndash; Cristina Brambilla", False),
        ("Manager di Distretto: Luciano Gatti", False),
        # counter-case: a territory's name in the same form (1406)
        ("Ambito: Lomellina", True),
    ],
)
def test_a_given_name_after_ambito_or_distretto_names_a_person(label: str, named: bool) -> None:
    f = _page(
        f"<p>{label}</p><p>I comuni aderenti al servizio sono: Mortara, Parona, Garlasco e Tromello.</p>",
        title="Servizi",
    )
    assert bool(f.ambiti) == named


@pytest.mark.parametrize(
    ("values", "heading", "members"),
    [
        # one comune a column over rows of marks, not figures (1410-1412)
        (("sì", "no", "sì", "sì", "no", "sì"), "Servizi nei comuni", 6),
        (("X", "", "X", "X", "", "X"), "Giorni di apertura", 6),
        (("&#9679;", "&#9675;", "&#9679;", "&#9679;", "&#9675;", "&#9679;"), "Misure attive", 6),
        (("&#10003;", "&ndash;", "&#10003;", "&#10007;", "&#10003;", "&#10003;"), "Servizi attivi", 6),
        # counter-case: the neighbouring comuni's table (1413)
        (("&#10003;", "&ndash;", "&#10003;", "&#10003;", "&#10003;", "&#10003;"), "I servizi dei comuni confinanti", 0),
    ],
)
def test_a_transposed_table_of_marks_lists_the_comuni_over_its_columns(
    values: tuple[str, ...], heading: str, members: int
) -> None:
    cells = "".join(f"<td>{v}</td>" for v in values)
    f = _page(
        "<p>La tabella riguarda l'Ambito territoriale di Corsico.</p>"
        f"<h2>{heading}</h2><table><tr><th>Servizio</th><th>Assago</th><th>Buccinasco</th><th>Cesano Boscone</th>"
        f"<th>Corsico</th><th>Cusago</th><th>Trezzano sul Naviglio</th></tr>"
        f"<tr><td>Assistenza domiciliare</td>{cells}</tr>"
        f"<tr><td>Trasporto sociale</td>{cells}</tr></table>"
    )
    assert len(_members(f)) == members


@pytest.mark.parametrize(
    ("items", "legend", "capofila"),
    [
        # the capofila's sign before its name, after the item's bullet or number (1420-1422)
        ("<li>Assago</li><li>&#9733; Corsico</li><li>Cusago</li>", "&#9733; Comune capofila", "015093"),
        ("<li>1. Assago</li><li>2. &#9650; Corsico</li><li>3. Cusago</li>", "&#9650; = Ente capofila", "015093"),
        ("<li>Assago</li><li>(&sect;) Corsico</li><li>Cusago</li>", "(&sect;) ente capofila", "015093"),
        ("<li>Assago</li><li>* Corsico</li><li>Cusago</li>", "(*) Comune capofila", "015093"),
        # counter-cases: a legend of another role (1423); the same sign before every item is the list's bullet
        ("<li>Assago</li><li>&dagger; Corsico</li><li>Cusago</li>", "&dagger; Comune entrato nel 2009", None),
        ("<li>&#9733; Assago</li><li>&#9733; Corsico</li><li>&#9733; Cusago</li>", "&#9733; Comune capofila", None),
    ],
)
def test_a_legends_sign_before_the_name_marks_the_capofila(items: str, legend: str, capofila: str | None) -> None:
    f = _page(f"<h1>I comuni dell'Ambito territoriale di Corsico</h1><ul>{items}</ul><p>{legend}</p>")
    assert [a.capofila for a in f.ambiti] == [capofila]


@pytest.mark.parametrize(
    ("written", "code"),
    [
        # "de'" for "dei" and back, with or without its apostrophe, in any case (1430-1432)
        ("Torre dei Picenardi", "019107"),
        ("Cingia dei Botti", "019031"),
        ("TERRANOVA DE' PASSERINI", "098057"),
        ("Terranova de Passerini", "098057"),
        # counter-cases: the official spellings (1433)
        ("Terranova dei Passerini", "098057"),
        ("Torre de' Roveri", "016216"),
    ],
)
def test_de_and_dei_inside_a_name_are_one_connector(written: str, code: str) -> None:
    # a spelling of the comune, not a typo read with a note (a list's typo is one per gap, and lost at its end)
    f = _page(f"<p>I comuni di Brembio, {written} e Codogno fanno parte dell'Ambito territoriale di Lodi.</p>")
    assert code in _members(f) and f.ambiti[0].notes == []


def _sidebar(heading: str, lines: str) -> PageFacts:
    html = (
        "<html><head><title>Servizi sociali - Comune di Bollate</title></head><body><main><h1>Servizi sociali</h1>"
        "<p>Lo sportello riceve su appuntamento.</p></main>"
        f'<aside class="col-lg-4 sidebar"><h3>{heading}</h3>{lines}</aside></body></html>'
    )
    return extract(html.encode(), "https://example.org/p.html", "text/html; charset=utf-8")


_GARBAGNATE = "Baranzate, Bollate, Cesate, Garbagnate Milanese, Novate Milanese, Paderno Dugnano, Senago, Solaro"


@pytest.mark.parametrize(
    ("heading", "lines", "members", "capofila"),
    [
        # a widget about the ambito in a sidebar dropped as chrome: its label line lists the members (1440-1442)
        (
            "Ambito di Garbagnate Milanese",
            f"<p>Capofila: Garbagnate Milanese</p><p>Comuni: {_GARBAGNATE}</p>",
            8,
            "015105",
        ),
        (
            "Distretto di Garbagnate Milanese",
            f"<ul><li>Ente capofila: Garbagnate Milanese</li><li>Comuni aderenti: {_GARBAGNATE}</li></ul>",
            8,
            "015105",
        ),
        (
            "Ambito territoriale di Garbagnate Milanese",
            f"<div><p>Comuni dell'Ambito: {_GARBAGNATE}.</p></div>",
            8,
            None,
        ),
        # the widget's lines parted by <br>, or run into one by dots (tests.invariance: p-as-br-lines, li-as-dots)
        (
            "Ambito di Garbagnate Milanese",
            f"<p>Capofila: Garbagnate Milanese<br>Comuni: {_GARBAGNATE}</p>",
            8,
            "015105",
        ),
        ("Ambito di Garbagnate Milanese", f"<p>Capofila: Garbagnate Milanese · Comuni: {_GARBAGNATE}</p>", 8, "015105"),
        # counter-cases: a commerce district's widget (1443); a widget that labels no members
        ("Distretto del Commercio del Nord Milano", f"<p>Comuni: {_GARBAGNATE}</p>", 0, None),
        ("Ambito di Garbagnate Milanese", f"<p>Tra i comuni vicini: {_GARBAGNATE}</p>", 0, None),
    ],
)
def test_a_sidebar_widget_about_the_ambito_is_read(
    heading: str, lines: str, members: int, capofila: str | None
) -> None:
    f = _sidebar(heading, lines)
    assert (len(_members(f)), [a.capofila for a in f.ambiti if a.capofila]) == (members, [capofila] if capofila else [])


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a list's label "Comuni dell'Ambito:" names no second ambito after its first item (1442)
        ("Comuni dell'Ambito: Caronno Pertusella, Cislago, Gerenzano", ["Ambito territoriale di Saronno"]),
        ("I comuni del Distretto: Saronno, Uboldo e Origgio", ["Ambito territoriale di Saronno"]),
        # counter-case: a label of the ambito's name
        ("Ambito: Uboldo", ["Ambito territoriale di Saronno", "Ambito: Uboldo"]),
    ],
)
def test_a_members_label_names_no_second_ambito(line: str, names: list[str]) -> None:
    resolver = lombardia()
    said = nm.mentions_in("Ambito territoriale di Saronno", 0, resolver) + nm.mentions_in(line, 1, resolver)
    assert [m.name for m in nm.not_list_labels(said)] == names


def test_a_members_label_alone_still_names_the_ambito() -> None:
    # counter-case: with no other name on the page, the label's first item is the page's only clue
    said = nm.mentions_in("I comuni dell'ambito: Rho, Pero e Arese.", 0, lombardia())
    assert [m.name for m in nm.not_list_labels(said)] == ["Ambito: Rho"]


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        # the comune as the subject of a relative clause about the ambito named before it (1450-1452)
        ("l'Accordo dell'Ambito territoriale di Lodi, del quale il Comune di Brembio fa parte.", ["098006"]),
        ("i servizi dell'Ambito territoriale di Lodi, al quale il Comune di Brembio aderisce dal 2002.", ["098006"]),
        ("il riparto del Distretto di Lodi, nel quale rientra anche Brembio, per abitanti.", ["098006"]),
        ("lo sportello dell'Ambito territoriale di Lodi, cui aderisce anche il Comune di Brembio.", ["098006"]),
        # counter-cases: a denied membership; another body's clause (1453)
        ("l'Accordo dell'Ambito territoriale di Lodi, del quale il Comune di Brembio non fa parte.", []),
        ("il bando del Distretto del Commercio, del quale il Comune di Brembio fa parte.", []),
    ],
)
def test_a_comune_in_a_relative_clause_about_the_ambito_is_a_member(sentence: str, members: list[str]) -> None:
    f = _page(f"<h1>Delibere</h1><p>La Giunta approva {sentence}</p><p>Ambito territoriale di Lodi</p>")
    assert _members(f) == members


@pytest.mark.parametrize(
    ("written", "others", "code"),
    [
        # a merged comune named by the first place it joins, more than one word (1460-1462)
        ("Rivarolo del Re", "Calvatone, Spineda", "019083"),
        ("RIVAROLO DEL RE", "CALVATONE, SPINEDA", "019083"),
        ("Corte de' Cortesi", "Pizzighettone, Crotta d'Adda", "019032"),
        ("Grumello Cremonese", "Pizzighettone, Crotta d'Adda", "019051"),
        ("Torre Beretti", "Mede, Frascarolo", "018156"),
        # counter-case: the place lies in a province none of the others is in (1463)
        ("Santa Cristina", "Pizzighettone, Crotta d'Adda", None),
    ],
)
def test_a_merged_comune_named_by_its_first_place(written: str, others: str, code: str | None) -> None:
    f = _page(f"<p>Comuni dell'Ambito territoriale Cremonese: {others}, {written}, Sospiro.</p>")
    assert (code in _members(f)) if code else ("018139" not in _members(f) and f.unresolved_names == [written])


_JUSTIFIED = [
    # a PDF's text layer spaces a justified paragraph's words two apart; some gaps line up by chance (1470-1472)
    "I  Comuni  di  Colturano,  Dresano,  Mediglia,  Pantigliate,  Paullo,  Peschiera  Borromeo  e  Tribiano",
    "fanno  parte  dell'Ambito  distrettuale  di  Paullo,  il  cui  ente  capofila  è  il  Comune  di  Paullo,",
    "sede  dell'Ufficio.",
]
_COLUMNS = [
    # counter-case: two columns of prose, one space between words, a wide gap between the columns (1473)
    "Art. 1 - Il presente Accordo è sottoscritto dai      Art. 2 - Il Comune di Saronno è l'ente capofila",
    "Comuni di Caronno Pertusella, Cislago, Gerenzano,    dell'Accordo e ospita l'Ufficio di Piano, che ne",
    "Origgio, Saronno e Uboldo, che lo approvano.         gestisce il personale e le risorse comuni.",
]


_TABLE = [
    # counter-case: a table typed with spaces, its cells parted by gaps wider than a justified line's (heldout9's h9_14)
    "   Ambito di zona          Ente capofila                  Comuni      Abitanti    Piano",
    "   2 Brescia Ovest         Comune di Gussago                  10        98.120    16/12/2024",
    "   3 Brescia Est           Comune di Rezzato                  12        97.344    18/12/2024",
]


@pytest.mark.parametrize(("paragraph", "columns"), [(_JUSTIFIED, False), (_COLUMNS, True), (_TABLE, True)])
def test_a_justified_paragraph_is_no_two_columns(paragraph: list[str], columns: bool) -> None:
    assert ("" in unfold(paragraph)) == columns  # two columns are read one after the other, a blank line between


def test_a_justified_paragraph_keeps_its_capofila_and_members() -> None:
    f = extract("\n".join(["COMUNE DI DRESANO", "", *_JUSTIFIED]).encode(), "https://example.org/r.txt", "text/plain")
    assert [(a.capofila, len(a.members)) for a in f.ambiti] == [("015169", 7)]


def test_a_pdfs_justified_paragraph_keeps_its_capofila() -> None:
    # the text layer of a justified paragraph over a roll call in two columns (the renderer of the set heldout2)
    from tests.fixtures.heldout2.make_pdfs import Accord, render

    pdf = render(
        Accord(
            file="verbale.pdf",
            header="Ambito territoriale di Saronno - Assemblea dei Sindaci - Verbale n. 2/2025",
            footer="Verbale dell'Assemblea dei Sindaci del 20.02.2025",
            before=[
                "VERBALE DELLA SEDUTA DELL'ASSEMBLEA DEI SINDACI DEL 20 FEBBRAIO 2025",
                "L'anno 2025, il giorno 20 del mese di febbraio, alle ore 18.00, nella sala consiliare del Comune di "
                "Saronno, ente capofila dell'Ambito territoriale di Saronno, previa regolare convocazione, si è "
                "riunita l'Assemblea dei Sindaci. All'appello risultano:",
            ],
            lines=[
                "Caronno Pertusella - Sindaco - presente",
                "Cislago - Assessore delegato - presente",
                "Gerenzano - Sindaco - presente",
                "Origgio - Sindaco - presente",
                "Saronno - Sindaco, Presidente - presente",
                "Uboldo - Vicesindaco - presente",
            ],
            after=["Il Presidente: Anna Galli. Il segretario verbalizzante: Marco Ponti."],
            rows_per_column=3,
        )
    )
    f = extract(pdf, "https://example.org/verbale.pdf", "application/pdf")
    assert [(a.capofila, len(a.members)) for a in f.ambiti] == [("012119", 6)]


@pytest.mark.parametrize("separator", [" · ", " • ", ", "])
def test_a_short_form_before_a_dot_is_a_list_item(separator: str) -> None:
    # a middle dot parts a list's items as a comma does (tests.invariance: li-as-dots over 1460)
    names = separator.join(["Acquanegra Cremonese", "Corte de' Cortesi", "Crotta d'Adda", "Pizzighettone"])
    f = _page(f"<p>I comuni dell'Ambito territoriale Cremonese serviti sono:</p><p>{names}</p>")
    assert "019032" in _members(f)

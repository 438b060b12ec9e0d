"""What the pages of the third simulated web say: its ambiti, the text of each kind of fact page (new
wording, and two kinds the earlier webs lack: an albo act and a public notice of the ambito), decoys
that borrow an ambito's words (school ambiti, quarry plans, PGT transformation areas, commerce
districts, hunting districts, the BIM), and filler.

Ambito names and capofila are those of real Lombard ambiti that neither earlier web used; member lists
only where short and certain (Chiavenna, Pioltello). Phones, e-mail addresses, addresses, people,
dates and every sentence are invented for this web.
"""

from __future__ import annotations

from tests.simweb.content import FactText
from tests.simweb.families import esc
from tests.simweb2.content import Ambito

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]


def _ambito(key: str, place: str, n: int, members: tuple[str, ...] = ()) -> Ambito:
    """An ambito whose capofila is its namesake comune; contacts are invented from a number."""
    heads = ("Laura Bonetti", "Paolo Ferrari", "Giulia Sala", "Andrea Ghezzi", "Marta Perego", "Luca Brambilla")
    return Ambito(
        key=key,
        place=place,
        capofila=place,
        members=members,
        phone=f"0{320 + 11 * n} {520000 + 4127 * n}",
        email=f"udp@{key.replace('-', '')}-sim3.it",
        seat=f"Piazza Libertà {n + 1}, {place}",
        period="2025-2027",
        previous="2021-2023",
        signed=f"{5 + n % 20:02d}/{2 + n % 4:02d}/2025",
        head=heads[n % len(heads)],
    )


CHIAVENNA = (
    "Campodolcino", "Chiavenna", "Gordona", "Madesimo", "Mese", "Novate Mezzola", "Piuro", "Prata Camportaccio",
    "Samolaco", "San Giacomo Filippo", "Verceia", "Villa di Chiavenna",
)  # fmt: skip

AMBITI: dict[str, Ambito] = {
    a.key: a
    for a in (
        _ambito("varese", "Varese", 1),
        _ambito("como", "Como", 2),
        _ambito("cantu", "Cantù", 3),
        _ambito("erba", "Erba", 4),
        _ambito("seriate", "Seriate", 5),
        _ambito("romano", "Romano di Lombardia", 6),
        _ambito("voghera", "Voghera", 7),
        _ambito("mortara", "Mortara", 8),
        _ambito("suzzara", "Suzzara", 9),
        _ambito("viadana", "Viadana", 10),
        _ambito("chiavenna", "Chiavenna", 11, CHIAVENNA),
        _ambito("morbegno", "Morbegno", 12),
        _ambito("merate", "Merate", 13),
        _ambito("luino", "Luino", 14),
        _ambito("pioltello", "Pioltello", 15, ("Pioltello", "Rodano", "Segrate", "Vimodrone")),
        _ambito("melzo", "Melzo", 16),
    )
}


def _comuni(a: Ambito) -> str:
    return ", ".join(a.members[:-1]) + f" e {a.members[-1]}" if a.members else ""


def ufficio_di_piano(a: Ambito) -> FactText:
    body = (
        f"<p>L'Ufficio di Piano è la struttura tecnica dell'{esc(a.name)}: supporta l'Assemblea dei Sindaci, "
        f"segue la spesa dei fondi sociali e cura il Piano di Zona {a.period}.</p>"
        f"<p>Ente capofila: Comune di {esc(a.capofila)}.</p>"
        f'<dl class="contatti"><dt>Sede</dt><dd>{esc(a.seat)}</dd><dt>Telefono</dt><dd>{a.phone}</dd>'
        f"<dt>E-mail</dt><dd>{a.email}</dd><dt>Responsabile</dt><dd>{esc(a.head)}</dd></dl>"
    )
    return FactText(f"Ufficio di Piano - {a.name}", body, (), (a.name, a.capofila, a.phone))


def members_page(a: Ambito) -> FactText:
    items = "".join(f"<li>{esc(m)}</li>" for m in a.members)
    body = (
        f"<p>L'{esc(a.name)} riunisce i Comuni di {esc(_comuni(a))} per la gestione associata dei servizi "
        f'sociali. Il Comune di {esc(a.capofila)} è capofila.</p><ul class="comuni-ambito">{items}</ul>'
    )
    return FactText(f"I Comuni dell'{a.name}", body, (), (a.name, a.capofila, *a.members))


def news_article(a: Ambito) -> FactText:
    body = (
        f'<p class="data">{a.signed}</p><p>È stato sottoscritto il nuovo Piano di Zona {a.period} '
        f"dell'{esc(a.name)}. Il Comune di {esc(a.capofila)}, ente capofila, guiderà l'Ufficio di Piano "
        f"(tel. {a.phone}) nell'attuazione delle misure per anziani, disabili e famiglie.</p>"
    )
    return FactText(f"Firmato il Piano di Zona {a.period}", body, (), (a.name, a.period))


def delibera(a: Ambito) -> FactText:
    body = (
        f"<p>Oggetto: approvazione dello schema di accordo di programma per l'attuazione del Piano di Zona "
        f"{a.period} dell'{esc(a.name)}.</p><p>La Giunta prende atto che il Comune di {esc(a.capofila)} "
        f"assume il ruolo di ente capofila e che l'Ufficio di Piano ha sede in {esc(a.seat)}.</p>"
        f'<p class="pubblicazione">In pubblicazione dal {a.signed} per 15 giorni.</p>'
    )
    return FactText("Deliberazione della Giunta comunale n. 41", body, (), (a.name, a.capofila, a.period))


def piano_di_zona(a: Ambito) -> FactText:
    lines = (
        a.name.upper(),
        f"Piano di Zona {a.period}",
        "",
        f"Approvato dall'Assemblea dei Sindaci in data {a.signed}.",
        f"Ente capofila: Comune di {a.capofila}.",
        f"Comuni dell'ambito: {_comuni(a)}." if a.members else "",
        f"Ufficio di Piano: {a.seat}, tel. {a.phone}, {a.email}.",
        "",
        "1. Il contesto territoriale",
        "2. Gli obiettivi della programmazione",
        "3. Il sistema di governance",
    )
    return FactText(f"Piano di Zona {a.period} - {a.name}", "", lines, (a.name, a.period, a.capofila))


def accordo(a: Ambito) -> FactText:
    parties = a.members or (a.capofila,)
    lines = (
        "ACCORDO DI PROGRAMMA",
        f"Piano di Zona {a.previous} - {a.name}",
        "",
        "Tra i Comuni di " + ", ".join(parties) + ", l'ATS e l'ASST competenti.",
        "",
        f"Art. 1 - Ente capofila: Comune di {a.capofila}.",
        f"Art. 2 - Ufficio di Piano: {a.seat}, telefono {a.phone}.",
        f"Art. 3 - Durata: anni {a.previous}.",
    )
    return FactText(f"Accordo di programma {a.previous} - {a.name}", "", lines, (a.name, a.previous, a.capofila))


def avviso(a: Ambito) -> FactText:
    lines = (
        "AVVISO PUBBLICO",
        f"Buoni sociali per il sostegno alla domiciliarità - {a.name}",
        "",
        f"In attuazione del Piano di Zona {a.period}, l'Ufficio di Piano del Comune di {a.capofila},",
        "ente capofila, apre le domande per buoni e voucher a favore delle famiglie.",
        f"Informazioni: {a.seat}, tel. {a.phone}, {a.email}.",
    )
    return FactText(f"Avviso buoni sociali - {a.name}", "", lines, (a.name, a.capofila, a.phone))


FACT_KINDS = {
    "ufficio-di-piano": ufficio_di_piano,
    "members": members_page,
    "news": news_article,
    "delibera": delibera,
    "piano-di-zona": piano_di_zona,
    "accordo": accordo,
    "avviso": avviso,
}

# Decoys: real institutions and plans whose words resemble an ambito sociale's, and are not one.
DECOYS: dict[str, tuple[str, str]] = {
    "scuola": (
        "Rete delle scuole dell'ambito 23",
        "<p>Le scuole dell'ambito territoriale scolastico n. 23 della Lombardia organizzano la formazione dei "
        "docenti 2024-2025. Scuola capofila della rete: Istituto comprensivo statale. Tel. 0332 000101.</p>",
    ),
    "cave": (
        "Piano cave provinciale: ambiti territoriali estrattivi",
        "<p>Il piano cave individua gli ambiti territoriali estrattivi e i volumi autorizzati per il periodo "
        "2025-2035. Osservazioni entro 60 giorni all'ufficio cave della Provincia. Tel. 031 000202.</p>",
    ),
    "pgt": (
        "Ambiti di trasformazione del PGT",
        "<p>Il Piano di Governo del Territorio individua gli ambiti di trasformazione residenziale e produttiva; "
        "la variante 2025-2027 è in consultazione. Ufficio urbanistica: tel. 0382 000303.</p>",
    ),
    "commercio": (
        "Distretto del Commercio",
        "<p>Il Distretto del Commercio riunisce i Comuni dell'area e le associazioni dei commercianti: bandi per "
        "vetrine, eventi e negozi di vicinato 2025-2027. Comune capofila del distretto. Tel. 0376 000404.</p>",
    ),
    "caccia": (
        "Comprensorio alpino di caccia",
        "<p>Il Comprensorio alpino organizza i censimenti degli ungulati e il piano di prelievo; il comitato di "
        "gestione si riunisce ogni mese. Segreteria: tel. 0342 000505.</p>",
    ),
    "bim": (
        "Consorzio BIM - bacino imbrifero montano",
        "<p>Il Consorzio dei Comuni del bacino imbrifero montano ripartisce i sovracanoni idroelettrici tra i "
        "Comuni consorziati: piano degli interventi 2024-2026. Tel. 0343 000606.</p>",
    ),
    "emergenza": (
        "Piano di emergenza comunale",
        "<p>Il piano di protezione civile individua le aree di attesa e gli scenari di rischio del territorio; "
        "aggiornamento 2025. Ufficio protezione civile: tel. 02 000707.</p>",
    ),
}

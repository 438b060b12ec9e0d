"""What the pages of the simulated web say: the ambiti (real names, capofila, memberships), the text
of each kind of fact page, the decoys that talk like an ambito but are not one, and the filler.

Names, capofila and memberships are those of real Lombard ambiti; phones, e-mail addresses, people,
dates and every sentence are invented for this web.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .families import esc

ROOT = Path(__file__).resolve().parents[2]
COMUNI_CSV = ROOT / "crawler" / "reference" / "comuni_lombardia.csv"


@dataclass(frozen=True)
class Ambito:
    key: str
    place: str  # "Legnano": the ambito is "Ambito territoriale di Legnano"
    capofila: str
    members: tuple[str, ...]  # every member comune when the pages list them, else ()
    phone: str
    email: str
    address: str
    period: str  # Piano di Zona "2025-2027"
    approved: str  # "15/01/2025"
    previous: str  # the accordo's earlier period "2021-2023"
    person: str

    @property
    def name(self) -> str:
        return f"Ambito territoriale di {self.place}"


AMBITI: dict[str, Ambito] = {
    a.key: a
    for a in (
        Ambito(
            "legnano",
            "Legnano",
            "Legnano",
            (
                "Legnano",
                "Busto Garolfo",
                "Canegrate",
                "Cerro Maggiore",
                "Dairago",
                "Nerviano",
                "Parabiago",
                "Rescaldina",
                "San Giorgio su Legnano",
                "San Vittore Olona",
                "Villa Cortese",
            ),
            "0331 471230",
            "ufficiodipiano@legnano-sim.it",
            "Piazza San Magno 9, 20025 Legnano",
            "2025-2027",
            "20/01/2025",
            "2021-2023",
            "Marta Colombo",
        ),
        Ambito(
            "castano-primo",
            "Castano Primo",
            "Castano Primo",
            (
                "Arconate",
                "Bernate Ticino",
                "Buscate",
                "Castano Primo",
                "Cuggiono",
                "Inveruno",
                "Magnago",
                "Nosate",
                "Robecchetto con Induno",
                "Turbigo",
                "Vanzaghello",
            ),
            "0331 888142",
            "udp@castano-sim.it",
            "Corso Roma 20, 20022 Castano Primo",
            "2025-2027",
            "28/01/2025",
            "2021-2023",
            "Paolo Brambilla",
        ),
        Ambito(
            "garbagnate",
            "Garbagnate Milanese",
            "Bollate",
            (
                "Baranzate",
                "Bollate",
                "Cesate",
                "Garbagnate Milanese",
                "Novate Milanese",
                "Paderno Dugnano",
                "Senago",
                "Solaro",
            ),
            "02 3500871",
            "ufficiodipiano@garbagnate-sim.it",
            "Piazza Aldo Moro 1, 20021 Bollate",
            "2025-2027",
            "11/02/2025",
            "2021-2023",
            "Giulia Ferrari",
        ),
        Ambito(
            "desio",
            "Desio",
            "Desio",
            ("Bovisio-Masciago", "Cesano Maderno", "Desio", "Limbiate", "Muggiò", "Nova Milanese", "Varedo"),
            "0362 392214",
            "udp@desio-sim.it",
            "Piazza Giovanni Paolo II 1, 20832 Desio",
            "2025-2027",
            "05/02/2025",
            "2021-2023",
            "Luca Sala",
        ),
        Ambito(
            "seregno",
            "Seregno",
            "Seregno",
            (
                "Barlassina",
                "Ceriano Laghetto",
                "Cogliate",
                "Giussano",
                "Lazzate",
                "Lentate sul Seveso",
                "Meda",
                "Misinto",
                "Seregno",
                "Seveso",
            ),
            "0362 263311",
            "ufficiodipiano@seregno-sim.it",
            "Piazza Martiri della Libertà 1, 20831 Seregno",
            "2025-2027",
            "30/01/2025",
            "2021-2023",
            "Elena Viganò",
        ),
        Ambito(
            "cinisello",
            "Cinisello Balsamo",
            "Cinisello Balsamo",
            ("Bresso", "Cinisello Balsamo", "Cormano", "Cusano Milanino"),
            "02 66023540",
            "udp@cinisello-sim.it",
            "Piazza Confalonieri 5, 20092 Cinisello Balsamo",
            "2025-2027",
            "14/01/2025",
            "2021-2023",
            "Roberto Galli",
        ),
        Ambito(
            "sesto",
            "Sesto San Giovanni",
            "Sesto San Giovanni",
            ("Cologno Monzese", "Sesto San Giovanni"),
            "02 24968321",
            "ufficiodipiano@sesto-sim.it",
            "Piazza della Resistenza 20, 20099 Sesto San Giovanni",
            "2025-2027",
            "22/01/2025",
            "2021-2023",
            "Chiara Rossi",
        ),
        Ambito(
            "monza",
            "Monza",
            "Monza",
            ("Brugherio", "Monza", "Villasanta"),
            "039 2372611",
            "udp@monza-sim.it",
            "Piazza Trento e Trieste 1, 20900 Monza",
            "2025-2027",
            "17/02/2025",
            "2021-2023",
            "Davide Mariani",
        ),
        Ambito(
            "rho",
            "Rho",
            "Rho",
            (),
            "02 93332601",
            "ufficiodipiano@rho-sim.it",
            "Piazza Visconti 23, 20017 Rho",
            "2025-2027",
            "27/01/2025",
            "2021-2023",
            "Sara Fumagalli",
        ),
        Ambito(
            "carate",
            "Carate Brianza",
            "Carate Brianza",
            (),
            "0362 987450",
            "udp@carate-sim.it",
            "Piazza Cesare Battisti 1, 20841 Carate Brianza",
            "2025-2027",
            "03/02/2025",
            "2021-2023",
            "Anna Riva",
        ),
        Ambito(
            "abbiategrasso",
            "Abbiategrasso",
            "Abbiategrasso",
            (),
            "02 94692480",
            "ufficiodipiano@abbiategrasso-sim.it",
            "Piazza Vittorio Veneto 1, 20081 Abbiategrasso",
            "2025-2027",
            "21/01/2025",
            "2021-2023",
            "Matteo Conti",
        ),
        Ambito(
            "magenta",
            "Magenta",
            "Magenta",
            (),
            "02 97357290",
            "udp@magenta-sim.it",
            "Piazza Formenti 3, 20013 Magenta",
            "2025-2027",
            "24/01/2025",
            "2021-2023",
            "Francesca Longoni",
        ),
        Ambito(
            "saronno",
            "Saronno",
            "Saronno",
            (),
            "02 96710318",
            "ufficiodipiano@saronno-sim.it",
            "Piazza della Repubblica 7, 21047 Saronno",
            "2025-2027",
            "29/01/2025",
            "2021-2023",
            "Stefano Porro",
        ),
        Ambito(
            "gallarate",
            "Gallarate",
            "Gallarate",
            (),
            "0331 754512",
            "udp@gallarate-sim.it",
            "Via Cavour 2, 21013 Gallarate",
            "2025-2027",
            "12/02/2025",
            "2021-2023",
            "Valentina Bossi",
        ),
        Ambito(
            "tradate",
            "Tradate",
            "Tradate",
            (),
            "0331 826870",
            "ufficiodipiano@tradate-sim.it",
            "Piazza Mazzini 6, 21049 Tradate",
            "2025-2027",
            "06/02/2025",
            "2021-2023",
            "Simone Crespi",
        ),
        Ambito(
            "lodi",
            "Lodi",
            "Lodi",
            (),
            "0371 409341",
            "udp@lodi-sim.it",
            "Piazza Broletto 1, 26900 Lodi",
            "2025-2027",
            "10/02/2025",
            "2021-2023",
            "Laura Pozzi",
        ),
    )
}


@cache
def _istat_by_name() -> dict[str, str]:
    """The ISTAT list by exact name, read once (each ambito's members read the whole file again)."""
    with COMUNI_CSV.open(encoding="utf-8", newline="") as fh:
        return {row["name"]: row["istat"] for row in csv.DictReader(fh)}


def istat_codes(names: tuple[str, ...]) -> list[str]:
    """ISTAT codes of comuni named exactly as in the ISTAT list (the generator refuses a typo)."""
    by_name = _istat_by_name()
    missing = [n for n in names if n not in by_name]
    if missing:
        raise ValueError(f"not in {COMUNI_CSV.name}: {missing}")
    return sorted(by_name[n] for n in names)


def _members_sentence(a: Ambito) -> str:
    if not a.members:
        return ""
    return f"L'{a.name} comprende i Comuni di {', '.join(a.members[:-1])} e {a.members[-1]}. "


@dataclass(frozen=True)
class FactText:
    """A fact page's text: HTML body or PDF lines, and the strings that prove it holds the facts."""

    title: str
    html: str  # body for an HTML page ("" for a PDF)
    lines: tuple[str, ...]  # lines for a PDF (() for an HTML page)
    proof: tuple[str, ...]


def ufficio_di_piano(a: Ambito) -> FactText:
    members = ""
    if a.members:
        items = "".join(f"<li>{esc(m)}</li>" for m in a.members)
        members = f"<h2>Comuni dell'ambito</h2><ul>{items}</ul>"
    body = (
        f"<p>L'Ufficio di Piano è la struttura tecnica e amministrativa dell'{esc(a.name)}: coordina la "
        f"programmazione dei servizi sociali dei Comuni e attua il Piano di Zona {a.period}. "
        f"Ente capofila: Comune di {esc(a.capofila)}.</p>{members}"
        f"<h2>Contatti</h2><p>Ufficio di Piano<br>Indirizzo: {esc(a.address)}<br>Telefono: {a.phone}<br>"
        f'E-mail: <a href="mailto:{a.email}">{a.email}</a></p><p>Responsabile: {esc(a.person)}</p>'
    )
    return FactText(f"Ufficio di Piano - {a.name}", body, (), (a.name, a.capofila, a.phone, *a.members))


def members_page(a: Ambito) -> FactText:
    rows = "".join(
        f"<tr><td>{esc(m)}</td><td>{'ente capofila' if m == a.capofila else 'comune associato'}</td></tr>"
        for m in a.members
    )
    body = (
        f"<p>{esc(_members_sentence(a))}Il Comune di {esc(a.capofila)} è l'ente capofila dell'ambito e sede "
        f'dell\'Ufficio di Piano.</p><table class="table"><thead><tr><th>Comune</th><th>Ruolo</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )
    return FactText(f"I Comuni dell'{a.name}", body, (), (a.name, a.capofila, *a.members))


def news_article(a: Ambito) -> FactText:
    comuni = f" dei Comuni di {', '.join(a.members[:-1])} e {a.members[-1]}" if a.members else ""
    body = (
        f"<p class=\"data\">{a.approved}</p><p>L'Assemblea dei Sindaci dell'{esc(a.name)} ha approvato il "
        f"{a.approved} il nuovo Piano di Zona {a.period}, che orienta i servizi sociali{esc(comuni)}. "
        f"L'ente capofila resta il Comune di {esc(a.capofila)}, dove ha sede l'Ufficio di Piano "
        f"(telefono {a.phone}).</p><p>Il documento sarà presentato alla cittadinanza nelle prossime settimane.</p>"
    )
    return FactText(f"Approvato il Piano di Zona {a.period}", body, (), (a.name, a.period, a.capofila))


def piano_di_zona(a: Ambito) -> FactText:
    lines = (
        f"{a.name.upper()}",
        f"PIANO DI ZONA {a.period}",
        "",
        f"Approvato dall'Assemblea dei Sindaci nella seduta del {a.approved}.",
        f"Ente capofila: Comune di {a.capofila}.",
        _members_sentence(a).strip(),
        f"Ufficio di Piano: {a.address}, telefono {a.phone}, e-mail {a.email}.",
        "",
        "1. Il contesto territoriale e la rete dei servizi",
        "2. Gli obiettivi della programmazione zonale",
        "3. Il sistema di governance dell'ambito",
    )
    return FactText(f"Piano di Zona {a.period} - {a.name}", "", lines, (a.name, a.period, a.capofila))


def accordo(a: Ambito) -> FactText:
    signatories = a.members or (a.capofila,)
    lines = (
        "ACCORDO DI PROGRAMMA",
        f"per l'attuazione del Piano di Zona {a.previous} dell'{a.name}",
        "",
        "Tra i Comuni di:",
        *[f"- {m}{' (ente capofila)' if m == a.capofila else ''}" for m in signatories],
        "e ATS e ASST competenti per territorio.",
        "",
        f"Art. 1 - L'ente capofila dell'accordo e' il Comune di {a.capofila}.",
        f"Art. 2 - L'Ufficio di Piano ha sede in {a.address} (telefono {a.phone}).",
        f"Art. 3 - L'accordo ha durata per il triennio {a.previous}.",
    )
    return FactText(f"Accordo di programma {a.previous} - {a.name}", "", lines, (a.name, a.previous, a.capofila))


FACT_KINDS = {
    "ufficio-di-piano": ufficio_di_piano,
    "members": members_page,
    "news": news_article,
    "piano-di-zona": piano_di_zona,
    "accordo": accordo,
}


# Decoys: pages that speak of distretti, piani, unioni and member comuni, but of no ambito sociale.
DECOYS: dict[str, tuple[str, str]] = {
    "unione": (
        "Unione dei Comuni Lombarda dei Fontanili",
        "<p>L'Unione dei Comuni Lombarda dei Fontanili gestisce in forma associata la polizia locale, il catasto "
        "e la protezione civile. Ne fanno parte i Comuni di Arconate, Buscate e Dairago. Sede: Piazza Libertà 1. "
        "Telefono 0331 000112.</p><p>Presidente dell'Unione: Mario Bianchi.</p>",
    ),
    "distretto-commercio": (
        "Distretto Urbano del Commercio",
        "<p>Il Distretto del Commercio riunisce i Comuni di Nerviano, Parabiago e Canegrate con le associazioni "
        "dei commercianti per rilanciare i negozi di vicinato. Il piano degli interventi 2024-2026 prevede "
        "contributi a fondo perduto per le vetrine e gli arredi urbani.</p><p>Capofila del distretto: Comune di "
        "Parabiago. Sportello: telefono 0331 000345.</p>",
    ),
    "event": (
        "Festa di primavera del distretto",
        "<p>Domenica 13 aprile torna la festa di primavera: mercatini, musica e giochi in piazza. Partecipano le "
        "associazioni del distretto e le Pro Loco dei comuni vicini.</p><p>Programma completo in biblioteca.</p>",
    ),
    "pgt": (
        "Piano di Governo del Territorio",
        "<p>Il Piano di Governo del Territorio (PGT) 2023-2028 è stato approvato con delibera del Consiglio "
        "comunale. Documento di piano, piano dei servizi e piano delle regole sono consultabili in formato "
        "PDF.</p><p>Ufficio tecnico: telefono 0331 000678.</p>",
    ),
    "biblioteche": (
        "Sistema bibliotecario",
        "<p>Il sistema bibliotecario collega le biblioteche dei Comuni di Bresso, Cormano e Cusano Milanino: "
        "prestito interbibliotecario, catalogo unico e tessera valida in tutte le sedi.</p>"
        "<p>Centro sistema: telefono 02 0000901.</p>",
    ),
    "parco": (
        "Piano territoriale di coordinamento del Parco",
        "<p>Il Parco regionale tutela i boschi e le rogge dei Comuni di Castano Primo, Nosate e Turbigo. Il piano "
        "territoriale di coordinamento 2022-2032 disciplina gli usi del suolo.</p><p>Sede del Parco: telefono "
        "0331 000777.</p>",
    ),
}

FILLER: tuple[tuple[str, str], ...] = (
    ("Orari di apertura degli uffici", "<p>Gli uffici ricevono il pubblico dal lunedì al venerdì dalle 9 alle 12.</p>"),
    ("Modulistica", "<p>Moduli per istanze, autocertificazioni e richieste di accesso agli atti.</p>"),
    ("Tributi e pagamenti", "<p>IMU, TARI e canone unico: scadenze, aliquote e pagamento con pagoPA.</p>"),
    ("Anagrafe e stato civile", "<p>Carta d'identità elettronica, residenza e certificati anagrafici.</p>"),
    ("Scuola e servizi educativi", "<p>Iscrizioni alla mensa scolastica, al trasporto e al pre-scuola.</p>"),
    ("Biblioteca civica", "<p>Prestito, consultazione e iniziative di lettura per tutte le età.</p>"),
    ("Raccolta differenziata", "<p>Calendario della raccolta porta a porta e orari della piattaforma ecologica.</p>"),
    ("Lavori pubblici", "<p>Cantieri in corso, manutenzioni delle strade e dei parchi cittadini.</p>"),
    ("Polizia locale", "<p>Permessi di sosta, verbali e segnalazioni al comando.</p>"),
    ("Sport e tempo libero", "<p>Impianti sportivi comunali, palestre e associazioni del territorio.</p>"),
    ("Bandi di gara", "<p>Avvisi e procedure di affidamento in corso e concluse.</p>"),
    ("Concorsi", "<p>Selezioni pubbliche per l'assunzione di personale.</p>"),
)

FILLER_NEWS: tuple[str, ...] = (
    "Chiusura degli uffici per la festa patronale",
    "Nuovi orari della piattaforma ecologica",
    "Lavori di asfaltatura in via Roma",
    "Iscrizioni aperte ai centri estivi",
    "Concerto di Natale in piazza",
    "Bando per i contributi alle associazioni sportive",
    "Sportello per la carta d'identità elettronica",
    "Giornata del verde pulito",
    "Mostra fotografica in biblioteca",
    "Allerta meteo: raccomandazioni alla cittadinanza",
    "Mercato settimanale spostato in piazza Mercato",
    "Corso di alfabetizzazione digitale",
)

"""What the pages of the second simulated web say: its ambiti, the text of each kind of fact page,
decoys that borrow an ambito's words (caccia, ATO, zonizzazione acustica, GAL), and filler.

Ambito names and capofila are those of real Lombard ambiti the first web (tests/simweb/) did not
use; member lists are given only where they are short and certain (Bergamo, Brescia). Phones,
e-mail addresses, addresses, people, dates and every sentence are invented for this web.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.simweb.content import FactText, istat_codes
from tests.simweb.families import esc

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "FILLER", "FILLER_NEWS", "Ambito", "FactText", "istat_codes"]


@dataclass(frozen=True)
class Ambito:
    key: str
    place: str  # "Crema": the ambito is "Ambito territoriale di Crema"
    capofila: str
    members: tuple[str, ...]  # every member comune when the pages list them, else ()
    phone: str
    email: str
    seat: str  # where the Ufficio di Piano sits
    period: str  # Piano di Zona in force
    previous: str  # the accordo's earlier period
    signed: str  # date the Assemblea dei Sindaci approved the Piano
    head: str  # the Ufficio di Piano's coordinator

    @property
    def name(self) -> str:
        return f"Ambito territoriale di {self.place}"


def _ambito(key: str, place: str, n: int, members: tuple[str, ...] = ()) -> Ambito:
    """An ambito whose capofila is its namesake comune; contacts are invented from a number."""
    heads = ("Chiara Rota", "Davide Mori", "Elena Gatti", "Fabio Riva", "Sara Longhi", "Matteo Villa")
    slug = key.replace("-", "")
    return Ambito(
        key=key,
        place=place,
        capofila=place,
        members=members,
        phone=f"0{300 + 7 * n} {410000 + 3571 * n}",
        email=f"pianodizona@{slug}-sim2.it",
        seat=f"Via della Repubblica {n + 3}, {place}",
        period="2025-2027",
        previous="2021-2023",
        signed=f"{10 + n % 18:02d}/0{1 + n % 3}/2025",
        head=heads[n % len(heads)],
    )


AMBITI: dict[str, Ambito] = {
    a.key: a
    for a in (
        _ambito("cremona", "Cremona", 1),
        _ambito("crema", "Crema", 2),
        _ambito("casalmaggiore", "Casalmaggiore", 3),
        _ambito(
            "bergamo", "Bergamo", 4, ("Bergamo", "Gorle", "Orio al Serio", "Ponteranica", "Sorisole", "Torre Boldone")
        ),
        _ambito("dalmine", "Dalmine", 5),
        _ambito("brescia", "Brescia", 6, ("Brescia", "Collebeato")),
        _ambito("mantova", "Mantova", 7),
        _ambito("lecco", "Lecco", 8),
        _ambito("pavia", "Pavia", 9),
        _ambito("vigevano", "Vigevano", 10),
        _ambito("corsico", "Corsico", 11),
        _ambito("vimercate", "Vimercate", 12),
        _ambito("treviglio", "Treviglio", 13),
        _ambito("sondrio", "Sondrio", 14),
        _ambito("busto-arsizio", "Busto Arsizio", 15),
    )
}


def _comuni(a: Ambito) -> str:
    return ", ".join(a.members[:-1]) + f" e {a.members[-1]}" if a.members else ""


def ufficio_di_piano(a: Ambito) -> FactText:
    body = (
        f"<p>Per i cittadini dei Comuni dell'{esc(a.name)} l'Ufficio di Piano è il punto di regia dei servizi "
        f"sociali associati: istruisce gli atti dell'Assemblea dei Sindaci, gestisce i fondi regionali e "
        f"nazionali e redige il Piano di Zona {a.period}.</p>"
        f"<p>Il Comune di {esc(a.capofila)} ne è l'ente capofila.</p>"
        f'<div class="scheda-contatti"><h2>Dove siamo</h2><p>{esc(a.seat)}</p><h2>Recapiti</h2>'
        f"<p>Tel. {a.phone} &middot; {a.email}</p><p>Coordinatrice/coordinatore: {esc(a.head)}</p></div>"
    )
    return FactText(f"Ufficio di Piano dell'{a.name}", body, (), (a.name, a.capofila, a.phone))


def members_page(a: Ambito) -> FactText:
    items = "".join(f"<li>Comune di {esc(m)}</li>" for m in a.members)
    body = (
        f"<p>Fanno parte dell'{esc(a.name)} i Comuni di {esc(_comuni(a))}, che esercitano in forma associata "
        f'le funzioni sociali. Capofila: Comune di {esc(a.capofila)}.</p><ol class="elenco-enti">{items}</ol>'
    )
    return FactText(f"Enti aderenti all'{a.name}", body, (), (a.name, a.capofila, *a.members))


def news_article(a: Ambito) -> FactText:
    body = (
        f'<p class="data-pubblicazione">Pubblicato il {a.signed}</p><p>Via libera dei sindaci alla nuova '
        f"programmazione sociale: l'Assemblea dell'{esc(a.name)} ha approvato il Piano di Zona {a.period}. "
        f"Il Comune di {esc(a.capofila)}, capofila, coordinerà l'attuazione attraverso l'Ufficio di Piano "
        f"(tel. {a.phone}).</p><p>Tra le priorità: domiciliarità, sostegno ai caregiver e contrasto alla "
        f"povertà educativa.</p>"
    )
    return FactText(f"I sindaci approvano la programmazione sociale {a.period}", body, (), (a.name, a.period))


def piano_di_zona(a: Ambito) -> FactText:
    lines = (
        f"Piano di Zona {a.period}",
        a.name,
        "",
        f"Documento approvato dall'Assemblea dei Sindaci il {a.signed}.",
        f"Comune capofila: {a.capofila}.",
        f"I Comuni dell'ambito: {_comuni(a)}." if a.members else "",
        f"Ufficio di Piano: {a.seat} - tel. {a.phone} - {a.email}.",
        "",
        "Parte prima - Analisi dei bisogni del territorio",
        "Parte seconda - Priorita' di intervento del triennio",
        "Parte terza - Risorse e governance",
    )
    return FactText(f"Piano di Zona {a.period} - {a.name}", "", lines, (a.name, a.period, a.capofila))


def accordo(a: Ambito) -> FactText:
    parties = a.members or (a.capofila,)
    lines = (
        "ACCORDO DI PROGRAMMA",
        f"per l'adozione del Piano di Zona {a.previous} - {a.name}",
        "",
        "Sottoscritto dai Comuni di " + ", ".join(parties) + ",",
        "dall'ATS e dall'ASST del territorio.",
        "",
        f"Articolo 1. Il Comune di {a.capofila} e' ente capofila dell'accordo.",
        f"Articolo 2. L'Ufficio di Piano ha sede in {a.seat}, telefono {a.phone}.",
        f"Articolo 3. L'accordo vale per gli anni {a.previous}.",
    )
    return FactText(f"Accordo di programma {a.previous} - {a.name}", "", lines, (a.name, a.previous, a.capofila))


FACT_KINDS = {
    "ufficio-di-piano": ufficio_di_piano,
    "members": members_page,
    "news": news_article,
    "piano-di-zona": piano_di_zona,
    "accordo": accordo,
}

# Decoys: real institutions whose names and words resemble an ambito sociale's, and are not one.
DECOYS: dict[str, tuple[str, str]] = {
    "caccia": (
        "Ambito Territoriale di Caccia Cremona 2",
        "<p>L'Ambito Territoriale di Caccia organizza i ripopolamenti, i censimenti della fauna e il calendario "
        "venatorio. Il comitato di gestione si riunisce in sede ogni primo lunedì del mese. "
        "Segreteria: tel. 0372 000411.</p>",
    ),
    "ato": (
        "Ufficio d'Ambito - servizio idrico integrato",
        "<p>L'Ufficio d'Ambito territoriale ottimale regola il servizio idrico integrato della provincia: "
        "tariffe, piano d'ambito degli investimenti 2024-2029 e carta del servizio. Capofila delle "
        "convenzioni: la Provincia. Tel. 0371 000512.</p>",
    ),
    "acustica": (
        "Piano di zonizzazione acustica",
        "<p>Il piano di zonizzazione acustica del territorio comunale classifica le zone secondo i limiti di "
        "rumore. Aggiornamento 2025-2027 adottato dal Consiglio comunale. Ufficio ambiente: tel. 0363 000613.</p>",
    ),
    "gal": (
        "GAL - Gruppo di Azione Locale",
        "<p>Il GAL riunisce i Comuni del distretto rurale e le imprese agricole per il Piano di Sviluppo Locale "
        "2023-2027: bandi per agriturismi, filiere corte e percorsi ciclabili. Comune capofila del partenariato: "
        "Casalmaggiore. Tel. 0375 000714.</p>",
    ),
    "fiera": (
        "Fiera di San Martino",
        "<p>Tre giorni di mercato, degustazioni e giostre nel centro storico. Il programma è curato dalla Pro "
        "Loco con le associazioni del distretto.</p>",
    ),
    "consorzio-bonifica": (
        "Consorzio di bonifica: ruoli di contribuenza",
        "<p>Il Consorzio di bonifica gestisce canali e rogge dei comuni consorziati. Il piano di classifica "
        "2022-2026 stabilisce i contributi dei proprietari. Sportello: tel. 0376 000815.</p>",
    ),
}

FILLER: tuple[tuple[str, str], ...] = (
    ("Orari e recapiti degli sportelli", "<p>Sportelli aperti il martedì e il giovedì, anche su appuntamento.</p>"),
    ("Richiedere un certificato", "<p>Certificati anagrafici online con SPID o CIE, senza marca da bollo.</p>"),
    ("Pagare la TARI", "<p>Avvisi di pagamento TARI inviati a maggio; rate a luglio e novembre.</p>"),
    ("Iscrizione al nido comunale", "<p>Domande dal 1 al 31 marzo; graduatoria pubblicata a maggio.</p>"),
    ("Cimiteri comunali", "<p>Concessioni, lampade votive e orari di apertura dei cimiteri.</p>"),
    ("Occupazione di suolo pubblico", "<p>Permessi per cantieri, dehors e traslochi.</p>"),
    ("Centro di raccolta rifiuti", "<p>Conferimento di ingombranti e RAEE con la tessera sanitaria.</p>"),
    ("Trasporto scolastico", "<p>Percorsi, fermate e tariffe dello scuolabus comunale.</p>"),
    ("Sale civiche in uso", "<p>Prenotazione delle sale per associazioni e privati.</p>"),
    ("Contributi alle associazioni", "<p>Criteri e modulo per chiedere un contributo ordinario.</p>"),
    ("Segnalazioni e reclami", "<p>Buche, lampioni spenti e rifiuti abbandonati: come segnalarli.</p>"),
    ("Matrimoni civili", "<p>Sedi, tariffe e documenti per la celebrazione del matrimonio civile.</p>"),
)

FILLER_NEWS: tuple[str, ...] = (
    "Sospensione idrica in zona industriale",
    "Nuovo parcheggio in via Dante",
    "Apertura straordinaria dell'anagrafe",
    "Corsi di nuoto per over 65",
    "Potatura dei platani lungo il viale",
    "Rassegna di teatro dialettale",
    "Campagna antizanzare",
    "Mercatino dell'antiquariato",
    "Bando per le borse di studio",
    "Consiglio comunale: ordine del giorno",
    "Chiusura del ponte per lavori",
    "Festa dello sport in oratorio",
)

"""What the pages of the fifth simulated web say: its ambiti, the text of each kind of fact page (the
fourth web's kinds, and one more: an ambito's regulation for access to its services, as a PDF), and
decoys that borrow an ambito's or a plan's words (the fourth web's, and three more: a cemetery plan
with its "ambiti cimiteriali", an urban traffic plan, a land reclamation consortium's "comprensorio").

Ambito names and capofila are those of real Lombard ambiti that no earlier web used; no member lists.
Phones, e-mail addresses, addresses, people, dates and every sentence are invented for this web.
"""

from __future__ import annotations

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb4.content import DECOYS as FOURTH_WEB_DECOYS
from tests.simweb4.content import FACT_KINDS as FOURTH_WEB_KINDS

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

COORDINATORS = (
    "Chiara Venturini", "Davide Lorenzi", "Federica Moretti", "Stefano Rota", "Ilaria Gatti", "Nicola Pasini",
)  # fmt: skip
PLACES = {  # key -> capofila and namesake
    "azzate": "Azzate", "castellanza": "Castellanza", "cittiglio": "Cittiglio", "somma": "Somma Lombardo",
    "bellano": "Bellano", "lomazzo": "Lomazzo", "grumello": "Grumello del Monte", "trescore": "Trescore Balneario",
    "villa-dalme": "Villa d'Almè", "iseo": "Iseo", "palazzolo": "Palazzolo sull'Oglio", "orzinuovi": "Orzinuovi",
    "vestone": "Vestone", "gardone": "Gardone Val Trompia", "rezzato": "Rezzato", "gussago": "Gussago",
    "montichiari": "Montichiari", "guidizzolo": "Guidizzolo", "garlasco": "Garlasco", "corteolona": "Corteolona",
    "certosa": "Certosa di Pavia", "trezzo": "Trezzo sull'Adda", "cernusco": "Cernusco sul Naviglio",
    "san-giuliano": "San Giuliano Milanese",
}  # fmt: skip


def _invented(n: int, key: str, place: str) -> Ambito:
    """An ambito of this web: the real name and capofila, every contact made up from its number."""
    return Ambito(
        key=key,
        place=place,
        capofila=place,
        members=(),
        phone=f"0{330 + 7 * n} {710000 + 3917 * n}",
        email=f"pianodizona@{key.replace('-', '')}-sim5.it",
        seat=f"Via Garibaldi {5 + 2 * n}, {place}",
        period="2025-2027",
        previous="2021-2023",
        signed=f"{2 + n % 26:02d}/{4 + n % 6:02d}/2025",
        head=COORDINATORS[n % len(COORDINATORS)],
    )


AMBITI: dict[str, Ambito] = {key: _invented(n, key, place) for n, (key, place) in enumerate(PLACES.items())}


def regolamento(a: Ambito) -> FactText:
    lines = (
        "REGOLAMENTO D'AMBITO PER L'ACCESSO AI SERVIZI SOCIALI",
        a.name,
        "",
        f"Art. 1 - Il presente regolamento attua il Piano di Zona {a.period}.",
        f"Art. 2 - Le domande si presentano all'Ufficio di Piano del Comune di {a.capofila}, ente capofila.",
        f"Art. 3 - Recapiti: {a.seat}, tel. {a.phone}, {a.email}.",
        f"Approvato dall'Assemblea dei Sindaci il {a.signed}.",
    )
    return FactText(f"Regolamento d'ambito - {a.name}", "", lines, (a.name, a.capofila, a.period))


FACT_KINDS = {**FOURTH_WEB_KINDS, "regolamento": regolamento}

# Decoys: real institutions and plans whose words resemble an ambito sociale's, and are not one.
DECOYS: dict[str, tuple[str, str]] = {
    **FOURTH_WEB_DECOYS,
    "cimiteriale": (
        "Piano regolatore cimiteriale",
        "<p>Il piano cimiteriale divide i cimiteri comunali in ambiti di ampliamento e fissa le fasce di rispetto "
        "per il periodo 2025-2045. Ufficio lavori pubblici: tel. 0332 001414.</p>",
    ),
    "traffico": (
        "Piano urbano del traffico",
        "<p>Il piano urbano del traffico riorganizza la sosta e i sensi unici in tre ambiti di intervento del "
        "centro abitato; cantieri 2025-2027. Polizia locale: tel. 035 001515.</p>",
    ),
    "bonifica": (
        "Consorzio di bonifica",
        "<p>Il consorzio di bonifica gestisce la rete irrigua del comprensorio e riscuote i contributi dei "
        "consorziati; piano di classifica 2025-2027, Comuni del comprensorio. Tel. 030 001616.</p>",
    ),
}

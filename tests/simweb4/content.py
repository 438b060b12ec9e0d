"""What the pages of the fourth simulated web say: its ambiti, the text of each kind of fact page (the
third web's kinds, and two more: the minutes of an Assemblea dei Sindaci as a PDF and a call for
applications of the Ufficio di Piano), and decoys that borrow an ambito's or a plan's words (piano per
il diritto allo studio, piano neve, a forest management plan, a regional park's "ambiti agricoli",
a police union's "ambito di intervento", a tourist "ambito").

Ambito names and capofila are those of real Lombard ambiti that no earlier web used; member lists only
where short and certain (Bormio, Tirano). Phones, e-mail addresses, addresses, people, dates and every
sentence are invented for this web.
"""

from __future__ import annotations

from tests.simweb.content import FactText
from tests.simweb.families import esc
from tests.simweb2.content import Ambito
from tests.simweb3.content import DECOYS as THIRD_WEB_DECOYS
from tests.simweb3.content import FACT_KINDS as THIRD_WEB_KINDS

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

HEADS = ("Silvia Bertolini", "Marco Zanoletti", "Anna Pedrini", "Giorgio Cattaneo", "Elisa Togni")
BORMIO = ("Bormio", "Livigno", "Sondalo", "Valdidentro", "Valdisotto", "Valfurva")
TIRANO = (
    "Aprica", "Bianzone", "Grosio", "Grosotto", "Lovero", "Mazzo di Valtellina", "Sernio", "Teglio", "Tirano",
    "Tovo di Sant'Agata", "Vervio", "Villa di Tirano",
)  # fmt: skip
PLACES = (  # (key, capofila and namesake, members)
    ("tirano", "Tirano", TIRANO), ("bormio", "Bormio", BORMIO), ("menaggio", "Menaggio", ()),
    ("dongo", "Dongo", ()), ("olgiate", "Olgiate Comasco", ()), ("mariano", "Mariano Comense", ()),
    ("arcisate", "Arcisate", ()), ("sesto-calende", "Sesto Calende", ()), ("albino", "Albino", ()),
    ("clusone", "Clusone", ()), ("zogno", "Zogno", ()), ("ponte", "Ponte San Pietro", ()), ("sarnico", "Sarnico", ()),
    ("chiari", "Chiari", ()), ("salo", "Salò", ()), ("breno", "Breno", ()), ("ostiglia", "Ostiglia", ()),
    ("asola", "Asola", ()), ("broni", "Broni", ()), ("casteggio", "Casteggio", ()), ("rozzano", "Rozzano", ()),
    ("paullo", "Paullo", ()), ("lovere", "Lovere", ()),
)  # fmt: skip


def _made_up(n: int, key: str, place: str, members: tuple[str, ...]) -> Ambito:
    """An ambito whose capofila is its namesake comune, with contacts invented from its number."""
    phone, email = f"0{341 + 13 * n} {610000 + 5231 * n}", f"ufficiodipiano@{key.replace('-', '')}-sim4.it"
    signed, seat = f"{3 + n % 24:02d}/{3 + n % 5:02d}/2025", f"Via Roma {20 + n}, {place}"
    return Ambito(key, place, place, members, phone, email, seat, "2025-2027", "2021-2023", signed, HEADS[n % 5])


AMBITI: dict[str, Ambito] = {key: _made_up(n, key, place, members) for n, (key, place, members) in enumerate(PLACES)}


def verbale(a: Ambito) -> FactText:
    lines = (
        "VERBALE DELL'ASSEMBLEA DEI SINDACI",
        f"{a.name} - seduta del {a.signed}",
        "",
        f"Presiede il Sindaco del Comune di {a.capofila}, ente capofila.",
        f"L'Assemblea approva il Piano di Zona {a.period} e il bilancio dell'Ufficio di Piano",
        f"({a.seat}, tel. {a.phone}).",
        "La seduta è tolta alle ore 19.30.",
    )
    return FactText(f"Verbale dell'Assemblea dei Sindaci - {a.name}", "", lines, (a.name, a.capofila, a.period))


def bando(a: Ambito) -> FactText:
    body = (
        f"<p>L'Ufficio di Piano dell'{esc(a.name)} apre il bando per i contributi a sostegno del canone di "
        f"locazione, misura prevista dal Piano di Zona {a.period}.</p><p>Ente capofila: Comune di "
        f"{esc(a.capofila)}. Domande entro il 30/06/2025 a {a.email} o allo sportello di {esc(a.seat)}.</p>"
    )
    return FactText(f"Bando contributi affitto - {a.name}", body, (), (a.name, a.capofila, a.email))


FACT_KINDS = {**THIRD_WEB_KINDS, "verbale": verbale, "bando": bando}

# Decoys: real institutions and plans whose words resemble an ambito sociale's, and are not one.
DECOYS: dict[str, tuple[str, str]] = {
    **THIRD_WEB_DECOYS,
    "diritto-studio": (
        "Piano per il diritto allo studio",
        "<p>Il piano per il diritto allo studio 2025/2026 finanzia mensa, trasporto e progetti delle scuole "
        "dell'ambito comunale; approvato dal Consiglio comunale. Ufficio istruzione: tel. 0365 000808.</p>",
    ),
    "neve": (
        "Piano neve 2025-2026",
        "<p>Il piano neve divide il territorio in ambiti di intervento per lo sgombero delle strade; la ditta "
        "capofila coordina i mezzi spargisale. Ufficio tecnico: tel. 0342 000909.</p>",
    ),
    "forestale": (
        "Piano di assestamento forestale",
        "<p>Il Consorzio forestale gestisce i boschi dei Comuni soci secondo il piano di assestamento 2024-2038, "
        "diviso in ambiti di taglio. Sede: tel. 0364 001010.</p>",
    ),
    "parco": (
        "Piano territoriale di coordinamento del Parco",
        "<p>Il piano territoriale del Parco individua gli ambiti agricoli, gli ambiti di tutela e i Comuni del "
        "parco; variante 2025-2027 in consultazione. Tel. 030 001111.</p>",
    ),
    "polizia": (
        "Unione di polizia locale",
        "<p>La polizia locale associata opera in un unico ambito di intervento per i Comuni dell'Unione; Comune "
        "capofila della convenzione 2025-2027. Centrale operativa: tel. 0344 001212.</p>",
    ),
    "turismo": (
        "Ambito turistico del lago",
        "<p>Il consorzio turistico promuove l'ambito turistico del lago con i Comuni aderenti: piano di "
        "marketing 2025-2027, eventi e ospitalità. Ufficio informazioni: tel. 031 001313.</p>",
    ),
}

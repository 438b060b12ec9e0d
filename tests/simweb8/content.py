"""What the pages of the eighth simulated web say: its ambiti, the fifth web's fact kinds, and its decoys
(the fifth web's, and two more: the "piano di zona" of a health district outside Lombardy, and a variant
of a town plan whose "ambiti di trasformazione" borrow an ambito's words).

The seven earlier webs used the capofila of nearly every Lombard ambito and dozens of other towns, so this
web's ambiti are named, as theirs are, "Ambito territoriale di" a Lombard comune no earlier web named:
towns of the south-west Milanese, of Brianza, of the Lecco and Varese lakes, of the Como hills, of the
Cremonese and Pavese plains, of the Bergamo plain, of the Brescian Garda and of Valtellina. Phones,
e-mail addresses, addresses, people and dates are invented: the fifth web's made-up contacts, renumbered.
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS as FIFTH_WEB_DECOYS
from tests.simweb5.content import FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> capofila and namesake
    "melegnano": "Melegnano", "meda": "Meda", "gavirate": "Gavirate", "angera": "Angera", "porlezza": "Porlezza",
    "oggiono": "Oggiono", "mandello": "Mandello del Lario", "settimo": "Settimo Milanese",
    "trezzano": "Trezzano sul Naviglio", "bareggio": "Bareggio", "nova": "Nova Milanese",
    "besana": "Besana in Brianza", "lonato": "Lonato del Garda", "gavardo": "Gavardo",
    "casalbuttano": "Casalbuttano ed Uniti", "soncino": "Soncino", "cermenate": "Cermenate",
    "lurate": "Lurate Caccivio", "siziano": "Siziano", "villa-tirano": "Villa di Tirano",
    "verdellino": "Verdellino", "sannazzaro": "Sannazzaro de' Burgondi", "talamona": "Talamona",
    "calcinate": "Calcinate", "caprino": "Caprino Bergamasco",
}  # fmt: skip


def _renumbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito for another number, with this web's e-mail domain."""
    return replace(_invented(n + 120, key, place), email=f"segreteria.udp@{key.replace('-', '')}-sim8.it")


AMBITI: dict[str, Ambito] = {key: _renumbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

DECOYS: dict[str, tuple[str, str]] = {
    **FIFTH_WEB_DECOYS,
    "pdz-fuori-regione": (
        "Piano di zona per la salute e il benessere sociale 2024-2026",
        "<p>Il Comitato di Distretto di Scandiano (Regione Emilia-Romagna) ha approvato il Piano di zona per la "
        "salute e il benessere sociale 2024-2026 del distretto socio-sanitario; il comune vi aderisce per il "
        "gemellaggio dei servizi. Referente regionale: tel. 0522 000418.</p>",
    ),
    "pgt-variante": (
        "Variante generale al PGT - avvio del procedimento",
        "<p>Avvio del procedimento di variante generale al Piano di Governo del Territorio: ambiti di "
        "trasformazione, ambito agricolo strategico e piano dei servizi. Osservazioni entro il 30 aprile. "
        "Ufficio urbanistica: tel. 0363 000227.</p>",
    ),
}

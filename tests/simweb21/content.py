"""What the pages of the twenty-first simulated web say: its ambiti, and the fifth web's fact kinds and decoys.

The twenty earlier webs used the capofila of nearly every Lombard ambito and hundreds of other comuni, so
this web's ambiti are named, as theirs are, "Ambito territoriale di" a small Lombard comune no earlier
manifest names: villages of the Isola and the Bergamasque plain, the Brescian Oglio and Mella, the Como
lakes and the Intelvi valley, the Cremonese, the Lodigiano, the Mantuan plain, the Oltrepò, Valtellina and
the Varese lake shore. Phones, e-mail addresses, addresses, people and dates are invented: the fifth web's
made-up contacts, renumbered once more.
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS, FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> capofila and namesake
    "bottanuco": "Bottanuco", "palosco": "Palosco", "pontida": "Pontida", "rudiano": "Rudiano",
    "pompiano": "Pompiano", "poncarale": "Poncarale", "eupilio": "Eupilio", "argegno": "Argegno",
    "san-bassano": "San Bassano", "paderno-ponchielli": "Paderno Ponchielli", "corte-frati": "Corte de' Frati",
    "malgrate": "Malgrate", "annone": "Annone di Brianza", "bertonico": "Bertonico", "secugnago": "Secugnago",
    "borgo-virgilio": "Borgo Virgilio", "piubega": "Piubega", "torre-isola": "Torre d'Isola",
    "santa-maria-versa": "Santa Maria della Versa", "castione": "Castione Andevenno", "leggiuno": "Leggiuno",
    "brusimpiano": "Brusimpiano",
}  # fmt: skip


def _renumbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito for another number, with this web's e-mail domain."""
    return replace(_invented(n + 520, key, place), email=f"ufficio.piano@{key.replace('-', '')}-sim21.it")


AMBITI: dict[str, Ambito] = {key: _renumbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

"""What the pages of the sixteenth simulated web say: its ambiti, and the fifth web's fact kinds and decoys.

The fifteen earlier webs named most Lombard seats of social-planning offices, so this web's ambiti are
named, as theirs are, "Ambito territoriale di" a comune no earlier web named, all in the provinces of
Bergamo, Brescia, Pavia, Mantova, Sondrio and Como. Phones, e-mail addresses, addresses, people and
dates are invented: the fifth web's made-up contacts, renumbered once more.
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS, FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> capofila and namesake
    "bonate": "Bonate Sopra", "carvico": "Carvico", "spirano": "Spirano", "ciserano": "Ciserano",
    "calepio": "Castelli Calepio", "villongo": "Villongo", "torre-boldone": "Torre Boldone",
    "rodengo": "Rodengo Saiano", "erbusco": "Erbusco", "pontoglio": "Pontoglio", "quinzano": "Quinzano d'Oglio",
    "calcinato": "Calcinato", "botticino": "Botticino", "bereguardo": "Bereguardo", "cilavegna": "Cilavegna",
    "godiasco": "Godiasco", "villanterio": "Villanterio", "sermide": "Sermide", "dosolo": "Dosolo",
    "canneto": "Canneto sull'Oglio", "albosaggia": "Albosaggia", "novate-mezzola": "Novate Mezzola",
    "bregnano": "Bregnano", "mozzate": "Mozzate", "villa-guardia": "Villa Guardia",
}  # fmt: skip


def _renumbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito for another number, with this web's e-mail domain."""
    return replace(_invented(n + 460, key, place), email=f"pianodizona@{key.replace('-', '')}-sim16.it")


AMBITI: dict[str, Ambito] = {key: _renumbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

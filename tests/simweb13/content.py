"""What the pages of the thirteenth simulated web say: its ambiti, and the fifth web's fact kinds and decoys.

The twelve earlier webs named some 250 ambiti, so this web's are named, as theirs are, "Ambito
territoriale di" a comune no earlier web named, all in the provinces of Milano, Monza e Brianza, Lodi,
Cremona, Lecco and Varese. Phones, e-mail addresses, addresses, people and dates are invented: the fifth
web's made-up contacts, renumbered once more.
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS, FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> capofila and namesake
    "cornaredo": "Cornaredo", "pieve-emanuele": "Pieve Emanuele", "corbetta": "Corbetta", "inveruno": "Inveruno",
    "carugate": "Carugate", "baranzate": "Baranzate", "vignate": "Vignate",
    "lentate": "Lentate sul Seveso", "biassono": "Biassono", "villasanta": "Villasanta", "bellusco": "Bellusco",
    "mulazzano": "Mulazzano", "castiglione-adda": "Castiglione d'Adda", "somaglia": "Somaglia",
    "vescovato": "Vescovato", "offanengo": "Offanengo", "castelverde": "Castelverde",
    "barzano": "Barzanò", "olginate": "Olginate", "missaglia": "Missaglia",
    "caronno": "Caronno Pertusella", "cardano": "Cardano al Campo", "castiglione-olona": "Castiglione Olona",
    "gemonio": "Gemonio", "bisuschio": "Bisuschio",
}  # fmt: skip


def _renumbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito for another number, with this web's e-mail domain."""
    return replace(_invented(n + 310, key, place), email=f"ufficiodipiano@{key.replace('-', '')}-sim13.it")


AMBITI: dict[str, Ambito] = {key: _renumbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

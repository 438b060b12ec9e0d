"""What the pages of the twenty-fifth web say: its ambiti (Lombard comuni no earlier web named as an ambito),
with the fifth web's fact kinds and decoys. Every contact is invented from the ambito's number."""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS, FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> namesake
    "caravate": "Caravate", "cadrezzate": "Cadrezzate", "bagnolo-cremasco": "Bagnolo Cremasco",
    "vermezzo": "Vermezzo con Zelo", "cividate": "Cividate Camuno", "ossago": "Ossago Lodigiano",
    "lambrugo": "Lambrugo", "rogolo": "Rogolo", "dazio": "Dazio", "corte-franca": "Corte Franca",
    "varano": "Varano Borghi", "mornago": "Mornago", "bienno": "Bienno", "pieve-sg": "Pieve San Giacomo",
    "mairago": "Mairago", "cura": "Cura Carpignano", "brunate": "Brunate", "ello": "Ello", "vernate": "Vernate",
    "borgarello": "Borgarello", "paspardo": "Paspardo",
}  # fmt: skip


def _renumbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito for another number, with this web's e-mail domain."""
    return replace(_invented(n + 240, key, place), email=f"udp@{key.replace('-', '')}-sim25.it")


AMBITI: dict[str, Ambito] = {key: _renumbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

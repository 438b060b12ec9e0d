"""What the pages of the twentieth simulated web say: its ambiti, and the fifth web's fact kinds and decoys.

The nineteen earlier webs named most Lombard towns of any size, so this web's ambiti are named after
small comuni of Como, Lecco, Varese, the Milanese south-west, the Pavese and Lodigiano plains, the
Cremasco and the Brescian and Mantuan Garda that no earlier web named. Contacts and dates are invented:
the fifth web's made-up contacts, renumbered once more (another offset and e-mail domain than simweb7).
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS, FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> capofila and namesake
    "cabiate": "Cabiate", "grandate": "Grandate", "bulciago": "Bulciago", "verderio": "Verderio",
    "correzzana": "Correzzana", "castronno": "Castronno", "morazzone": "Morazzone", "gazzada": "Gazzada Schianno",
    "cairate": "Cairate", "marnate": "Marnate", "ossona": "Ossona", "albairate": "Albairate",
    "morimondo": "Morimondo", "noviglio": "Noviglio", "vistarino": "Vistarino", "miradolo": "Miradolo Terme",
    "sanrocco": "San Rocco al Porto", "sesto-cremonese": "Sesto Cremonese", "sergnano": "Sergnano",
    "genivolta": "Genivolta", "pessina": "Pessina Cremonese", "monzambano": "Monzambano",
    "manerba": "Manerba del Garda", "cellatica": "Cellatica", "trenzano": "Trenzano",
}  # fmt: skip


def _renumbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito for another number, with this web's e-mail domain."""
    return replace(_invented(n + 140, key, place), email=f"ufficiodipiano@{key.replace('-', '')}-sim20.it")


AMBITI: dict[str, Ambito] = {key: _renumbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

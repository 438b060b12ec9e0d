"""What the pages of the fifteenth simulated web say: its ambiti, and the fifth web's fact kinds and decoys.

The fourteen earlier webs named most Lombard capofila towns, so this web's ambiti are named, as theirs are,
"Ambito territoriale di" a comune of Milano, Monza e Brianza, Varese, Lecco, Cremona or Lodi that no
earlier manifest names. Phones, e-mail addresses, addresses, people and dates are invented: the fifth
web's made-up contacts, renumbered once more.
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS, FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> capofila and namesake
    "vittuone": "Vittuone", "solaro": "Solaro", "origgio": "Origgio", "taino": "Taino", "cunardo": "Cunardo",
    "maccagno": "Maccagno con Pino e Veddasca", "bosisio": "Bosisio Parini", "civate": "Civate",
    "dolzago": "Dolzago", "molteno": "Molteno", "cremella": "Cremella", "osnago": "Osnago", "lomagna": "Lomagna",
    "lesmo": "Lesmo", "ornago": "Ornago", "macherio": "Macherio", "triuggio": "Triuggio", "briosco": "Briosco",
    "misinto": "Misinto", "pogliano": "Pogliano Milanese", "arconate": "Arconate", "sospiro": "Sospiro",
    "gussola": "Gussola", "maleo": "Maleo", "fombio": "Fombio",
}  # fmt: skip


def _renumbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito for another number, with this web's e-mail domain."""
    return replace(_invented(n + 150, key, place), email=f"pianodizona@{key.replace('-', '')}-sim15.it")


AMBITI: dict[str, Ambito] = {key: _renumbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

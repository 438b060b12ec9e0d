"""What the pages of the sixth simulated web say: its ambiti, and the fifth web's fact kinds and decoys.

The five earlier webs used nearly every Lombard ambito's capofila, so this web's ambiti are named, as
theirs are, "Ambito territoriale di" a Lombard comune that no earlier web named (seats of social-planning
offices of Milan, the Lodi and Pavia plains, the Brescian and Bergamasque valleys). Phones, e-mail
addresses, addresses, people and dates are invented: the fifth web's made-up contacts, renumbered.
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS, FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> capofila and namesake
    "milano": "Milano", "leno": "Leno", "piazza-brembana": "Piazza Brembana", "san-donato": "San Donato Milanese",
    "bollate": "Bollate", "paderno": "Paderno Dugnano", "ghedi": "Ghedi", "manerbio": "Manerbio",
    "roncadelle": "Roncadelle", "codogno": "Codogno", "casalpusterlengo": "Casalpusterlengo",
    "santangelo": "Sant'Angelo Lodigiano", "stradella": "Stradella", "varzi": "Varzi", "mede": "Mede",
    "cassano": "Cassano d'Adda", "gorgonzola": "Gorgonzola", "lonate": "Lonate Pozzolo", "malnate": "Malnate",
    "besozzo": "Besozzo", "valmalenco": "Chiesa in Valmalenco", "edolo": "Edolo", "bagnolo": "Bagnolo Mella",
    "goito": "Goito",
}  # fmt: skip


def _renumbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito for another number, with this web's e-mail domain."""
    return replace(_invented(n + 40, key, place), email=f"ufficiodipiano@{key.replace('-', '')}-sim6.it")


AMBITI: dict[str, Ambito] = {key: _renumbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

"""What the pages of the fourteenth simulated web say: its ambiti, and the fifth web's fact kinds and decoys.

The thirteen earlier webs named the capofila of most Lombard ambiti, so this web's ambiti are named, as
theirs are, "Ambito territoriale di" a comune no earlier web named, all in the provinces of Bergamo,
Brescia, Mantova, Pavia, Sondrio and Como. Phones, e-mail addresses, addresses, people and dates are
invented: the fifth web's made-up contacts, renumbered once more.
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS, FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> capofila and namesake
    "gazzaniga": "Gazzaniga", "ponte-nossa": "Ponte Nossa", "brembate": "Brembate", "mozzo": "Mozzo",
    "cisano": "Cisano Bergamasco", "urgnano": "Urgnano",
    "ospitaletto": "Ospitaletto", "nave": "Nave", "bedizzole": "Bedizzole", "castrezzato": "Castrezzato",
    "gottolengo": "Gottolengo",
    "castellucchio": "Castellucchio", "roncoferraro": "Roncoferraro", "sermide": "Sermide e Felonica",
    "castel-dario": "Castel d'Ario",
    "zinasco": "Zinasco", "chignolo": "Chignolo Po", "villanterio": "Villanterio", "lungavilla": "Lungavilla",
    "ardenno": "Ardenno", "traona": "Traona", "tresivio": "Tresivio",
    "guanzate": "Guanzate", "tavernerio": "Tavernerio", "lenno": "Lenno",
}  # fmt: skip


def _renumbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito for another number, with this web's e-mail domain."""
    return replace(_invented(n + 230, key, place), email=f"ufficiodipiano@{key.replace('-', '')}-sim14.it")


AMBITI: dict[str, Ambito] = {key: _renumbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

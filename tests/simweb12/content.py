"""What the pages of the twelfth simulated web say: its ambiti, and the fifth web's fact kinds and decoys.

The eleven earlier webs used most Lombard towns that give an ambito its name, so this web's ambiti are
named, as theirs are, "Ambito territoriale di" a comune no earlier web named, all in the provinces of
Pavia, Mantova, Como, Lecco and Sondrio. Phones, e-mail addresses, addresses, people and dates are
invented: the fifth web's made-up contacts, renumbered for this web.
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS, FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> capofila and namesake
    "gambolo": "Gambolò", "cava-manara": "Cava Manara", "landriano": "Landriano", "cilavegna": "Cilavegna",
    "gropello": "Gropello Cairoli", "rivanazzano": "Rivanazzano Terme",
    "porto-mantovano": "Porto Mantovano", "curtatone": "Curtatone", "sabbioneta": "Sabbioneta",
    "gonzaga": "Gonzaga", "pegognaga": "Pegognaga",
    "lipomo": "Lipomo", "cadorago": "Cadorago", "turate": "Turate", "inverigo": "Inverigo", "albavilla": "Albavilla",
    "valmadrera": "Valmadrera", "galbiate": "Galbiate", "casatenovo": "Casatenovo", "missaglia": "Missaglia",
    "colico": "Colico",
    "berbenno": "Berbenno di Valtellina", "delebio": "Delebio", "teglio": "Teglio", "livigno": "Livigno",
}  # fmt: skip


def _renumbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito for a number no earlier web used, with this web's e-mail domain."""
    return replace(_invented(n + 140, key, place), email=f"segreteria.udp@{key.replace('-', '')}-sim12.it")


AMBITI: dict[str, Ambito] = {key: _renumbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

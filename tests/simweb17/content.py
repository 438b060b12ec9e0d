"""What the pages of the seventeenth simulated web say: its ambiti, and the fifth web's fact kinds and decoys.

The earlier webs named the capofila of nearly every Lombard ambito, so this web's ambiti are named, as
theirs are, "Ambito territoriale di" a comune no earlier web named, all in the provinces of Milano, Monza
e Brianza, Varese, Lecco, Cremona and Lodi (another author's web takes the other provinces). Phones,
e-mail addresses, addresses, people and dates are invented: the fifth web's made-up contacts, renumbered.
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS, FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> capofila and namesake
    "opera": "Opera", "robecco": "Robecco sul Naviglio", "busto-garolfo": "Busto Garolfo",
    "cerro": "Cerro Maggiore", "pero": "Pero", "pessano": "Pessano con Bornago",
    "seveso": "Seveso", "verano": "Verano Brianza", "caponago": "Caponago", "carnate": "Carnate",
    "veduggio": "Veduggio con Colzano", "travedona": "Travedona-Monate", "sumirago": "Sumirago",
    "venegono": "Venegono Superiore", "cocquio": "Cocquio-Trevisago",
    "germignaga": "Germignaga", "costa-masnaga": "Costa Masnaga", "brivio": "Brivio", "abbadia": "Abbadia Lariana",
    "ballabio": "Ballabio", "casalmorano": "Casalmorano", "ostiano": "Ostiano", "romanengo": "Romanengo",
    "brembio": "Brembio", "massalengo": "Massalengo",
}  # fmt: skip


def _renumbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito for another number, with this web's e-mail domain."""
    return replace(_invented(n + 170, key, place), email=f"ufficiodipiano@{key.replace('-', '')}-sim17.it")


AMBITI: dict[str, Ambito] = {key: _renumbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

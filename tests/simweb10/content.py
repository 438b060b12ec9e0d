"""What the pages of the tenth simulated web say: its ambiti, and the fifth web's fact kinds and decoys.

The nine earlier webs named the capofila of most Lombard ambiti, so this web's ambiti are named, as
theirs are, "Ambito territoriale di" a Lombard comune none of them named: the Vimercatese and the
Martesana, the Lodigiano and the Cremasco, Garda, the Lario and the Valsassina. Contacts are the fifth
web's invented ones, renumbered again.
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS, FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> capofila and namesake
    "bernareggio": "Bernareggio", "cornate": "Cornate d'Adda", "arcore": "Arcore", "usmate": "Usmate Velate",
    "casatenovo": "Casatenovo", "missaglia": "Missaglia", "bellagio": "Bellagio", "gravedona": "Gravedona",
    "chiuro": "Chiuro", "ospitaletto": "Ospitaletto", "travagliato": "Travagliato", "verolanuova": "Verolanuova",
    "marcaria": "Marcaria", "roverbella": "Roverbella", "spino": "Spino d'Adda", "lodi-vecchio": "Lodi Vecchio",
    "borghetto": "Borghetto Lodigiano", "cislago": "Cislago", "gorla-minore": "Gorla Minore",
    "lainate": "Lainate", "gaggiano": "Gaggiano", "vizzolo": "Vizzolo Predabissi", "trezzano-rosa": "Trezzano Rosa",
    "castel-goffredo": "Castel Goffredo", "introbio": "Introbio",
}  # fmt: skip


def _renumbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito for another number, with this web's e-mail domain."""
    return replace(_invented(n + 140, key, place), email=f"ufficiodipiano@{key.replace('-', '')}-sim10.it")


AMBITI: dict[str, Ambito] = {key: _renumbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

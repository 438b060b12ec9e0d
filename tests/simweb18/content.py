"""What the pages of the eighteenth simulated web say: its ambiti, and the fifth web's fact kinds and decoys.

The seventeen earlier webs named some 370 ambiti, so this web's ambiti are named, as theirs are, "Ambito
territoriale di" a Lombard comune none of them named, from every province: the Varesotto and the Comasco,
the Lecco shore, the Bergamasque hills, the Brescian Sebino, the Cremasco, the Lodigiano, the Mantuan
hills, the south-west of Milan, the Vimercatese, the Pavese plain and Valtellina. Phones, e-mail addresses,
addresses, people and dates are invented: the fifth web's made-up contacts, renumbered once more.
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS, FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> capofila and namesake
    "besnate": "Besnate", "cuveglio": "Cuveglio", "asso": "Asso", "figino": "Figino Serenza", "calco": "Calco",
    "lierna": "Lierna", "mapello": "Mapello", "scanzo": "Scanzorosciate", "gorlago": "Gorlago", "bovezzo": "Bovezzo",
    "mazzano": "Mazzano", "sale-marasino": "Sale Marasino", "vailate": "Vailate", "sesto-cremonese": "Sesto ed Uniti",
    "livraga": "Livraga", "corte-palasio": "Corte Palasio", "cavriana": "Cavriana", "volta": "Volta Mantovana",
    "rosate": "Rosate", "lacchiarella": "Lacchiarella", "busnago": "Busnago", "albuzzano": "Albuzzano",
    "casei": "Casei Gerola", "dubino": "Dubino", "montagna": "Montagna in Valtellina",
    "robecco": "Robecco sul Naviglio",
}  # fmt: skip


def _renumbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito for another number, with this web's e-mail domain."""
    return replace(_invented(n + 180, key, place), email=f"udp@{key.replace('-', '')}-sim18.it")


AMBITI: dict[str, Ambito] = {key: _renumbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

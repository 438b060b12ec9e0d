"""What the pages of the twenty-second simulated web say: its ambiti, and the fifth web's fact kinds and decoys.

The twenty-one earlier webs used a great many Lombard comuni as capofila, so this web's ambiti are named,
as theirs are, "Ambito territoriale di" a Lombard comune none of their manifests names: towns of the
Bergamasque plain, of the Varese hills, of Valcamonica and Alta Valtellina, of the Cremasco, the Lodigiano,
the Mantuan Po, the Martesana and the Siccomario. Phones, e-mail addresses, addresses, people and dates
are invented: the fifth web's made-up contacts, renumbered once more.
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS, FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> capofila and namesake
    "cantello": "Cantello", "viggiu": "Viggiù", "grassobbio": "Grassobbio", "pedrengo": "Pedrengo",
    "capo-di-ponte": "Capo di Ponte", "valfurva": "Valfurva", "cazzago": "Cazzago San Martino",
    "pozzo": "Pozzo d'Adda", "burago": "Burago di Molgora", "cisliano": "Cisliano", "sustinente": "Sustinente",
    "ripalta": "Ripalta Cremasca", "cucciago": "Cucciago", "santalessio": "Sant'Alessio con Vialone",
    "crespiatica": "Crespiatica", "domaso": "Domaso", "caiolo": "Caiolo", "solbiate": "Solbiate Arno",
    "travaco": "Travacò Siccomario", "nuvolera": "Nuvolera", "sirtori": "Sirtori",
}  # fmt: skip


def _renumbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito for another number, with this web's e-mail domain."""
    return replace(_invented(n + 460, key, place), email=f"ufficiodipiano@{key.replace('-', '')}-sim22.it")


AMBITI: dict[str, Ambito] = {key: _renumbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

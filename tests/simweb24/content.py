"""What the pages of the twenty-fourth simulated web say: its ambiti, and the fifth web's fact kinds and decoys.

The twenty-three earlier webs named most Lombard capofila, so this web's ambiti are named after small comuni of
the Bergamasque plain and lakes, the Brescian hills and plain, the Cremonese and Cremasco and the Mantuan Po
that no earlier manifest names. Phones, e-mail addresses, addresses, people and dates are invented: the fifth
web's made-up contacts, renumbered once more.
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS, FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> the comune the ambito is named after
    "pognano": "Pognano", "lurano": "Lurano", "bagnatica": "Bagnatica", "montello": "Montello",
    "zandobbio": "Zandobbio", "rovetta": "Rovetta", "cerete": "Cerete", "fonteno": "Fonteno",
    "paladina": "Paladina", "treviolo": "Treviolo", "serle": "Serle",
    "quingentole": "Quingentole", "schivenoglia": "Schivenoglia",
    "rivarolo": "Rivarolo Mantovano", "malagnino": "Malagnino", "bonemerse": "Bonemerse", "gombito": "Gombito",
    "moscazzano": "Moscazzano", "chieve": "Chieve", "capralba": "Capralba", "izano": "Izano",
    "ticengo": "Ticengo", "alfianello": "Alfianello", "pralboino": "Pralboino", "remedello": "Remedello",
}  # fmt: skip


def _renumbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito for another number, with this web's e-mail domain."""
    return replace(_invented(n + 610, key, place), email=f"ufficiodipiano@{key}-sim24.it")


AMBITI: dict[str, Ambito] = {key: _renumbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

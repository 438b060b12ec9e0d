"""What the pages of the seventh simulated web say: its ambiti, and the fifth web's fact kinds and decoys.

The six earlier webs used the capofila of nearly every Lombard ambito and many seats of social-planning
offices, so this web's ambiti are named, as theirs are, "Ambito territoriale di" a Lombard comune no
earlier web named: towns of the Milanese hinterland, of Brianza, of the Lecco, Varese and Como lakes, of
the Cremonese and Pavese plains and of the Brescian and Mantuan Garda. Phones, e-mail addresses,
addresses, people and dates are invented: the fifth web's made-up contacts, renumbered once more.
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS, FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> capofila and namesake
    "cologno": "Cologno Monzese", "segrate": "Segrate", "binasco": "Binasco", "cesano-boscone": "Cesano Boscone",
    "arese": "Arese", "parabiago": "Parabiago", "cuggiono": "Cuggiono",
    "calolziocorte": "Calolziocorte", "lissone": "Lissone", "giussano": "Giussano", "cesano-maderno": "Cesano Maderno",
    "ponte-valtellina": "Ponte in Valtellina", "almenno": "Almenno San Salvatore", "caravaggio": "Caravaggio",
    "lumezzane": "Lumezzane", "desenzano": "Desenzano del Garda", "castiglione": "Castiglione delle Stiviere",
    "soresina": "Soresina", "pizzighettone": "Pizzighettone", "belgioioso": "Belgioioso", "robbio": "Robbio",
    "zelo": "Zelo Buon Persico", "laveno": "Laveno-Mombello", "cassano-magnago": "Cassano Magnago",
    "appiano": "Appiano Gentile",
}  # fmt: skip


def _renumbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito for another number, with this web's e-mail domain."""
    return replace(_invented(n + 80, key, place), email=f"ambitosociale@{key.replace('-', '')}-sim7.it")


AMBITI: dict[str, Ambito] = {key: _renumbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

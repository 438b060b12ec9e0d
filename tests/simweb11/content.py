"""What the pages of the eleventh simulated web say: its ambiti, and the fifth web's fact kinds and decoys.

The ten earlier webs named most seats of Lombard social-planning offices, so this web's ambiti are named,
as theirs are, "Ambito territoriale di" a comune no earlier web named, all in the provinces of Bergamo,
Brescia and Varese (the Seriana and Brembana valleys, the Bergamasque plain, Franciacorta, the Camonica
valley and the Brescian Garda, the Olona valley and the Varese lakes). Phones, e-mail addresses,
addresses, people and dates are invented: the fifth web's made-up contacts under other numbers.
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS, FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> capofila and namesake
    "nembro": "Nembro", "alzano": "Alzano Lombardo", "stezzano": "Stezzano", "sorisole": "Sorisole",
    "brembate": "Brembate di Sopra", "calusco": "Calusco d'Adda", "martinengo": "Martinengo",
    "gandino": "Gandino", "ghisalba": "Ghisalba", "rovato": "Rovato", "castenedolo": "Castenedolo",
    "pisogne": "Pisogne", "darfo": "Darfo Boario Terme", "toscolano": "Toscolano-Maderno", "nave": "Nave",
    "carpenedolo": "Carpenedolo", "pontevico": "Pontevico", "capriolo": "Capriolo",
    "fagnano": "Fagnano Olona", "olgiate-olona": "Olgiate Olona", "castiglione-olona": "Castiglione Olona",
    "marchirolo": "Marchirolo", "ispra": "Ispra", "vergiate": "Vergiate", "samarate": "Samarate",
}  # fmt: skip


def _numbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito under a number no earlier web used, with this web's e-mail domain."""
    return replace(_invented(n + 200, key, place), email=f"segreteria.udp@{key.replace('-', '')}-sim11.it")


AMBITI: dict[str, Ambito] = {key: _numbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

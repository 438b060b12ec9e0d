"""What the pages of the nineteenth simulated web say: its ambiti, and the fifth web's fact kinds and decoys.

The eighteen earlier webs named most Lombard capofila towns, so this web's ambiti are named, as theirs
are, "Ambito territoriale di" a Lombard comune no earlier web named as an ambito or a site: small towns
of every province (the Milanese south-west and Ticino, Lodi, the Como and Lecco mountains, the Varese
valleys, Val Brembana, the Brescian Garda, the Mantuan Oltrepò, Valchiavenna, the Pavese Oltrepò,
Brianza and the Cremonese plain). Phones, e-mail addresses, addresses, people and dates are invented:
the fifth web's made-up contacts, renumbered once more.
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS, FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> capofila and namesake
    "mediglia": "Mediglia", "basiglio": "Basiglio", "aicurzio": "Aicurzio", "casarile": "Casarile",
    "besate": "Besate", "zavattarello": "Zavattarello", "gera-lario": "Gera Lario",
    "san-pellegrino": "San Pellegrino Terme", "ozzero": "Ozzero", "boffalora": "Boffalora sopra Ticino",
    "gardone-riviera": "Gardone Riviera", "marcallo": "Marcallo con Casone", "vanzaghello": "Vanzaghello",
    "carpiano": "Carpiano", "san-zenone": "San Zenone al Lambro", "gargnano": "Gargnano",
    "poggio-rusco": "Poggio Rusco", "spinadesco": "Spinadesco", "montodine": "Montodine", "barzio": "Barzio",
    "gornate": "Gornate Olona", "santa-giuletta": "Santa Giuletta", "cuasso": "Cuasso al Monte",
    "sermide": "Sermide e Felonica", "campodolcino": "Campodolcino", "ospedaletto": "Ospedaletto Lodigiano",
}  # fmt: skip


def _renumbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito for another number, with this web's e-mail domain."""
    return replace(_invented(n + 190, key, place), email=f"pianodizona@{key.replace('-', '')}-sim19.it")


AMBITI: dict[str, Ambito] = {key: _renumbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

"""What the pages of the twenty-third simulated web say: its ambiti, and the fifth web's fact kinds and decoys.

The twenty-two earlier webs named their ambiti "Ambito territoriale di" nearly every Lombard town of any
size, so this web's ambiti take the names of small comuni none of them named: Bergamasque and Brescian
valleys, Valtellina, the Como and Lecco lakes, the Cremonese, Mantuan and Pavese plains. Phones, e-mail
addresses, addresses, people and dates are invented: the fifth web's made-up contacts for other numbers.
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS, FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> capofila and namesake
    "nesso": "Nesso", "idro": "Idro", "villanuova": "Villanuova sul Clisi", "sulzano": "Sulzano",
    "valbrona": "Valbrona", "primaluna": "Primaluna", "aprica": "Aprica", "vilminore": "Vilminore di Scalve",
    "ardesio": "Ardesio", "sovere": "Sovere", "casazza": "Casazza", "leffe": "Leffe", "ponte-nossa": "Ponte Nossa",
    "pian-camuno": "Pian Camuno", "provaglio": "Provaglio d'Iseo", "sabbio": "Sabbio Chiese",
    "quinzano": "Quinzano d'Oglio", "revere": "Revere", "motteggiana": "Motteggiana", "solferino": "Solferino",
    "dovera": "Dovera", "cassolnovo": "Cassolnovo", "salice": "Salice Terme",
}  # fmt: skip

AMBITI: dict[str, Ambito] = {
    key: replace(_invented(n + 460, key, place), email=f"udp@{key.replace('-', '')}-sim23.it")
    for n, (key, place) in enumerate(PLACES.items())
}

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
from tests.simweb5.content import DECOYS as FIFTH_WEB_DECOYS
from tests.simweb5.content import FACT_KINDS, _invented

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


# Decoys: the fifth web's, and two that name comuni or an "ambito" without being an ambito sociale.
DECOYS: dict[str, tuple[str, str]] = {
    **FIFTH_WEB_DECOYS,
    "comuni-cm": (
        "I comuni della Comunità Montana",
        "<p>Fanno parte della Comunità Montana i comuni di Endine Gaiano, Ranzanico, Spinone al Lago, "
        "Monasterolo del Castello, Bianzano, Casazza, Grone, Berzo San Fermo, Vigano San Martino e Borgo di "
        "Terzo. Ente capofila della gestione associata della protezione civile e del catasto: la Comunità "
        "Montana stessa. Sede: Via del Lago 3, tel. 035 002121.</p>",
    ),
    "ambito-21": (
        "Rete di Ambito 21 - formazione docenti",
        "<p>L'Istituto è scuola capofila della rete di Ambito 21 per la formazione del personale docente: "
        "piano triennale della formazione 2025-2027, accordo di rete tra dodici istituti, iscrizioni ai corsi "
        "entro il 30 settembre. Segreteria: tel. 0332 002323.</p>",
    ),
}

AMBITI: dict[str, Ambito] = {key: _numbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

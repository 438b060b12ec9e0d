"""What the pages of the ninth simulated web say: its ambiti, the fifth web's fact kinds, and decoys.

The ambiti are named, as the earlier webs' are, "Ambito territoriale di" a Lombard comune no earlier web
named (the Adda and Oglio plains, the Brescian valleys and Garda, the Lomellina, the Varese and Como
hills, the Valtellina). Contacts are the fifth web's invented ones, renumbered for this web. Four decoys
are new: a school "ambito territoriale", a Piano di Zona of another region, a tourism consortium that
lists its comuni, and a school plan of an Unione.
"""

from __future__ import annotations

from dataclasses import replace

from tests.simweb.content import FactText
from tests.simweb2.content import Ambito
from tests.simweb5.content import DECOYS as FIFTH_WEB_DECOYS
from tests.simweb5.content import FACT_KINDS, _invented

__all__ = ["AMBITI", "DECOYS", "FACT_KINDS", "Ambito", "FactText"]

PLACES = {  # key -> capofila and namesake
    "rivolta": "Rivolta d'Adda", "bussero": "Bussero", "sedriano": "Sedriano", "cernobbio": "Cernobbio",
    "oggiono": "Oggiono", "verdello": "Verdello", "osio": "Osio Sotto", "sarezzo": "Sarezzo",
    "concesio": "Concesio", "lonato": "Lonato del Garda", "gavardo": "Gavardo",
    "quistello": "Quistello", "pandino": "Pandino", "soncino": "Soncino", "casorate": "Casorate Primo",
    "siziano": "Siziano", "sannazzaro": "Sannazzaro de' Burgondi", "gavirate": "Gavirate",
    "induno": "Induno Olona", "besana": "Besana in Brianza", "agrate": "Agrate Brianza",
    "fino": "Fino Mornasco", "grosotto": "Grosotto", "vaprio": "Vaprio d'Adda", "bozzolo": "Bozzolo",
}  # fmt: skip


def _renumbered(n: int, key: str, place: str) -> Ambito:
    """The fifth web's invented ambito for another number, with this web's e-mail domain."""
    return replace(_invented(n + 130, key, place), email=f"udp@{key.replace('-', '')}-sim9.it")


AMBITI: dict[str, Ambito] = {key: _renumbered(n, key, place) for n, (key, place) in enumerate(PLACES.items())}

# Decoys: pages whose words resemble an ambito sociale's or a Piano di Zona's, and are neither.
DECOYS: dict[str, tuple[str, str]] = {
    **FIFTH_WEB_DECOYS,
    "ambito-scolastico": (
        "Ambito territoriale scolastico n. 31 - mobilità docenti",
        "<p>L'ambito territoriale scolastico n. 31 raccoglie le istituzioni scolastiche della provincia per la "
        "mobilità del personale docente 2025/2026. Scuola polo per la formazione: I.C. Manzoni. "
        "Segreteria: tel. 0371 002121.</p>",
    ),
    "pdz-altra-regione": (
        "Piano di Zona 2025-2027 dell'Ambito sociale n. 7 (Regione Piemonte)",
        "<p>Il consorzio socio-assistenziale piemontese approva il proprio Piano di Zona 2025-2027 per i comuni "
        "della provincia di Novara. Il documento è pubblicato qui per i comuni lombardi confinanti. "
        "Tel. 0321 002222.</p>",
    ),
    "consorzio-turistico": (
        "Consorzio turistico - i comuni del comprensorio",
        "<p>Il consorzio promuove il turismo lento nei comuni del comprensorio: Bozzolo, Sabbioneta, "
        "Commessaggio, Rivarolo Mantovano e San Martino dall'Argine. Itinerari, ospitalità, eventi. "
        "Infopoint: tel. 0375 002323.</p>",
    ),
    "piano-studio-unione": (
        "Piano diritto allo studio dell'Unione 2025/2026",
        "<p>L'Unione dei comuni approva il piano per il diritto allo studio: trasporto scolastico, pre e post "
        "scuola, contributi alle scuole dell'infanzia paritarie del proprio ambito. Tel. 0382 002424.</p>",
    ),
}

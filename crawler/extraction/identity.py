"""Identity rules: which key a comune or an ambito gets, decided once, by the extract stage.

A comune is its ISTAT code; an ambito is the slug of the comune it is named after ("Ambito
territoriale di Azzate", "Distretto di Azzate" -> "azzate"), or of its name when it names no
comune ("Distretto 4" -> "distretto-4"). `graph/iris.py` builds IRIs from these keys.
"""

from __future__ import annotations

import re
import unicodedata

from crawler.records import AmbitoFacts
from crawler.reference.comuni import NameResolver, lombardia


def slug(text: str) -> str:
    """ "Ambito territoriale di Sesto Calende" -> "ambito-territoriale-di-sesto-calende"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def ambito_key(ambito: AmbitoFacts, resolver: NameResolver | None = None) -> str:
    resolver = resolver or lombardia()
    place = ambito.evidence.get("place") or _place_of(ambito.name, resolver)
    return slug(resolver.name_of(place)) if place else slug(ambito.name)


def partner_key(place_name: str) -> str:
    """The key of an ambito named only by its place: the same key its own pages give it."""
    place = lombardia().code(place_name)
    return slug(lombardia().name_of(place) if place else place_name)


def _place_of(name: str, resolver: NameResolver) -> str | None:
    mentions = resolver.mentions(name)
    return mentions[-1][0] if mentions else None

"""The part of a site's footer block that names its owner (round 43c).

A footer widget often opens with its heading and only then the owner ("Ufficio di Piano · Ambito territoriale
di X – Ente capofila: ..."), or runs the owner's facts on after a title separator ("Ufficio di Piano
dell'Ambito di X | Comune capofila: Y"). The owner is the first part that is not a bare heading, its parts
parted by the block's line breaks (" · ") and by a title's separators (" – ", " - ", " | ").
"""

from __future__ import annotations

import re

_PARTS = re.compile(r"\s+·\s+|\s+[–—|-]\s+")
# a widget's heading that names a kind of office or a section and no place: the owner follows it
_BARE_HEADING = re.compile(
    r"^(?:(?:l['’]\s*)?ufficio\s+(?:di\s+|del\s+)?piano|contatti|recapiti|dove\s+siamo|sede|la\s+nostra\s+sede|"
    r"info(?:rmazioni)?)$",
    re.I,
)


def owner_part(block: str) -> str:
    """The footer block's first part that is not a bare heading (the block's first part if all are)."""
    parts = [p.strip() for p in _PARTS.split(block, maxsplit=3)]
    return next((p for p in parts if p and not _BARE_HEADING.match(p)), parts[0])

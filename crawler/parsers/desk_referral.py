"""A sentence that sends the reader on to another desk, its number with it: "è possibile rivolgersi ai Servizi Sociali
del Comune di X (tel. ...)", "contattare lo sportello sociale al numero ...", "telefonare al Segretariato sociale".
The desk is the object of a verb of turning to, not the sentence's subject (which `office._DESK_SUBJECT` reads), and
the number is that desk's, not the Ufficio di Piano's the lines around give. A sentence that turns to the office itself
("rivolgersi all'Ufficio di Piano") names the office and stays its own (`office_facts` checks that first).
"""

from __future__ import annotations

import re

# closed vocabulary: the verbs of turning to someone, then the article, then a desk's word (not the office's "di piano")
_TURN_TO_DESK = re.compile(
    r"\b(?:rivolger\w*|rivolgendosi|rivolg[ae]\w*|contatta(?:re|ndo)?|chiama(?:re|ndo)|telefona(?:re|ndo))\s+"
    r"(?:(?:a|ai|al|allo|alla|agli|alle|il|lo|la|i|gli|le)\s+|(?:all|l)['’]\s*)?"
    r"(?:uffici?o|servizi?o?|sportello|segretariato|settore|area|assistent[ei])\b(?!\s+(?:di\s+|del\s+)?piano)",
    re.I,
)


def sends_to_another_desk(text: str) -> bool:
    """Whether the text turns the reader to a desk by name, a desk other than the office."""
    return bool(_TURN_TO_DESK.search(text))

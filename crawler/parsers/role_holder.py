"""The capofila's role named as a noun with its holder in the genitive, no verb between (docs/members.md §78).

Acts and their registers name a role the way a title does: "Presa d'atto del ruolo di ente capofila del Comune di X",
"Conferma delle funzioni di capofila della Città di X", "attribuzione della funzione di Comune capofila del Comune di
X". The role noun may follow any article or articulated preposition ("il", "del", "nel", "alla", "delle"), and the
comune is the role's holder when it is named as one ("del Comune di", "della Città di") right after the role.
"""

from __future__ import annotations

import re

# the role noun with any article or articulated preposition, then "di (ente|comune)" before the keyword
_ROLE_NOUN = re.compile(
    r"\b(?:(?:il|del|nel|al|dal|sul)\s+(?:ruolo|compito)|"
    r"(?:la|della|nella|alla|dalla|sulla)\s+(?:funzione|responsabilit(?:à|a['’]))|"
    r"(?:le|delle|nelle|alle|dalle|i|dei|nei|ai|dai)\s+(?:funzioni|compiti))\s+di\s+(?:(?:ente|comune)\s+)?$",
    re.I,
)
# the holder right after the keyword, named as a comune: "del Comune di X", "della Città di X"
_HOLDER = re.compile(r"^\s*(?:del|della)\s+(?:comune|città)\s+di\s+(?P<rest>(?-i:[A-ZÀ-Ý]).{1,59})", re.I)


def genitive_holder(after: str, before: str) -> re.Match[str] | None:
    """The holder's name ("rest") when the text before the keyword names the role as a noun and the text after gives
    its holder in the genitive; None otherwise."""
    return _HOLDER.match(after) if _ROLE_NOUN.search(before) else None

"""Where a page names the holder of the capofila's role, when it is not before the role: two word orders.

In the genitive, the role as a noun with no verb between (docs/members.md §78): acts and their registers name a role
the way a title does: "Presa d'atto del ruolo di ente capofila del Comune di X", "Conferma delle funzioni di
capofila della Città di X". The role noun may follow any article or articulated preposition ("il", "del", "nel",
"alla", "delle"), and the comune is the role's holder when it is named as one ("del Comune di", "della Città di")
right after the role.

Last, after the verb and the role (docs/members.md §86, B): Italian puts the subject after the verb when the role is
the news: "È capofila dell'Ambito il Comune di X", "Svolge le funzioni di ente capofila dell'Accordo il Comune di X",
"Resta capofila per il prossimo triennio la Città di X", "L'Assemblea prende atto che è capofila dell'Ambito il
Comune di X". The verb opens its clause (nothing names a holder before it), so the comune named after the role and
its complement is the holder; the caller reads it only as "il Comune di X" or "la Città di X".
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


# a time or a manner that may open the clause before its verb: "Per il triennio 2025-2027", "Dal 2025", "Oggi"
_OPENER = (
    r"(?:(?:(?:per|nel|dal|dall['’])\s*(?:il\s+|l['’]\s*)?(?:triennio|periodo|biennio|anno)?\s*[\d/–-]*\d|"
    r"oggi|ora|attualmente|inoltre|anche)\s*,?\s*)?"
)
# the verb first: a copula ("È", "Sarà", "Resta", "Rimane") before the role, or a verb of holding before the role's
# noun ("Svolge le funzioni di", "Assume il ruolo di", "Funge da")
_VERB_FIRST = re.compile(
    # the clause's start, or a "che" that opens a clause of reported speech ("prende atto che resta capofila"), not a
    # relative pronoun after a comma ("Rho, che è capofila", whose holder is before it)
    r"(?:^|[.;:]\s|,\s|(?<=[a-zà-ý])\s+che\s)\s*"
    + _OPENER
    + r"(?:(?:è|e'|é|sarà|resta|rimane|risulta)\s+(?:(?:l['’]|il)\s*)?(?:(?:ente|comune)\s+)?|"
    r"(?:svolge|assume|ricopre|esercita|riveste|mantiene|conserva)\s+"
    r"(?:il\s+ruolo|la\s+funzione|le\s+funzioni|i\s+compiti|il\s+compito)\s+di\s+(?:(?:ente|comune)\s+)?|"
    r"funge\s+da\s+(?:(?:ente|comune)\s+)?)$",
    re.I,
)


def verb_first(before: str) -> bool:
    """Whether the text before "capofila" is its clause's verb with nothing before it that could hold the role."""
    return bool(_VERB_FIRST.search(before))


# the ambito the role is said of, in the complement between the role and its postponed holder: "È capofila dell'Ambito
# di Lecco il Comune di Lecco" names Lecco's ambito, which on another ambito's page is that ambito's role
_COMPLEMENT_AMBITO = re.compile(
    r"^\s*(?:dell['’]\s*|del\s+)ambito\s+(?:territoriale\s+|distrettuale\s+|sociale\s+)?(?:di|del|della|dell['’])\s*"
    r"(?P<name>(?-i:[A-ZÀ-Ý][\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý][\w'’-]*|di|del|della|sul|al|in|con)){0,5}?))\s+"
    r"(?:il|l['’]|la)\s*(?:comune|città)\s+di\b",
    re.I,
)


def complement_ambito(before: str, after: str) -> str | None:
    """The name of the ambito a verb-first role is said of, between the role and its holder, if any."""
    m = _COMPLEMENT_AMBITO.match(after) if verb_first(before) else None
    return m.group("name") if m else None

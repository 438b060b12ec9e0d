"""The capofila's holder named last, after the verb and the role (docs/members.md §86, A).

Italian puts the subject after the verb when the role is the news: "È capofila dell'Ambito il Comune di X", "Svolge
le funzioni di ente capofila dell'Accordo il Comune di X", "Resta capofila per il prossimo triennio la Città di X",
"L'Assemblea prende atto che è capofila dell'Ambito il Comune di X".
The verb opens its clause (nothing names a holder before it), so the comune named after the role and its complement
is the holder; the caller reads it only as "il Comune di X" or "la Città di X".
"""

from __future__ import annotations

import re

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

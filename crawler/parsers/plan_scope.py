"""The comuni whose social policy the ambito's plan steers, named as the object of its verb (round 59f): "Il Piano
... orienta le politiche sociali di A, B, C e D", "l'Ufficio di Piano coordina i servizi sociali dei comuni di A, B,
C", "il documento programma gli interventi sociali di A, B e C". A plan of the ambito governs its members' social
policy and no one else's, so the list the verb governs is the ambito's comuni. Not a few more ("anche"), not some of
them ("alcuni", "come", "tra cui"), not a verb that only compares or mentions ("confronta", "ricorda"): the verb is a
closed vocabulary of steering, its subject the plan, its document or a body of the ambito, never another plan
("quelli che orientano") or another body (a Provincia, an ATS, an Unione). Pure functions over the text before a run;
`members._judge` calls them."""

from __future__ import annotations

import re

# the verb of steering and its object, closing the text right before the list: "orienta le politiche sociali di"
_STEERS = re.compile(
    r"\b(?:orient|govern|coordin|programm|indirizz|regol)\w*\s+"
    r"(?:(?:le|i|gli|il)\s+)?(?:politiche|servizi|interventi)\s+social[ie]\s+"
    r"(?:di|dei\s+comuni\s+di|nei\s+comuni\s+di)\s*:?\s*$|"
    # the same steering named as a noun, the plan's work for its comuni (round 61a): "Programmazione sociale zonale
    # per i Comuni di", "la pianificazione sociale di zona per i comuni di", "programmazione dei servizi sociali
    # d'ambito per il territorio di"
    r"\b(?:programmazione|pianificazione)\s+(?:(?:dei\s+)?(?:servizi|interventi|politiche)\s+)?social[ie]\s+"
    r"(?:(?:zonale|territoriale|di\s+zona|d['’]\s*ambito)\s+)?per\s+(?:i\s+comuni\s+di|il\s+territorio\s+di)\s*:?\s*$",
    re.I,
)
_SOME = re.compile(r"\b(?:anche|pure|alcun[ie]|come|tra\s+cui|fra\s+cui|ad\s+esempio|oltre)\b", re.I)
# who steers, in the clause before the verb: the plan, its document or a body of the ambito ("Il documento, frutto di
# un percorso condiviso, orienta"), never another plan ("quelli che orientano") or another body
_PLAN_SUBJECT = re.compile(r"\b(?:piano|documento|ufficio|ambito|assemblea)\b", re.I)
_OTHER_SUBJECT = re.compile(
    r"\b(?:quell[oaie]|altr[oaie]|provincia|regione|ats|asst|distretto|unione|consorzio|fondazione)\b", re.I
)
# the ambito's plan or its bodies, named in the sentence or the one before ("Il documento" refers back to it)
_THE_PLAN = re.compile(
    r"\bpiano\s+(?:sociale\s+)?di\s+zona\b|\bufficio\s+di\s+piano\b|\bassemblea\s+dei\s+sindaci\b|\bambito\b", re.I
)
_TAIL = 200  # the verb and its object: the last words before the list
_REACH = 600  # the plan named in this sentence or the one before
MIN_COMUNI = 3  # two comuni are a pair's, as often a project's


def the_plans_scope(lead: str, listed: int) -> bool:
    """The list right after `lead` (the paragraph before it, the one above included) is the object of the ambito's
    plan steering its comuni's social policy."""
    if listed < MIN_COMUNI or "social" not in lead[-_TAIL:].lower():
        return False  # most runs
    tail = lead[-_TAIL:]
    steers = _STEERS.search(tail)
    if not steers:
        return False
    clause = re.split(r"[.;:!?]\s", tail[: steers.start()])[-1]
    if _SOME.search(f"{clause} {steers.group()}") or _OTHER_SUBJECT.search(clause):
        return False
    # the noun names no subject: the plan's work, its own line or sentence under the plan's or the office's name
    nominal = steers.group().lower().startswith(("programmazione", "pianificazione"))
    return bool(nominal or _PLAN_SUBJECT.search(clause)) and bool(_THE_PLAN.search(lead[-_REACH:]))

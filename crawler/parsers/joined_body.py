"""The comuni another joint body gathers, said by that body's own membership clause (docs/members.md §79, A).

A membership verb ("aderiscono", "fanno parte", "partecipano") makes its comuni members of the verb's object, and a
careful reader finds that object before the verb: a relative pronoun's antecedent ("la Centrale Unica di Committenza,
alla quale aderiscono anche i Comuni di"), a fronted complement ("Alla Stazione Unica Appaltante aderiscono"), or the
label that opens the clause ("CUC Ticino Ovest: partecipano anche"). When the object is a body comuni form for another
function (a closed vocabulary: a procurement centre, a consortium with no social word) and no ambito is named there,
the run is that body's, not the ambito's.
"""

from __future__ import annotations

import re

from crawler.parsers.prechecks import may_match

# the bodies, read with re.I: a procurement centre (CUC, SUA) or a consortium (its name read for social words below)
_BODY = re.compile(
    r"centrale\s+(?:unica\s+)?di\s+committenza|(?-i:\bC\.?U\.?C\.?(?=\W|$))|stazione\s+unica\s+appaltante|"
    r"(?-i:\bS\.?U\.?A\.?(?=\W|$))|\bconsorzi[oa]\b",
    re.I,
)
# a word of every branch, for the cheap guard (prechecks.py)
_BODY_WORDS = ("committenza", "cuc", "c.u", "u.c", "appaltante", "sua", "s.u", "u.a", "consorzi")
_CONSORTIUM = re.compile(r"\bconsorzi[oa]\b", re.I)
# the ambito, its plan and office, and the social words of a consortium that runs the ambito's services
_AMBITO = re.compile(
    r"\bambit[oi]\b|\bdistrett[oi]\b|piano\s+di\s+zona|ufficio\s+di\s+piano|accordo\s+di\s+programma", re.I
)
_SOCIAL = re.compile(r"social|persona\b|welfare|assistenz|famigli", re.I)
# the membership verb right before the run, with what may stand between it and the run's first name
_VERB = re.compile(
    r"(?P<verb>aderisc\w*|fa(?:nno)?\s+parte|partecip\w*|(?:sono|è)\s+(?:associat|consorziat)\w*)"
    r"(?:\s+(?:anche|inoltre|oggi|attualmente|pure|ora))*(?:\s+(?:i|gli|le))?"
    r"(?:\s+(?:comuni|enti|amministrazioni)(?:\s+di)?)?\W*$",
    re.I,
)
# what names the verb's object before it: a relative pronoun (its antecedent before it), a fronted complement, a label
_RELATIVE = re.compile(
    r",?\s*(?:(?:al|alla|allo|ai|alle|del|della|dei|delle)\s+(?:qual[ei])|all['’]\s*(?:qual[ei])|(?:di\s+|a\s+)?cui)"
    r"\s+(?:(?:vi|ne|ci)\s+)?$",
    re.I,
)
_FRONTED = re.compile(r"^\W*(?P<object>(?:al|alla|allo|ai|alle)\s+[^,;:]{3,120}?|all['’]\s*[^,;:]{3,120}?)\s+$", re.I)
_LABEL = re.compile(r"^\W*(?P<object>[^:]{3,100}):\s*(?:(?:vi|ne|ci)\s+)?$", re.I)


def _object(clause: str) -> str | None:
    """The words that name what the clause's closing membership verb joins its comuni to, or None."""
    verb = _VERB.search(clause)
    if not verb:
        return None
    head = clause[: verb.start()]
    if relative := _RELATIVE.search(head):
        return head[: relative.start()][-120:]
    named = _FRONTED.match(head) or _LABEL.match(head)
    return named.group("object") if named else None


def joins_another_body(before: str, after: str) -> bool:
    """Whether the run's comuni join another body: the clause before the run ends with a membership verb whose object
    is a procurement centre or a consortium with no social word, and neither it nor the words after name an ambito."""
    if not may_match(before, _BODY_WORDS):
        return False  # (most runs: no such body named before them)
    clause = re.split(r"[.;]\s", before)[-1]
    target = _object(clause)
    if not target or not _BODY.search(target) or _AMBITO.search(f"{target} {after}"):
        return False
    return not (_CONSORTIUM.search(target) and _SOCIAL.search(f"{target} {after}"))


# a clause's end: a full stop or a semicolon, not the dot of an initial ("C.U.C. Alto Milanese")
_CLAUSE_END = re.compile(r"(?<![A-Z])[.;]\s")


def another_bodys_role(before: str, after: str, bodies: re.Pattern[str]) -> bool:
    """Whether a "capofila" keyword is another body's role (docs/members.md §79, B): its clause names, before the
    keyword, a procurement centre, a non-social consortium or one of `bodies` (the caller's closed vocabulary of joint
    bodies with a lead), and names no ambito, plan or office ("La CUC con capofila Segrate", "C.U.C. Alto Milanese:
    comune capofila Cuggiono", "la centrale di committenza, di cui è capofila il Comune di Lainate")."""
    clause = _CLAUSE_END.split(before)[-1]
    rest = _CLAUSE_END.split(after)[0]
    if _AMBITO.search(f"{clause} {rest}"):
        return False
    if not (bodies.search(clause) or (may_match(clause, _BODY_WORDS) and _BODY.search(clause))):
        return False
    return not (_CONSORTIUM.search(clause) and _SOCIAL.search(f"{clause} {rest}"))

"""An FAQ's short answer completes its question, and the rules read statements.

An accordion of "Domande frequenti" (the Modello Comuni, WordPress themes) often answers with a bare fragment:
"Chi è il capofila?" / "Il Comune di Rho."; "Quando è stato approvato il Piano di Zona 2025-2027?" / "Il 16
dicembre 2024, dall'Assemblea dei Sindaci."; "Qual è il Comune capofila?" / "Rho."; "Dove si trova l'Ufficio di
Piano?" / "In Via ...". Neither line states the fact alone. The answer's line (or the question's, when the answer
runs on after it: "Chi è il capofila? Il Comune di Rho.") is read as the statement the two make together ("Il
Comune di Rho è il capofila."); the line count is kept, so every line index the rules use stays where it was.
"""

from __future__ import annotations

import re

_QUESTION = re.compile(
    r"^(?P<mark>•\s*)?(?:(?P<who>chi)|(?P<when>quando)|(?P<where>dove)|(?P<which>qual\s*(?:è|e['’]|['’]\s*è)|quale\s+è))"
    r"\s+(?P<rest>[^?]{3,150})\?(?:\s+(?P<answer>\S.*))?$",
    re.I,
)
ANSWER_CHARS = 160  # a fragment answers in a line; a longer answer is a text that states its own facts
# a finite verb: the answer is a sentence of its own, read as it is
_VERB = re.compile(r"\b(?:è|sono|ha|hanno|era|erano|fu|furono|viene|vengono|svolge|svolgono)\b", re.I)
_PLACE = re.compile(r"^(?:in|presso|a|al|alla|nel|nella)\s", re.I)  # where an answer to "Dove" opens


def answered(lines: list[str]) -> list[str]:
    """The lines, each answer fragment under its question (or after it on its line) made the statement the two
    say together."""
    out = list(lines)
    for i, line in enumerate(lines):
        question = _QUESTION.match(line.strip())
        if not question:
            continue
        at, answer = (i, question.group("answer")) if question.group("answer") else (i + 1, _next(lines, i))
        if answer and _fragment(question, answer):
            out[at] = (question.group("mark") or "") + _statement(question, answer.strip().rstrip("."))
    return out


def _next(lines: list[str], i: int) -> str | None:
    return lines[i + 1] if i + 1 < len(lines) else None


def _fragment(question: re.Match[str], answer: str) -> bool:
    short = len(answer) <= ANSWER_CHARS and not answer.endswith("?")
    return short and not _VERB.search(answer) and (not question.group("where") or bool(_PLACE.match(answer)))


def _statement(question: re.Match[str], answer: str) -> str:
    rest = question.group("rest").strip()
    if question.group("who"):  # "Chi è il capofila?" / "Il Comune di Rho." -> "Il Comune di Rho è il capofila."
        return f"{answer} {rest}."
    if question.group("which"):  # "Qual è il Comune capofila?" / "Rho." -> "Il Comune capofila è Rho."
        return f"{rest[0].upper()}{rest[1:]} è {answer}."
    # "Quando è stato approvato X?" / "Il 16 dicembre 2024" -> "È stato approvato X il 16 dicembre 2024."; "Dove si
    # trova l'Ufficio di Piano?" / "In Via ..." -> "Si trova l'Ufficio di Piano in Via ..."
    return f"{rest[0].upper()}{rest[1:]} {answer[0].lower()}{answer[1:]}."

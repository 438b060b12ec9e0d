"""An FAQ's short answer completes its question, and the rules read statements.

An accordion of "Domande frequenti" (the Modello Comuni, WordPress themes) often answers with a bare fragment:
"Chi è il capofila?" / "Il Comune di Rho."; "Quando è stato approvato il Piano di Zona 2025-2027?" / "Il 16
dicembre 2024, dall'Assemblea dei Sindaci."; "Qual è il Comune capofila?" / "Rho.". Neither line states the fact
alone. The answer's line is read as the statement the two make together ("Il Comune di Rho è il capofila."); the
line count is kept, so every line index the rules use stays where it was.
"""

from __future__ import annotations

import re

_QUESTION = re.compile(
    r"^(?:(?P<who>chi)|(?P<when>quando)|(?P<which>qual\s*(?:è|e['’]|['’]\s*è)|quale\s+è))\s+(?P<rest>[^?]{3,150})\?$",
    re.I,
)
ANSWER_CHARS = 160  # a fragment answers in a line; a longer answer is a text that states its own facts
# a finite verb: the answer is a sentence of its own, read as it is
_VERB = re.compile(r"\b(?:è|sono|ha|hanno|era|erano|fu|furono|viene|vengono|svolge|svolgono)\b", re.I)


def answered(lines: list[str]) -> list[str]:
    """The lines, each answer fragment under its question made the statement the two say together."""
    out = list(lines)
    for i, (line, answer) in enumerate(zip(lines, lines[1:], strict=False)):
        question = _QUESTION.match(line.strip())
        if question and len(answer) <= ANSWER_CHARS and not _VERB.search(answer) and not answer.endswith("?"):
            out[i + 1] = _statement(question, answer.strip().rstrip("."))
    return out


def _statement(question: re.Match[str], answer: str) -> str:
    rest = question.group("rest").strip()
    if question.group("who"):  # "Chi è il capofila?" / "Il Comune di Rho." -> "Il Comune di Rho è il capofila."
        return f"{answer} {rest}."
    if question.group("when"):  # "Quando è stato approvato X?" / "Il 16 dicembre 2024" -> "È stato approvato X il ..."
        return f"{rest[0].upper()}{rest[1:]} {answer[0].lower()}{answer[1:]}."
    # "Qual è il Comune capofila?" / "Rho." -> "Il Comune capofila è Rho."
    return f"{rest[0].upper()}{rest[1:]} è {answer}."

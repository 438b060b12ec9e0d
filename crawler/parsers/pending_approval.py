"""An approval's word that says the approval has not happened yet: the plan is pending ("in corso di approvazione",
"in fase di approvazione", "in attesa di approvazione", "in approvazione", "da approvare") or will be approved ("sarà
approvato", "verrà approvato", "dovrà essere approvato"). No act is dated by it: the date near it is a meeting to
come ("la prossima Assemblea è convocata per il 28 febbraio"), or a deadline.
"""

from __future__ import annotations

import re

_PENDING_BEFORE = re.compile(
    r"(?:\bin\s+(?:corso|fase|attesa|via)\s+(?:di\s+|dell['’]\s*)|\bin\s+|\bda\s+|"
    r"\b(?:sar[àa]|saranno|verr[àa]|verranno|(?:dovr[àa]|dovranno|potr[àa]|potranno)\s+essere)\s+)$",
    re.I,
)


def pending(sentence: str, word_start: int) -> bool:
    """The approval word at `word_start` says the approval is still to come."""
    return bool(_PENDING_BEFORE.search(sentence, max(0, word_start - 30), word_start))

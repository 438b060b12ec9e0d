"""A list of comuni joined to one sub-area of an ambito, not to the ambito (round 59d).

"X partecipa con i Comuni di A, B e C al sub-ambito della bassa, che condivide l'assistenza domiciliare", "A, B e C
compongono il sottoambito montano": a part of the ambito, named for one service, is no list of the ambito's comuni.
The sentence names no ambito but the sub-area. An ambito divided into parts, each part listed ("L'Ambito è suddiviso in
tre sub-ambiti: ..."), keeps its lists: together they are the whole (the rule "part")."""

from __future__ import annotations

import re

from crawler.parsers.prechecks import may_match

SUB_AREA_WORDS = ("sub", "sotto", "micro")  # the prefix any sub-area's name carries: a cheap guard before the regex
_SUB_AREA = re.compile(r"\b(?:sub|sotto|micro)[-\s]?(?:ambit[oi]|distrett[oi]|zon[ae]|are[ae])\b", re.I)
_WHOLE_BODY = re.compile(r"\bambit[oi]\b|\bdistrett[oi]\b", re.I)  # the ambito itself, once sub-areas are taken out
# the whole divided into its parts: "L'Ambito è suddiviso in tre sub-ambiti", "articolato in due sottoambiti"
_DIVIDED = re.compile(r"\b(?:suddivis|divis|articolat|ripartit)[oa]\s+in\b|\b(?:sub|sotto|micro)[-\s]?ambiti\b", re.I)


def one_sub_area(opening: str, after: str, around: str) -> bool:
    """Whether the run's sentence (`opening` the run `after`) joins its comuni to a sub-area only (no ambito named
    beside it), with no division of the whole into parts in the words `around` it (the paragraph up to the run). A
    part's label over its list ("Sub-ambito 2: A; B") is one of parts side by side, read by the rule "part"."""
    sentence = f"{opening} {after}"
    if opening.rstrip().endswith(":") or not may_match(sentence, SUB_AREA_WORDS) or not _SUB_AREA.search(sentence):
        return False
    return not _WHOLE_BODY.search(_SUB_AREA.sub(" ", sentence)) and not _DIVIDED.search(around)

"""The capofila of each ambito of a sentence that names several in turn ("l'Ambito X, il cui ente capofila è il Comune
di A, e l'Ambito Y, con capofila il Comune di B"): the clause apposed to an ambito's name, the words between it and the
next ambito's name, is that ambito's. A page's sections are line ranges, so the ambiti of one sentence share their
line; this reads the line's stretch of each.
"""

from __future__ import annotations

import re

from crawler.parsers import capofila as cf
from crawler.parsers.names import Mention
from crawler.reference.comuni import NameResolver

# the words from an ambito's name to its apposed role (closed): ", con (ente) capofila", ", il cui ente capofila",
# " (capofila", " – comune capofila"; anything else between (a project, another body) is no apposition
_APPOSED = re.compile(
    r"\s*[,(–—-]\s*(?:(?:con|il\s+cui|di\s+cui\s+è)\s+)?(?:(?:l['’]\s*)?ente\s+|(?:il\s+)?comune\s+)?$", re.I
)
# a stretch ends at its sentence's end, or at the next ambito named in words the gazetteer does not know
_STRETCH_END = re.compile(r"[.;](?:\s|$)|\bambit[oi]\b", re.I)


def in_turn(line: str, mentions: list[Mention], resolver: NameResolver) -> dict[str, tuple[str, str]]:
    """Ambito key -> (capofila code, evidence) for the ambiti of a line naming two or more, each from its own
    apposed clause; an ambito given two different comuni gets none."""
    named = sorted(mentions, key=lambda m: m.at)
    if len({m.key for m in named}) < 2:
        return {}
    found: dict[str, set[tuple[str, str]]] = {}
    for m, nxt in zip(named, [*named[1:], None], strict=True):
        stretch = line[m.at + len(m.name) : nxt.at if nxt else len(line)]
        stretch = stretch[: end.start()] if (end := _STRETCH_END.search(stretch)) else stretch
        role = cf.KEYWORD.search(stretch)
        if not role or not _APPOSED.match(stretch[: role.start()]) or cf.PROJECT.search(stretch):
            continue
        code, evidence, _ = cf.stated([stretch], resolver)
        if code:
            found.setdefault(m.key, set()).add((code, f"{m.name}{stretch}"[:300]))
    return {key: next(iter(given)) for key, given in found.items() if len({c for c, _ in given}) == 1}

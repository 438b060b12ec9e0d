"""A list of comuni flattened into a rendered page's text one piece of each item a line: a gallery of crests ("stemma
del comune di X" / "X"), a card per comune with its link ("X" / "Vai al sito del Comune"), a list whose capofila is
marked by a caption on the next line ("X" / "Ente capofila"). Read line by line the pieces break the run of names (a
link text between every two comuni) and a caption reads as the label of the next name ("Ente capofila" / "Y": the
wrong holder). A careful reader sees the items: each opens with the comune (its picture's alt text and its caption
name it twice), and goes on only with lines every item repeats (link texts) or with the capofila's mark. Each item is
joined back into one line, "X" or "X (capofila)", which the lists read as any list.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from crawler.parsers.document import Document
from crawler.reference.comuni import NameResolver

# closed vocabulary: a picture's alt text, a card's head or its link's text around a comune's name ("stemma del comune
# di X", "Logo X", "comune di X stemma", "Città di X", "Sito del Comune di X (si apre in una nuova finestra)")
_NAME_WRAP = re.compile(
    r"^(?:(?:stemma|logo|emblema|gonfalone|scudo|(?:vai\s+al\s+|visita\s+il\s+|link\s+al\s+)?sito"
    r"(?:\s+web|\s+istituzionale)?)(?:\s+(?:del|dello|della|di))?\s+)?"
    r"(?:(?:comune|citt[àa])\s+(?:di\s+)?)?(?P<name>.+?)"
    r"(?:\s+(?:stemma|logo))?(?:\s*\([^()]*(?:finestra|scheda|esterno|link)[^()]*\))?$",
    re.I,
)
# closed vocabulary: the capofila's mark on a line of its own, as a caption or a card's badge
_CAPOFILA_MARK = re.compile(r"^\(?\s*(?:(?:ente|comune)\s+)?capofila(?:\s+dell'ambito)?\s*\)?$", re.I)
# the same words, cheap: a line that may be a picture's alt text or a link's text around a name
_WRAPPED = re.compile(
    r"^(?:stemma|logo|emblema|gonfalone|scudo|sito|vai al sito|visita il sito|link al sito)\b|\b(?:stemma|logo)$", re.I
)
# the same mark after the name on its line ("Castano Primo capofila", "Rho – Ente capofila", "Rho (capofila)")
_TRAILING_MARK = re.compile(r"\s*[-–(]?\s*(?:(?:ente|comune)\s+)?capofila\s*\)?$", re.I)
_FIGURE = re.compile(r"\d")
_REPEAT_LINE = re.compile(r"^[^\d|:]{2,40}$")  # a link text or a badge: short words, no figure, no label
# a card's detail line opened by a label every card repeats before a dash ("Servizi Sociali – Piazza A. Moro 1",
# "Sportello – via Roma 3"): its words differ card to card, its label does not (a colon's label, "Indirizzo: ...", is a
# contact block's line, left as it is)
_DASH_LABELLED = re.compile(r"^(?P<label>[^\d|:–-]{2,40}?)\s+[–-]\s+\S")
MIN_ITEMS = 3
MIN_REPEATS = 3


def _comune(line: str, resolver: NameResolver) -> str | None:
    """The comune a line names and nothing else, its alt-text or card wrapping aside."""
    if (
        len(line) > 70
        or line.count(" ") > 8
        or _FIGURE.search(line)
        or not (line[:1].isupper() or _WRAPPED.search(line))
    ):
        return None  # (cheap: a sentence, a figure, a word in lower case names no comune alone)
    res = resolver.resolve(_TRAILING_MARK.sub("", _NAME_WRAP.match(line.strip())["name"]), fuzzy=False)
    return res.istat if res and res.method != "fuzzy" else None


def _label(line: str) -> str | None:
    if " – " not in line and " - " not in line:
        return None  # (most lines: no dash, no regex run)
    m = _DASH_LABELLED.match(line)
    return m.group("label") if m else None


def _repeated(line: str, repeats: set[str], labels: set[str]) -> bool:
    """A line every item repeats: the same words, or the same label before a dash."""
    return line in repeats or (bool(labels) and _label(line) in labels)


def _items(
    lines: list[str], at: int, keys: list[str | None], repeats: set[str], labels: set[str]
) -> list[tuple[int, int, bool]]:
    """The items from line `at`: (first line, end, marked capofila), each a comune's lines, then repeats or a mark.
    Every item has the first one's shape (as many name lines, as many repeated lines) and a comune of its own: a
    gallery's items are alike, and a list that runs on into another block ("Stemma del Comune di X" / "Comune di X" in
    the footer, "Ente capofila" / "Comune di X" under the list) ends there. A bare mark is a caption only inside an
    item of several lines ("X" / "Ente capofila" / "Y" is a label and its value as well); after the last item it is
    the heading or label of what follows."""
    items: list[tuple[int, int, bool]] = []
    shape, seen = None, set()
    i = at
    while i < len(lines) and keys[i] is not None and keys[i] not in seen:
        start, code = i, keys[i]
        seen.add(code)
        while i < len(lines) and keys[i] == code:
            i += 1
        marked = any(_TRAILING_MARK.search(line) for line in lines[start:i])
        named, repeated = i - start, 0
        while i < len(lines) and keys[i] is None:
            caption = bool(_CAPOFILA_MARK.match(lines[i])) and (
                "(" in lines[i] or named > 1 or (i + 1 < len(lines) and lines[i + 1] in repeats)
            )
            if not _repeated(lines[i], repeats, labels) and not caption:
                break
            repeated += _repeated(lines[i], repeats, labels)
            marked = marked or caption
            i += 1
        if shape not in (None, (named, repeated)):
            break
        shape = shape or (named, repeated)
        items.append((start, i, marked))
    if items and _CAPOFILA_MARK.match(lines[items[-1][1] - 1]) and "(" not in lines[items[-1][1] - 1]:
        start, end, _ = items[-1]
        items[-1] = (start, end - 1, any(_TRAILING_MARK.search(line) for line in lines[start : end - 1]))
    return items


def _head(lines: list[str], start: int, end: int, keys: list[str | None], labels: set[str]) -> str:
    """The item's name as written: its bare line if it has one (a caption may carry the capofila's mark: "Legnano
    (capofila)" under "comune di legnano stemma" is the bare line), else its first line unwrapped that writes the name
    as a name (an alt text is often the file's name or typed in lower case, "comune di gorle stemma", while the
    caption beside it writes "Comune di Gorle": a name in lower case reads as a common word downstream); then its
    labelled details after a dash, as a list's item carries them ("Cislago – Servizi Sociali – Piazza Toti 1")."""
    named = [line for line, key in zip(lines[start:end], keys[start:end], strict=True) if key is not None]
    bare = [_TRAILING_MARK.sub("", _NAME_WRAP.match(line)["name"]) for line in named]
    cased = next((name for name in bare if name[:1].isupper()), bare[0])
    head = next((name for name, line in zip(bare, named, strict=True) if name == _TRAILING_MARK.sub("", line)), cased)
    details = [line for line in lines[start:end] if labels and _label(line) in labels]
    return " – ".join([head, *details])


def rejoined_items(doc: Document, resolver: NameResolver) -> Document:
    """The text page with each flattened gallery, card list or captioned list joined back one item a line."""
    counts = Counter(doc.lines)
    repeats = {line for line, n in counts.items() if n >= MIN_REPEATS and _REPEAT_LINE.match(line)}
    labelled = Counter(label for label in map(_label, doc.lines) if label)
    labels = {label for label, n in labelled.items() if n >= MIN_REPEATS}
    if (
        not repeats
        and not labels
        and not any(_CAPOFILA_MARK.match(line) or _WRAPPED.search(line) for line in doc.lines)
    ):
        return doc  # (most pages: nothing an item repeats, no alt text, no capofila's caption)
    known: dict[str, str | None] = {}
    keys = [known[line] if line in known else known.setdefault(line, _comune(line, resolver)) for line in doc.lines]
    repeats = {line for line in repeats if line not in {doc.lines[i] for i, key in enumerate(keys) if key}}
    lines, levels, groups = [], [], []
    i = 0
    while i < len(doc.lines):
        items = _items(doc.lines, i, keys, repeats, labels) if keys[i] else []
        if len(items) < MIN_ITEMS or all(end - start == 1 for start, end, _ in items):
            lines.append(doc.lines[i])
            levels.append(doc.levels[i])
            groups.append(doc.groups[i])
            i += 1
            continue
        for start, end, marked in items:
            lines.append(_head(doc.lines, start, end, keys, labels) + (" (capofila)" if marked else ""))
            levels.append(doc.levels[start])
            groups.append(doc.groups[start])
        i = items[-1][1]
    return replace(doc, lines=lines, levels=levels, groups=groups)

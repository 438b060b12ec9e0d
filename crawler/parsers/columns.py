"""Two columns of prose laid side by side in a PDF's text (spaces between them), read column after column.

A text layer keeps an accord's two columns on one line each ("Il presente Accordo è sottoscritto dai Comuni    Ai
fini dell'attuazione ..."), so a sentence that goes on down its column is cut by the other column's words, and a
comune named in the next column sits beside it ("... quale ente capofila   Il Comune di Arcore"). A paragraph whose
lines split at one position, with prose on both sides, is read as its left column, then its right one. Numbered lists
in two columns ("1. ARLUNO   8. MESERO") are left alone: the member lists read them as they are.
"""

from __future__ import annotations

import re
from collections import Counter

_GAP = re.compile(r"\S( {2,})(?=\S)")
LIST_MARK = re.compile(r"^\s*(?:\d{1,3}[.)]|[-–•*·▪]|[a-z]\))\s")  # a list item's mark at its line's start
SLACK = 3  # columns typed or extracted a few characters apart still line up
MIN_WORDS = 3  # both sides of a line of prose hold a few words
JUSTIFIED_GAP = 3  # a justified line's widest word gap; a table typed with spaces parts its cells wider


def unfold(lines: list[str]) -> list[str]:
    """The lines, with each paragraph laid out in two columns of prose read column after column."""
    out: list[str] = []
    para: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            para.append(line)
            continue
        out += _unfold_paragraph(para)
        para = []
        out.append(line)
    return out[:-1]


def _unfold_paragraph(para: list[str]) -> list[str]:
    split = _column_start(para)
    if split is None:
        return _right_wraps(para)
    left: list[str] = []
    right: list[str] = []
    for line in para:
        cut = _cut(line, split)
        if cut is None:
            return para  # a line runs across the column gap: not two columns
        left.append(line[:cut].rstrip())
        right.append(line[cut:].strip())
    rows = [text for text in right if text] if _rows_beside_prose(para, split) else _sentences(right)
    return _sentences(left) + [""] + rows


def _right_wraps(para: list[str]) -> list[str]:
    """A numbered list in two columns, with the rest of a right-hand item in its column on the next line, beside the
    next left-hand item or alone ("4. GREZZAGO   9. TREZZO SULL'ADDA" / "5. MASATE      (Comune capofila)"): the rest
    is put back after its item, so a mark or a name's end goes with the item it belongs to, not the one beside it."""
    out: list[str] = []
    row: tuple[int, int] | None = None  # (index in out, where its right-hand item's text starts) of the last full row
    for line in para:
        text = line.rstrip()
        gaps = [m.end(1) for m in _GAP.finditer(text)]
        right = next((at for at in gaps if LIST_MARK.match(text[at:]) and LIST_MARK.match(text)), None)
        if right is not None:
            row = (len(out), _item_text(text, right))
            out.append(line)
            continue
        rest = next((at for at in gaps if row and abs(at - row[1]) <= SLACK), None)
        if rest is None and row and not gaps and abs(len(text) - len(text.lstrip()) - row[1]) <= SLACK:
            rest = len(text) - len(text.lstrip())  # the rest alone on its line
        if row and rest is not None and len(gaps) <= 1 and not LIST_MARK.match(text[rest:]):
            out[row[0]] = f"{out[row[0]].rstrip()} {text[rest:].strip()}"
            line = text[:rest].rstrip()
            row = None
            if not line.strip():
                continue
        elif not LIST_MARK.match(text):
            row = None  # a line that is no item of the list: the list's rows end here
        out.append(line)
    return out


def _item_text(line: str, start: int) -> int:
    """Where an item's text starts, after its number ("9. TREZZO": at "TREZZO")."""
    mark = LIST_MARK.match(line[start:])
    return start + (mark.end() if mark else 0)


_HEADING = re.compile(r"(?:art(?:icolo)?\.?\s*\d+|capo\s+[IVX\d]+|titolo\s+[IVX\d]+)\b", re.I)


def _sentences(column: list[str]) -> list[str]:
    """A column's lines joined back into its sentences: a column is narrow, so its lines are wrapped prose, except its
    article headings ("Art. 3 - Ente capofila"), its list items, a line after a row the column leaves empty and, in a
    column that is not all in capitals, lines in capitals."""
    out: list[str] = []
    lines = [text.strip() for text in column]
    shouted = all(line.isupper() for line in lines if re.search(r"[^\W\d_]", line))  # a column all in capitals
    for before, line in zip(["", *lines], lines, strict=False):
        if not line:
            continue
        if (
            out
            and before  # a row left empty in the column parts its paragraphs
            and not out[-1].endswith((".", ";", ":"))
            and not _heading(out[-1], shouted)
            and not _heading(line, shouted)
            and not LIST_MARK.match(line)  # a list's item opens a line of its own
        ):
            out[-1] = join_wrapped(out[-1], line)
        else:
            out.append(line)
    return out


HYPHENATED = re.compile(r"[a-zà-ù]-$", re.I)
# a word in capitals hyphenated at the line's end, its rest in capitals on the next ("CASALPUSTER-" / "LENGO, ...")
# (not a list of names joined by hyphens: "BINASCO-BUCCINASCO-" / "CASARILE-LACCHIARELLA")
_SHOUTED_CUT = re.compile(r"(?<![-–])\b(?-i:[A-ZÀ-Ý]{2,})-$")
_SHOUTED_REST = re.compile(r"(?-i:[A-ZÀ-Ý]{2,})\b(?![-–])")


def join_wrapped(line: str, more: str) -> str:
    """A wrapped line and the next one: a word hyphenated at the line's end goes on without its hyphen ("San Gior-" /
    "gio su Legnano", "Gar-" / "bagnate Milanese" in a column of a plan's two; "POGLIANO MI-" / "LANESE" in a text
    in capitals)."""
    cut = HYPHENATED.search(line) and more[:1].islower() or _SHOUTED_CUT.search(line) and _SHOUTED_REST.match(more)
    return f"{line[:-1]}{more}" if cut else f"{line} {more}"


def _heading(line: str, shouted: bool) -> bool:
    """An article's heading, or a line in capitals among lines that are not."""
    return bool(_HEADING.match(line)) or (line.isupper() and not shouted)


# a signature block's first line: "Il Sindaco del Comune di X", "Per il Comune di Y", "L'Assessore delegato ...": two
# side by side open two columns, whose next lines ("ente capofila", "(firmato digitalmente)") each go with their block
_SIGNER = re.compile(
    r"^(?:per\s+(?:il|la|l['’])\s*|(?:il|la|l['’])\s*(?:vice\s*)?(?:sindac|assessor|delegat|presidente|direttor|"
    r"legale\s+rappresentante|commissari))",
    re.I,
)


def _column_start(para: list[str]) -> int | None:
    """Where the right column starts, when at least two lines of the paragraph hold prose on both sides of it."""
    starts = Counter(m.end(1) for line in para for m in _GAP.finditer(line.rstrip()))
    if not starts:
        return None
    split = starts.most_common(1)[0][0]
    both = [line for line in para if _split_at(line, split) is not None]
    prose = [
        line
        for line in both
        if all(len(side.split()) >= MIN_WORDS for side in _sides(line, split))
        and not _listed(line, split)
        and not _justified(line, split)
    ]
    signed = bool(both) and all(_SIGNER.match(side) for side in _sides(both[0], split))  # a row of signature blocks
    if (len(prose) >= 2 and len(prose) * 2 >= len(both)) or signed or _rows_beside_prose(para, split):
        return split
    return split if _list_beside_prose(both, split) else None


def _list_beside_prose(both: list[str], split: int) -> bool:
    """A list in one column beside wrapped prose in the other (a minutes' "- Legnano   L'Assemblea approva" /
    "- Busto Garolfo   il Piano di Zona 2025-2027 e"): on a few lines an item on one side and prose of a few words
    on the other, the prose going on from the line above (opening in lower case) and cut mid-sentence at least once.
    Two lists side by side, or items with a note each ("- Magenta   ente capofila dell'ambito"), stay rows."""
    mixed = [
        prose
        for line in both
        for item, prose in [_sides(line, split), _sides(line, split)[::-1]]
        if LIST_MARK.match(item) and not LIST_MARK.match(prose) and len(prose.split()) >= MIN_WORDS
    ]
    wrapped = [prose for prose in mixed if prose[:1].islower()]
    cut = [prose for prose in mixed if _CUT_SENTENCE.search(prose)]
    return len(mixed) >= MIN_ROWS and len(wrapped) >= 2 and bool(cut)


# a line of prose a column's width cut mid-sentence: it ends in a word that cannot end one ("... 2025-2027 e", "quale
# ente capofila e sede") or in a hyphen; a note beside each item of a list ("ente capofila dell'ambito") ends whole
_CUT_SENTENCE = re.compile(
    r"(?:\b(?:e|ed|o|il|lo|la|i|gli|le|un|una|di|del|della|dei|degli|delle|a|al|ai|alla|da|dal|in|nel|nella|con|per|"
    r"su|tra|fra|che|quale|quali)|\bl['’]|-)$",
    re.I,
)


MIN_ROWS = 3  # a table beside the prose has a few rows: two lines with a wide gap may be a justified pair


def _rows_beside_prose(para: list[str], split: int) -> bool:
    """A column of wrapped prose beside a table typed with spaces (a plan's chapter with "Comuni   Residenti" beside its
    text, a report's "Comune   Quota" box): on most lines that hold both, prose of a few words on the left and a row of
    cells parted by a wide gap on the right, and some left sides go on from the line above (they open in lower case)."""
    both = [_sides(line, split) for line in para if _split_at(line, split) is not None]
    rows = [right for left, right in both if _GAP.search(right) and len(left.split()) >= MIN_WORDS]
    wrapped = [left for left, _ in both if left[:1].islower() and len(left.split()) >= MIN_WORDS]
    return len(rows) >= MIN_ROWS and len(rows) * 2 >= len(both) and len(wrapped) >= 2


def _justified(line: str, split: int) -> bool:
    """A justified line, its words spaced wide ("Il  giorno  18  dicembre  2024,  alle  ore"): the gap at `split` is
    one of its many narrow word gaps, no wider than the others, and no column's edge (a table typed with spaces parts
    its cells by wide gaps, each a column's edge)."""
    gaps = [m for m in _GAP.finditer(line.rstrip())]
    at = next((m for m in gaps if abs(m.end(1) - split) <= SLACK), None)
    others = [len(m.group(1)) for m in gaps if m is not at]
    return at is not None and len(others) >= MIN_WORDS and len(at.group(1)) <= min(JUSTIFIED_GAP, max(others))


def _split_at(line: str, split: int) -> int | None:
    """The start of the right column in a line holding both columns, near `split`."""
    for m in _GAP.finditer(line.rstrip()):
        if abs(m.end(1) - split) <= SLACK:
            return m.end(1)
    return None


def _sides(line: str, split: int) -> tuple[str, str]:
    cut = _split_at(line, split) or split
    return line[:cut].strip(), line[cut:].strip()


def _listed(line: str, split: int) -> bool:
    return any(LIST_MARK.match(side) for side in _sides(line, split))


def _cut(line: str, split: int) -> int | None:
    """Where a line of the paragraph divides: at its gap, after its end (left only), before its text (right only)."""
    text = line.rstrip()
    at = _split_at(text, split)
    if at is not None:
        return at
    if len(text) < split - SLACK:
        return len(text)  # the left column alone ("Brianza.")
    indent = len(text) - len(text.lstrip())
    if indent >= split - SLACK:
        return indent  # the right column alone
    return None

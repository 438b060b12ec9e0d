"""Links whose words say nothing ("clicca qui", "scarica", "leggi", "qui", "download", "vai"): what they lead to
is said by their `title` and by the sentence, list item or heading around them.

"Anno 2022 - per i dettagli <a title="Anno 2022">clicca qui</a>": read as "clicca qui", an Albo's archive by
year was no year of an archive (no step of a trail), and its act "Atto 12 - 2021/2023 - <a>scarica</a>" was
never reached (simweb7's one miss, simweb16's `cm-entratico`; simweb16's `clickhere` sites 9 / 12 fact pages).
The words around such a link counted as its context only (at most 2 points of planning words, no year, no act's
number, no section's name); now they are its own words. A word that says what the link does with a document
("scarica", "download", "leggi tutto", "visualizza") is kept after them, since the trail of documents reads it.

A teaser card ("<h3>Approvato il Piano di Zona</h3><p>La delibera è pubblicata. Il testo è in allegato.</p>
<a>Leggi di più</a>") is titled by its heading: its blurb's last sentence said nothing of planning, and a year's card
("<h3>Anno 2023</h3><p>Atti dell'anno.</p>") read as "Anno 2023Atti dell'anno" was no year (23rd round).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from crawler.scoring import ATTACHMENT

VAGUE = re.compile(  # "Vai alla pagina": a Designers Italia card's link, its title the heading above it (21st round)
    r"[\s\W]*(?:(?:per\s+)?(?:clicca(?:re)?|click)(?:\s+(?:qui|qu[iì]|here))?|qui|here|vai|apri|link|continua"
    r"|(?:per\s+(?:i\s+)?)?dettagli|approfondisci|leggi(?:\s+(?:qui|tutto|di\s+pi[uù]|oltre))?|scarica"
    r"|download|visualizza|pdf)(?:\s+(?:qui|(?:il|l')\s*(?:file|documento|pdf|allegato)|alla\s+pagina))?[\s\W]*",
    re.I,
)
VAGUE_CHARS = 40  # longer words say something
MEANING_CHARS = 300  # the words before a link in its block, at most: its sentence, a list item's line
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])")  # "Atto n. 12" is one sentence, "... Ambito. Il piano" two
# what a line says after its subject to lead to the link ("Anno 2022 - per i dettagli clicca qui", "Albo pretorio
# on line: clicca qui", "Il piano è disponibile qui"): no part of what the link leads to
_FILLER = re.compile(
    r"[\s\-\u2013\u2014:;,.(»>›]+$|\b(?:per\s+(?:i\s+|le\s+|maggiori\s+)?(?:dettagli|informazioni|saperne\s+di\s+pi[uù]"
    r"|consultar\w*|scaricar\w*|legger\w*|visualizzar\w*|accedere)|(?:è|sono)\s+disponibil[ei]|disponibil[ei])$",
    re.I,
)
# a title that says how the link opens, not where it leads (the accessibility guidelines of Italian public sites ask
# for "si apre in una nuova finestra"), or the file's type and size: no meaning
_BEHAVIOUR = re.compile(
    r"nuov[ao]\s+(?:finestra|scheda|pagina)|\blink\s+estern|\bsito\s+estern|\bsi\s+apre\b|^\W*(?:file\s+)?pdf\b"
    r"|\b\d+(?:[.,]\d+)?\s*[kmg]i?b\b",
    re.I,
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LABELS = _HEADINGS | {"dt", "strong", "b", "label"}
CARD_PARTS = 3  # a card's parts between its heading and its link, at most: a category, a date, a blurb
_SKIP = frozenset({"script", "style"})


def vague_text(anchor: Any, text: str, blocks: tuple[str, ...]) -> str:
    """An anchor's words if they say something; else its `title` or `aria-label`, the heading of the card it
    closes, the sentence before it in its block (the nearest of `blocks`: list item, paragraph, cell), or the
    heading or label just before that block, with the words of a download kept after them; the words as they are
    if none of those says anything."""
    if not says_nothing(text):
        return text
    meaning = next((v for name in ("title", "aria-label") if _names_its_target(v := anchor.get(name) or "")), "")
    title = None if meaning else _card_title(anchor)
    meaning = " ".join("".join(title.itertext()).split()) if title is not None else meaning
    block = None if meaning else next(anchor.iterancestors(*blocks), None)
    if block is not None:
        meaning = _SENTENCE.split(" ".join(_before(block, anchor).split())[-MEANING_CHARS:])[-1]
        meaning = meaning if not VAGUE.fullmatch(meaning) else ""
        label = None if meaning else _label_above(block)
        meaning = " ".join("".join(label.itertext()).split()) if label is not None else meaning
    meaning = _without_filler(meaning)
    if not meaning:
        return text
    return f"{meaning} {text.strip()}" if ATTACHMENT.search(text) else meaning


def _label_above(block: Any) -> Any:
    """The heading or label just before a block, or before the list it is the first item of (`<h3>Accordo di
    programma</h3><ul><li><a>Scarica</a></li></ul>`)."""
    for element in (block, block.getparent()):
        before = next(element.itersiblings(preceding=True), None) if element is not None else None
        if before is not None:
            return before if before.tag in _LABELS else None
    return None


def _card_title(anchor: Any) -> Any:
    """The heading of the card an anchor closes: the anchor (or the box it alone fills) follows, with no words
    between, at most `CARD_PARTS` parts of no link after a heading of its parent. None when words run into the
    anchor (its sentence says what it leads to) or another link comes first (another item's)."""
    element = anchor
    while element.getprevious() is None and not (element.getparent().text or "").strip():
        element = element.getparent()
        if element.tag in ("main", "body") or element.getparent() is None:
            return None
    if element.getprevious() is None or (element.getprevious().tail or "").strip():
        return None
    for k, before in enumerate(element.itersiblings(preceding=True)):
        if before.tag in _HEADINGS:
            return before
        if k >= CARD_PARTS or not isinstance(before.tag, str) or next(before.iter("a"), None) is not None:
            return None
    return None


@lru_cache(maxsize=1 << 14)  # a site's menus repeat their words on every page
def says_nothing(text: str) -> bool:
    """Whether a link's words say nothing of where it leads ("clicca qui", "Scarica", "Vai »")."""
    return len(text) <= VAGUE_CHARS and VAGUE.fullmatch(text) is not None


def _names_its_target(title: str) -> bool:
    """Whether a `title` says where its link leads: not empty, not vague itself, not how the link opens."""
    title = title.strip()
    return bool(title) and not says_nothing(title) and not _BEHAVIOUR.search(title)


def _without_filler(line: str) -> str:
    """A line without the words after its subject that only lead to the link."""
    while (shorter := _FILLER.sub("", line)) != line:
        line = shorter
    return line


def _before(block: Any, anchor: Any) -> str:
    """The text of `block` that comes before `anchor` (a walk that stops there: only vague anchors ask it)."""
    parts: list[str] = []

    def walk(el: Any) -> bool:
        if el is anchor:
            return True
        if isinstance(el.tag, str) and el.tag not in _SKIP and el.text:
            parts.append(el.text)
        for child in el:
            if walk(child):
                return True
            if child.tail:
                parts.append(child.tail)
        return False

    walk(block)
    return "".join(parts)

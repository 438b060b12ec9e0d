"""Whether a page read as text is a web page rendered to text, not a document's text layer (round 55a).

A rendered web page writes one block element (a paragraph, a list item, a card's field) per paragraph, blank lines
between them, so a sentence never runs on over a blank line; a PDF's text layer (pdftotext served as `.txt`) puts blank
lines anywhere (page and column breaks). A careful reader tells the two apart by the site's chrome: a skip link
("Vai al contenuto"), a crumb trail ("Home » Piano di Zona", "Sei qui:"), a menu one item a line ("Chi siamo" /
"Contatti"), or the footer's chrome on a short line of its own ("Privacy | Cookie", "© 2025 ...", "Seguici su",
"Ultimo aggiornamento"). A letterhead's fiscal code or a law on privacy inside a sentence is no
such mark: only short lines at the page's head or tail count.
"""

from __future__ import annotations

import re

HEAD_LINES = 40  # the banner, the menus one item a line and the crumbs come before the content
TAIL_LINES = 15  # the footer's menus and legal chrome close the page
CHROME_CHARS = 80  # a chrome line is a link or a short row of links, never a sentence

_HEAD_CHROME = re.compile(
    r"^(?:(?:vai|salta|passa)\s+(?:al(?:la)?|ai)\s+(?:contenut|navigazion|men[uù]|footer|piè)|"
    r"(?:sei|ti\s+trovi)\s+(?:qui|in)\s*:|"
    r"(?:home|homepage|home\s*page)\s*(?:[»›>/|]|$))|\s[»›>]\s",
    re.I,
)
# a site's menu, one item a line (a closed vocabulary: the sections every site of a public body has)
_MENU_ITEM = re.compile(
    r"^(?:menu|cerca|chi\s+siamo|contatti|news|notizie|servizi|eventi|documenti|modulistica|trasparenza|"
    r"amministrazione\s+trasparente|bandi(?:\s+e\s+avvisi)?|area\s+riservata)$",
    re.I,
)
MENU_ITEMS = 2  # two of them, each a line of its own: a document's headings are not these
_TAIL_CHROME = re.compile(
    r"^(?:©|copyright\b)|\b(?:privacy|cookie|note\s+legali|accessibilit[aà]|mappa\s+del\s+sito|credits|seguici)\b|"
    r"^(?:ultimo\s+aggiornamento|ultima\s+modifica|pagina\s+aggiornata)\b",
    re.I,
)


def is_rendered_page(lines: list[str]) -> bool:
    """Whether these lines (a text page's) are a web page rendered to text: a skip link, crumbs or a menu at the
    head, or a short line of legal chrome at the tail."""
    head = [line for line in lines[:HEAD_LINES] if len(line) <= CHROME_CHARS]
    menu = sum(bool(_MENU_ITEM.match(line)) for line in head)
    if menu >= MENU_ITEMS or any(_HEAD_CHROME.search(line) for line in head):
        return True
    return any(len(line) <= CHROME_CHARS and _TAIL_CHROME.search(line) for line in lines[-TAIL_LINES:])


_DIGIT = re.compile(r"\d")
_OPENING_WORDS = 2  # "Piano di", "Comune di": a list's items share their first words, a sentence's lines not


def starts_new_item(prev: str, line: str) -> bool:
    """Whether, on a rendered page, `line` is the next item of a list or row of a table, not the rest of `prev` (round
    58a): a renderer writes one block a line, so a line that opens with the words `prev` opened with (numbers aside:
    "Piano di Zona 2021/2023 (pdf) - approvato ..." / "Piano di Zona 2018/2020 (pdf)") or two rows of a table whose
    cells are parted by tabs ("Comune socio<TAB>Quota" / "Comune di Arese<TAB>10,7%") never wrap into each other."""
    if "\t" in prev.strip() and "\t" in line.strip():
        return True
    opening = _opening(prev)
    return len(opening) == _OPENING_WORDS and opening == _opening(line)


def _opening(line: str) -> list[str]:
    return _DIGIT.sub("0", line.lower()).split(maxsplit=_OPENING_WORDS)[:_OPENING_WORDS]


# a site's head menu, one item a line: short capitalised words ("Cronaca", "Sport", "Home"), none of them a list's
# label ("I Comuni", "Comuni soci:", "Ambito")
HEAD_MENU_LINES = 12
_MENU_WORD = re.compile(r"^[A-ZÀ-Ü][\w'’.-]*(?:\s+[\w'’.-]+){0,2}$")
_LIST_LABEL = re.compile(r"omun|mbit|distrett|territor|elenc|\bsoci\b|aderent|membri|:", re.I)
_MENU_ITEM_WORDS = 4


def in_head_menu(lines: list[str], first: int, last: int) -> bool:
    """Whether lines[first:last + 1], comuni one a line, are items of the site's head menu between its other items
    ("Cronaca" / "Carate" / "Lissone" / "Seregno" / "Sport": a local paper's editions, a comune site's "Home" /
    "Vivere Lecco"): navigation above the page's content, no list the page gives (round 60d)."""
    last = _menu_end(lines, first, last)
    if first < 1 or last <= first or last + 1 >= len(lines) or last >= HEAD_MENU_LINES:
        return False
    around = (lines[first - 1].strip(), lines[last + 1].strip())
    if not all(_MENU_WORD.match(line) and not _LIST_LABEL.search(line) for line in around):
        return False
    # the site's banner first ("La Gazzetta dell'Adda e del Lambro": a name, not a sentence), then the menu's items
    banner = lines[1] if len(lines[1]) <= _BANNER_CHARS and not _SENTENCE_MARK.search(lines[1]) else ""
    return all(len(line.split()) <= _MENU_ITEM_WORDS for line in lines[1 : last + 1] if line is not banner)


def _menu_end(lines: list[str], first: int, last: int) -> int:
    """The run's last line in the menu: the article's headline that opens with a comune ("Castano Primo, l'ambito
    rinnova ...") and its kicker in capitals above it ("Annunci" / "CUGGIONO") are the article's, no menu items."""
    while last > first + 1 and len(lines[last].split()) > _MENU_ITEM_WORDS:
        last -= 1
    kicker = lines[last].strip().isupper() and not lines[last - 1].strip().isupper()  # a menu is not in capitals
    return last - 1 if last > first + 1 and kicker else last


_BANNER_CHARS = 60
_SENTENCE_MARK = re.compile(r"[.:;,]\s|[.:;]$")

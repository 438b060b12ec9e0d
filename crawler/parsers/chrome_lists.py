"""A member list kept in a site's menu or footer, read as content.

A consortium's or an Ufficio di Piano's site often lists the ambito's comuni once, in its chrome: a
footer column "I Comuni dell'Ambito territoriale di X" or a menu "Comuni soci" whose submenu links
each comune's site; the page's text points there ("elencati in fondo alla pagina"). Chrome is dropped
before the lines are read (it repeats on every page and names neighbours, partners and news), so such
a list is copied out first, under its own heading, and only when that heading names the members: a
footer's "Comuni vicini" or "Link utili" stays chrome. Its lines come after the body's (`Document.chrome_from`), and
count only on a page about one ambito, under a heading that names it or that the text ties to it ("ne sono soci
i Comuni dell'Ambito"): the footer of a consortium of several ambiti, or of an ambito's site on news about a
neighbour, speaks for no ambito the page names (`speak_for_the_page`).
"""

from __future__ import annotations

import itertools
import re

from lxml import etree

from crawler.parsers.inline import INVISIBLE, reader_text

# "I Comuni dell'Ambito territoriale di Lodi", "Comuni soci", "Comuni aderenti", "Gli enti soci"
_MEMBERS_HEADING = re.compile(
    r"^\s*(?:(?:i|gli)\s+)?(?:comuni|enti)\s+(?:soci|aderenti|associati|consorziati|"
    r"(?:dell['’]\s*|del\s+)(?:ambito|distretto|piano\s+di\s+zona))\b",
    re.I,
)
# every chrome block, in document order, found by its name or its role attribute (a sidebar too: a widget "I Comuni
# dell'Ambito" beside the page's text) (a predicate tested on every element
# of a large page cost more than the rest of the reading)
_CHROME_BLOCKS = etree.XPath(
    "//nav | //header | //footer | //aside | //@role[. = 'navigation' or . = 'contentinfo' or . = 'complementary']/.."
)
# a heading by its text, whatever its tag: a footer's "<p class="titolo-banda">I Comuni dell'Ambito</p>" over a band of
# logos is one as much as an <h3> (a block holding links, items or images is a list, not its heading; an anchor with no
# target, "<a name>", is a bookmark on a word, no link)
_HEADING_TAGS = "self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or self::strong or self::b"
_HEADINGS = (
    f"descendant::*[{_HEADING_TAGS} or self::p or self::dt or self::span or self::div]"
    "[not(.//a[@href] or .//li or .//img)][string-length(normalize-space()) <= 80]"
)
# "Comuni soci" over its submenu, a <ul> or a dropdown's <div>
_MENU_LABELS = (
    "descendant-or-self::li/*[self::a or self::span or self::button][following-sibling::*[self::ul or self::div]]"
)
_LABELS = etree.XPath(f"{_HEADINGS}|{_MENU_LABELS}")  # (in document order within one chrome block)
MIN_ITEMS = 3
LIST_SIBLINGS = 2  # the heading's next elements read for its list: the list, or a note and the list
# the text ties the members' word to the ambito: "è l'azienda dei Comuni dell'Ambito X: ne sono soci gli undici Comuni"
_MEMBERS_WORD = r"\b(?:soci|aderent[ei]|associat[ie]|consorziat[ie])\b"
_TIED = re.compile(rf"{_MEMBERS_WORD}[^.;]{{0,200}}\bambito\b|\bambito\b[^.;]{{0,200}}{_MEMBERS_WORD}", re.I)
# what a heading of members leaves in its chrome block's text, where tags part no words ("Comuni<br>soci"): a block
# without it holds no such heading, and its labels are not looked for (their path costs a large menu more than the rest)
# (the words' first letters as one class, each word then checked behind it: a pattern that opens with a class is
# searched for by a scan in C, an alternation is tried at every character, twice as slow over a footer's text)
_MAY_HEAD_MEMBERS = re.compile(
    r"[acde](?:(?:(?<=c)omun|(?<=e)nt)i\s*(?:soci|aderent|associat|consorziat|del)|(?<=a)mbito|(?<=d)istretto)", re.I
)
# a widget about the ambito, in a sidebar or a footer of a comune's site: its heading names the ambito ("Ambito
# territoriale di Vimercate") and a line of it labels the members ("Comuni: A, B, ...", "Comuni aderenti: ..."), with
# the capofila often beside ("Capofila: X"); its lines are copied whole, under its heading
_AMBITO_HEADING = re.compile(
    r"^\W*(?:l['’]\s*)?(?:ambito|distretto)\b(?!\s+(?:urbano\s+)?del\s+commercio|\s+(?:sanitario|scolastico))", re.I
)
_MEMBERS_LABEL = re.compile(r"^\W*(?:(?:i|gli)\s+)?(?:comuni|enti)\b[^:.;]{0,40}:\s*\S", re.I)
WIDGET_BLOCKS = 6  # the heading's next elements read as the widget's lines
_WIDGET_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_WIDGET_LINES = "descendant::p | descendant::li | descendant::dd"
# a widget's lines parted by <br>, or run into one by dots before a label ("Capofila: X · Comuni: A, B")
_LINE_BREAKS = re.compile(r"\n|\s[·•]\s(?=[^:·•\n]{1,40}:)")


def _text(el: etree._Element) -> str:
    # "<strong>I</strong> Comuni dell’Ambito", "Comuni ade\u00adrenti": the words a reader reads
    return re.sub(r"\s+", " ", INVISIBLE.sub("", reader_text(el))).strip()


def _items(block: etree._Element) -> list[str]:
    """A block's items: its list items, else its links (a footer's "A · B · C" paragraph of links; an anchor without
    a target is a word's bookmark, not a link)."""
    items = block.xpath(".//li") or block.xpath(".//a[@href]")
    return [t for t in (_text(i) for i in items) if t]


_ITEM_TAGS = frozenset({"a", "li", "span", "figure", "img"})
ITEM_CHARS = 60  # an item names a comune ("Comune di San Giorgio su Legnano"), it says no sentence


def _sibling_items(label: etree._Element) -> list[str]:
    """The heading's next siblings while each is one item (a link, a logo's figure, a chip): a band whose logos are
    the heading's siblings, with no list around them ("<h2>I Comuni dell'Ambito</h2><a>..</a><a>..</a>")."""
    items = []
    for el in label.itersiblings():
        if isinstance(el, etree._Comment):
            continue
        text = _text(el) if el.tag in _ITEM_TAGS else ""
        if not text or len(text) > ITEM_CHARS:
            break
        items.append(text)
    return items


def _chrome_roots(root: etree._Element) -> list[etree._Element]:
    """The outermost chrome blocks whose text may hold a heading of members: the labels are looked for inside each."""
    blocks = _CHROME_BLOCKS(root)
    chrome = set(blocks)
    return [
        block
        for block in blocks
        if not any(above in chrome for above in block.iterancestors())
        and _MAY_HEAD_MEMBERS.search(
            INVISIBLE.sub("", etree.tostring(block, method="text", encoding="unicode", with_tail=False))
        )
    ]


def chrome_member_lists(root: etree._Element) -> etree._Element | None:
    """The member lists of the site's menu and footer, each under its heading, as a block of their own (read after
    the body's text); None if there are none."""
    found: list[tuple[str, list[str]]] = []
    widgets: list[tuple[str, list[str]]] = []
    for label in (label for chrome in _chrome_roots(root) for label in _LABELS(chrome)):
        if (widget := _ambito_widget(label)) is not None:
            widgets.append(widget)
            continue
        raw = INVISIBLE.sub("", etree.tostring(label, method="text", encoding="unicode", with_tail=False)).lower()
        if "comuni" not in raw and "enti" not in raw:
            continue  # (the heading's words in C first: most labels of a menu are no heading of members)
        heading = _text(label)
        if not _MEMBERS_HEADING.match(heading):
            continue
        # the list right under its heading, or after a note between ("Ente capofila: Comune di X" over the logos, the
        # capofila maybe a link: a note's one link is no list)
        lists = (_items(block) for block in label.itersiblings() if not isinstance(block, etree._Comment))
        items = next((found for found in itertools.islice(lists, LIST_SIBLINGS) if len(found) >= MIN_ITEMS), [])
        items = items or _sibling_items(label)  # no block of items: the heading's own siblings are its items
        if len(items) >= MIN_ITEMS:
            found.append((heading, items))
    if not found and not widgets:
        return None
    lists = etree.Element("div")
    for heading, lines in widgets:
        section = etree.SubElement(lists, "section")
        etree.SubElement(section, "h2").text = heading
        for line in lines:
            etree.SubElement(section, "p").text = line
    for heading, items in found:
        section = etree.SubElement(lists, "section")
        etree.SubElement(section, "h2").text = heading
        listed = etree.SubElement(section, "ul")
        for item in items:
            etree.SubElement(listed, "li").text = item
    return lists


def _ambito_widget(label: etree._Element) -> tuple[str, list[str]] | None:
    """The heading and lines of a widget about the ambito (`_AMBITO_HEADING`), when one of its lines labels the
    members; None for any other label."""
    heading = _text(label)
    if len(heading) > ITEM_CHARS or not _AMBITO_HEADING.match(heading):
        return None
    lines = []
    for el in itertools.islice((e for e in label.itersiblings() if not isinstance(e, etree._Comment)), WIDGET_BLOCKS):
        if el.tag in _WIDGET_HEADINGS:
            break  # the next widget's heading
        # a block of the widget's lines ("<div class="textwidget"><p>Capofila: X</p><p>Comuni: A, B</p>"), one a line,
        # a <br> parting lines as a <p> does
        for part in el.xpath(_WIDGET_LINES) or [el]:
            said = _LINE_BREAKS.split(INVISIBLE.sub("", reader_text(part, br="\n")))
            lines += [text for line in said if (text := re.sub(r"\s+", " ", line).strip())]
    return (heading, lines) if any(_MEMBERS_LABEL.match(line) for line in lines) else None


def speak_for_the_page(text: str, ambiti: int, heading_names_it: bool, own_site: bool = False) -> bool:
    """The lists copied from the chrome are the page's ambito's: the page names one ambito, and a list's heading names
    it ("I Comuni dell'Ambito di Lodi") or the text says the members it lists are the ambito's comuni. On the ambito's
    (or its office's) own site a menu "I Comuni dell'Ambito" names no other: it is the site's ambito."""
    return ambiti == 1 and (heading_names_it or bool(_TIED.search(text)) or own_site)

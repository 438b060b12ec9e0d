"""One page as lines of main-content text, whatever it came as (HTML, PDF or plain text).

Every extractor reads `Document.lines`, so a rule written once works on a Designers Italia page,
an old table-layout CMS page, a news article and the text of a PDF plan alike. Navigation,
headers, footers and scripts are dropped first: they repeat on every page and name comuni and
phone numbers that are not the page's facts. Their text is kept apart in `chrome`, because the
"Pagina aggiornata il ..." label often sits in the footer.

Beside each line the document keeps a little structure, which the rules need and plain text loses:
`levels` (0 = text, 1-6 = h1-h6, 7 = a label-like heading: dt, th, a bold-only line, a short
title line of a text file) and `groups` (lines of one list, table, definition list, paragraph or
plain-text paragraph share a group, so a rule knows where a list ends).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from bs4 import UnicodeDammit
from lxml import etree
from lxml import html as lxml_html

from crawler.parsers.bold_runs import bold_items_of_runs
from crawler.parsers.chrome_lists import chrome_member_lists
from crawler.parsers.cloaked import uncloak
from crawler.parsers.columns import HYPHENATED, join_wrapped, unfold
from crawler.parsers.contacts import BARE_LABEL, STREET_RE
from crawler.parsers.frames import noframes_as_body
from crawler.parsers.identity_footer import trailing_identity_block
from crawler.parsers.inline import APOSTROPHES, INVISIBLE, bold_rows_as_headers, header_rows, reader_text
from crawler.parsers.linked_data import office_lines
from crawler.parsers.markup_dates import modified_date
from crawler.parsers.mojibake import repaired
from crawler.parsers.pictures import (
    NAMES_THE_AMBITO,
    infographics_as_text,
    logo_bands_as_names,
    script_maps_as_lists,
    svg_maps_as_lists,
)
from crawler.parsers.script_lists import script_arrays_as_lists
from crawler.parsers.typed_tables import ambito_columns, as_tables
from crawler.parsers.web_text import is_rendered_page, starts_new_item
from crawler.parsers.western import WESTERN, western

MAX_BYTES = 8_000_000  # larger bodies are cut: a municipal page is 30-300 KB
LABEL_LEVEL = 7

_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "br",
    "table",
    "ul",
    "ol",
    "dl",
    "address",
    "blockquote",
    "pre",
    "header",
    "footer",
    "nav",
    "aside",
    "form",
    "fieldset",
    "figure",
    "figcaption",
    "hr",
    "td",
    "th",
    "thead",
    "tbody",
    "caption",
    "summary",
}
_LIST_TAGS = {"ul", "ol", "dl", "table"}
# a table's caption heads its rows; a <details>' summary is its card's title (WordPress "Dettagli" blocks)
_HEADINGS = {f"h{n}": n for n in range(1, 7)} | {"caption": 6, "summary": 6}
_BOLD = {"b", "strong"}
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "nav", "form", "button", "select")
_UNDER_HEADING = " or ".join(f"ancestor::h{n}" for n in range(1, 7))
_TITLE_BUTTONS = (
    f"//button[{_UNDER_HEADING} or contains(@class, 'accordion')"
    " or @data-bs-toggle='collapse' or @data-toggle='collapse']"
)
_IN_HEADING = etree.XPath(_UNDER_HEADING)
_CELL_BLOCKS = "table|ul|ol|p|div|dl|h1|h2|h3|h4|h5|h6|section|article|br"
_BLOCKS = [b for b in _CELL_BLOCKS.split("|") if b != "br"]
_NOT_P = [b for b in _CELL_BLOCKS.split("|") if b != "p"]
# class/id words of boilerplate blocks in municipal CMSs and Bootstrap Italia
_BOILERPLATE = re.compile(
    r"(?:^|[\s_])(?:menu|navbar|nav|breadcrumbs?|cookiebar|cookies?|it-footer\S*|it-header\S*|"
    r"skiplinks?|sidebar|social|share|search|login|banner|footer|site-footer|page-footer)(?:$|[\s_])",
    re.I,
)
_TABS = re.compile(r"(?:^|\s)nav-(?:tabs|pills)(?:$|\s)", re.I)
_PAGE_MARK = re.compile(
    r"^(?:pag(?:ina)?\.?\s*\d+(?:\s*(?:di|/)\s*\d+)?|-\s*\d+\s*-|\d+\s*/\s*\d+|[_=\-–—.·]{5,})$", re.I
)
_LIST_MARK = re.compile(r"^(?:[•▪◦●\-–*]\s|\d{1,3}(?:\.\d+)*[.)]\s|[a-zA-Z][.)]\s|art\.\s*\d)", re.I)
_LEADER = re.compile(r"\S\s*(?:\.{4,}|…{2,})\s*\S")
_CONNECTOR_END = re.compile(
    r"\b(?:di|del|della|dei|degli|delle|dell['’]|e|ed|il|lo|la|i|gli|le|per|a|al|alla|da|dal|dalla|in|nel|"
    r"nella|con|tra|fra|su|sul|che|quale|data)$",
    re.I,
)
# how an accord's clauses open: each starts a line of its own, it does not go on with the title above
_CLAUSE_START = re.compile(
    r"(?-i:(?=[A-Z]))(?:premess[oa]|vist[oiae]|considerat[oa]|richiamat[oaie]|dato\s+atto|preso\s+atto|rilevat[oa]|"
    r"ritenut[oa]|si\s+conviene|si\s+stipula|le\s+parti|tra|fra)\b",
    re.I,
)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# _NOT_XML's controls as UTF-8 bytes, and the lead byte of U+FFFE and U+FFFF (of U+F000-U+FFFF: rare in a page, and a
# byte is looked for by memchr, a longer string ten times slower); a lone surrogate does not encode
_NOT_XML_BYTES = [bytes([c]) for c in range(0x20) if c not in b"\t\n\r"] + [b"\xef"]
_TERMINAL = (".", ";", ":", "!", "?")


@dataclass
class Document:
    url: str
    lines: list[str] = field(default_factory=list)
    title: str = ""
    head_title: str = ""  # the <title> element, when the h1 gave `title` ("Comune di X – capofila dell'Ambito")
    breadcrumb: list[str] = field(default_factory=list)
    kind: str = "html"  # html | pdf | text
    levels: list[int] = field(default_factory=list)  # per line, see the module docstring
    groups: list[int] = field(default_factory=list)  # per line
    chrome: list[str] = field(default_factory=list)  # header/footer text, for the page date only
    chrome_from: int | None = None  # the first line copied from a member list in the menu or footer, if any
    modified: str | None = None  # the update date the HTML's markup states (`markup_dates`), ISO
    linked_data: list[str] = field(default_factory=list)  # the office's contacts in JSON-LD (`linked_data`), as lines

    def __post_init__(self) -> None:
        if len(self.levels) != len(self.lines):
            self.levels = [0] * len(self.lines)
        if len(self.groups) != len(self.lines):
            self.groups = list(range(len(self.lines)))

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


class UnreadablePage(ValueError):
    """The body holds no text we can read (binary, scanned PDF, empty)."""


_TYPOGRAPHIC = [chr(code) for code in APOSTROPHES]


def _clean(text: str) -> str:
    # _clean runs on every line and cell: the invisible characters and typographic apostrophes are all outside ASCII,
    # and str.translate looks each character up in a dict (a tenth of a millisecond a kilobyte), so it runs only on a
    # text that holds one; str.split() parts at the whitespace `\s+` matches (both Py_UNICODE_ISSPACE), without a scan
    if not text.isascii():
        text = INVISIBLE.sub("", text.replace("\xa0", " "))
        if any(mark in text for mark in _TYPOGRAPHIC):
            text = text.translate(APOSTROPHES)
    return " ".join(text.split())


def _is_boilerplate(el: etree._Element) -> bool:
    role = el.get("role")
    if role in {"navigation", "banner", "contentinfo", "search"}:
        return True
    if el.get("rel") and "tag" in str(el.get("rel")).split():
        return True  # a post's taxonomy link ('<a rel="tag">Legnano</a>', "category tag"): the CMS's index, no text
    attrs = " ".join(str(el.get(a, "")) for a in ("class", "id"))
    if not _BOILERPLATE.search(attrs):  # most elements: tested before the rarer exception below
        return False
    # a content's tabs ("nav nav-tabs": one tab per comune), not the site's navigation
    return role != "tablist" and not _TABS.search(attrs)


class _Walker:
    """Turns an element tree into lines with their heading level and group."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.levels: list[int] = []
        self.groups: list[int] = []
        self._buf: list[tuple[str, bool]] = []
        self._next_group = 0
        # per table, the cells of rows above that span into the next rows ("rowspan"): column -> (text, rows left)
        self._spans: dict[etree._Element, dict[int, tuple[str, int]]] = {}
        self._data_tables: dict[etree._Element, bool] = {}  # a table with a header row: asked once, not once a row

    def new_group(self) -> int:
        self._next_group += 1
        return self._next_group

    def flush(self, group: int, level: int = 0) -> None:
        pieces = [(t, b) for t, b in self._buf if t.strip()]
        line = _clean("".join(t for t, _ in self._buf))
        self._buf.clear()
        if not line or line in ("•", "|"):
            return
        if not level and pieces and all(b for _, b in pieces) and len(line) <= 80:
            level = LABEL_LEVEL
        self.lines.append(line)
        self.levels.append(level)
        self.groups.append(group)

    def walk(self, el: etree._Element, group: int, in_list: bool = False, bold: bool = False) -> None:
        if not isinstance(el.tag, str):
            return  # a comment or processing instruction: not the page's text
        tag = el.tag
        level = _HEADINGS.get(tag, LABEL_LEVEL if tag in ("dt", "th") else 0)
        if tag == "tr" and (_simple_row(el) or self._spanned(el)):
            self.flush(group)
            self._row(el, group)
            return
        if tag in _LIST_TAGS:
            group, in_list = self.new_group(), True
        elif tag in ("td", "th") or (tag in _BLOCK_TAGS and not in_list and tag not in ("br", "hr")):
            group, in_list = self.new_group(), False  # a layout cell is a page region of its own
        if tag in _BLOCK_TAGS:
            self.flush(group)
            if tag == "li":
                self._buf.append(("• ", True))
        bold = bold or tag in _BOLD or bool(level)
        link = _link_target(el) if tag == "a" else None
        if link:
            self._buf.append((link, bold))
            return
        if el.text:
            self._buf.append((el.text, bold))
        previous = None
        for child in el:
            if previous is not None and not previous.tail and _side_by_side(previous, child):
                self._buf.append((" ", bold))  # links or chips side by side (logos, tags) are items, not one word
            self.walk(child, group, in_list, bold)
            if child.tail:
                self._buf.append((child.tail, bold))
            previous = child
        if tag in _BLOCK_TAGS:
            self.flush(group, level)

    def _spanned(self, tr: etree._Element) -> bool:
        """A row that cells of rows above span into ("Ambito di X" in a cell of rowspan 11, then a row per comune)."""
        return bool(self._spans.get(next(tr.iterancestors("table"), None))) and not _holds(tr, _BLOCKS)

    def _row(self, tr: etree._Element, group: int) -> None:
        """A table row of plain cells becomes one line, cells joined by ' | ' (a cell spanning several rows in each)."""
        own = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        spans = self._spans.setdefault(next(tr.iterancestors("table"), None), {})
        cells: list[str] = []
        for cell in own:
            while len(cells) in spans:
                cells.append(self._carry(spans, len(cells)))
            text, rows = _cell_text(cell), cell.get("rowspan", "1")
            if rows.isdigit() and 1 < int(rows) <= 1000:
                spans[len(cells)] = (text, int(rows) - 1)
            cells.append(text)
        while len(cells) in spans:
            cells.append(self._carry(spans, len(cells)))
        if not any(cells):
            return
        table = next(tr.iterancestors("table"), None)
        if table not in self._data_tables:
            self._data_tables[table] = bool(tr.xpath("ancestor::table[1]//tr[th and not(td)]"))
        # in a data table an empty cell keeps its place under its header
        cells = [c or "–" for c in cells] if self._data_tables[table] else [c for c in cells if c]
        header = all(c.tag == "th" for c in tr if isinstance(c.tag, str))
        self._buf.append((" | ".join(cells), header))
        self.flush(group, LABEL_LEVEL if header else 0)

    @staticmethod
    def _carry(spans: dict[int, tuple[str, int]], column: int) -> str:
        text, left = spans.pop(column)
        if left > 1:
            spans[column] = (text, left - 1)
        return text


def _side_by_side(previous: etree._Element, child: etree._Element) -> bool:
    """Two links, or two inline elements of one class (a row of chips: `<span class="chip">Arconate</span><span
    class="chip">Buscate</span>`), next to each other with nothing between: items, which the page shows apart."""
    if child.tag != previous.tag:
        return False
    return child.tag == "a" or (
        child.tag == "span" and bool(child.get("class")) and child.get("class") == previous.get("class")
    )


def _link_target(a: etree._Element) -> str | None:
    """A link written as an address ("www.comune.x.it") stands for its target ("https://www.comune.x.it/");
    a "Chiama" or "Scrivi una e-mail" button says the number or address of its tel: or mailto: target."""
    href = (a.get("href") or "").strip()
    text = _clean(reader_text(a, _BLOCK_TAGS))
    if re.match(r"https?://", href, re.I) and re.fullmatch(r"(?:https?://|www\.)\S+", text, re.I):
        return href
    scheme, _, target = href.partition(":")
    target = unquote(target.split("?", 1)[0]).strip()
    if scheme.lower() == "tel" and target and not re.search(r"\d{3}", text):
        return f"{text} tel. {target}"
    if scheme.lower() == "mailto" and "@" in target and "@" not in text:
        return f"{text} {target}"
    return None


def _cell_text(cell: etree._Element) -> str:
    """A table cell's text, links written as addresses replaced by their targets, comments skipped; a line break
    parts items ("Cantù<br>Capiago Intimiano" in a data cell: one item a line)."""
    return _clean(reader_text(cell, _BLOCK_TAGS, " , ", replace=lambda el: _link_target(el) if el.tag == "a" else None))


def _simple_row(tr: etree._Element) -> bool:
    """Two or more cells with no block inside: a data row, not a layout row. Line breaks inside cells are
    allowed in a table with a header row of `<th>` (a data table: "Cantù<br>Capiago Intimiano")."""
    if len([c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]) < 2:
        return False
    if not _holds(tr, _CELL_BLOCKS.split("|")):
        return True
    if not _holds(tr, _NOT_P) and not tr.xpath("./*[count(descendant::p) > 1]"):
        return True  # a word processor's table: one paragraph in each cell ("<td><p>Arconate</p></td>"), no breaks
    return not _holds(tr, _BLOCKS) and bool(tr.xpath("ancestor::table[1]//tr[th and not(td)]"))


def _holds(tr: etree._Element, tags: list[str]) -> bool:
    """Some cell of the row holds one of these elements (found by name in C: an XPath testing each descendant's name
    against the list cost five times more)."""
    return any(el.getparent() is not tr for el in tr.iterdescendants(*tags))


# a run of separators but its last (written for a text _clean left with no whitespace but single spaces: a pattern that
# may start at any character, "\s*", tries every one)
_CHROME_SEPARATORS = re.compile(r"(?: ?· ?)+(?= ?·)")


def _chrome_text(el: etree._Element) -> str:
    """A header's or footer's text, its blocks and its `<br>` lines parted by " · ": a name closing one block or line
    ("Responsabile: dott. X") does not run into the next one's links or words ("Privacy | Cookie policy",
    "Ricevimento su appuntamento")."""
    text = _clean(reader_text(el, _BLOCK_TAGS, br=" · ", block=" · "))
    if "··" in text or "· ·" in text:  # (a run is two dots, a space between or none: most texts have none)
        text = _CHROME_SEPARATORS.sub(" ", text)
    return text.strip(" ·")


def _strip_chrome(root: etree._Element) -> list[str]:
    """Drop site header, footer and boilerplate blocks (top-down); return their text."""
    chrome: list[str] = []
    stack = [root]
    while stack:
        el = stack.pop()
        for child in list(el):
            if not isinstance(child.tag, str):
                continue
            site_chrome = child.tag in ("header", "footer") and not child.xpath("ancestor::main|ancestor::article")
            if child.tag not in ("body", "main") and (site_chrome or _is_boilerplate(child)):
                chrome.append(_chrome_text(child))
                child.drop_tree()
            else:
                stack.append(child)
    return [c for c in chrome if c]


def _selects_as_lists(root: etree._Element) -> None:
    """A drop-down of the page's content ("Scegli il tuo comune" over one option per comune) read as the list it is:
    its options (not the empty "-- seleziona --") become a list, and its form stays text; forms are dropped
    otherwise."""
    for select in root.xpath("//select[not(ancestor::nav or ancestor::header or ancestor::footer)]"):
        options = [_clean(o.text_content()) for o in select.xpath(".//option") if (o.get("value") or "").strip()]
        options = [o for o in options if o]
        if len(options) < 3:
            continue
        listed = select.makeelement("ul", {})
        for text in options:
            etree.SubElement(listed, "li").text = text
        listed.tail = select.tail
        select.getparent().replace(select, listed)
        for form in listed.iterancestors("form"):
            form.tag = "div"


# a legend saying the capofila is the name in bold: "In grassetto l'ente capofila", "evidenziato in neretto il Comune
# capofila", "il comune capofila è indicato in grassetto"
_BOLD_LEGEND = re.compile(
    r"\b(?:in\s+(?:grassetto|neretto)\b[^.;]{0,60}?\bcapofila\b|capofila\b[^.;]{0,40}?\bin\s+(?:grassetto|neretto)\b)",
    re.I,
)


def _bold_as_role(root: etree._Element) -> None:
    """A table's or list's one name in bold, under a legend that says bold marks the capofila: the role is written
    after it ("Legnano (capofila)"), since the lines keep no emphasis. Several bold names, or a bold cell that holds
    more than its bold text (a label, a total), mark nothing."""
    # the legend's own words first, in the page's text as lxml writes it in C, its ASCII letters lowered (no other
    # letter lowers to one of theirs): the pattern's lazy runs cost 2 ms on a page without them, and joining the text's
    # pieces in Python or lowering all its letters a third of a millisecond
    lowered = etree.tostring(root, method="text", encoding="utf-8").lower()
    if b"grassetto" not in lowered and b"neretto" not in lowered:
        return
    if not _BOLD_LEGEND.search(" ".join(root.itertext())):
        return
    marked = [
        b
        for b in root.xpath("//td//b | //td//strong | //li//b | //li//strong")
        if (cell := next(b.iterancestors("td", "li"), None)) is not None
        and _clean(b.text_content())
        and _clean(cell.text_content()) == _clean(b.text_content())
    ]
    marked += bold_items_of_runs(root)  # "Arluno · <b>Magenta</b> · Mesero": an item of a run of names in a paragraph
    if len(marked) > 1:  # a header of bold cells is no name: "<td><b>Comune</b></td>" over "<td><b>Rho</b></td>"
        heads = {tr for table in root.iter("table") for tr in header_rows(table)}
        marked = [b for b in marked if next(b.iterancestors("tr"), None) not in heads]
    if len(marked) == 1:
        marked[0].tail = f" (capofila){marked[0].tail or ''}"


# the site's own forms, by their id, class, name or action: comments, login, search, newsletter
_SITE_FORM = re.compile(r"comment|login|log-in|signin|sign-in|accedi|search|cerca|ricerca|newsletter|password", re.I)


def _forms_as_text(root: etree._Element) -> None:
    """An online application form in the page's content says in its fieldsets and paragraphs whose office it is
    ("AMBITO TERRITORIALE DI X - Ufficio di Piano / Ente capofila: Comune di X"): its text stays and its controls go.
    A form of the site's own (a WordPress comment form's "Il tuo indirizzo email non sarà pubblicato.", a login form's
    fields in paragraphs), or one with neither a fieldset nor a word of the ambito, is dropped with the other forms."""
    for form in root.xpath("//form[not(ancestor::nav or ancestor::header or ancestor::footer)][.//fieldset or .//p]"):
        kind = " ".join(form.get(a, "") for a in ("id", "class", "name", "action"))
        own = form.xpath(".//fieldset or .//legend") or NAMES_THE_AMBITO.search(form.text_content())
        if own and not _SITE_FORM.search(kind):
            form.tag = "div"


# lxml.html's parser picks each element's Python class in a Python callback, run for every element the rules touch (a
# tenth of the extractor's time); this one picks in C. No rule uses the form, input or label classes it leaves out.
_PARSER = lxml_html.HTMLParser()
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement,
        comment=lxml_html.HtmlComment,
        pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity,
    )
)


def decode_html(body: bytes, declared: str | None = None) -> str:
    """Bytes to text: the HTTP charset first, then the page's meta, then a guess.

    A page served as UTF-8 with a few stray bytes stays UTF-8 (the stray bytes become U+FFFD): read
    as windows-1252 instead, every accented letter would break ("Cantù" -> "CantÃ¹").
    """
    if (declared or "").lower().replace("_", "-") in ("utf-8", "utf8"):
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            text = body.decode("utf-8", errors="replace")
            if text.count("\ufffd") <= max(2, len(body) // 1000):
                return text
    candidates = [declared] if declared else []
    dammit = UnicodeDammit(body, known_definite_encodings=candidates, is_html=True)
    if dammit.unicode_markup is None:
        raise UnreadablePage("no text encoding fits the bytes")
    if not declared and dammit.declared_html_encoding is None and dammit.original_encoding not in WESTERN:
        return western(body, dammit.unicode_markup)
    return dammit.unicode_markup


def _xml_text(text: str) -> str:
    """The text without the characters that make lxml refuse a page (a stray control character, a lone surrogate).
    Most pages hold none: they are looked for as bytes first, a memchr each (together a third of the pattern's scan)."""
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return _NOT_XML.sub("", text)
    return _NOT_XML.sub("", text) if any(mark in raw for mark in _NOT_XML_BYTES) else text


# a breadcrumb's items, its container found by its attribute: `//*[contains(@class, ...)]` tests every element
_BREADCRUMB = etree.XPath("//@class[contains(., 'breadcrumb')]/..//li | //@data-element[. = 'breadcrumb']/..//li")


def from_html(body: bytes, url: str, charset: str | None = None) -> Document:
    text = repaired(decode_html(body[:MAX_BYTES], charset))
    if _looks_binary(text):
        raise UnreadablePage("binary content served as HTML")
    text = noframes_as_body(_xml_text(text))
    try:
        root = lxml_html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise UnreadablePage(f"HTML does not parse: {exc}") from exc
    modified = modified_date(root)
    title_el = root.find(".//title")
    h1 = root.xpath("//h1")
    title = _clean(reader_text(h1[0], _BLOCK_TAGS)) if h1 else ""
    if not title and title_el is not None and title_el.text:
        title = _clean(title_el.text)
    breadcrumb = [_clean(reader_text(li, _BLOCK_TAGS)) for li in _BREADCRUMB(root)]
    # an accordion's button is its section's title ("Comuni dell'Ambito", "Comuni confinanti"): its words stay, a
    # heading's words, or a heading of its own (as a <details>' summary is): an FAQ's question over its answer
    for el in root.xpath(_TITLE_BUTTONS):
        if _IN_HEADING(el):
            el.drop_tag()
        else:
            el.tag = "summary"
    linked_data = office_lines(root)  # before the scripts go: schema.org's description of the office
    uncloak(root)  # before the scripts go: Joomla's cloaked e-mails
    _selects_as_lists(root)
    _bold_as_role(root)  # before a first row's one bold name ("<td><b>Legnano</b></td>") reads as a header
    bold_rows_as_headers(root)
    _forms_as_text(root)
    svg_maps_as_lists(root)  # before SVG goes: a map's tooltips name its comuni
    script_maps_as_lists(root)  # before the scripts go: a Leaflet map's features name its comuni
    script_arrays_as_lists(root)  # before the scripts go: a list box filled from an array of names
    infographics_as_text(root)
    logo_bands_as_names(root)  # before the chrome's lists are read: a footer's band of coats of arms names its comuni
    chrome_lists = chrome_member_lists(root)  # before the menu and footer go: a member list may sit there
    # in C, in one walk (a page of a modern template drops ~180: its icons, scripts and menus), each tail kept in place
    etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
    chrome = _strip_chrome(root)
    if (bottom := trailing_identity_block(root)) is not None:  # an old layout's last table: "Comune di X · P.IVA"
        chrome.append(_chrome_text(bottom))
        bottom.drop_tree()
    body_el = root.find("body")
    walker = _Walker()
    walker.walk(body_el if body_el is not None else root, 0)
    walker.flush(0)  # text straight in <body> after its last block ("<hr><font>Ufficio di Piano - ...</font>")
    chrome_from = len(walker.lines) if chrome_lists is not None else None
    if chrome_lists is not None:
        walker.walk(chrome_lists, walker.new_group())
    return Document(
        url=url,
        lines=walker.lines,
        title=title,
        head_title=_clean(title_el.text) if title_el is not None and title_el.text else "",
        breadcrumb=[b for b in breadcrumb if b],
        levels=walker.levels,
        groups=walker.groups,
        chrome=chrome,
        chrome_from=chrome_from,
        modified=modified,
        linked_data=linked_data,
    )


def from_text(text: str, url: str, kind: str = "text") -> Document:
    """Plain text (or a PDF's text layer): paragraphs are groups, wrapped lines are re-joined."""
    # tables typed with spaces read as tables, then two columns of prose read one after the other
    typed = unfold(as_tables(ambito_columns(text.splitlines())))
    raw_lines = [_clean(raw) for raw in typed]
    wrap_width = _wrap_width(raw_lines)
    rendered = kind == "text" and is_rendered_page(raw_lines)  # one block a line: a list's items are not wrapped
    lines: list[str] = []
    groups: list[int] = []
    para, broke_page, last_raw, last_typed = 0, False, "", ""
    seen: set[str] = set()
    for line, as_typed in zip(raw_lines, typed, strict=True):
        if not line:
            para += 1
            continue
        running = _running_key(line)
        if _PAGE_MARK.match(line) or (running in seen and _LIST_MARK.match(line) is None):
            # a page mark, or a page's running header said again ("Accordo ... – Ambito di X 2")
            para, broke_page = para + 1, True
            continue
        if len(running) >= RUNNING_MIN:
            seen.add(running)
        same_para = bool(groups) and groups[-1] == para
        soft = same_para or broke_page or kind == "pdf"  # a PDF's text layer puts blank lines anywhere
        strict = not same_para and kind != "pdf"
        if (
            lines
            and soft
            and _continues(last_raw, line, wrap_width, across_page=strict)
            and not (rendered and starts_new_item(last_typed, as_typed))
        ):
            lines[-1] = join_wrapped(lines[-1], line)
            para = groups[-1]
        else:
            lines.append(line)
            groups.append(para)
        broke_page, last_raw, last_typed = False, line, as_typed
    levels = [_text_level(line) for line in lines]
    for i in range(1, len(lines)):  # a text table's first row is its header, the rows under it are data
        if " | " in lines[i] and " | " in lines[i - 1] and groups[i] == groups[i - 1]:
            levels[i] = 0
    title = lines[0] if lines else ""
    return Document(url=url, lines=lines, title=title, kind=kind, levels=levels, groups=groups)


RUNNING_MIN = 30  # a running header or footer is a long line; short ones ("Il Sindaco") repeat as content
RUNNING_MAX = 200
_PAGE_NUMBER_END = re.compile(r"[\s|–-]*(?:pag(?:ina|\.)?\s*)?\d+(?:\s*(?:di|/)\s*\d+)?$")


def _running_key(line: str) -> str:
    """A line as a running header or footer repeats it, without its page number ("... – Ambito di X 2", "Pag. 2")."""
    if len(line) > RUNNING_MAX:
        return ""
    return _PAGE_NUMBER_END.sub("", line.lower()).strip()


def _wrap_width(lines: list[str]) -> int:
    """The width text was wrapped at: a line about this long probably goes on in the next."""
    lengths = sorted(len(line) for line in lines if len(line) >= 30)
    if not lengths:
        return 10**6
    return max(50, int(0.75 * lengths[int(0.9 * (len(lengths) - 1))]))


_PRESENCE_END = re.compile(r"\b(?:presente|assente)(?:\s+giustificat[oa])?$", re.I)


def _continues(prev: str, line: str, wrap_width: int, across_page: bool) -> bool:
    """Whether `line` is the wrapped rest of `prev` (a sentence broken by the text layout)."""
    if re.search(r"@[\w.-]+\.$", prev) and re.match(r"[a-z0-9-]+\.", line):
        return True  # an e-mail address cut after a dot of its domain ("udp@comune." / "rho.mi.it")
    if HYPHENATED.search(prev) and re.match(r"[a-zà-ù]+\b", line) and not _LIST_MARK.match(line):
        return True  # a word hyphenated at the line's end, however short the line ("- Legnano (capo-" / "fila)")
    if prev.endswith(_TERMINAL) or _LIST_MARK.match(line) or _is_label_start(line) or _CLAUSE_START.match(line):
        return False
    if _LEADER.search(prev) and _LEADER.search(line):
        return False  # rows of a list with dotted leaders ("Comune di X ........ Assessore delegato")
    if " | " in prev and (" | " in line or line[:1].isupper()):
        return False  # rows of a table written "a | b | c", however long; a sentence opening under the table
    if line.isupper() and not prev.isupper():
        return False  # "I SOTTOSCRITTORI" under a title in lower case: a heading of its own
    if _PRESENCE_END.search(prev) and line[:1].isupper():
        return False  # a roll call's row ends with its presence ("Rho Anna Rossi assente giustificato" / "Pero ...")
    # a short line reads as a heading, unless it breaks off a clause ("Il Comune di X, in qualità di Ente")
    # that the next line, in lower case, goes on with ("capofila dell'Ambito, ...")
    clause = line[:1].islower() and ", " in prev
    # a line in capitals is a heading, unless it is as long as the wrap (a delibera written all in capitals)
    shouted = prev.isupper() and not (line.isupper() and len(prev) >= wrap_width)
    if shouted or (_text_level(prev) and len(prev) < 50 and not clause):
        return False
    if line[:1].islower():
        return len(prev) >= 30 or bool(_CONNECTOR_END.search(prev)) or prev.endswith(",")
    if across_page:
        return False
    return prev.endswith(",") or bool(_CONNECTOR_END.search(prev)) or len(prev) >= wrap_width


def _is_label_start(line: str) -> bool:
    # a label alone ("Ente capofila" over "RHO") starts a pair of its own, it does not end the line before
    return bool(re.match(r"(?:tel|fax|e-?mail|pec|cell|sito|www\.|http)", line, re.I) or BARE_LABEL.match(line))


def _text_level(line: str) -> int:
    """A short line without a sentence's punctuation reads as a heading in a text file."""
    if len(line) > 80 or line.endswith((".", ";", ",", ":")) or ":" in line:
        return 0
    if _LIST_MARK.match(line) and not re.match(r"(?:art\.\s*\d|\d+\.\d+)", line, re.I):
        return 0
    if re.search(r"@|https?://|www\.|\d{4,}", line) or STREET_RE.match(line):
        return 0  # "Piazza San Magno, 9": an address line of a contact block, not a heading
    return LABEL_LEVEL


def from_pdf(body: bytes, url: str) -> Document:
    from pdfminer.high_level import extract_text

    try:
        text = extract_text(io.BytesIO(body[:MAX_BYTES]))
    except Exception as exc:  # pdfminer raises many kinds on broken files: all mean "unreadable"
        raise UnreadablePage(f"PDF does not parse: {type(exc).__name__}") from exc
    if not text.strip():
        raise UnreadablePage("PDF has no text layer (scanned?)")
    return from_text(text, url, kind="pdf")


def sniff_kind(body: bytes, content_type: str | None, url: str) -> str:
    ctype = (content_type or "").split(";")[0].strip().lower()
    head = body[:1024].lstrip().lower()
    if ctype == "application/pdf" or body[:5] == b"%PDF-" or url.lower().endswith(".pdf"):
        return "pdf"
    if ctype in ("text/html", "application/xhtml+xml") or head.startswith((b"<!doctype", b"<html")):
        return "html"
    if ctype.startswith("text/") or url.lower().endswith(".txt"):
        return "text"
    if b"<html" in head or b"<body" in head:
        return "html"
    return "binary"


def charset_of(content_type: str | None) -> str | None:
    m = re.search(r"charset=([\w.-]+)", content_type or "", re.I)
    return m.group(1) if m else None


def load(body: bytes, url: str, content_type: str | None = None) -> Document:
    """Any body to a Document, or UnreadablePage with the reason."""
    if not body or not body.strip():
        raise UnreadablePage("empty body")
    kind = sniff_kind(body, content_type, url)
    if kind == "pdf":
        return from_pdf(body, url)
    if kind == "html":
        try:
            return from_html(body, url, charset_of(content_type))
        except RecursionError as exc:
            raise UnreadablePage("HTML nested too deeply") from exc
    if kind == "text":
        text = repaired(decode_html(body[:MAX_BYTES], charset_of(content_type)))
        if _looks_binary(text):
            raise UnreadablePage("binary content served as text")
        return from_text(text, url)
    raise UnreadablePage(f"not a page we read (content type {content_type or 'unknown'})")


_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")  # controls but tab, newline, form feed, return


def _looks_binary(text: str) -> bool:
    """More than 5 % of the first 4,000 characters are controls or U+FFFD: bytes, not a page (one C-level scan)."""
    sample = text[:4000]
    if not sample.strip():
        return True
    return len(_NOT_TEXT.findall(sample)) / len(sample) > 0.05

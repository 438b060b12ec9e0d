"""Link discovery that scores before it builds: most of a municipal page's ~230 links are menus.

Each link found gets a priority (crawler/scoring.py: `link_priority`) from its anchor, URL, the
words around it, the page it sits on and its type; the spider hands it to Scrapy's priority queue.

Scrapy's LinkExtractor resolves and normalises every <a> of a page (~9 ms per 100 KB page) before
any can be scored. Here the raw hrefs and anchor texts are tested against the scoring words first,
and only the few that can score are resolved and scored exactly (crawler/scoring.py).

The test is one keyword pass per page, not two per anchor: the hrefs of a page are joined and
scanned once, then the texts of the anchors whose href did not match, and each match is mapped
back to its anchor by offset. A per-anchor `re.search` costs ~2 µs of call overhead and
case-insensitive matching, ~1 ms for a page's ~460 strings; the joined scan runs on lower-cased
text with a pattern that skips positions no keyword can start at (docs/benchmarks.md, row 1).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urldefrag, urlencode, urljoin, urlsplit

from lxml import etree
from scrapy.http import Response, XmlResponse
from scrapy.link import Link
from scrapy.utils.response import get_base_url

from crawler.canonical import canonical_url
from crawler.scoring import (
    _FOLD_TRAPS,
    ACT_PAGE_CHARS,
    AMBITO_TEXT,
    DECOYS,
    DOCUMENTS_PAGE,
    GENERIC,
    KEYWORDS,
    MIN_PRIORITY,
    OTHER_PROGRAMME,
    SKIP_EXTENSIONS,
    SOCIAL_AREA,
    STRONG,
    TRAIL_BONUS,
    YEAR_LINK,
    Priority,
    _first_letters,
    is_file,
    link_priority,
    page_number,
    planning_section,
)
from crawler.spiders.embeds import EMBEDDED, embedded_target, embedded_text
from crawler.spiders.scripted import unhide
from crawler.spiders.search import TOKEN_LENGTH, is_search_field
from crawler.spiders.vague import vague_text

# Every word that can give a link a priority of its own: planning words, generic sections, PDFs.
CANDIDATE_WORDS = [*KEYWORDS, *STRONG, *GENERIC, r"pdf\b"]
ANY_KEYWORD = re.compile("|".join(f"(?:{p})" for p in CANDIDATE_WORDS), re.I)
SKIP_SCHEMES = ("#", "mailto:", "javascript:", "tel:", "data:", "about:")
SEP = "\x00"  # joins strings for one scan: no keyword pattern can match it, so no match spans two
_PARSER = etree.HTMLParser(recover=True, encoding="utf-8", huge_tree=True)
_TITLE = etree.XPath("string(//title)")
_TITLE_PARTS = re.compile(r"\s+[-–|»]\s+|:\s+")  # "Sociale e welfare - Comune di X", "... | Comune di X"
_PROSE = etree.XPath(  # not link texts; plain strings (lxml's "smart" ones each keep their parent)
    ".//text()[not(ancestor::a or ancestor::script or ancestor::style)]", smart_strings=False
)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "caption"})
# Where a page's main text is (what says whether it speaks of the ambito) and where its menus are: the
# first element that is one of MAIN_TAGS or has the role, id or a class word of a main part, and every
# element that is one of MENU_TAGS or names a menu in its id or class, and the first breadcrumb (a class
# holding the word), found in one walk over the tree (`_landmarks`; three XPath searches with
# `contains(@class, ...)` cost ~3.3 ms a page, the walk ~0.5 ms).
MAIN_TAGS, MENU_TAGS = frozenset({"main", "article"}), frozenset({"nav", "header", "footer", "aside"})
MAIN_CLASS = re.compile("entry-content|item-page")  # a substring of the class attribute, as contains()
MENU_ID, MENU_CLASS = re.compile("menu|nav"), re.compile("menu|nav|footer|header|breadcrumb")
BLOCK_TAGS = ("li", "p", "td", "dd", "tr", "div")  # the block around an anchor: its context
CONTEXT_CHARS = 300
SPLASH_LINKS = 5  # a home page with this few links and no word to score them by is a splash page
SECTION_CHARS = 160
_NOT_ANCHOR_TAG = re.compile(rb"<(?!/?(?:a|area|base)\b)[^>]*>", re.I)
# Elements that lead to a page besides <a>: an image map's <area>, an <option> of a <select> that navigates on
# change ("Vai alla sezione"), the head's <link rel="next"> (a list's next page, sometimes its only link), and
# a GET <form> whose action and default values are a listing ("Atti e documenti", year 2025) (fourteenth round);
# an <iframe> or a <frame>, a page shown inside this one: a comune's albo on its provider's host (fifteenth round);
# an <embed> or an <object>, a document shown inside it (twentieth round, crawler/spiders/embeds.py).
LINK_TAGS = ("a", "area", "option", "link", "form", *EMBEDDED)
_ITALIAN = re.compile(r"it\b", re.I)  # `lang="it"`, `it-IT`, `it_it`
# an option's value that is an address, not a field's value ("2025", "12", "2024/2025")
_ADDRESS = re.compile(r"^(?:/|https?://|\.\.?/|\?)|\.(?:html?|php\d?|aspx?|jsp)\b", re.I)


def _lower_keyword_pattern() -> re.Pattern[str]:
    """ANY_KEYWORD for lower-cased text, ~6x faster: no re.I, and a look-ahead that skips the
    positions no keyword can start at. ANY_KEYWORD itself if a pattern is not all lower case."""
    patterns = list(CANDIDATE_WORDS)
    if any(c.isupper() for p in patterns for c in re.sub(r"\\.", "", p)):
        return ANY_KEYWORD
    body = "|".join(f"(?:{p})" for p in patterns)
    first = _first_letters(patterns)
    return re.compile(f"(?=[{first}])(?:{body})" if first else body)


LOWER_KEYWORD = _lower_keyword_pattern()


MATCHED_CAP = 1 << 17  # strings remembered by `matching`, across pages (a site's menus repeat on each)
_matched: dict[str, bool] = {}


def matching(strings: list[str]) -> set[int]:
    """Indices of the strings in which ANY_KEYWORD finds a match. A string is scanned once for all
    pages (the hrefs and texts of a site's menus are on each of them), the new ones of a page with
    one scan for all."""
    if len(_matched) > MATCHED_CAP:
        _matched.clear()
    new = [s for s in dict.fromkeys(strings) if s not in _matched]
    if new:
        found = _scan(new)
        _matched.update((s, i in found) for i, s in enumerate(new))
    return {i for i, s in enumerate(strings) if _matched[s]}


def _scan(strings: list[str]) -> set[int]:
    """`matching` with one scan of the joined strings: SEP ends a match as the end of a string does."""
    joined = SEP.join(strings)
    pattern = ANY_KEYWORD
    if joined.isascii() or not any(trap in joined for trap in _FOLD_TRAPS):
        lower = joined.lower()
        if len(lower) == len(joined):  # same offsets
            joined, pattern = lower, LOWER_KEYWORD
    starts, pos = [], 0
    for s in strings:
        starts.append(pos)
        pos += len(s) + 1
    return {bisect_right(starts, m.start()) - 1 for m in pattern.finditer(joined)}


def html_root(response: Response) -> etree._Element:
    """The page's lxml tree, parsed as parsel parses it (same text, same options) but with a reused
    plain-etree parser: parsel makes a new lxml.html parser per page and lxml.html's element
    classes make every element access slower."""
    if isinstance(response, XmlResponse):
        return response.selector.root
    body = response.text.strip().replace("\x00", "").encode("utf-8") or b"<html/>"
    root = etree.fromstring(body, parser=_PARSER, base_url=response.url)
    if any(e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for e in _PARSER.error_log):
        # lxml stops at 2,048 open elements and drops the rest of the page: keep only the anchors
        # (and <base>), flat, so every link of such a page is still found
        flat = _NOT_ANCHOR_TAG.sub(b" ", body)
        root = etree.fromstring(flat, parser=_PARSER, base_url=response.url)
    if root is None:
        return etree.fromstring(b"<html/>", parser=_PARSER)
    unhide(root, body)  # rows and menus that navigate by script, as anchors (crawler/spiders/scripted.py)
    return root


def link_target(element: Any) -> str | None:
    """Where a link element leads: an <a>'s or <area>'s href; an <option>'s value in a <select> with an
    `onchange` (a select that only sets a form's field is no link); a <link rel="next">'s href; a GET form's
    URL with its default values (`form_target`); what an <iframe>, a <frame>, an <embed> or an <object> shows,
    if it is no player, map or widget (`embedded_target`)."""
    tag = element.tag
    if tag in EMBEDDED:
        return embedded_target(element)
    if tag == "option":
        select = next(element.iterancestors("select"), None)
        value = element.get("value")
        return value if select is not None and select.get("onchange") and value and _ADDRESS.search(value) else None
    if tag == "link":
        return element.get("href") if "next" in (element.get("rel") or "").lower().split() else None
    if tag == "form":
        return form_target(element)
    return element.get("href")


def form_target(form: Any) -> str | None:
    """The URL a GET form asks when sent as it stands (the fields a browser sends: hidden values, each
    select's chosen option, checked boxes, typed values), if the site chose something for the visitor (a
    select or a hidden value: an Albo's "sezione=atti", its current year) and it is no search box nor a POST; or
    whatever it holds, if its action is a file (a document's "Scarica" button, the eighteenth round)."""
    if (form.get("method") or "get").strip().lower() != "get":
        return None
    fields: list[tuple[str, str]] = []
    chosen = False
    for el in form.iter("input", "select"):
        name = el.get("name")
        if not name or el.get("disabled") is not None:
            continue
        if el.tag == "select":
            options = list(el.iter("option"))
            pick = next((o for o in options if o.get("selected") is not None), options[0] if options else None)
            if pick is None:
                continue
            value, chosen = pick.get("value", pick.text or ""), True
        else:
            kind = (el.get("type") or "text").lower()
            if is_search_field(name, kind, form):  # a search box: crawler/spiders/search.py asks it on purpose
                return None
            if kind in ("submit", "button", "image", "reset", "file", "password") or (
                kind in ("checkbox", "radio") and el.get("checked") is None
            ):
                continue
            value = el.get("value") or ""
            if kind == "hidden":
                if len(value) >= TOKEN_LENGTH:  # a session or CSRF token, no default of the listing
                    continue
                chosen = True
        fields.append((name, value))
    action = (form.get("action") or "").strip().split("?", 1)[0]
    if is_file(action):  # a "Scarica" button: the form's action is the file itself
        return f"{action}?{urlencode(fields)}" if fields else action
    if not chosen:
        return None
    return f"{action}?{urlencode(fields)}"


def link_text(element: Any) -> str:
    """A link element's words: an <a>'s or <option>'s text (an image's `alt` when it has none), an <area>'s
    `alt` or `title`, a form's legend (else its labels), none for a <link>, an embedded element's title (else its
    name or caption: `embedded_text`). An <a> whose words say nothing ("clicca qui", "scarica") says what its
    `title` or the sentence around it says (`vague_text`)."""
    tag = element.tag
    if tag in EMBEDDED:
        return embedded_text(element)
    if tag == "area":
        return element.get("alt") or element.get("title") or ""
    if tag == "link":
        return ""
    if tag == "form":
        legend = next(element.iter("legend"), None)
        parts = [legend] if legend is not None else list(element.iter("label"))
        return " ".join(etree.tostring(p, method="text", encoding=str, with_tail=False) for p in parts)
    text = etree.tostring(element, method="text", encoding=str, with_tail=False)
    if tag == "a" and not text.strip():
        image = next(element.iter("img"), None)
        return (image.get("alt") or "") if image is not None else element.get("title") or ""
    return vague_text(element, text, BLOCK_TAGS) if tag == "a" else text


def _landmarks(root: etree._Element) -> tuple[Any, list[Any], Any]:
    """The page's main part (else its body, else None), its menu boxes in document order, and its
    breadcrumb (else None)."""
    main = body = crumb = None
    boxes = []
    for el in root.iter(etree.Element):
        tag, cls, ident = el.tag, el.get("class"), el.get("id")
        main_class, menu_class, crumb_class = _NO_CLASS if cls is None else _class_words(cls)
        if main is None and (tag in MAIN_TAGS or main_class or ident == "content" or el.get("role") == "main"):
            main = el
        if body is None and tag == "body":
            body = el
        if crumb is None and crumb_class:
            crumb = el
        if tag in MENU_TAGS or menu_class or (ident is not None and _menu_id(ident)):
            boxes.append(el)
    return (main if main is not None else body), boxes, crumb


_NO_CLASS = (False, False, False)


@lru_cache(maxsize=1 << 12)
def _class_words(cls: str) -> tuple[bool, bool, bool]:
    """Whether a class attribute names a main part, a menu, a breadcrumb: a site's few class strings
    recur on every element and page, so each is searched once (a third of `_landmarks`' time)."""
    return MAIN_CLASS.search(cls) is not None, MENU_CLASS.search(cls) is not None, "breadcrumb" in cls


@lru_cache(maxsize=1 << 12)
def _menu_id(ident: str) -> bool:
    return MENU_ID.search(ident) is not None


def _resolve(base: str, href: str) -> str:
    """An href made absolute, without its fragment, its session id or print view (crawler/canonical.py).
    An href from the root ("/...", "//host/...") or with a scheme resolves the same against any page
    of the base's scheme and host: remembered once for all of them (a site's menus are on each page)."""
    if href[:1] == "/" or href.startswith(("http://", "https://")):
        base = _origin(base)
    return _resolved(base, href)


@lru_cache(maxsize=1 << 10)
def _origin(base: str) -> str:
    """`scheme://host/` of a base URL (itself if it has no scheme or host)."""
    parts = urlsplit(base)
    return f"{parts.scheme}://{parts.netloc}/" if parts.scheme and parts.netloc else base


@lru_cache(maxsize=1 << 16)
def _resolved(base: str, href: str) -> str:
    return canonical_url(urldefrag(urljoin(base, href))[0])


@dataclass
class _Page:
    """One response and what link discovery learns of it, each worked out once for all the questions
    asked about it (the spider asks whether it speaks of the ambito three times)."""

    response: Response
    root: etree._Element
    main: Any
    boxes: list[Any]
    crumb: Any
    lines: frozenset[str] | None = None  # ambito_lines
    title: str | None = None  # the <title>'s text: read by four questions
    prose: str | None = None  # main_text
    blocks: dict[Any, str] = field(default_factory=dict)  # block around anchors -> its first words
    menus: set[Any] | None = None  # navigation: asked by the links' scoring and for each link to another host
    menu_urls: frozenset[str] | None = None  # menu_links


def _block_text(block: Any) -> str:
    """The text of an anchor's block, or of its table row when the row is short."""
    if block.tag == "td" and (row := block.getparent()) is not None and row.tag == "tr":
        words = etree.tostring(row, method="text", encoding=str, with_tail=False)
        if len(words) <= CONTEXT_CHARS:
            return words
    return etree.tostring(block, method="text", encoding=str, with_tail=False)[:CONTEXT_CHARS]


class RelevantLinks:
    """Drop-in for `LinkExtractor(...).extract_links` that returns only links worth a request, and
    `scored_links`, the same links with their priorities.

    `anchors` and `text` say how a page's anchors are found (here: a plain lxml tree), `context`
    what surrounds one, `navigation` which sit in menus, `main_text` the page's own words; the selection in
    `scored_links` is the same whatever finds them (tests/benchmarks/patched.py).
    """

    def __init__(self) -> None:
        self._page: _Page | None = None

    def _parsed(self, response: Response) -> _Page:
        if self._page is None or self._page.response is not response:
            root = html_root(response)
            self._page = _Page(response, root, *_landmarks(root))
        return self._page

    def root(self, response: Response) -> etree._Element:
        """The page's tree, parsed once for all the questions asked about one response."""
        return self._parsed(response).root

    def anchors(self, response: Response) -> list[tuple[str, Any]]:
        """(stripped href, the element) of every link element (`LINK_TAGS`) with a followable address, in
        page order."""
        out = []
        for anchor in self.root(response).iter(*LINK_TAGS):  # document order
            href = link_target(anchor)
            href = href.strip() if href is not None else ""
            if href and not href.startswith(SKIP_SCHEMES):
                out.append((href, anchor))
        return out

    def text(self, anchor: Any) -> str:
        return link_text(anchor)

    def context(self, anchor: Any, text: str | None = None) -> str:
        """The words around an anchor: its list item, paragraph or cell, without its own `text` (read
        from the anchor if not given). A cell stands for its row when the row is short: "Scarica" in
        the last cell of "Accordo di programma 2025-2027 | 12/03/2025 | Scarica" (a layout table's
        row, menus and all, is not)."""
        block = next(anchor.iterancestors(*BLOCK_TAGS), None)
        if block is None:
            return ""
        blocks = self._page.blocks if self._page is not None else {}
        around = blocks.get(block)
        if around is None:  # a menu's or a list's anchors share their block
            around = blocks[block] = _block_text(block)
        return " ".join(around.replace(self.text(anchor) if text is None else text, " ", 1).split())

    def navigation(self, response: Response) -> set[Any]:
        """The anchors in menus, headers, footers and sidebars (the same on every page), found
        with one query per page rather than one per anchor."""
        page = self._parsed(response)
        if page.menus is None:
            page.menus = set()
            containers: set[Any] = set()
            for box in page.boxes:  # in document order: outer boxes first
                containers.add(box)
                if not any(up in containers for up in box.iterancestors()):  # the links inside a box, not
                    page.menus.update(box.iterdescendants(*LINK_TAGS))  # a link that is one ("a.menutop")
        return page.menus

    def main_text(self, response: Response) -> str:
        """The prose of the page's main part: a menu entry "Piano di Zona" on every page of a site
        does not make each of them speak of it."""
        page = self._parsed(response)
        if page.prose is None:
            page.prose = " ".join(_PROSE(page.main)) if page.main is not None else ""
        return page.prose

    def _main(self, response: Response) -> Any:
        return self._parsed(response).main

    def ambito_lines(self, response: Response) -> frozenset[str]:
        """The lines of the page's own text that speak of the ambito. Most pages do not say the words
        at all: their whole text, read in one C call, tells."""
        page = self._parsed(response)
        if page.lines is None:
            page.lines = frozenset(self._ambito_lines(response, page.main))
        return page.lines

    def _ambito_lines(self, response: Response, main: Any) -> set[str]:
        if main is None or not AMBITO_TEXT.search(etree.tostring(main, method="text", encoding=str)):
            return set()
        lines = {" ".join(t.split()) for t in _PROSE(main) if AMBITO_TEXT.search(t)}
        text = self.main_text(response)
        return lines or ({" ".join(text.split())} if AMBITO_TEXT.search(text) else set())

    def on_topic(self, response: Response, boilerplate: frozenset[str] = frozenset()) -> bool:
        """Whether the page's own text speaks of the ambito (its links are then worth more), in
        lines other than the `boilerplate` of its site (an ambito's name in every page's header)."""
        return bool(self.ambito_lines(response) - boilerplate)

    def sections(self, response: Response) -> tuple[str, dict[Any, str]]:
        """The page's own section (its breadcrumb and first heading) and, for each anchor of its main
        part, the section it sits under (the breadcrumb and the last heading before it, not one it is
        part of), in one pass: a list of PDFs under "Accordi di programma" says what its
        "Documento n. 12" is."""
        main = self._main(response)
        crumb = self._parsed(response).crumb
        crumbs = " ".join(self.text(crumb).split())[:SECTION_CHARS] if crumb is not None else ""
        out: dict[Any, str] = {}
        first = current = previous = ""
        heading = None
        for element in main.iter(*HEADINGS, *LINK_TAGS) if main is not None else ():  # in C, document order
            if element.tag in HEADINGS:
                previous, current, heading = current, " ".join(self.text(element).split())[:SECTION_CHARS], element
                first = first or current
            else:
                inside = heading is not None and any(up is heading for up in element.iterancestors(heading.tag))
                out[element] = f"{crumbs} {previous if inside else current}".strip()
        return f"{crumbs} {first}".strip(), out

    def planning_page(self, response: Response) -> bool:
        """Whether the page is a section of planning by its own name (its title, breadcrumb or first
        heading: *Servizi sociali*), whatever its text says. The social area's own name ("Sociale e welfare",
        `SOCIAL_AREA`) is a whole name: the title's part before the site's name ("Sociale e welfare: Comune di
        Roncello"), not the breadcrumb and heading joined (twenty-first round)."""
        title = self._title(response)
        return planning_section(f"{self.sections(response)[0]} {title}") or self.social_area(response)

    def social_area(self, response: Response) -> bool:
        """Whether the page's title names the social area alone, in one of its parts ("Sociale e welfare | Comune
        di Albairate"), and no decoy."""
        title = self._title(response)
        return any(SOCIAL_AREA.fullmatch(part) for part in _TITLE_PARTS.split(title)) and not DECOYS.search(title)

    def menu_links(self, response: Response) -> frozenset[str]:
        """The URLs its menus, header, footer and sidebars link (`navigation`), resolved once a page (the
        spider asks for each of its links to another host)."""
        page = self._parsed(response)
        if page.menu_urls is None:
            base = get_base_url(response)
            hrefs = (link_target(anchor) for anchor in self.navigation(response))
            page.menu_urls = frozenset(
                _resolve(base, href.strip()) for href in hrefs if href and not href.strip().startswith(SKIP_SCHEMES)
            )
        return page.menu_urls

    def foreign(self, response: Response) -> bool:
        """Whether the page says it is in a language other than Italian (`<html lang="de">`): the German twin
        of a comune's Italian page, whose facts are only in the Italian one (fourteenth round)."""
        lang = self.root(response).get("lang") or ""
        return bool(lang.strip()) and not _ITALIAN.match(lang.strip())

    def translations(self, response: Response) -> set[str]:
        """The page's twins in other languages (`<link rel="alternate" hreflang="de">`), resolved."""
        base = get_base_url(response)
        return {
            _resolve(base, link.get("href", "").strip())
            for link in self.root(response).iter("link")
            if "alternate" in (link.get("rel") or "").lower().split()
            and (lang := (link.get("hreflang") or "").strip())
            and not _ITALIAN.match(lang)
            and lang.lower() != "x-default"
            and link.get("href")
        }

    def documents_page(self, response: Response) -> bool:
        """Whether the page is a list of documents (its URL or title: Documenti, Albo, Allegati,
        Amministrazione trasparente): there a link named only by a plan's years is worth a look."""
        return bool(DOCUMENTS_PAGE.search(f"{unquote(response.url)} {self._title(response)}"))

    def other_plan(self, response: Response) -> bool:
        """Whether the page is an act's whose subject is a triennial programme that is not a Piano di
        Zona (public works, staffing): the years of its attachments are that programme's."""
        text = " ".join(self.main_text(response).split())
        return len(text) <= ACT_PAGE_CHARS and bool(OTHER_PROGRAMME.search(f"{self._title(response)} {text}"))

    def _title(self, response: Response) -> str:
        page = self._parsed(response)
        if page.title is None:
            page.title = _TITLE(page.root)
        return page.title

    def scored_links(
        self,
        response: Response,
        listing: bool = False,
        seed: bool = False,
        results: bool = False,
        trail: int = 0,
        named: bool = False,
        boilerplate: frozenset[str] = frozenset(),
        items: bool = True,
    ) -> list[tuple[Link, Priority]]:
        """The links worth a request (priority >= MIN_PRIORITY), once each, in page order. Anchors
        whose href and text hold no candidate word are not resolved, unless the page speaks of the
        ambito or is a listing (`listing`: reached through a generic section), where every link
        outside the menus is a candidate; on a `seed` page that speaks of the ambito (the home page
        of an ambito's own site), the menus too. The `results` of the site's search for the
        ambito count as a page that speaks of it; lines of `boilerplate` do not. `trail` and `named`
        say how the page was reached (crawler/scoring.py: `link_priority`): on a page at the end of
        a trail, as on a listing, every link outside the menus is a candidate. With `items`, the cards
        of a list in pages are its items (`_items_of_a_list`); not on a page the reserve gave back."""
        anchors = self.anchors(response)
        by_href = matching([unquote(href) if "%" in href else href for href, _ in anchors])
        rest = [i for i in range(len(anchors)) if i not in by_href]
        texts = {i: self.text(anchors[i][1]) for i in rest}
        by_text = {rest[j] for j in matching([texts[i] for i in rest])}
        on_topic = results or self.on_topic(response, boilerplate)
        page_section, sections = self.sections(response)
        # a home page that is a splash (a logo and "Entra nel sito"): its few links lead to the site
        splash = seed and len(anchors) <= SPLASH_LINKS and not (by_href or by_text)
        content: set[int] = set()
        # the social area by its title ("Sociale e welfare - Comune di Cuvio", its breadcrumb "Home"): a link of its
        # content to another host is the body that runs the comune's social services, whatever its words ("Sito
        # dell'ente gestore"; twenty-second round), a candidate of the ambito's site (crawler/spiders/sites.py). So is
        # one of no words (a banner's image, `alt=""`) on any section of planning by its own name (*Servizi sociali*;
        # twenty-fourth round): not one that names a member comune ("Baranzate") on an ambito's page
        area = self.social_area(response)
        banners = self.planning_page(response)  # the social area's title among them
        if (on_topic and seed) or splash:
            content = set(range(len(anchors)))
        elif on_topic or listing or named or trail > 0 or planning_section(page_section) or area:
            menus = self.navigation(response)
            content = {i for i, (_, anchor) in enumerate(anchors) if anchor not in menus}
        documents = self.documents_page(response)
        other_plan = (documents or listing or trail > 0) and not on_topic and self.other_plan(response)
        base: str | None = None
        own_host = urlsplit(response.url).netloc
        seen: set[str] = set()
        out: list[tuple[Link, Priority]] = []
        in_content: set[str] = set()
        for i in sorted(by_href | by_text | content):
            href, anchor = anchors[i]
            raw = texts[i] if i in texts else self.text(anchor)
            text = " ".join(raw.split())
            base = base or get_base_url(response)
            url = _resolve(base, href)
            if url in seen or SKIP_EXTENSIONS.search(url):
                continue
            # a form is judged as a link to its action named by its legend: its defaults (`anno=2025`) are no calendar
            tag = getattr(anchor, "tag", "a")  # a tree's element (tests/benchmarks/patched.py reads strings)
            scored = url.split("?", 1)[0] if tag == "form" else url
            priority = link_priority(
                scored, text, self.context(anchor, raw), in_content=i in content, on_topic_page=on_topic,
                listing=listing, documents=documents, trail=trail, named_page=named, other_plan=other_plan,
                section=sections.get(anchor, "") if i in content else "",
            )  # fmt: skip
            if splash:  # the way into the site, as its seed is
                priority = replace(priority, value=max(priority.value, MIN_PRIORITY), strong=True)
            elif (area or (banners and not text)) and i in content and urlsplit(url).netloc != own_host:
                priority = replace(priority, value=max(priority.value, MIN_PRIORITY))
            elif tag == "link":  # the head's next page: a page of the list, whatever its address says
                priority = replace(priority, value=max(priority.value, MIN_PRIORITY + 1), pager=True)
            if priority.value < MIN_PRIORITY:
                continue
            seen.add(url)
            if i in content:
                in_content.add(url)
            out.append((Link(url, text), priority))
        if items:
            out = _items_of_a_list(response.url, out, in_content)
        return _older_years_off_the_trail(out, trail)

    def extract_links(self, response: Response) -> list[Link]:
        return [link for link, _ in self.scored_links(response)]


def list_key(url: str) -> str:
    """A listing's path, whichever of its pages a URL is (`/notizie/page/3/`, `/notizie/(offset)/8`,
    `/notizie?page=2`)."""
    return _PAGE_STEP.sub("", urlsplit(url).path).rstrip("/") or "/"


_PAGE_STEP = re.compile(r"/(?:page|\(offset\))/\d+/?$")
# The cards of a list read for themselves: those of its first `LIST_PAGES` pages, the newest, at most
# `PAGE_ITEMS` of each. Which pages is decided when they are requested, in the order the list names
# them, and each page's share is its own: the order their answers arrive in changes nothing.
LIST_PAGES, PAGE_ITEMS = 3, 8
LIST_ITEMS = LIST_PAGES * PAGE_ITEMS


def _items_of_a_list(url: str, links: list[tuple[Link, Priority]], content: set[str]) -> list[tuple[Link, Priority]]:
    """On a list in pages (a page that links its own next pages: news, an Albo), the links of its
    content are its items: each a point more, and as far from planning words as the list (a news
    article's attachment hangs one click under a card whose title says nothing). Each card names the
    page it sits on: the spider reads the first `PAGE_ITEMS` of a page (crawler/spiders/sites.py); and
    whether that page shows a card of planning words (`news`: the list carries the ambito's news)."""
    key = list_key(url)
    # a list's later page is one though it names no next page: its last page links back to the first alone (a
    # "Carica altri" list of two pages; eighteenth round: the cards of its second page were ordinary links, left
    # in the reserve, and an article's PDF there with them)
    if not (page_number(url) or any(p.pager and list_key(link.url) == key for link, p in links)):
        return links
    news = any(p.strong and not p.pager and link.url in content for link, p in links)
    return [
        (link, replace(p, value=p.value + 1, item=url, news=news))
        if link.url in content and not (p.pager or p.strong or p.trail) and list_key(link.url) != key
        else (link, _first_page(p)) if _is_first_page(link.url, key, p)
        else (link, p)
        for link, p in links
    ]  # fmt: skip


def _is_first_page(link: str, key: str, p: Priority) -> bool:
    """Whether a link of a list's page is the list's first page (`/notizie/`, which its pager names "1"
    with no page number): the newest cards are there."""
    return not p.pager and urlsplit(link).path.rstrip("/") == key.rstrip("/") and not urlsplit(link).query


def _first_page(p: Priority) -> Priority:
    """A list's first page, reached from a later one (the site's search found an article on page 2, whose
    pager leads back): a page of the list as its next pages are, not a generic link two hops away,
    refused once the site had settled while the card on it ("Corsi di nuoto", its attachment the accordo
    of 2021-2023) was never read."""
    return replace(p, value=max(p.value, MIN_PRIORITY) + 1, pager=True)


RECENT_YEARS = 2  # of an archive by year, the newest ones a trail goes on to: the plan in force is there


def _older_years_off_the_trail(links: list[tuple[Link, Priority]], trail: int) -> list[tuple[Link, Priority]]:
    """An archive by year ("2019" ... "2025") continues a trail of documents only through its newest
    years; the others are ordinary links (explored only as far as their words allow, without the bonus
    they had), the first a site's reserve gives back (a plan of 2021-2023 is filed under 2022)."""
    years = sorted({int(m.group(1)) for link, p in links if p.trail and (m := YEAR_LINK.match(link.text))})
    if len(years) <= RECENT_YEARS:
        return links
    recent = set(years[-RECENT_YEARS:])
    out = []
    for link, p in links:
        m = YEAR_LINK.match(link.text) if p.trail else None
        if m and int(m.group(1)) not in recent:
            value = max(MIN_PRIORITY, p.value - min(trail, TRAIL_BONUS))
            p = Priority(value, p.strong, p.pager, archive=int(m.group(1)))
        out.append((link, p))
    return out

"""The one-pass link discovery (crawler/spiders/links.py) finds exactly the links that a plain
per-anchor check finds, in the same order with the same texts and priorities, on every page we
have: the demo web (both versions), the extraction fixtures, the scale web of the benchmarks, the
discovery dev web, and edge cases; as a plain page, a listing, a seed and search results."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest
from benchmarks.scaleweb import ScaleWeb, iter_pages
from conftest import ROOT
from discovery_web.catalog import catalog
from discovery_web.sites import Site
from each import check_each, chunks
from lxml import etree
from scrapy.http import HtmlResponse, Response
from scrapy.link import Link
from scrapy.utils.response import get_base_url

from crawler.canonical import canonical_url
from crawler.scoring import (
    ACT_PAGE_CHARS,
    AMBITO_TEXT,
    DECOYS,
    DOCUMENTS_PAGE,
    MIN_PRIORITY,
    OTHER_PROGRAMME,
    SKIP_EXTENSIONS,
    SOCIAL_AREA,
    Priority,
    link_priority,
    planning_section,
)
from crawler.spiders.links import (
    _TITLE_PARTS,
    ANY_KEYWORD,
    CANDIDATE_WORDS,
    CONTEXT_CHARS,
    HEADINGS,
    LINK_TAGS,
    LOWER_KEYWORD,
    SECTION_CHARS,
    SKIP_SCHEMES,
    SPLASH_LINKS,
    RelevantLinks,
    _first_letters,
    _items_of_a_list,
    link_target,
    link_text,
    matching,
)
from crawler.spiders.scripted import unhide
from crawler.spiders.vague import says_nothing

BASE = "http://127.0.0.1:8000"
MODES = [{}, {"listing": True}, {"seed": True}, {"results": True}]
NAVIGATION = ("nav", "header", "footer", "aside")
BLOCKS = ("li", "p", "td", "dd", "tr", "div")


def _text(el: Any) -> str:
    return "".join(el.itertext(with_tail=False)) if el.tag is not etree.Comment else ""


def _in_navigation(el: Any) -> bool:
    for up in el.iterancestors():
        cls, ident = up.get("class") or "", up.get("id") or ""
        if up.tag in NAVIGATION or any(w in cls for w in ("menu", "nav", "footer", "header", "breadcrumb")):
            return True
        if "menu" in ident or "nav" in ident:
            return True
    return False


def _context(el: Any, text: str) -> str:
    block = next((up for up in el.iterancestors() if up.tag in BLOCKS), None)
    if block is None:
        return ""
    row = block.getparent()
    if (
        block.tag in ("td", "th")
        and row is not None
        and row.tag == "tr"
        and len("".join(row.itertext())) <= CONTEXT_CHARS
    ):
        block = row  # a short table row: the cell's neighbours say what its link is
    around = "".join(block.itertext())[:CONTEXT_CHARS]
    return " ".join(around.replace(text, " ", 1).split())


def _main(root: Any) -> Any:
    def is_main(el: Any) -> bool:
        cls = el.get("class") or ""
        return (
            el.tag in ("main", "article")
            or el.get("role") == "main"
            or el.get("id") == "content"
            or "entry-content" in cls
            or "item-page" in cls
        )

    main = next((el for el in root.iter() if isinstance(el.tag, str) and is_main(el)), None)
    return main if main is not None else next(root.iter("body"), None)


def _prose(main: Any) -> str:
    """The text of the main part (`_main`, found once per page by the caller: a walk of every element)."""
    if main is None:
        return ""
    prose: list[str] = []

    def walk(el: Any) -> None:  # document order; the text inside links, scripts and styles left out
        if el.tag in ("a", "script", "style"):
            return
        if el.text and el.tag is not etree.Comment:
            prose.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                prose.append(child.tail)

    walk(main)
    return " ".join(prose)


def _words(el: Any) -> str:
    """An element's text with its children's tails, not its own, whitespace collapsed, at most SECTION_CHARS."""
    return " ".join(etree.tostring(el, method="text", encoding=str, with_tail=False).split())[:SECTION_CHARS]


def _crumbs(root: Any) -> str:
    crumb = next((e for e in root.iter() if isinstance(e.tag, str) and "breadcrumb" in (e.get("class") or "")), None)
    return _words(crumb) if crumb is not None else ""


def _section_of(main: Any, el: Any, crumbs: str, order: dict[Any, int]) -> str:
    """The breadcrumb and the last heading before the anchor in the main part, not one it is part of."""
    if main is None or not any(up is main for up in el.iterancestors()):
        return ""
    ups = set(el.iterancestors())
    before = [h for h in main.iter(*HEADINGS) if order[h] < order[el] and h not in ups]
    return f"{crumbs} {_words(before[-1]) if before else ''}".strip()


def _raw(el: Any) -> str:
    """An anchor's text as it is written, unless it says nothing ("clicca qui": the product's reading of its title
    or its sentence, `link_text`); the words of any other link element (an image's alt, an area's)."""
    text = "".join(el.itertext())
    return text if el.tag == "a" and text.strip() and not says_nothing(text) else link_text(el)


@lru_cache(maxsize=1 << 16)
def _resolved(base: str, href: str) -> str:
    """An href as the crawl would request it; remembered, as the same hrefs come back in every mode
    and on every page of a site (half the reference's CPU was here)."""
    return canonical_url(urldefrag(urljoin(base, href))[0])


class Page:
    """What the straightforward algorithm reads of a page, whatever the mode: its tree (parsel's),
    main part, prose, title and anchors, each anchor's href, text and surroundings. Read once
    and shared by the four modes (each read it again before: 60 % of the reference's CPU), since
    none of it depends on the mode; each is what the per-mode reading computed, in the same way."""

    def __init__(self, response: Response) -> None:
        self.url, self.base = response.url, get_base_url(response)
        root = response.selector.root
        unhide(root, response.body)  # links a script follows, as anchors: the product's reading (as `link_target`)
        self.main = _main(root)
        prose, title = _prose(self.main), root.xpath("string(//title)")
        self.ambito_prose = bool(AMBITO_TEXT.search(prose))
        self.documents = bool(DOCUMENTS_PAGE.search(f"{unquote(response.url)} {title}"))
        self.act_page = len(" ".join(prose.split())) <= ACT_PAGE_CHARS and bool(
            OTHER_PROGRAMME.search(f"{title} {prose}")
        )
        self.order, self.crumbs = {e: i for i, e in enumerate(root.iter())}, _crumbs(root)
        first = next(self.main.iter(*HEADINGS), None) if self.main is not None else None
        heading = f"{self.crumbs} {_words(first) if first is not None else ''}".strip()
        self.topical = planning_section(heading)
        # the social area by a part of its title: its content is read, a link there to another host a candidate
        self.area = any(SOCIAL_AREA.fullmatch(p) for p in _TITLE_PARTS.split(title)) and not DECOYS.search(title)
        # a section of planning by its own name (title, breadcrumb, heading): a link of no words there to another
        # host (a banner) a candidate
        self.banners = self.area or planning_section(f"{heading} {title}")
        # which elements are links and what they say is the product's (`link_target`, `link_text`): compared here
        # is how the links are found and scored, not what a link is
        self.anchors = [
            el
            for el in root.iter(*LINK_TAGS)
            if (h := (link_target(el) or "").strip()) and not h.startswith(SKIP_SCHEMES)
        ]
        self.bare = len(self.anchors) <= SPLASH_LINKS and not any(
            ANY_KEYWORD.search(unquote(link_target(el).strip())) or ANY_KEYWORD.search(" ".join(_raw(el).split()))
            for el in self.anchors
        )  # a splash page, when it is a seed
        self.read = [self._read(el) for el in self.anchors]
        self._sections: dict[int, str] = {}

    def _read(self, el: Any) -> tuple[str, str, bool, bool, str]:
        """An anchor's text, surroundings, place in a menu, words in its href or text, and href."""
        href = link_target(el).strip()
        raw = _raw(el)
        text = " ".join(raw.split())
        words = bool(ANY_KEYWORD.search(unquote(href)) or ANY_KEYWORD.search(text))
        return text, _context(el, raw), _in_navigation(el), words, href

    def section(self, i: int) -> str:
        if i not in self._sections:
            self._sections[i] = _section_of(self.main, self.anchors[i], self.crumbs, self.order)
        return self._sections[i]


def reference_links(
    page: Page, listing: bool = False, seed: bool = False, results: bool = False
) -> list[tuple[Link, Priority]]:
    """The straightforward algorithm: every anchor of parsel's tree, its href and text searched apart,
    its surroundings read by walking up the tree (`Page`)."""
    on_topic = results or page.ambito_prose
    other_plan = (page.documents or listing) and not on_topic and page.act_page
    splash = seed and page.bare
    seen: set[str] = set()
    out: list[tuple[Link, Priority]] = []
    content: set[str] = set()
    for i, (text, context, navigation, words, href) in enumerate(page.read):
        in_content = (
            (on_topic and seed) or splash or ((on_topic or listing or page.topical or page.area) and not navigation)
        )
        if not words and not in_content:
            continue
        url = _resolved(page.base, href)
        if url in seen or SKIP_EXTENSIONS.search(url):
            continue
        el = page.anchors[i]
        priority = link_priority(
            url.split("?", 1)[0] if el.tag == "form" else url, text, context, on_topic_page=on_topic,
            in_content=in_content, listing=listing, documents=page.documents, other_plan=other_plan,
            section=page.section(i) if in_content else "",
        )  # fmt: skip
        if splash:
            priority = replace(priority, value=max(priority.value, MIN_PRIORITY), strong=True)
        elif (
            (page.area or (page.banners and not text))
            and in_content
            and urlsplit(url).netloc != urlsplit(page.url).netloc
        ):
            priority = replace(priority, value=max(priority.value, MIN_PRIORITY))
        elif el.tag == "link":
            priority = replace(priority, value=max(priority.value, MIN_PRIORITY + 1), pager=True)
        if priority.value < MIN_PRIORITY:
            continue
        seen.add(url)
        if in_content:
            content.add(url)
        out.append((Link(url, text), priority))
    return _items_of_a_list(page.url, out, content)  # the cards of a list: a step after finding


def same_links(path: str, body: bytes) -> list[Link]:
    """Both finders agree in every mode; returns the links of a plain page (the first mode's reference
    answer, compared with `extract_links` too rather than computed again)."""

    def response() -> HtmlResponse:  # a fresh one for each product call: no shared selector or cached text
        return HtmlResponse(BASE + path, body=body)

    page = Page(response())
    plain = reference_links(page)
    for mode in MODES:
        want = reference_links(page, **mode) if mode else plain
        assert RelevantLinks().scored_links(response(), **mode) == want, (path, mode)
    links = RelevantLinks().extract_links(response())
    assert links == [link for link, _ in plain], path
    return links


PAGES_A_TEST = 40  # ~0.1-0.2 s of CPU a test: the pages of a set, or a chunk of a big one (tests/each.py)


def _pages_in(folder: Path) -> list[Path]:
    """The pages under a folder: `*.htm` and `*.html`, not the gold beside each (`NAME.html.json`, the facts
    of the page of the same name; 2,693 files, 1.2-1.7 s of CPU): the finders found no link in the 2,461 outside the
    clean sets, and the one element their text gave (an `<area>` without an href, named in a note) is in EDGE."""
    return sorted(f for f in folder.rglob("*.htm*") if f.suffix in (".htm", ".html"))


def _page_chunks() -> list[Any]:
    """The demo webs' and the fixture sets' pages, a test for each set or chunk of one (the file names are
    listed here; nothing is read until a test runs). The frozen measuring sets' pages (heldout*, train6:
    ~1,500 pages, ~8 s of CPU) are a whole-corpus run, as the dev web's sites are: the full suite's
    (docs/testing.md); the demo webs and the fixture pages (~640, ~1.2 s) are the everyday lane's."""
    sets = [ROOT / "crawler" / "demo" / "site", ROOT / "crawler" / "demo" / "site-v2"]
    sets += sorted(d for d in (ROOT / "tests" / "fixtures").iterdir() if d.is_dir())
    params = []
    for folder in sets:
        files = _pages_in(folder)
        measuring = folder.name.startswith(("heldout", "train"))
        for i, chunk in enumerate(chunks(files, PAGES_A_TEST)):
            marks = [pytest.mark.slow] if measuring else []
            params.append(pytest.param(chunk, id=f"{folder.relative_to(ROOT).as_posix()}#{i}", marks=marks))
    return params


def test_the_chunks_hold_every_demo_and_fixture_page() -> None:
    roots = [ROOT / "crawler" / "demo" / "site", ROOT / "crawler" / "demo" / "site-v2", ROOT / "tests" / "fixtures"]
    every = sorted(f for r in roots for pattern in ("*.htm", "*.html") for f in r.rglob(pattern))
    assert len(every) > 2_000
    assert sorted(f for param in _page_chunks() for f in param.values[0]) == every


@pytest.mark.parametrize("files", _page_chunks())
def test_same_links_as_per_anchor_search_on_demo_and_fixture_pages(files: list[Path]) -> None:
    check_each(
        lambda file: same_links("/" + file.relative_to(ROOT).as_posix(), file.read_bytes()),
        files,
        name=lambda file: file.relative_to(ROOT).as_posix(),
    )


def _html_pages(site: Site) -> dict[str, str]:
    return {path: body for path, body in site.pages.items() if isinstance(body, str)}


def _dev_sites() -> list[Any]:
    """One case per site of the discovery dev web; together a whole-set run (~10 s of CPU through both
    finders in every mode, 2-20 s for each site of faceted listings), so the full suite's (docs/testing.md)."""
    return [pytest.param(site, id=site.name, marks=pytest.mark.slow) for site in catalog()]


def test_the_discovery_dev_web_has_pages_to_compare() -> None:
    assert sum(len(_html_pages(site)) for site in catalog()) > 100


@pytest.mark.parametrize("site", _dev_sites())
def test_same_links_on_the_discovery_dev_web(site: Site) -> None:
    for path, body in _html_pages(site).items():
        same_links(path, body.encode("utf-8"))


@pytest.mark.slow  # 7 MB of generated pages, each through both finders in every mode: ~6 s of CPU
def test_same_links_on_the_scale_web(tmp_path: Path) -> None:
    web = ScaleWeb(tmp_path, pages=60, weeks=1).generate()
    pages = dict(iter_pages(web, 0)) | dict(iter_pages(web, 1))
    assert len(pages) > 60
    found = 0
    for path, body in sorted(pages.items()):
        found += len(same_links(path, body))
    assert found > 2 * len(pages)


EDGE = """<html><head><base href="/comune/"></head><body>
<a href="piano%20di%20zona.html">Documenti</a>
<a href="  /x/servizi-sociali.html  ">x</a>
<a href="/a.html">Piano <b>di</b>
   Zona</a>
<a href="/b.html">PIANO DI ZONA</a>
<a href="/c.html">Uffici</a><a href="/d.html">Ufficio di piano</a>
<a href="/e.html">ſociale</a>
<a href="/f.html">Città di Zona — İnfo sociale</a>
<a href="/g.html">pdz</a><a href="/h.html">xpdzx</a>
<area href="/mappa-ambito.html" alt="ambito">
<a href="/i.html">Politiche<!-- c -->sociali</a>
<a href="">ambito</a><a>ambito</a><a href="#ambito">ambito</a><a href="mailto:x@ambito.it">ambito</a>
<area alt="ambito"><area href="" alt="ambito sociale">
<a href="/j.html">distrett</a><a href="/k.html">distretto</a>
<a href="/l%00ambito.html">zero</a>
<a href="/m.html">welfare</a><a href="/m.html#again">welfare</a>
<a href="/n.pdf">Accordo di programma</a><a href="/o.png">Ufficio di Piano</a>
</body></html>"""


def test_same_links_on_edge_cases() -> None:
    same_links("/comune/index.html", EDGE.encode("utf-8"))
    urls = [link.url for link in RelevantLinks().extract_links(HtmlResponse(BASE + "/comune/", body=EDGE.encode()))]
    assert f"{BASE}/comune/piano%20di%20zona.html" in urls and f"{BASE}/a.html" in urls
    assert f"{BASE}/e.html" in urls  # re.I matches ſ to s: the lower-case fast path must not lose it
    assert f"{BASE}/h.html" not in urls and f"{BASE}/mappa-ambito.html" in urls
    # once the page's own prose speaks of the Piano di Zona, its links outside menus count without words
    prose = EDGE.replace("<body>", "<body><p>Il Piano di Zona dell'ambito.</p>").encode()
    same_links("/comune/index.html", prose)
    urls = [link.url for link in RelevantLinks().extract_links(HtmlResponse(BASE + "/comune/", body=prose))]
    assert f"{BASE}/h.html" in urls


@pytest.mark.parametrize(
    "strings",
    [
        ["piano", "di zona"],  # no match may span two strings
        ["x", "", "PDZ", "a pdz", "pdzx"],
        ["Città", "ſociali", "İ ambito", "welfare"],
        ["%", "uffici", "ufficio", "uffici-", "contatti"],
    ],
)
def test_matching_agrees_with_search_per_string(strings: list[str]) -> None:
    assert matching(strings) == {i for i, s in enumerate(strings) if ANY_KEYWORD.search(s)}


def test_the_fast_pattern_starts_where_keywords_start() -> None:
    letters = _first_letters(CANDIDATE_WORDS)
    assert letters and LOWER_KEYWORD.pattern.startswith(f"(?=[{letters}])")
    assert _first_letters([r"(?:a|b)c"]) is None and _first_letters([r"x?ambito"]) is None
    assert _first_letters([r"social[ei]|welfare", r"\bpdz\b"]) == "psw"
    assert _first_letters([r"a[(|]b|zeta", r"x[]|)]y|(?:q)"]) is None  # (?:q) says nothing
    assert _first_letters([r"a[(|]b|zeta", r"x[^]|)]y|w"]) == "awxz"


def test_the_benchmarks_regex_variant_finds_the_same_links_where_context_does_not_count(tmp_path: Path) -> None:
    """tests/benchmarks/patched.py reads anchors without a tree: it cannot tell a menu from content,
    so it agrees with the product on the pages whose prose does not speak of the ambito."""
    from benchmarks.patched import RegexLinks

    web = ScaleWeb(tmp_path, pages=60, weeks=1).generate()
    compared = 0
    for path, body in sorted(dict(iter_pages(web, 0)).items()):
        ours = RelevantLinks()
        if ours.on_topic(HtmlResponse(BASE + path, body=body)):
            continue
        links = ours.extract_links(HtmlResponse(BASE + path, body=body))
        assert RegexLinks().extract_links(HtmlResponse(BASE + path, body=body)) == links, path
        compared += 1
    assert compared >= 10


def test_a_link_with_a_menu_class_of_its_own_is_not_a_menu() -> None:
    """Old CMS menus put the class on the link ("<a class="menutop">") in a plain table cell: a menu box is an element
    around links, as the per-anchor reference reads it, so on a page about the ambito such links count as content."""
    page = (
        '<html><head><title>Ambito di X</title></head><body><table><tr><td><a href="/default.asp" class="menutop">'
        'HOME</a> | <a href="/servizi.asp" class="menutop">SERVIZI</a></td></tr></table>'
        "<p>Ambito territoriale, Piano di Zona</p></body></html>"
    )
    links = same_links("/x/index.html", page.encode())
    assert [link.url for link in links] == [f"{BASE}/", f"{BASE}/servizi.asp"]

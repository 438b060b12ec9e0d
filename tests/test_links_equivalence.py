"""The one-pass link discovery (crawler/spiders/links.py) finds exactly the links that a plain
per-anchor check finds, in the same order with the same texts, on every page we have: the demo
web (both versions), the extraction fixtures, the scale web of the benchmarks, and edge cases."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin

import pytest
from benchmarks.scaleweb import ScaleWeb, iter_pages
from conftest import ROOT
from scrapy.http import HtmlResponse, Response
from scrapy.link import Link
from scrapy.utils.response import get_base_url

from crawler.scoring import KEYWORDS, SKIP_EXTENSIONS, link_score
from crawler.spiders.links import ANY_KEYWORD, LOWER_KEYWORD, SKIP_SCHEMES, RelevantLinks, _first_letters, matching

BASE = "http://127.0.0.1:8000"


def reference_links(response: Response) -> list[Link]:
    """The straightforward algorithm: every anchor of parsel's tree, its href and text searched apart."""
    seen: set[str] = set()
    out: list[Link] = []
    for el in response.selector.root.iter("a", "area"):
        href = (el.get("href") or "").strip()
        if not href or href.startswith(SKIP_SCHEMES):
            continue
        text = " ".join("".join(el.itertext()).split())
        if not ANY_KEYWORD.search(unquote(href)) and not ANY_KEYWORD.search(text):
            continue
        url = urldefrag(urljoin(get_base_url(response), href))[0]
        if url in seen or SKIP_EXTENSIONS.search(url) or link_score(url, text) <= 0:
            continue
        seen.add(url)
        out.append(Link(url, text))
    return out


def same_links(path: str, body: bytes) -> None:
    def response() -> HtmlResponse:  # a fresh one each: no shared selector or cached text
        return HtmlResponse(BASE + path, body=body)

    assert RelevantLinks().extract_links(response()) == reference_links(response()), path


def _files() -> list[Path]:
    roots = [ROOT / "crawler" / "demo" / "site", ROOT / "crawler" / "demo" / "site-v2", ROOT / "tests" / "fixtures"]
    return sorted(f for r in roots for f in r.rglob("*.htm*"))


@pytest.mark.parametrize("file", _files(), ids=lambda f: str(f.relative_to(ROOT)))
def test_same_links_as_per_anchor_search_on_demo_and_fixture_pages(file: Path) -> None:
    same_links("/" + file.relative_to(ROOT).as_posix(), file.read_bytes())


def test_same_links_on_the_scale_web(tmp_path: Path) -> None:
    web = ScaleWeb(tmp_path, pages=60, weeks=1).generate()
    pages = dict(iter_pages(web, 0)) | dict(iter_pages(web, 1))
    assert len(pages) > 60
    found = 0
    for path, body in sorted(pages.items()):
        same_links(path, body)
        found += len(RelevantLinks().extract_links(HtmlResponse(BASE + path, body=body)))
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
    letters = _first_letters(list(KEYWORDS))
    assert letters and LOWER_KEYWORD.pattern.startswith(f"(?=[{letters}])")
    assert _first_letters([r"(?:a|b)c"]) is None and _first_letters([r"x?ambito"]) is None
    assert _first_letters([r"social[ei]|welfare", r"\bpdz\b"]) == "psw"
    assert _first_letters([r"a[(|]b|zeta", r"x[]|)]y|(?:q)"]) is None  # (?:q) says nothing
    assert _first_letters([r"a[(|]b|zeta", r"x[^]|)]y|w"]) == "awxz"

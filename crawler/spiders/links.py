"""Link discovery that scores before it builds: most of a municipal page's ~230 links are menus.

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
from typing import Any
from urllib.parse import unquote, urldefrag, urljoin

from lxml import etree
from scrapy.http import Response, XmlResponse
from scrapy.link import Link
from scrapy.utils.response import get_base_url

from crawler.scoring import KEYWORDS, SKIP_EXTENSIONS, link_score

ANY_KEYWORD = re.compile("|".join(f"(?:{p})" for p in KEYWORDS), re.I)
SKIP_SCHEMES = ("#", "mailto:", "javascript:", "tel:", "data:")
SEP = "\x00"  # joins strings for one scan: no keyword pattern can match it, so no match spans two
# Characters that re.I matches to an ASCII letter but str.lower() does not turn into it (or into one
# character): text holding one is scanned with ANY_KEYWORD itself, so the fast path stays exact.
_FOLD_TRAPS = ("\u0130", "\u0131", "\u017f")  # İ, ı, ſ
_HREFS = etree.XPath("//a/@href | //area/@href")  # in document order, each with .getparent()
_PARSER = etree.HTMLParser(recover=True, encoding="utf-8", huge_tree=True)


def _top_level_alternatives(pattern: str) -> list[str]:
    """A regex split at its top-level `|` (not inside a group or a character class)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 if pattern[i + 1 : i + 2] == "^" else 0
            i += 1 if pattern[i + 1 : i + 2] == "]" else 0  # a leading ] is a literal
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return out + [pattern[start:]]


def _first_letters(patterns: list[str]) -> str | None:
    """The letters a keyword match can start with, or None if some pattern does not tell."""
    letters = set()
    for pattern in patterns:
        for alt in _top_level_alternatives(pattern):
            alt = alt.removeprefix(r"\b")
            if not (alt[:1].isascii() and alt[:1].isalpha()) or alt[1:2] in ("*", "?", "{"):
                return None
            letters.add(alt[0].lower())
    return "".join(sorted(letters))


def _lower_keyword_pattern() -> re.Pattern[str]:
    """ANY_KEYWORD for lower-cased text, ~6x faster: no re.I, and a look-ahead that skips the
    positions no keyword can start at. ANY_KEYWORD itself if a pattern is not all lower case."""
    patterns = list(KEYWORDS)
    if any(c.isupper() for p in patterns for c in re.sub(r"\\.", "", p)):
        return ANY_KEYWORD
    body = "|".join(f"(?:{p})" for p in patterns)
    first = _first_letters(patterns)
    return re.compile(f"(?=[{first}])(?:{body})" if first else body)


LOWER_KEYWORD = _lower_keyword_pattern()


def matching(strings: list[str]) -> set[int]:
    """Indices of the strings in which ANY_KEYWORD finds a match, with one scan for all."""
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
    return root if root is not None else etree.fromstring(b"<html/>", parser=_PARSER)


class RelevantLinks:
    """Drop-in for `LinkExtractor(...).extract_links` that returns only links scoring > 0.

    `anchors` and `text` say how a page's anchors are found (here: a plain lxml tree); the
    selection in `extract_links` is the same whatever finds them (tests/benchmarks/patched.py).
    """

    def anchors(self, response: Response) -> list[tuple[str, Any]]:
        """(stripped href, the anchor) of every <a>/<area> with a followable href, in page order."""
        out = []
        for attr in _HREFS(html_root(response)):
            href = attr.strip()
            if href and not href.startswith(SKIP_SCHEMES):
                out.append((href, attr.getparent()))
        return out

    def text(self, anchor: Any) -> str:
        return etree.tostring(anchor, method="text", encoding=str, with_tail=False)

    def extract_links(self, response: Response) -> list[Link]:
        anchors = self.anchors(response)
        by_href = matching([unquote(href) if "%" in href else href for href, _ in anchors])
        rest = [i for i in range(len(anchors)) if i not in by_href]
        texts = {i: self.text(anchors[i][1]) for i in rest}
        by_text = {rest[j] for j in matching([texts[i] for i in rest])}
        base: str | None = None
        seen: set[str] = set()
        out: list[Link] = []
        for i in sorted(by_href | by_text):
            href, anchor = anchors[i]
            text = " ".join((texts[i] if i in texts else self.text(anchor)).split())
            base = base or get_base_url(response)
            url = urldefrag(urljoin(base, href))[0]
            if url in seen or SKIP_EXTENSIONS.search(url) or link_score(url, text) <= 0:
                continue
            seen.add(url)
            out.append(Link(url, text))
        return out

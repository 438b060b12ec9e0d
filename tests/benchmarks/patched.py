"""The product crawl with a proposed patch applied in this process only (no product file changes).

    A2. link discovery on the decoded page text, without an lxml tree: one regex finds each
        <a href="...">text</a>, then the product's one keyword pass per page
        (crawler.spiders.links.matching) over the hrefs and over the texts, and the exact
        `link_priority`. The product parses each page into a tree (~0.5 ms per 100 KB page) to read
        its anchors, their surroundings and the page's prose; a regex is not an HTML parser
        (comments, scripts, unclosed anchors, no menus or list items to read context from), so
        this is measured, not shipped. Without a tree it cannot tell a menu from content nor read
        the words around a link: it finds the same links as the product on pages whose prose does
        not speak of the ambito (tests/test_links_equivalence.py), more on those that do.

(B2, archiving on a writer thread, was measured with the first benchmarks and did not help:
warcio's record building holds the GIL; docs/benchmarks.md.)

The benchmark runs this beside the product's crawl to show what the patch would buy (row 1).
Run as `python -m tests.benchmarks.patched --seeds FILE --data-dir DIR`.
"""

from __future__ import annotations

import argparse
import html
import re
from pathlib import Path
from typing import Any

from scrapy.http import Response, TextResponse

from crawler.spiders.links import SKIP_SCHEMES, RelevantLinks

from .scaleweb import require_loopback

ANCHOR = re.compile(
    r"""<(?:a|area)\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))[^>]*>(?:(.*?)</a\s*>)?""",
    re.I | re.S,
)
TAG = re.compile(r"<[^>]*>")


class RegexLinks(RelevantLinks):
    """RelevantLinks reading the anchors off the decoded text with a regex, not from a tree."""

    def anchors(self, response: Response) -> list[tuple[str, Any]]:
        if not isinstance(response, TextResponse):
            return []
        out: list[tuple[str, Any]] = []  # (href, inner HTML)
        for raw, single, bare, inner in ANCHOR.findall(response.text):
            href = (raw or single or bare).strip()
            href = html.unescape(href) if "&" in href else href
            if href and not href.startswith(SKIP_SCHEMES):
                out.append((href, inner))
        return out

    def text(self, anchor: Any) -> str:
        return html.unescape(TAG.sub("", anchor))

    def context(self, anchor: Any, text: str | None = None) -> str:
        return ""  # no tree, no list item or paragraph around the anchor

    def navigation(self, response: Response) -> set[Any]:
        return set()  # no tree, no menus

    def sections(self, response: Response) -> tuple[str, dict[Any, str]]:
        return "", {}  # no tree, no headings

    def main_text(self, response: Response) -> str:
        return html.unescape(TAG.sub(" ", ANCHOR.sub(" ", response.text))) if isinstance(response, TextResponse) else ""


def apply() -> None:
    import crawler.spiders.sites

    crawler.spiders.sites.RelevantLinks = RegexLinks  # type: ignore[misc,assignment]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--seeds", required=True)
    p.add_argument("--data-dir", required=True)
    args = p.parse_args(argv)
    from crawler.datadir import DataDir
    from crawler.run import run_crawl
    from crawler.seedfile import read_seeds

    data = DataDir(Path(args.data_dir)).ensure()
    seeds = read_seeds(Path(args.seeds))
    for s in seeds:
        require_loopback(s)
    apply()
    result = run_crawl(data, seeds, fresh=True, progress=False, fast=True)
    print(f"crawl {result.crawl_id}: {result.pages} URLs archived in {result.seconds:.3f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The links a PDF holds: its link annotations, each with the words printed under it.

An "Indice degli allegati" or "Elenco allegati" PDF on a documents page lists the attachments of an act and
links each by an annotation; the file that holds the plan is reachable only through it (fourteenth round).
The crawl scores such a link as an anchor of a documents page, its anchor text the line the annotation
covers. A PDF holds no annotation in most cases: its bytes are searched for `/URI` (or an object stream,
where annotations may be compressed) before anything is parsed, and only pages with a link are laid out.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urldefrag, urljoin

from scrapy.link import Link

from crawler.canonical import canonical_url
from crawler.scoring import AMBITO_TEXT, MIN_PRIORITY, Priority, link_priority

MAX_PAGES = 5  # an index of attachments is a page or two; a plan of 200 pages is not read for links
MAX_BYTES = 1024 * 1024  # an index is small; reading a big PDF for links holds the crawl (~100 ms)
LINES_NEAR = 2.0  # points of slack around an annotation's rectangle
_PRINTED_ADDRESS = re.compile(r"https?://\S+")  # an index prints each address beside its name


def scored_pdf_links(body: bytes, url: str, listing: bool, trail: int) -> list[tuple[Link, Priority]]:
    """A PDF's links worth a request, scored as the anchors of a documents page's content (`trail`: the
    documents pages in a row that end at it, itself included), on a page that speaks of the ambito if the
    text of its pages with links does."""
    found, text = pdf_links(body)
    on_topic = bool(AMBITO_TEXT.search(text))
    seen: set[str] = set()
    out = []
    for uri, words in found:
        link = canonical_url(urldefrag(urljoin(url, uri))[0])
        anchor = " ".join(_PRINTED_ADDRESS.sub(" ", words).split()).strip(" :")
        priority = link_priority(
            link, anchor, in_content=True, on_topic_page=on_topic, listing=listing, documents=True, trail=trail
        )
        if priority.value >= MIN_PRIORITY and link not in seen:
            seen.add(link)
            out.append((Link(link, anchor), priority))
    return out


def pdf_links(body: bytes) -> tuple[list[tuple[str, str]], str]:
    """(URI, the words under its annotation) of each web link in a PDF's first `MAX_PAGES` pages, in page
    order, and the text of the pages that hold one; ([], "") for a PDF without links or one that does
    not parse (a broken file is the site's problem, not the crawl's)."""
    if len(body) > MAX_BYTES or (b"/URI" not in body and b"/ObjStm" not in body):
        return [], ""
    logging.getLogger("pdfminer").setLevel(logging.WARNING)  # it logs every object it reads at DEBUG
    try:
        return _read(body)
    except Exception:  # pdfminer raises many kinds on broken files: all mean "no links read"
        return [], ""


def _read(body: bytes) -> tuple[list[tuple[str, str]], str]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextLine
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    document = PDFDocument(PDFParser(io.BytesIO(body)))
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=LAParams())
    interpreter = PDFPageInterpreter(manager, device)
    out: list[tuple[str, str]] = []
    texts: list[str] = []
    for number, page in enumerate(PDFPage.create_pages(document)):
        if number >= MAX_PAGES:
            break
        links = list(_uris(page.annots))
        if not links:
            continue
        interpreter.process_page(page)
        lines = list(_lines(device.get_result(), LTTextLine))
        texts.extend(line.get_text() for line in lines)
        for uri, rect in links:
            words = " ".join(line.get_text() for line in lines if _overlaps(line.bbox, rect))
            out.append((uri, " ".join(words.split())))
    return out, " ".join(texts)


def _uris(annots: Any) -> Iterator[tuple[str, tuple[float, ...]]]:
    """(URI, rectangle) of each annotation that opens a web address."""
    from pdfminer.pdftypes import resolve1

    for ref in resolve1(annots) or []:
        annot = resolve1(ref)
        action = resolve1(annot.get("A")) if isinstance(annot, dict) else None
        uri = resolve1(action.get("URI")) if isinstance(action, dict) else None
        rect = resolve1(annot.get("Rect")) if isinstance(annot, dict) else None
        if isinstance(uri, bytes):
            uri = uri.decode("latin-1")
        if isinstance(uri, str) and uri.startswith(("http://", "https://", "/")) and rect and len(rect) == 4:
            yield uri.strip(), tuple(float(resolve1(v)) for v in rect)


def _lines(item: Any, kind: type) -> Iterator[Any]:
    """The text lines of a laid-out page (not walking into their characters)."""
    if isinstance(item, kind):
        yield item
    elif hasattr(item, "__iter__"):
        for child in item:
            yield from _lines(child, kind)


def _overlaps(box: tuple[float, ...], rect: tuple[float, ...]) -> bool:
    """Whether a text line's box and an annotation's rectangle overlap (with `LINES_NEAR` points of slack)."""
    x0, y0, x1, y1 = min(rect[0], rect[2]), min(rect[1], rect[3]), max(rect[0], rect[2]), max(rect[1], rect[3])
    near = LINES_NEAR
    return box[0] <= x1 + near and box[2] >= x0 - near and box[1] <= y1 + near and box[3] >= y0 - near

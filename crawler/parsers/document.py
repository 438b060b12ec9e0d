"""One page as lines of main-content text, whatever it came as (HTML, PDF or plain text).

Every extractor reads `Document.lines`, so a rule written once works on a Designers Italia page,
an old table-layout CMS page, a news article and the text of a PDF plan alike. Navigation,
headers, footers and scripts are dropped first: they repeat on every page and name comuni and
phone numbers that are not the page's facts.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from bs4 import UnicodeDammit
from lxml import etree
from lxml import html as lxml_html

MAX_BYTES = 8_000_000  # larger bodies are cut: a municipal page is 30-300 KB

_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
    "h6", "tr", "br", "table", "ul", "ol", "dl", "address", "blockquote", "pre", "header",
    "footer", "nav", "aside", "form", "fieldset", "figure", "figcaption", "hr", "td", "th",
}
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "nav", "form", "button")
# class/id words of boilerplate blocks in municipal CMSs and Bootstrap Italia
_BOILERPLATE = re.compile(
    r"(?:^|[\s_])(?:menu|navbar|nav|breadcrumbs?|cookiebar|cookies?|it-footer\S*|it-header\S*|"
    r"skiplinks?|sidebar|social|share|search|login|banner)(?:$|[\s_])",
    re.I,
)


@dataclass
class Document:
    url: str
    lines: list[str] = field(default_factory=list)
    title: str = ""
    breadcrumb: list[str] = field(default_factory=list)
    kind: str = "html"  # html | pdf | text

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


class UnreadablePage(ValueError):
    """The body holds no text we can read (binary, scanned PDF, empty)."""


def _clean(text: str) -> str:
    text = text.replace("\xa0", " ").replace("\u200b", "").replace("\t", " ")
    return re.sub(r"[ \r\f\v]+", " ", text).strip()


def _is_boilerplate(el: etree._Element) -> bool:
    attrs = " ".join(str(el.get(a, "")) for a in ("class", "id", "role"))
    if el.get("role") in {"navigation", "banner", "contentinfo", "search"}:
        return True
    return bool(attrs.strip()) and bool(_BOILERPLATE.search(attrs))


def _walk(el: etree._Element, out: list[str], buf: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _BLOCK_TAGS:
        _flush(out, buf)
        if tag == "li":
            buf.append("• ")
    if el.text and tag not in ("tr",):
        buf.append(el.text)
    for child in el:
        child_tag = child.tag if isinstance(child.tag, str) else ""
        if child_tag in ("td", "th") and tag == "tr":
            _walk_cell(child, buf)
        else:
            _walk(child, out, buf)
        if child.tail:
            buf.append(child.tail)
    if tag in _BLOCK_TAGS:
        _flush(out, buf)


def _walk_cell(cell: etree._Element, buf: list[str]) -> None:
    """Table cells of one row become one line, cells joined by ' | '."""
    text = _clean(" ".join(cell.itertext()))
    if buf and "".join(buf).strip():
        buf.append(" | ")
    buf.append(text)


def _flush(out: list[str], buf: list[str]) -> None:
    line = _clean("".join(buf))
    buf.clear()
    if line and line != "•":
        out.append(line)


def decode_html(body: bytes, declared: str | None = None) -> str:
    """Bytes to text: the HTTP charset first, then the page's meta, then a guess."""
    candidates = [declared] if declared else []
    dammit = UnicodeDammit(body, known_definite_encodings=candidates, is_html=True)
    if dammit.unicode_markup is None:
        raise UnreadablePage("no text encoding fits the bytes")
    return dammit.unicode_markup


def from_html(body: bytes, url: str, charset: str | None = None) -> Document:
    text = decode_html(body[:MAX_BYTES], charset)
    if "\x00" in text[:2000]:
        raise UnreadablePage("binary content served as HTML")
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise UnreadablePage(f"HTML does not parse: {exc}") from exc
    title_el = root.find(".//title")
    h1 = root.xpath("//h1")
    title = _clean(" ".join(h1[0].itertext())) if h1 else ""
    if not title and title_el is not None and title_el.text:
        title = _clean(title_el.text)
    breadcrumb = [
        _clean(" ".join(li.itertext()))
        for li in root.xpath(
            "//*[contains(@class,'breadcrumb')]//li | //*[@data-element='breadcrumb']//li"
        )
    ]
    for el in root.xpath("|".join(f"//{t}" for t in _DROP_TAGS)):
        el.drop_tree()
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "main"):
            continue
        site_chrome = el.tag in ("header", "footer") and not el.xpath("ancestor::main|ancestor::article")
        if site_chrome or _is_boilerplate(el):
            el.drop_tree()
    body_el = root.find("body")
    lines: list[str] = []
    _walk(body_el if body_el is not None else root, lines, [])
    return Document(url=url, lines=lines, title=title, breadcrumb=[b for b in breadcrumb if b])


def from_text(text: str, url: str, kind: str = "text") -> Document:
    lines = [_clean(line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    title = lines[0] if lines else ""
    return Document(url=url, lines=lines, title=title, kind=kind)


def from_pdf(body: bytes, url: str) -> Document:
    from pdfminer.high_level import extract_text
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        text = extract_text(io.BytesIO(body[:MAX_BYTES]))
    except (PDFSyntaxError, ValueError, KeyError, TypeError, AssertionError) as exc:
        raise UnreadablePage(f"PDF does not parse: {exc}") from exc
    if not text.strip():
        raise UnreadablePage("PDF has no text layer (scanned?)")
    return from_text(_join_pdf_lines(text), url, kind="pdf")


def _join_pdf_lines(text: str) -> str:
    """PDF text wraps inside sentences: join a line to the next unless it ends a paragraph."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        out.append(" ".join(line.strip() for line in para.splitlines() if line.strip()))
    return "\n".join(out)


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
        return from_html(body, url, charset_of(content_type))
    if kind == "text":
        text = decode_html(body[:MAX_BYTES], charset_of(content_type))
        if _looks_binary(text):
            raise UnreadablePage("binary content served as text")
        return from_text(text, url)
    raise UnreadablePage(f"not a page we read (content type {content_type or 'unknown'})")


def _looks_binary(text: str) -> bool:
    sample = text[:4000]
    if not sample:
        return True
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t") or ch == "\ufffd")
    return bad / len(sample) > 0.05

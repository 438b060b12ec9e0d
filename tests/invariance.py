"""Metamorphic invariance of the extractor: a page changed in a way a reader does not notice must give the same facts.

Pages we will never see differ from ours in markup and encoding accidents as much as in wording: a CMS that writes
every accented letter as an entity, a copy-paste that leaves soft hyphens inside long words, an editor that wraps a
word's second half in a `<span>`, a list typed as lines under `<br>`. Each transform below is one such accident, a
small pure function from a page's bytes to the changed page's bytes (None where it does not apply). No gold is
needed: the untransformed page's facts are the reference.

Skipped on purpose, as they change what the page says or how it is read by a person:
- whitespace and entities inside `<script>`, `<style>`, `<pre>` and `<textarea>` (a script's JSON, preformatted
  columns): only the text a reader sees is changed;
- bold over a whole line (`<strong>` around every word): a bold-only line reads as a label, as a reader reads it;
- `<p>` paragraphs or `<li>` items that hold blocks of their own (a heading, a table): merged into lines, the blocks
  would be flattened;
- the real chrome around a page that has its own (a header, a footer, a menu): the page's footer is part of it (its
  "aggiornato il", its office's contacts), so it is kept rather than replaced.

Run from the repository root: python -m tests.invariance [--jobs 2] [--every 3] [--only NAME,NAME] [--show NAME]
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from copy import deepcopy
from html.entities import codepoint2name
from pathlib import Path
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from crawler.parsers.document import decode_html
from crawler.parsers.extract import extract
from crawler.parsers.serialize import facts_to_json

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
# the spent sets only: the sets being written for this round are never read here
SPENT = ["heldout", *(f"heldout{n}" for n in range(2, 23)), "train6"]
SHARED = ROOT.parent / "shared"
STATIC = "data/found/design-comuni-pagine-statiche/sito/novita-dettaglio.html"
WORDPRESS = "data/found/pa-website-validator-ng-fixtures/wp-servizio-scheda.html"

Transform = Callable[[bytes], bytes | None]
_VERBATIM = {"script", "style", "pre", "textarea", "title"}
_BLOCKS = {"p", "div", "li", "ul", "ol", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt"}
_BLOCKS |= {"dd", "section", "article", "main", "header", "footer", "nav", "aside", "br", "thead", "tbody"}
_WORD = re.compile(r"[^\W\d_]{8,}")
_CAPITALISED_PAIR = re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ'’]+) (?=[A-ZÀ-Ý][a-zà-ÿ])")


def spent_pages() -> list[Path]:
    """Every HTML page of the spent held-out sets, the training set and the project's own fixtures."""
    pages = [p for name in SPENT for p in sorted((FIXTURES / name / "pages").glob("*.htm*"))]
    return pages + sorted((FIXTURES / "pages").glob("*.htm*"))


# --- the tree, read and written as the extractor reads it ---------------------------------------------------------


def parse(body: bytes) -> etree._Element:
    return lxml_html.document_fromstring(decode_html(body))


def write(root: etree._Element, encoding: str = "utf-8") -> bytes:
    """The tree as bytes in `encoding`, its one charset declaration saying so; characters the encoding lacks become
    numeric references (in text: the same characters to a reader)."""
    for meta in root.xpath("//meta[@charset or translate(@http-equiv, 'CONTENTYP', 'contentyp')='content-type']"):
        meta.drop_tree()
    head = root.find("head")
    if head is None:
        head = etree.Element("head")
        root.insert(0, head)
    head.insert(0, etree.Element("meta", charset=encoding))
    text = lxml_html.tostring(root, encoding="unicode", method="html", doctype="<!DOCTYPE html>")
    return text.encode(encoding, errors="xmlcharrefreplace")


def _texts(root: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """(element, "text" or "tail") of every piece of text a reader sees."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        hidden = el.tag in _VERBATIM or el.xpath("ancestor::script|ancestor::style|ancestor::pre|ancestor::head")
        if el.text and not hidden:
            yield el, "text"
        parent = el.getparent()
        if el.tail and parent is not None and parent.tag not in _VERBATIM and el.tag != "html":
            yield el, "tail"


def on_text(change: Callable[[str], str]) -> Transform:
    """A transform that changes every text a reader sees with `change`."""

    def transform(body: bytes) -> bytes | None:
        root = parse(body)
        touched = False
        for el, where in list(_texts(root)):
            before = getattr(el, where)
            after = change(before)
            if after != before:
                setattr(el, where, after)
                touched = True
        return write(root) if touched else None

    return transform


def on_tree(change: Callable[[etree._Element], bool]) -> Transform:
    """A transform that rewrites the tree in place (`change` says whether it touched anything)."""

    def transform(body: bytes) -> bytes | None:
        root = parse(body)
        return write(root) if change(root) else None

    return transform


def _split_text(el: etree._Element, where: str, pieces: list[str | etree._Element]) -> None:
    """The text (or tail) of `el` replaced by `pieces`: strings and new inline elements, in order."""
    parent, index = (el, 0) if where == "text" else (el.getparent(), el.getparent().index(el) + 1)
    lead = ""
    nodes: list[etree._Element] = []
    for piece in pieces:
        if isinstance(piece, str):
            if nodes:
                nodes[-1].tail = (nodes[-1].tail or "") + piece
            else:
                lead += piece
        else:
            nodes.append(piece)
    setattr(el, where, lead)
    for k, node in enumerate(nodes):
        parent.insert(index + k, node)


def wrapping(pattern: re.Pattern[str], tag: str, attrs: dict[str, str] | None = None, part: bool = False) -> Transform:
    """Each match of `pattern` in the visible text wrapped in `<tag>` (its second half only with `part`: a word split
    by an editor's span, "Can<span>tù</span>")."""

    def transform(body: bytes) -> bytes | None:
        root = parse(body)
        touched = False
        for el, where in list(_texts(root)):
            holder = el if where == "text" else el.getparent()
            if holder.tag == tag or holder.xpath(f"ancestor::{tag}"):
                continue  # a link inside a link is no page a browser shows: it parts the outer one
            text = getattr(el, where)
            pieces: list[str | etree._Element] = []
            at = 0
            for m in pattern.finditer(text):
                cut = m.start() + (len(m.group()) // 2 if part else 0)
                node = etree.Element(tag, attrs or {})
                node.text = text[cut : m.end()]
                pieces += [text[at:cut], node]
                at = m.end()
            if pieces:
                _split_text(el, where, [*pieces, text[at:]])
                touched = True
        return write(root) if touched else None

    return transform


# --- text ---------------------------------------------------------------------------------------------------------


def minified(body: bytes) -> bytes | None:
    """All on one line: every run of whitespace in the visible text and between tags one space."""
    out = on_text(lambda t: re.sub(r"\s+", " ", t))(body)
    return None if out is None else re.sub(rb"\s*\n\s*", b" ", out)


def _indent(root: etree._Element) -> bool:
    for el in root.iter(*_BLOCKS):
        depth = sum(1 for _ in el.iterancestors())
        el.tail = "\n" + "  " * depth + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + "  " * (depth + 1) + (el.text or "")
    return True


def crlf(body: bytes) -> bytes | None:
    return body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") if b"\n" in body else None


def windows_1252(body: bytes) -> bytes | None:
    """Re-encoded windows-1252 (an old CMS), declared in the page's meta."""
    root = parse(body)
    scripts = "".join(s.text or "" for s in root.iter("script"))
    try:
        scripts.encode("cp1252")
    except UnicodeEncodeError:
        return None  # a script's own characters would become references inside the script
    return write(root, "windows-1252")


_SCRIPT = re.compile(rb"(<(script|style)\b.*?</\2\s*>)", re.S | re.I)


def _as_references(body: bytes, name: Callable[[int], str]) -> bytes | None:
    text = parse(body)
    page = write(text).decode("utf-8")
    if page.isascii():
        return None
    out = []
    for k, piece in enumerate(_SCRIPT.split(page.encode("utf-8"))):  # text, a script, its tag's name, text, ...
        if k % 3:
            out.append(piece if k % 3 == 1 else b"")
            continue
        out.append("".join(c if c.isascii() else name(ord(c)) for c in piece.decode("utf-8")).encode("ascii"))
    return b"".join(out)


def named_entities(body: bytes) -> bytes | None:
    """Every non-ASCII character outside scripts as its named entity (`&agrave;`), else a decimal reference."""
    return _as_references(body, lambda c: f"&{codepoint2name[c]};" if c in codepoint2name else f"&#{c};")


def numeric_references(body: bytes) -> bytes | None:
    """Every non-ASCII character outside scripts as a decimal reference (`&#8217;`)."""
    return _as_references(body, lambda c: f"&#{c};")


def decoded(body: bytes) -> bytes | None:
    """The reverse: entities and references in the source written as the characters (the parsed tree written back)."""
    return write(parse(body)) if re.search(rb"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", body, re.I) else None


def _soft(mark: str) -> Callable[[str], str]:
    return lambda t: _WORD.sub(lambda m: m.group()[: len(m.group()) // 2] + mark + m.group()[len(m.group()) // 2 :], t)


# --- lists, paragraphs, tables ------------------------------------------------------------------------------------


def _flat(el: etree._Element) -> bool:
    """No block inside: the element's content is a line of inline text."""
    return not any(isinstance(d.tag, str) and d.tag in _BLOCKS - {"br"} for d in el.iterdescendants())


def _lines_of(items: list[etree._Element], parent: etree._Element, sep: str | None) -> etree._Element:
    """One `<p>` holding the items' content, apart by `<br>` (sep None) or by the text `sep`."""
    p = parent.makeelement("p", {})
    for k, item in enumerate(items):
        if k:
            if sep is None:
                p.append(etree.Element("br"))
            elif len(p):
                p[-1].tail = (p[-1].tail or "") + sep
            else:
                p.text = (p.text or "") + sep
        if len(p):
            p[-1].tail = (p[-1].tail or "") + (item.text or "")
        else:
            p.text = (p.text or "") + (item.text or "")
        for child in list(item):
            p.append(child)
    return p


def _lists_as(sep: str | None) -> Callable[[etree._Element], bool]:
    def change(root: etree._Element) -> bool:
        touched = False
        for ul in root.xpath("//ul[li][not(ancestor::nav)] | //ol[li][not(ancestor::nav)]"):
            items = [li for li in ul if isinstance(li.tag, str)]
            if any(li.tag != "li" or not _flat(li) for li in items):
                continue
            p = _lines_of(items, ul, sep)
            p.tail = ul.tail
            ul.getparent().replace(ul, p)
            touched = True
        return touched

    return change


def _paragraphs_as_lines(root: etree._Element) -> bool:
    """Runs of sibling `<p>`s of inline text as one `<p>` of lines under `<br>`."""
    touched = False
    for parent in root.iter():
        run: list[etree._Element] = []
        for child in [*list(parent), None]:
            if child is not None and child.tag == "p" and _flat(child) and not (run and (run[-1].tail or "").strip()):
                run.append(child)
                continue
            if len(run) > 1:
                p = _lines_of(run, parent, None)
                p.tail = run[-1].tail
                parent.replace(run[0], p)
                for old in run[1:]:
                    parent.remove(old)
                touched = True
            run = [child] if child is not None and child.tag == "p" and _flat(child) else []
    return touched


def _lines_as_paragraphs(root: etree._Element) -> bool:
    """A `<p>` of lines under `<br>` as one `<p>` a line."""
    touched = False
    for p in root.xpath("//p[br]"):
        if not _flat(p):
            continue
        paragraphs: list[etree._Element] = [p.makeelement("p", dict(p.attrib))]
        paragraphs[0].text = p.text
        for child in list(p):
            if child.tag == "br":
                paragraphs.append(p.makeelement("p", dict(p.attrib)))
                paragraphs[-1].text = child.tail
                continue
            paragraphs[-1].append(child)
        parent, at = p.getparent(), p.getparent().index(p)
        paragraphs[-1].tail = p.tail
        parent.remove(p)
        for k, new in enumerate(paragraphs):
            parent.insert(at + k, new)
        touched = True
    return touched


def _sections_added(root: etree._Element) -> bool:
    """`<thead>` over a table's header rows and `<tbody>` around the rest, where the table has neither."""
    touched = False
    for table in root.xpath("//table[tr][not(thead|tbody|tfoot)]"):
        rows = [tr for tr in table if tr.tag == "tr"]
        head = 0
        while head < len(rows) - 1 and all(c.tag == "th" for c in rows[head] if isinstance(c.tag, str)):
            head += 1
        at = table.index(rows[0])
        for name, part in (("thead", rows[:head]), ("tbody", rows[head:])):
            if part:
                section = etree.Element(name)
                for tr in part:
                    section.append(tr)
                table.insert(at, section)
                at += 1
        touched = True
    return touched


def _sections_dropped(root: etree._Element) -> bool:
    sections = root.xpath("//table/thead | //table/tbody | //table/tfoot")
    for section in sections:
        section.drop_tag()
    return bool(sections)


def _th_as_strong(root: etree._Element) -> bool:
    cells = root.xpath("//th")
    for th in cells:
        th.tag = "td"
        strong = etree.Element("strong")
        strong.text, th.text = th.text, None
        for child in list(th):
            strong.append(child)
        th.append(strong)
    return bool(cells)


def _strong_as_th(root: etree._Element) -> bool:
    cells = [td for td in root.xpath("//td[count(*)=1][strong|b]") if not (td.text or "").strip()]
    cells = [td for td in cells if not (td[0].tail or "").strip()]
    for td in cells:
        td.tag = "th"
        td[0].drop_tag()
    return bool(cells)


# --- the real chrome ----------------------------------------------------------------------------------------------

# the template's own content, not its chrome: its dates ("Ultimo aggiornamento", a news item's "Data:") and its lead
_PLACEHOLDERS = (
    "//*[@id='ultimo-aggiornamento'] | //p[starts-with(normalize-space(), 'Pagina aggiornata')]"
    " | //div[small[normalize-space()='Data:']] | //h1/following-sibling::p[@data-audio]"
)
_SITE_CHROME = "//header|//footer|//nav|//*[@role='navigation' or @role='banner' or @role='contentinfo']"


def in_chrome(template: str, content: str) -> Transform:
    """The page's content (its body, its h1 as the template's) put in the content element of a real Designers Italia
    or WordPress page (`content`, an XPath), whose header, menus and footer of another comune stay. Not for a page
    with chrome of its own (see the module docstring)."""

    def transform(body: bytes) -> bytes | None:
        path = SHARED / template
        if not path.is_file():
            return None
        page = parse(body)
        if page.xpath(_SITE_CHROME) or page.find("body") is None:
            return None
        frame = lxml_html.document_fromstring(path.read_text(encoding="utf-8"))
        for placeholder in frame.xpath(_PLACEHOLDERS):
            placeholder.drop_tree()
        h1s, frame_h1 = page.xpath("//h1"), frame.xpath("//h1")[0]
        title = page.find(".//title")
        heading = h1s[0] if h1s else None
        for child in list(frame_h1):
            frame_h1.remove(child)
        said = " ".join(heading.itertext()) if heading is not None else ""  # its <br> parts words
        frame_h1.text = said or (title.text if title is not None else "")
        if heading is not None:
            heading.drop_tree()
        frame_title = frame.find(".//title")
        frame_title.text = title.text if title is not None else frame_h1.text
        for crumb in frame.xpath("//*[contains(@class,'breadcrumb-item')][last()]"):
            for child in list(crumb):
                crumb.remove(child)
            crumb.text = frame_h1.text
        for data in page.xpath("//head/script[@type='application/ld+json'] | //head/meta[@name or @property]"):
            frame.find("head").append(deepcopy(data))  # what the page's head says of it stays (JSON-LD, its dates)
        slot = frame.xpath(content)[0]
        for child in list(slot):
            slot.remove(child)
        slot.text = page.find("body").text
        for child in list(page.find("body")):
            slot.append(deepcopy(child))
        return write(frame)

    return transform


TRANSFORMS: dict[str, Transform] = {
    "reserialized": on_tree(lambda root: True),
    "minified": minified,
    "reindented": on_tree(_indent),
    "crlf": crlf,
    "windows-1252": windows_1252,
    "named-entities": named_entities,
    "numeric-refs": numeric_references,
    "entities-decoded": decoded,
    "curly-apostrophes": on_text(lambda t: t.replace("'", "’")),
    "straight-apostrophes": on_text(lambda t: t.replace("’", "'").replace("‘", "'")),
    "nbsp-in-names": on_text(lambda t: _CAPITALISED_PAIR.sub("\\1\xa0", t)),
    "soft-hyphens": on_text(_soft("\u00ad")),
    "zero-width-spaces": on_text(_soft("\u200b")),
    "word-joiners": on_text(_soft("\u2060")),
    "span-in-words": wrapping(re.compile(r"[^\W\d_]{6,}"), "span", part=True),
    "strong-first-word": wrapping(re.compile(r"\A\s*[^\W\d_]+(?=\s+\S+\s+\S)"), "strong"),
    "font-sentences": wrapping(re.compile(r"[A-ZÀ-Ý][^.;:!?<>]{10,}[.;:!?]"), "font", {"face": "Arial"}),
    "anchor-names": wrapping(re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]{2,}\b"), "a", {"name": "x"}),
    "p-as-br-lines": on_tree(_paragraphs_as_lines),
    "br-lines-as-p": on_tree(_lines_as_paragraphs),
    "li-as-br-lines": on_tree(_lists_as(None)),
    "li-as-dots": on_tree(_lists_as(" · ")),
    "tbody-added": on_tree(_sections_added),
    "tbody-dropped": on_tree(_sections_dropped),
    "th-as-td-strong": on_tree(_th_as_strong),
    "td-strong-as-th": on_tree(_strong_as_th),
    "designers-chrome": in_chrome(STATIC, "//article[@id='descrizione']"),
    "wordpress-chrome": in_chrome(WORDPRESS, "//*[@data-element='service-extended-description']"),
}


# --- facts --------------------------------------------------------------------------------------------------------


def _flatten(value: Any, path: str) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in ("evidence", "page"):
                yield from _flatten(item, f"{path}.{key}")
    elif isinstance(value, list):
        for item in value:
            yield from _flatten(item, path)
    elif value not in (None, ""):
        yield f"{path}={value}"


def facts(body: bytes, name: str) -> frozenset[str]:
    """A page's facts as a set of "field=value" strings: every field of `PageFacts` but the evidence quotes; an
    ambito's facts under its name, a comune's under its code (so a fact moved between ambiti counts)."""
    found = facts_to_json(extract(body, name))
    out: set[str] = set()
    for ambito in found.pop("ambiti"):
        out.update(_flatten(ambito, f"ambito[{ambito['name']}]"))
    for comune in found.pop("comuni"):
        out.update(_flatten(comune, f"comune[{comune['istat']}]"))
    out.update(_flatten(found, "page"))
    return frozenset(out)


def compare(path: Path, names: list[str]) -> dict[str, tuple[frozenset[str], frozenset[str]] | None]:
    """Per transform: (facts lost, facts gained) on this page, None where the transform does not apply."""
    body = path.read_bytes()
    base = facts(body, path.name)
    out: dict[str, tuple[frozenset[str], frozenset[str]] | None] = {}
    for name in names:
        changed = TRANSFORMS[name](body)
        if changed is None:
            out[name] = None
            continue
        after = facts(changed, path.name)
        out[name] = (base - after, after - base)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--every", type=int, default=1, help="read every n-th page only")
    parser.add_argument("--only", default="", help="comma-separated transforms")
    parser.add_argument("--show", default="", help="a transform whose changed pages are listed with their facts")
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n] or list(TRANSFORMS)
    pages = spent_pages()[:: args.every]
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(compare, pages, [names] * len(pages), chunksize=4))
    print(f"{len(pages)} pages; per transform: pages it applies to, pages whose facts changed, facts lost, gained")
    print(f"{'transform':22} {'applies':>7} {'changed':>7} {'lost':>6} {'gained':>6}")
    for name in names:
        rows = [(p, r[name]) for p, r in zip(pages, results, strict=True) if r[name] is not None]
        changed = [(p, d) for p, d in rows if d[0] or d[1]]
        lost, gained = sum(len(d[0]) for _, d in changed), sum(len(d[1]) for _, d in changed)
        print(f"{name:22} {len(rows):>7} {len(changed):>7} {lost:>6} {gained:>6}")
        if name == args.show:
            for p, (lost_facts, gained_facts) in changed:
                print(f"  {p.relative_to(FIXTURES)}")
                for fact in sorted(lost_facts):
                    print(f"    - {fact[:160]}")
                for fact in sorted(gained_facts):
                    print(f"    + {fact[:160]}")


if __name__ == "__main__":
    main()

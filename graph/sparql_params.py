"""Query parameters as `VALUES ?name { term }` blocks placed in the query text.

Every backend gets its parameters this way. An endpoint has no substitution API; and Oxigraph
plans a query without looking at its `substitutions`, so a parameter that should narrow a property
path or a join first (queries/facts-with-sources.rq: 25 s with a substitution, 60 ms with VALUES
on a 52-crawl Lombardy graph) is only applied at the end. A block goes right after the first `{`
of the outermost WHERE clause and after the `{` of every nested group that mentions the variable.
The term is serialised with N-Triples escaping (IRIs validated, literals with `\\`, `"` and line
breaks escaped), so a value like `x" } ; DROP ALL ; #` stays one literal: the query text around
the block is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.store_api import StoreError, Term

XSD = "http://www.w3.org/2001/XMLSchema#"
FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")


# --- lexing just enough SPARQL to place a VALUES block ---------------------------------------
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\r\n]*)
  | (?P<string>"{3}(?:(?:"|"")?(?:[^"\\]|\\.))*"{3}
              |'{3}(?:(?:'|'')?(?:[^'\\]|\\.))*'{3}
              |"(?:[^"\\\r\n]|\\.)*"
              |'(?:[^'\\\r\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][0-9A-Za-z_\u00b7\u00c0-\U000effff]+)
  | (?P<word>[A-Za-z_\u00c0-\U000effff][\w\-.\u00b7]*(?::(?:[\w\-.:%]|\\.)*)?|:(?:[\w\-.:%]|\\.)*)
  | (?P<punct>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def tokens(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(kind, text, start, end) of every token; whitespace and comments included."""
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        yield kind, m.group(), m.start(), m.end()


def query_form(text: str) -> str | None:
    """SELECT, CONSTRUCT, ASK or DESCRIBE (the first keyword after the prologue), else None."""
    for kind, tok, _s, _e in tokens(text):
        if kind in ("ws", "comment", "iri"):
            continue
        word = tok.upper()
        if kind == "word" and word in FORMS:
            return word
        if kind == "word" and word in ("PREFIX", "BASE") or kind == "word" and tok.endswith(":"):
            continue
        return None
    return None


def groups(text: str) -> list[tuple[int, int]]:
    """(just after `{`, at `}`) of every group graph pattern, the outermost WHERE clause first.

    Skipped: a CONSTRUCT template, VALUES data blocks and the `{ SELECT ... }` wrapper of a
    subquery (whose own WHERE clause is a group). A `{` inside a string, IRI or comment is no brace.
    """
    toks = [(kind, tok, start, end) for kind, tok, start, end in tokens(text) if kind not in ("ws", "comment")]
    form = None
    parens = 0  # `(EXISTS { ... } AS ?x)` in a SELECT clause is not the WHERE clause
    values_next = False  # the next `{` opens a VALUES data block
    template_done = False
    stack: list[tuple[str, int]] = []  # (kind of brace, index just after it)
    top: tuple[int, int] | None = None
    found: list[tuple[int, int]] = []
    for i, (kind, tok, _start, end) in enumerate(toks):
        if form is None:
            if kind == "word" and tok.upper() in FORMS:
                form = tok.upper()
            continue
        word = tok.upper() if kind == "word" else ""
        if word == "VALUES":
            values_next = True
        elif word == "WHERE" and form == "CONSTRUCT" and not template_done and not stack:
            raise StoreError("parameters need the long form CONSTRUCT { template } WHERE { pattern }")
        if kind != "punct":
            continue
        if tok == "(":
            parens += 1
        elif tok == ")":
            parens -= 1
        elif tok == "{":
            following = toks[i + 1][1].upper() if i + 1 < len(toks) else ""
            if values_next:
                brace, values_next = "data", False
            elif form == "CONSTRUCT" and not template_done and not stack:
                brace = "template"
            elif following == "SELECT":
                brace = "subquery"
            else:
                brace = "group"
            stack.append((brace, end))
        elif tok == "}" and stack:
            brace, after = stack.pop()
            if brace == "template":
                template_done = True
            if brace != "group":
                continue
            if top is None and not stack and parens == 0:
                top = (after, _start)
            else:
                found.append((after, _start))
    if top is None:
        raise StoreError("cannot bind parameters: the query has no WHERE { ... } clause")
    return [top, *found]


_IRI_OK = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>\"{}|^`\\]*$")
_LANG_OK = re.compile(r"^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$")
_VAR_OK = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')


def iri_ref(value: str) -> str:
    if not _IRI_OK.match(value):
        raise StoreError(f"{value!r} is not an absolute IRI (no spaces, quotes, <>, {{}}, |, ^, ` or \\)")
    return f"<{value}>"


def _escape(value: str) -> str:
    # ECHARs for the usual suspects; other control characters as \\u00XX, which SPARQL turns back
    # into the same character inside the string (never into a quote or backslash)
    return _ESCAPE.sub(lambda m: _ECHAR.get(m.group(), f"\\u{ord(m.group()):04X}"), value)


def sparql_term(term: Term) -> str:
    """A term as SPARQL/N-Triples text that the parser reads back as exactly one term."""
    if term.kind == "iri":
        return iri_ref(term.value)
    if term.kind == "literal":
        try:
            term.value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise StoreError(f"literal {term.value!r} is not valid Unicode text") from exc
        text = f'"{_escape(term.value)}"'
        if term.lang:
            if not _LANG_OK.match(term.lang):
                raise StoreError(f"{term.lang!r} is not a language tag")
            return f"{text}@{term.lang}"
        if term.datatype and term.datatype != XSD + "string":
            if term.datatype == XSD + "decimal" and re.fullmatch(r"[+-]?\d+", term.value):
                # Virtuoso reads "3"^^xsd:decimal as the integer 3 (datatype lost); "3.0" is the same value
                text = f'"{term.value}.0"'
            return f"{text}^^{iri_ref(term.datatype)}"
        return text
    raise StoreError(f"a {term.kind} cannot be a query parameter (SPARQL reads a blank node as a variable)")


def bind_values(sparql: str, bindings: dict[str, Term]) -> str:
    """The query with a `VALUES ?name { term }` block per binding right after the first `{` of the
    outermost WHERE clause, and after the `{` of every nested group that mentions the variable.

    The nested blocks give the semantics of a substitution (Oxigraph) or initBindings (rdflib):
    the parameter is a constant everywhere. With only the outer block, a group evaluated on its
    own, such as `OPTIONAL { ... FILTER(YEAR(?as_of) ...) }` (queries/plans-not-in-force.rq), would
    see the variable unbound. Nothing else in the text changes.
    """
    if not bindings:
        return sparql
    blocks = {}
    for name, term in bindings.items():
        if not _VAR_OK.match(name):
            raise StoreError(f"parameter name {name!r}: use letters, digits and _")
        blocks[name] = f"VALUES ?{name} {{ {sparql_term(term)} }}"
    spans = groups(sparql)
    variables = [(start, tok[1:]) for kind, tok, start, _end in tokens(sparql) if kind == "var"]
    inserts = []
    for n, (after, close) in enumerate(spans):
        names = [name for name in blocks if n == 0 or any(after <= at < close and v == name for at, v in variables)]
        if names:
            inserts.append((after, " " + " ".join(blocks[name] for name in names) + " "))
    out, last = [], 0
    for at, block in sorted(inserts):
        out += [sparql[last:at], block]
        last = at
    return "".join(out) + sparql[last:]

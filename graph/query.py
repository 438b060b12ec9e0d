"""The query library (queries/*.rq) and safe parameters.

Each file starts with a header of `# key: value` lines:

    # title: Members of an ambito
    # question-it: Quali comuni fanno parte dell'ambito?
    # question-en: Which comuni belong to the ambito?
    # param: ambito iri https://w3id.org/ambiti/id/ambito/azzate
    # example: ...

A parameter is bound as an RDF term: a VALUES block with N-Triples escaping for Oxigraph and
remote endpoints (graph/sparql_params.py), initBindings for rdflib; never pasted into the query
text as it comes: a value with quotes, braces or `} ; DROP ALL` stays a value. A parameter must
appear in the SELECT clause (checked when the file is read), so that every row says which value
it answers.

Values are read as a newcomer writes them (`bind`): an `iri` parameter for an ambito or a comune
takes the short id every output shows (`azzate`, `ambito/azzate`, `012006`) as well as a full IRI
or a prefixed name (`id:ambito/azzate`); a `name` parameter also binds `?NAME_key`, the value
folded like `fold_name` (no case, accents, apostrophe or hyphen differences) for the query to
compare with the same folding of a label. When a query gives no rows, `why_empty` says why if
the cause is known (an id the graph does not have, a date before the first crawl).
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from graph import iris
from graph.store_api import QueryResult, Store, StoreError, Term
from graph.vocab import PREFIXES

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
XSD = "http://www.w3.org/2001/XMLSchema#"
PARAM_TYPES = {"iri", "string", "name", "date", "integer", "year"}
# the kinds of thing an `iri` parameter can name by short id: kind -> (its class, how a short id looks)
SHORT_IDS = {
    "ambito": (iris.ONTOLOGY + "AmbitoTerritoriale", re.compile(r"^[\w'’. -]+$")),  # slug or name
    "comune": (iris.ONTOLOGY + "Comune", re.compile(r"^\d{6}$")),
}
# schemes taken as they are; anything else before a colon must be a known prefix
IRI_SCHEMES = {"http", "https", "urn", "mailto", "tel", "file", "tag"}


class QueryError(ValueError):
    """A query that cannot run as asked; the message says why and what to do."""


@dataclass
class Param:
    name: str
    type: str
    default: str | None


@dataclass
class NamedQuery:
    name: str
    path: Path
    text: str
    title: str = ""
    header: dict[str, str] = field(default_factory=dict)
    params: list[Param] = field(default_factory=list)


def parse_query_file(path: Path) -> NamedQuery:
    return parse_query_text(path.read_text(encoding="utf-8"), path.stem, path)


def parse_query_text(text: str, name: str, path: Path) -> NamedQuery:
    q = NamedQuery(name=name, path=path, text=text)
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = re.match(r"#\s*([\w-]+)\s*:\s*(.*)$", line)
        if not m:
            continue
        key, value = m.group(1).lower(), m.group(2).strip()
        if key == "param":
            parts = value.split(None, 2)
            if len(parts) < 2 or parts[1] not in PARAM_TYPES:
                raise QueryError(f"{path}: header 'param: {value}' needs 'NAME TYPE [DEFAULT]'")
            q.params.append(Param(parts[0], parts[1], parts[2] if len(parts) > 2 else None))
        else:
            q.header[key] = (q.header.get(key, "") + " " + value).strip()
    q.title = q.header.get("title", q.name)
    select = re.search(r"\bSELECT\b(.*?)\bWHERE\b", text, re.I | re.S)
    for param in q.params:
        if select and not re.search(rf"\?{param.name}\b", select.group(1)):
            raise QueryError(f"{path}: parameter ?{param.name} must appear in the SELECT clause")
    return q


def library(directory: Path = QUERIES_DIR) -> dict[str, NamedQuery]:
    return {p.stem: parse_query_file(p) for p in sorted(directory.glob("*.rq"))}


def find_query(name_or_path: str, directory: Path = QUERIES_DIR) -> NamedQuery:
    """A library query by name, a query file (any name, /dev/stdin too), or `-` for standard input."""
    if name_or_path == "-":
        return parse_query_text(sys.stdin.read(), "stdin", Path("<stdin>"))
    path = Path(name_or_path)
    queries = library(directory)
    if name_or_path in queries and not (path.suffix == ".rq" and path.exists()):
        return queries[name_or_path]
    if path.is_dir():
        raise QueryError(f"{path}: is a directory; give a .rq file, a query name (see --list) or - for stdin")
    if path.exists():
        return parse_query_text(path.read_text(encoding="utf-8"), path.stem, path)
    if path.suffix == ".rq" or "/" in name_or_path:
        raise QueryError(f"{path}: no such query file")
    names = ", ".join(sorted(queries)) or "(none)"
    raise QueryError(f"unknown query {name_or_path!r}; available: {names}")


def fold_name(text: str) -> str:
    """ "Sant’Angelo-Lodigiano" -> "sant'angelo lodigiano": what a `name` parameter is compared by
    (queries fold the label the same way in SPARQL: LCASE, accents, ’ and - replaced)."""
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = text.lower().replace("’", "'").replace("`", "'").replace("-", " ")
    return " ".join(text.split())


def kind_of(param: Param) -> str | None:
    """ambito or comune when the parameter names one (by its default IRI, else its name)."""
    found = re.search(r"/id/([a-z]+)/", param.default or "")
    kind = found.group(1) if found else param.name
    return kind if kind in SHORT_IDS else None


def expand_iri(param: Param, value: str, prefixes: dict[str, str]) -> str:
    """A full IRI from what a user typed: <IRI>, IRI, prefix:local, or a short id (azzate, 012006)."""
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    kind = kind_of(param)
    head, colon, local = value.partition(":")
    if colon and head in prefixes:
        return prefixes[head] + local
    if colon and (head.lower() in IRI_SCHEMES or local.startswith("//")):
        return value
    if colon:
        known = ", ".join(sorted(prefixes))
        raise QueryError(f"parameter {param.name}: unknown prefix {head}: in {value!r}; known prefixes: {known}")
    if kind is None:
        raise QueryError(f"parameter {param.name}: {value!r} is not an IRI (write it in full, or as prefix:name)")
    key = value.split("/", 1)[1] if value.startswith(kind + "/") else value
    if not SHORT_IDS[kind][1].match(key):
        how = "the 6-digit ISTAT code, e.g. 012006 (comune-by-name finds it)" if kind == "comune" else "its slug"
        raise QueryError(f"parameter {param.name}: {value!r} is not an {kind} id; give {how}")
    return f"{iris.BASE}id/{kind}/{iris.slug(key) if kind == 'ambito' else key}"


def term_for(param: Param, value: str, prefixes: dict[str, str] | None = None) -> Term:
    if param.type == "iri":
        known = {**PREFIXES, "id": iris.BASE + "id/", **(prefixes or {})}
        iri = expand_iri(param, value, known)
        if not re.match(r"^[a-zA-Z][\w+.-]*:[^\s<>\"{}|\\^`]*$", iri):
            raise QueryError(f"parameter {param.name}: {value!r} is not an IRI")
        kind = kind_of(param)
        if kind and not iri.startswith(f"{iris.BASE}id/{kind}/"):
            example = (param.default or f"/{'012006' if kind == 'comune' else 'azzate'}").rsplit("/", 1)[-1]
            raise QueryError(
                f"parameter {param.name}: {value!r} is <{iri}>, not an {kind}; give the short id that "
                f"outputs show (e.g. {example}) or the full IRI {iris.BASE}id/{kind}/..."
            )
        return Term.iri(iri)
    if param.type == "date":
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
            raise QueryError(f"parameter {param.name}: {value!r} is not a date (YYYY-MM-DD)")
        return Term.literal(value, XSD + "date")
    if param.type in ("integer", "year"):
        if not re.match(r"^-?\d+$", value):
            raise QueryError(f"parameter {param.name}: {value!r} is not a whole number")
        return Term.literal(value, XSD + "integer")
    return Term.literal(value)


def query_prefixes(text: str) -> dict[str, str]:
    """The PREFIX declarations of a query: prefixed names in parameters may use them."""
    return dict(re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):\s*<([^>]*)>", text))


def bind(query: NamedQuery, given: dict[str, str]) -> dict[str, Term]:
    known = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise QueryError(
            f"{query.name}: unknown parameter {', '.join(unknown)}; it takes {', '.join(known) or 'no parameters'}"
        )
    prefixes = query_prefixes(query.text)
    out = {}
    for p in query.params:
        value = given.get(p.name, p.default)
        if value is None:
            raise QueryError(f"{query.name}: parameter {p.name} ({p.type}) is required")
        out[p.name] = term_for(p, value, prefixes)
        if p.type == "name":
            out[f"{p.name}_key"] = Term.literal(fold_name(value))
    return out


# Terms only a store built with graph/current.py has (an older store answers these queries with nothing).
CHANGE_SET_MARK = "amb:appearedOn"  # a query of one crawl's change set (its date is a crawl's day)
CURRENT_STATE_MARKS = (f"<{iris.current().value}>", CHANGE_SET_MARK, "amb:goneOn")
# Facts the build derives for lookups (graph/history.py, the registry graph): newer than some stores.
BUILD_TIME_PREDICATES = ("amb:claimedInAmbiti", "amb:nameKey")


def why_empty(store: Store, query: NamedQuery, params: dict[str, str] | None = None) -> list[str]:
    """Known causes of an empty result, one line each: an id the graph lacks, a date before the first crawl
    (or, for a crawl's changes, not a crawl's day), a store built before the graph the query reads."""
    bindings = bind(query, params or {})
    reasons = []
    for p in query.params:
        term = bindings[p.name]
        kind = kind_of(p) if p.type == "iri" else None
        if kind and not store.query(internal("hints/known-entity").text, {"entity": term}).boolean:
            known = [
                row[1].value.rsplit("/", 1)[-1]
                for row in store.query(internal("hints/ids-of-kind").text, {"class": Term.iri(SHORT_IDS[kind][0])}).rows
            ]
            close = difflib.get_close_matches(term.value.rsplit("/", 1)[-1], known, n=3)
            reasons.append(
                f"no {kind} {term.value.rsplit('/', 1)[-1]!r} in the graph"
                + (f"; did you mean {', '.join(close)}?" if close else f" ({len(known)} known)")
            )
        if p.type == "date":
            first = store.query(internal("hints/first-crawl").text).rows
            started = first[0][0].value[:10] if first and first[0][0] is not None else None
            if started is None:
                reasons.append("the graph has no crawl yet: run `ambiti crawl` and `ambiti build`")
            elif term.value < started:
                reasons.append(
                    f"{p.name} {term.value} is before the first crawl ({started}): the crawls know nothing earlier"
                )
            elif CHANGE_SET_MARK in query.text:
                reasons += _not_a_change_day(store, p.name, term.value)
    if any(mark in query.text for mark in CURRENT_STATE_MARKS) and _built_before_current_state(store):
        reasons.append(
            "this store was built before the current-state graph and the per-crawl change sets: "
            "run `ambiti build` to rebuild it from the archive"
        )
    missing = [term for term in BUILD_TIME_PREDICATES if term in query.text and _lacks(store, term)]
    if missing and _crawled(store):
        reasons.append(
            f"this store was built before {', '.join(missing)} (a newer build-time fact the query reads): "
            "run `ambiti build` to rebuild it from the archive"
        )
    return reasons


def _lacks(store: Store, curie: str) -> bool:
    predicate = Term.iri(PREFIXES["amb"] + curie.split(":", 1)[1])
    return not store.query(internal("hints/has-predicate").text, {"predicate": predicate}).boolean


def _crawled(store: Store) -> bool:
    first = store.query(internal("hints/first-crawl").text).rows
    return bool(first) and first[0][0] is not None


def _not_a_change_day(store: Store, name: str, day: str) -> list[str]:
    """A crawl's change set is asked by the day the crawl started; the first crawl has none."""
    days = [row[0].value for row in store.query(internal("hints/crawl-days").text).rows if row[0] is not None]
    if day not in days:
        shown = ", ".join(days[-5:]) + (f" (and {len(days) - 5} earlier)" if len(days) > 5 else "")
        return [f"{name} {day}: no crawl started that day; the crawl days are {shown}"]
    if day == days[0]:
        return [f"{name} {day} is the first crawl's day: a crawl's changes are against the crawl before it"]
    return []


def _built_before_current_state(store: Store) -> bool:
    """Crawls in the graph but no graph/current: built by a version before graph/current.py."""
    return _crawled(store) and not store.query(internal("hints/current-state").text).boolean


@cache
def internal(name: str) -> NamedQuery:
    """queries/NAME.rq for the queries the code runs itself: tables/*, network/*, hints/* (not in --list)."""
    return parse_query_file(QUERIES_DIR / f"{name}.rq")


def records(store: Store, name: str, params: dict[str, str] | None = None) -> list[dict[str, Term | None]]:
    """The rows of queries/NAME.rq as {variable: term} (None where unbound)."""
    result = run(store, internal(name), params)
    return [dict(zip(result.variables, row, strict=True)) for row in result.rows]


def run(store: Store, query: NamedQuery, params: dict[str, str] | None = None) -> QueryResult:
    bindings = bind(query, params or {})
    try:
        return store.query(query.text, bindings)
    except StoreError as exc:
        if "syntax error" not in str(exc):
            raise
        raise QueryError(syntax_error_message(query, str(exc))) from exc


def syntax_error_message(query: NamedQuery, message: str) -> str:
    """One line, "FILE:LINE:COLUMN: what": Oxigraph says "error at L:C", rdflib "(line:L, col:C)"."""
    found = re.search(r"error at (\d+):(\d+)", message) or re.search(r"line:\s*(\d+),\s*col:\s*(\d+)", message)
    where = f"{query.path}:{found.group(1)}:{found.group(2)}" if found else str(query.path)
    first = message.splitlines()[0].strip()
    return f"{where}: {first[:200]}"


def parse_params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise QueryError(f"--param {pair!r}: write it as key=value")
        key, value = pair.split("=", 1)
        out[key.strip()] = value
    return out


def render(result: QueryResult, fmt: str) -> str:
    if result.boolean is not None:
        return json.dumps(result.boolean) if fmt == "json" else str(result.boolean).lower()
    cells = [["" if t is None else str(t) for t in row] for row in result.rows]
    if fmt == "json":
        return json.dumps(
            [dict(zip(result.variables, row, strict=True)) for row in cells],
            ensure_ascii=False,
            indent=2,
        )
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows(cells)
        return buf.getvalue()
    widths = [len(v) for v in result.variables]
    for row in cells:
        widths = [max(w, min(len(c), 60)) for w, c in zip(widths, row, strict=True)]
    fmt_row = "  ".join("{:<" + str(w) + "}" for w in widths)
    lines = [fmt_row.format(*result.variables), fmt_row.format(*("-" * w for w in widths))]
    lines += [fmt_row.format(*(c[:60] for c in row)) for row in cells]
    lines.append(f"({len(cells)} row{'' if len(cells) == 1 else 's'})")
    return "\n".join(lines)

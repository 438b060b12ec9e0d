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
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from graph.store_api import QueryResult, Store, StoreError, Term

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
XSD = "http://www.w3.org/2001/XMLSchema#"
PARAM_TYPES = {"iri", "string", "date", "integer", "year"}


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
    text = path.read_text(encoding="utf-8")
    q = NamedQuery(name=path.stem, path=path, text=text)
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
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.exists():
        return parse_query_file(path)
    queries = library(directory)
    if name_or_path in queries:
        return queries[name_or_path]
    if path.suffix == ".rq":
        raise QueryError(f"{path}: no such query file")
    names = ", ".join(sorted(queries)) or "(none)"
    raise QueryError(f"unknown query {name_or_path!r}; available: {names}")


def term_for(param: Param, value: str) -> Term:
    if param.type == "iri":
        value = value.strip("<>")
        if not re.match(r"^[a-zA-Z][\w+.-]*:[^\s<>\"{}|\\^`]*$", value):
            raise QueryError(f"parameter {param.name}: {value!r} is not an IRI")
        return Term.iri(value)
    if param.type == "date":
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
            raise QueryError(f"parameter {param.name}: {value!r} is not a date (YYYY-MM-DD)")
        return Term.literal(value, XSD + "date")
    if param.type in ("integer", "year"):
        if not re.match(r"^-?\d+$", value):
            raise QueryError(f"parameter {param.name}: {value!r} is not a whole number")
        return Term.literal(value, XSD + "integer")
    return Term.literal(value)


def bind(query: NamedQuery, given: dict[str, str]) -> dict[str, Term]:
    known = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise QueryError(
            f"{query.name}: unknown parameter {', '.join(unknown)}; it takes {', '.join(known) or 'no parameters'}"
        )
    out = {}
    for p in query.params:
        value = given.get(p.name, p.default)
        if value is None:
            raise QueryError(f"{query.name}: parameter {p.name} ({p.type}) is required")
        out[p.name] = term_for(p, value)
    return out


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
    lines.append(f"({len(cells)} rows)")
    return "\n".join(lines)

"""rdflib's SPARQL engine with each query text parsed once: pyshacl sends the text of every SPARQL
constraint on every validation, and rdflib's parser took ~80 % of a small validation's time
(tests/test_shapes.py validates ~100 graphs with the same shapes).

A query text is turned into a prepared query (rdflib's public `prepareQuery`, meant for reuse)
the first time; later calls evaluate that same prepared query. What a query answers is unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from typing import Any

from rdflib import plugin
from rdflib.plugins.sparql.processor import SPARQLProcessor, prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Processor, Result


@cache
def _prepared(text: str, base: str | None, namespaces: tuple[tuple[str, Any], ...]) -> Query:
    return prepareQuery(text, initNs=dict(namespaces) or None, base=base)


class PreparedSPARQLProcessor(SPARQLProcessor):
    """SPARQLProcessor that prepares a query text once and reuses it."""

    def query(  # type: ignore[override]
        self,
        strOrQuery: str | Query,  # noqa: N803 - rdflib's parameter names
        initBindings: Mapping[str, Any] | None = None,  # noqa: N803
        initNs: Mapping[str, Any] | None = None,  # noqa: N803
        base: str | None = None,
        DEBUG: bool = False,  # noqa: N803
    ) -> Mapping[str, Any] | Result:
        if isinstance(strOrQuery, str):
            strOrQuery = _prepared(strOrQuery, base, tuple(sorted((initNs or {}).items())))
        return super().query(strOrQuery, initBindings, initNs, base, DEBUG)


@contextmanager
def prepared_sparql() -> Iterator[None]:
    """rdflib's "sparql" processor is PreparedSPARQLProcessor inside the block, rdflib's own after."""
    plugin.register("sparql", Processor, __name__, PreparedSPARQLProcessor.__name__)
    try:
        yield
    finally:
        plugin.register("sparql", Processor, "rdflib.plugins.sparql.processor", "SPARQLProcessor")

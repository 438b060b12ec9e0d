"""Content negotiation: which representation an `Accept` header (or a `format=` parameter) asks for."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class Representation:
    name: str  # the short name a `format=` parameter uses
    media_type: str
    results: ox.QueryResultsFormat | None = None  # for SELECT and ASK answers
    rdf: ox.RdfFormat | None = None  # for CONSTRUCT, DESCRIBE and resource descriptions


RESULTS = [
    Representation("json", "application/sparql-results+json", results=ox.QueryResultsFormat.JSON),
    Representation("xml", "application/sparql-results+xml", results=ox.QueryResultsFormat.XML),
    Representation("csv", "text/csv", results=ox.QueryResultsFormat.CSV),
    Representation("tsv", "text/tab-separated-values", results=ox.QueryResultsFormat.TSV),
]
GRAPHS = [
    Representation("ttl", "text/turtle", rdf=ox.RdfFormat.TURTLE),
    Representation("nt", "application/n-triples", rdf=ox.RdfFormat.N_TRIPLES),
    Representation("jsonld", "application/ld+json", rdf=ox.RdfFormat.JSON_LD),
]
HTML = Representation("html", "text/html")
ALIASES = {"application/json": "json", "application/xml": "xml", "text/xml": "xml", "text/plain": "nt"}


class NotAcceptable(ValueError):
    """None of the media types the client accepts is one this resource has."""


def _ranges(accept: str) -> list[tuple[float, int, str]]:
    """(quality, position, media range) of every entry of an Accept header, best first."""
    out = []
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        quality = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    quality = float(f[2:])
                except ValueError:
                    quality = 0.0
        out.append((quality, position, fields[0].lower()))
    return sorted(out, key=lambda r: (-r[0], r[1]))


def choose(offers: list[Representation], accept: str | None, fmt: str | None = None) -> Representation:
    """The offer a `format=` name or the Accept header prefers; the first offer for `*/*` or no header."""
    by_name = {o.name: o for o in offers}
    if fmt:
        if fmt in by_name:
            return by_name[fmt]
        raise NotAcceptable(f"format={fmt!r}: this resource is available as {', '.join(by_name)}")
    if not accept:
        return offers[0]
    by_type = {o.media_type: o for o in offers}
    for quality, _pos, media in _ranges(accept):
        if quality <= 0:
            continue
        if media in by_type:
            return by_type[media]
        if media in ALIASES and ALIASES[media] in by_name:
            return by_name[ALIASES[media]]
        if media == "*/*":
            return offers[0]
        if media.endswith("/*"):
            for o in offers:
                if o.media_type.startswith(media[:-1]):
                    return o
    raise NotAcceptable(f"Accept: {accept[:100]!r}: this resource is available as {', '.join(by_type)}")

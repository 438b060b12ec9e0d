"""The office's contacts as the page's schema.org JSON-LD states them.

Comuni's CMSs and the offices' own sites (Designers Italia themes, SEO plugins) describe the
office in a `<script type="application/ld+json">`: a `GovernmentOrganization` (or `Organization`,
`GovernmentOffice`, `LocalBusiness`) named "Ufficio di Piano ...", with its `telephone`, `faxNumber`,
`email` and `address` (a `PostalAddress`), sometimes in a `contactPoint`. The visible page may
show none of it. Only an object the name gives as the office's is read; the comune's own
organization (its `parentOrganization`, a `department`) is not. Each value becomes a labelled line
("Telefono: 0331 888 190") that the office's parser reads like any other.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from lxml import etree

from crawler.parsers.contacts import OFFICE_WORDS

_SCRIPTS = etree.XPath("//script[@type='application/ld+json']/text()")
_ORGANIZATION = {"GovernmentOrganization", "Organization", "GovernmentOffice", "LocalBusiness", "ContactPoint"}
_LABELS = (("telephone", "Telefono"), ("faxNumber", "Fax"), ("email", "E-mail"))


def office_lines(root: etree._Element) -> list[str]:
    """Labelled contact lines of every JSON-LD organization named as the Ufficio di Piano."""
    out: list[str] = []
    for script in _SCRIPTS(root):
        try:
            data = json.loads(str(script))
        except ValueError:
            continue  # a broken block: the page's text still speaks
        for org in _organizations(data):
            if OFFICE_WORDS.search(str(org.get("name", ""))):
                out += [line for line in _lines(org) if line not in out]
    return out


def _organizations(data: Any) -> Iterator[dict[str, Any]]:
    """Every organization in a JSON-LD value: the top object, a list, an `@graph`; not nested ones (a parent's)."""
    if isinstance(data, list):
        for item in data:
            yield from _organizations(item)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _organizations(data["@graph"])
        kinds = data.get("@type")
        if set(kinds if isinstance(kinds, list) else [kinds]) & _ORGANIZATION:
            yield data


def _lines(org: dict[str, Any]) -> list[str]:
    points = org.get("contactPoint")
    points = points if isinstance(points, list) else [points] if isinstance(points, dict) else []
    out = []
    for source in [org, *points]:
        address = source.get("address")
        if isinstance(address, dict):
            parts = [address.get("streetAddress"), address.get("postalCode"), address.get("addressLocality")]
            written = [str(p).strip() for p in parts if p]
            if written:
                out.append(f"Indirizzo: {written[0]}, {' '.join(written[1:])}".rstrip(", "))
        for key, label in _LABELS:
            values = source.get(key)
            for value in values if isinstance(values, list) else [values] if values else []:
                out.append(f"{label}: {str(value).removeprefix('mailto:')}")
    return out

"""Session ids nobody told the crawler about, learned per site from the links it sees.

A site that cannot set a cookie writes a session into every link, under any name: `?s=4821937650`,
`&tok=…`, ASP.NET's cookieless `/(S(…))/` step. crawler/canonical.py drops the usual names; this
learns the others. A part of a URL (a query parameter, a step of its path) carries a session when
the same link, seen from different pages, comes with a new value every time, for several links;
an article id, a slug or a pager repeats its value wherever the link is seen (page 3 of a list from
page 2 and from page 4). Or, as DUST has it, when two URLs that differ only in that part (a token)
answer the same bytes, for two such pairs. Pure: URLs and digests in, URLs and slot names out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

SESSION_LINKS = 3  # links seen with a new value on another page before a slot is taken for a session
SAME_BODIES = 2  # pairs of URLs, one part apart, that answered the same bytes (DUST)
MIN_TOKEN = 6  # shorter values (page numbers, small ids) are never sessions
_ALNUM = re.compile(r"[A-Za-z0-9]+")
Slot = tuple[str, str]  # ("query", name) or ("step", "<position>:<shape>")


_WORD = re.compile(r"(?<![^\W_])[a-z]*[g-z][a-z]*(?![^\W_])", re.I)  # a word: letters only, not all hex digits


_YEAR = re.compile(r"(?:[a-z]+[-_])?(?:19|20)\d\d", re.I)  # an archive's year: `anno-2023`


def _token(value: str) -> bool:
    """A value that may be a session id: long enough, with a digit, and no slug (`festa-patronale-2`,
    an article's step under which its own pages hang: two words are no token, a UUID's parts are hex)
    nor an archive's year (`/albo/anno-2023/1-determina.html`: each year's first act is the same link
    without it, seen from each year's page)."""
    return (
        len(value) >= MIN_TOKEN
        and any(c.isdigit() for c in value)
        and len(_WORD.findall(value)) < 2
        and not _YEAR.fullmatch(value)
    )


def _shape(step: str) -> str:
    """A path step with its letters and digits blanked: `(S(ab12…))` -> `(#(#))`."""
    return _ALNUM.sub("#", step)


@lru_cache(maxsize=1 << 16)  # a site's menus are on each of its pages: their links are split once
def _slots(url: str) -> tuple[tuple[Slot, str, str], ...]:
    """(slot, the URL without it, its value) for each part of `url` that may hold a token."""
    return tuple(_split_slots(url))


def _split_slots(url: str) -> Iterable[tuple[Slot, str, str]]:
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    for i, (name, value) in enumerate(pairs):
        if _token(value):
            rest = urlunsplit(parts._replace(query=urlencode(pairs[:i] + pairs[i + 1 :]), fragment=""))
            yield ("query", name), rest, value
    steps = parts.path.split("/")
    for i, step in enumerate(steps):
        if _token(step):
            path = "/".join(steps[:i] + steps[i + 1 :])
            yield ("step", f"{i}:{_shape(step)}"), urlunsplit(parts._replace(path=path, fragment="")), step


@dataclass
class SessionLearner:
    """What one site's links say about its session parameters, and the URLs without them."""

    found: set[Slot] = field(default_factory=set)
    _values: dict[tuple[Slot, str], dict[str, str]] = field(default_factory=dict)  # (slot, rest) -> value -> page
    _changed: dict[Slot, set[str]] = field(default_factory=dict)  # slot -> links seen with a new value
    _repeated: set[Slot] = field(default_factory=set)  # slots whose value came back on another page
    _bodies: dict[str, str] = field(default_factory=dict)  # body digest -> the first URL that answered it
    _same: dict[Slot, set[str]] = field(default_factory=dict)  # slot -> links that answered the same bytes

    def observe(self, page: str, links: Iterable[str]) -> list[Slot]:
        """Learn from the links of one page; the slots newly taken for sessions."""
        new: list[Slot] = []
        for link in links:
            for slot, rest, value in _slots(link):
                if slot in self.found or slot in self._repeated:
                    continue
                seen = self._values.setdefault((slot, rest), {})
                if value in seen:
                    if seen[value] != page:
                        self._repeated.add(slot)
                    continue
                if any(p != page for p in seen.values()):
                    self._changed.setdefault(slot, set()).add(rest)
                seen[value] = page
                if len(self._changed.get(slot, ())) >= SESSION_LINKS:
                    self.found.add(slot)
                    new.append(slot)
        return new

    def answered(self, url: str, digest: str) -> list[Slot]:
        """Learn from a page's body digest: the slots newly taken for sessions because another URL,
        that part apart, answered the same bytes."""
        first = self._bodies.setdefault(digest, url)
        if first == url:
            return []
        new: list[Slot] = []
        mine = {(slot, rest): value for slot, rest, value in _slots(url)}
        for slot, rest, value in _slots(first):
            other = mine.get((slot, rest))
            if other is None or other == value or slot in self.found:
                continue
            self._same.setdefault(slot, set()).add(rest)
            if len(self._same[slot]) >= SAME_BODIES:
                self.found.add(slot)
                new.append(slot)
        return new

    def clean(self, url: str) -> str:
        """`url` without the parts learned to carry a session (when they hold a token)."""
        if not self.found:
            return url
        parts = urlsplit(url)
        names = {name for kind, name in self.found if kind == "query"}
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if k not in names or not _token(v)]  # `?s=piano+di+zona` stays
        query = urlencode(kept) if len(kept) < len(pairs) else parts.query
        steps = parts.path.split("/")
        keep = [s for i, s in enumerate(steps) if ("step", f"{i}:{_shape(s)}") not in self.found or not _token(s)]
        return urlunsplit(parts._replace(path="/".join(keep), query=query))


def describe(slot: Slot) -> str:
    """A slot for the log and the crawl report: `?s=` or `path step 1 (#(#))`."""
    kind, name = slot
    if kind == "query":
        return f"?{name}="
    position, shape = name.split(":", 1)
    return f"path step {position} {shape}"

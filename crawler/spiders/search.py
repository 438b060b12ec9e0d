"""The site search of a comune site, found on its home page: WordPress `?s=`, Designers Italia
search pages, Joomla's `searchword`, TYPO3's ke_search `tx_kesearch_pi1[sword]`, an ISWEB portal's
`keysearch`, or any GET form with a search field.

Pure: an lxml tree and its URL in, search URLs out. A site's search often reaches a page that no
menu links and no sitemap lists; one or two queries cost one or two requests.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from lxml import etree

QUERIES = ("piano di zona", "ambito")
FIELD_NAMES = ("s", "q", "query", "searchword", "search", "keys", "keyword", "keywords", "testo", "cerca", "text")
_FORMS = etree.XPath("//form")
_GENERATOR = etree.XPath("//meta[@name='generator']/@content")
_WORDPRESS_ASSET = etree.XPath("(//link/@href | //script/@src)[contains(., '/wp-content/') or contains(., '/wp-json')]")
# Query fields that carry a search's words on the CMSs of comuni, besides FIELD_NAMES: Drupal's Search API,
# Plone, Joomla's finder.
SEARCH_FIELDS = frozenset({*FIELD_NAMES, "search_api_fulltext", "searchabletext", "searchphrase", "parola"})
# A field named for a search by a CMS's own prefix: TYPO3 (ke_search's `tx_kesearch_pi1[sword]`, indexed_search's
# `tx_indexedsearch_pi2[search][sword]`: the last key in brackets) and ISWEB's `keysearch`.
SEARCH_KEYS = frozenset({"sword", "keysearch"})
_LAST_KEY = re.compile(r"\[([^\[\]]*)\]$")
SEARCH_PATH = re.compile(r"(?:^|/)(?:@@)?(?:search|ricerca|cerca)(?:\.\w+)?(?:/|$)", re.I)
_WORDS = re.compile(r"[^\W\d_]{2}")
TOKEN_LENGTH = 20  # a hidden value this long is a session or CSRF token, not a search option


def _field_key(name: str) -> str:
    """A field's name, lower-cased, or the last key in brackets of a plugin's field (`tx_x_pi1[sword]`)."""
    m = _LAST_KEY.search(name)
    return (m.group(1) if m else name).lower()


def is_search_field(name: str, kind: str, form: etree._Element) -> bool:
    """A text field of a known search name, or a search box (with its own name) that a form sends
    somewhere: a search box without an action is a JavaScript widget (Designers Italia's modal)."""
    known = kind in ("search", "text") and (name.lower() in FIELD_NAMES or _field_key(name) in SEARCH_KEYS)
    return known or (kind == "search" and bool(form.get("action")))


def _form_search(form: etree._Element, base_url: str) -> tuple[str, list[tuple[str, str]], str] | None:
    """(action URL, fixed fields, the text field's name) of a search form we can send as a GET."""
    field = None
    fixed: list[tuple[str, str]] = []
    for inp in form.iter("input"):
        name, kind = inp.get("name"), (inp.get("type") or "text").lower()
        if not name:
            continue
        if kind == "hidden":
            value = inp.get("value") or ""
            if len(value) < TOKEN_LENGTH:
                fixed.append((name, value))
        elif field is None and is_search_field(name, kind, form):
            field = name
    method = (form.get("method") or "get").lower()
    if field is None or (method != "get" and field != "searchword"):  # Joomla's com_search also answers GET
        return None
    return urljoin(base_url, form.get("action") or base_url), fixed, field


def search_urls(root: etree._Element, base_url: str, queries: tuple[str, ...] = QUERIES) -> list[str]:
    """The URLs that ask the site's own search for `queries`, or [] if the page offers none."""
    found = None
    for form in _FORMS(root):
        found = _form_search(form, base_url)
        if found:
            break
    if found is None:
        generator = " ".join(_GENERATOR(root)).lower()
        if "wordpress" in generator or _WORDPRESS_ASSET(root):
            found = (urljoin(base_url, "/"), [], "s")
        elif "joomla" in generator:
            found = (urljoin(base_url, "/index.php"), [("option", "com_search")], "searchword")
    if found is None:
        return []
    action, fixed, field = found
    return [f"{action.split('?', 1)[0]}?{urlencode([*fixed, (field, q)])}" for q in queries]


def is_search(url: str) -> bool:
    """Whether a URL asks a site's search: a search field holding words (not `?q=node/12`, a Drupal
    path; not `?s=4821937650`, a session), or any query to a search page (`/ricerca?pagina=2`)."""
    parts = urlsplit(url)
    if not parts.query:
        return False
    if SEARCH_PATH.search(parts.path):
        return True
    fields = SEARCH_FIELDS | SEARCH_KEYS
    return any(_field_key(k) in fields and _WORDS.search(v) and "/" not in v for k, v in parse_qsl(parts.query))

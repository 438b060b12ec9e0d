"""One URL per page: session ids and print variants removed before a link is seen or requested.

PHP, Java and e-commerce engines that cannot set a cookie put the session in every link
(`?PHPSESSID=…`, `;jsessionid=…`, `?osCsid=…`); each request opens a new session, so each page
links every other under a new URL and a site's budget goes on copies of a few pages. Joomla offers
each article again as `?tmpl=component&print=1`, other CMSs any page as `?print=1` or `?format=pdf`.
A newsletter's or a social network's link carries tracking parameters (`?utm_source=…`, `?fbclid=…`),
and a directory's index file (`/servizi/index.php`) is the directory (`/servizi/`): each the same page
under another URL, counted and fetched once (eleventh round). Case and a `/it/` prefix are left alone:
a server may tell `/Documenti/` from `/documenti/`, and `/it/` may be a language's own page.
Pure: a URL in, a URL out.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from w3lib.url import url_query_cleaner

# Parameters that only ever carry a session, whatever their value (compared lower-cased).
SESSION_NAMES = frozenset({"phpsessid", "jsessionid", "sessionid", "sessid", "session_id", "oscsid", "zenid", "cfid",
                           "cftoken", "aspsessionid"})  # fmt: skip
# Short names that carry a session only when their value is a token (`?s=` is also WordPress's search).
TOKEN_NAMES = frozenset({"s", "sid"})
TOKEN = re.compile(r"[0-9a-f]{16,}|[0-9A-Za-z]{24,}")
# Joomla's print view of an article: the same text as the article (`&layout=default&page=` with it).
PRINT_VARIANT = (("tmpl", "component"), ("print", "1"))
PRINT_EXTRAS = (("layout", "default"), ("page", ""))
# Print and PDF views of any page (`?print=1`, `?stampa=si`, `?format=pdf`, `?output=print`): the page
# again, each linking its own views; a site's pages times two or three, each its own URL template.
PRINT_FLAGS = frozenset({"print", "stampa"})
PRINT_FLAG_VALUES = frozenset({"", "1", "true", "si", "yes", "y"})
VIEW_NAMES = frozenset({"format", "output", "view", "versione"})
VIEW_VALUES = frozenset({"pdf", "print", "stampa"})
PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sid|sessionid)=[^/?#;]*", re.I)
# Parameters of campaigns and click ids: Google Analytics', Matomo's, Facebook's, Google Ads', Mailchimp's.
TRACKING = re.compile(r"utm_\w+|pk_\w+|mtm_\w+|fbclid|gclid|dclid|msclkid|mc_[ce]id|_ga|_gl|igshid|yclid", re.I)
# A directory's index file, with no query: the directory itself (`index.php?option=…` is Joomla's script).
INDEX_FILE = re.compile(r"/(?:index|default)\.(?:php|html?|asp|aspx|jsp)$", re.I)


def _drop(key: str, value: str) -> bool:
    name, value = key.lower(), value.lower()
    return (
        name in SESSION_NAMES
        or (name in TOKEN_NAMES and bool(TOKEN.fullmatch(value)))
        or (name in PRINT_FLAGS and value in PRINT_FLAG_VALUES)
        or (name in VIEW_NAMES and value in VIEW_VALUES)
        or bool(TRACKING.fullmatch(name))
    )


def canonical_url(url: str) -> str:
    """`url` without its session parameters (query or `;jsessionid=` path parameter), its print and
    PDF views (`print=1`, `format=pdf`), for Joomla's print view `tmpl=component` too, its tracking
    parameters (`utm_source`, `fbclid`) and its directory's index file (`/index.php`)."""
    if ";" not in url and "?" not in url:
        return _directory(url)
    if ";" in url:
        url = PATH_SESSION.sub("", url)
    query = urlsplit(url).query
    if not query:
        return _directory(url)
    pairs = parse_qsl(query, keep_blank_values=True)
    names = {k for k, v in pairs if _drop(k, v)}
    if all(p in pairs for p in PRINT_VARIANT):
        names |= {k for k, _ in PRINT_VARIANT} | {k for k, v in PRINT_EXTRAS if (k, v) in pairs}
    if not names:
        return url
    return _directory(url_query_cleaner(url, sorted(names), remove=True, unique=False, keep_fragments=True))


def _directory(url: str) -> str:
    """`…/index.php` (no query) as its directory `…/`; any other URL as it is."""
    if "index." not in url and "default." not in url:
        return url
    base, hash_, fragment = url.partition("#")
    if "?" in base or not INDEX_FILE.search(base):
        return url
    return INDEX_FILE.sub("/", base) + hash_ + fragment

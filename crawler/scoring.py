"""Which links are worth a request: words of social planning in the URL or the anchor text.

A municipal page carries ~230 links (menus, footers); creating a Request for each costs more
than fetching the few that matter, so links are scored and filtered before any Request exists.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

KEYWORDS: dict[str, int] = {
    r"piano[\s_-]*(?:sociale[\s_-]*)?di[\s_-]*zona": 5,
    r"ufficio[\s_-]*(?:di[\s_-]*)?piano": 5,
    r"\bpdz\b": 4,
    r"ambit[oi]": 4,
    r"distrett[oi]": 3,
    r"assemblea[\s_-]*dei[\s_-]*sindaci": 3,
    r"accordo[\s_-]*di[\s_-]*programma": 3,
    r"documento[\s_-]*di[\s_-]*piano": 3,
    r"servizi[\s_-]*social[ei]": 3,
    r"politiche[\s_-]*sociali": 3,
    r"social[ei]|welfare": 1,
    r"comuni[\s_-]*(?:aderenti|associati)": 2,
    r"capofila": 2,
    r"contatti|uffici\b": 1,
}
_COMPILED = [(re.compile(p, re.I), w) for p, w in KEYWORDS.items()]
SKIP_EXTENSIONS = re.compile(
    r"\.(?:jpe?g|png|gif|svg|webp|ico|css|js|zip|rar|7z|mp[34]|avi|mov|docx?|xlsx?|pptx?|odt|ods|p7m)$",
    re.I,
)


def link_score(url: str, anchor: str = "") -> int:
    """Relevance of a link: 0 means not worth a request."""
    path = unquote(urlsplit(url).path)
    if SKIP_EXTENSIONS.search(path):
        return 0
    text = f"{path} {anchor}"
    return sum(w for pattern, w in _COMPILED if pattern.search(text))

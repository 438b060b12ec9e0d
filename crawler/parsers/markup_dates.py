"""The page's "last modified" date as its markup states it, for a page whose text gives no labelled one.

WordPress themes print the post's dates as `<time class="entry-date published">` and `<time class="updated">`
(the hentry microformat), often with no word before the second; SEO plugins add `<meta
property="article:modified_time">`, Joomla and schema.org markup `itemprop="dateModified"`. The reader sees a bare
"2025-02-11" beside "Pubblicato il ...": only the markup says which date is the update. A publication date alone is
no update, as in the text rule. A listing of several posts has several update dates: none of them is the page's.
"""

from __future__ import annotations

import re
from datetime import date

from lxml import etree

# one query: the page-level meta tags, the microformat's <time class="updated">, schema.org's dateModified (found by
# its attribute: `//*[@itemprop=...]` would test every element of the page, at twice the cost)
_QUERY = etree.XPath(
    "//meta[@property='article:modified_time' or @property='og:updated_time' or @itemprop='dateModified']/@content"
    " | //time[contains(concat(' ', normalize-space(@class), ' '), ' updated ')]/@datetime"
    " | //@itemprop[. = 'dateModified']/parent::*[not(self::meta)]/@datetime"
)
_ISO = re.compile(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)(?:$|[T\s])")


def _iso(value: str) -> str | None:
    m = _ISO.match(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def modified_date(root: etree._Element) -> str | None:
    """The one update date the markup gives (None when it gives none, or several different ones)."""
    dates = {d for d in (_iso(str(v)) for v in _QUERY(root)) if d}
    return dates.pop() if len(dates) == 1 else None

"""How real municipal sites serve their pages: the seventh web's habits (tests/simweb7/quirks.py), and one
more: the link to the ambito's own site is a banner image, with no words at all.
"""

from __future__ import annotations

import re

from tests.simweb7.quirks import (
    with_base,
    with_document_table,
    with_filter_buttons,
    with_megafooter,
    with_megamenu,
    with_onclick,
    with_relative_links,
)

__all__ = [
    "with_banner_links", "with_base", "with_document_table", "with_filter_buttons", "with_megafooter",
    "with_megamenu", "with_onclick", "with_relative_links",
]  # fmt: skip

OTHER_SITE_LINK = re.compile(r'<a href="(__SITE_[^"]+__/)">[^<]*</a>')
BANNER = '<a href="{}" class="banner-ente"><img src="/images/banner-ambito-sociale.jpg" alt=""></a>'


def with_banner_links(page: str) -> str:
    """Every link to another site as a banner image with an empty `alt`: no anchor text says where it leads."""
    return OTHER_SITE_LINK.sub(lambda m: BANNER.format(m.group(1)), page)

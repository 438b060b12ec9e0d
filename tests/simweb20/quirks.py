"""How the twentieth web's sites serve their pages: the seventh web's habits (tests/simweb7/quirks.py)."""

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
    "with_base", "with_document_table", "with_filter_buttons", "with_megafooter", "with_megamenu", "with_onclick",
    "with_relative_links",
]  # fmt: skip

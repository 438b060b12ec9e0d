"""The page habits the seventh web's writer (loaded as a module of this package) applies: the sixth web's and
the seventh's, unchanged. This web's own habits are in habits.py."""

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

"""The page habits the earlier writers apply (the sixth and seventh webs'), for the seventh web's writer
loaded as a module of this package; this web's own habits are in structures.py."""

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

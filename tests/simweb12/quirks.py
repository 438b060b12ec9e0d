"""The page habits the earlier writers import from their package: the seventh web's (tests/simweb7/quirks.py).

The seventh web's writer, loaded as a module of this package, reads them from here; this web's own
structures are in tests/simweb12/structures.py.
"""

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

"""The earlier webs' page habits (tests/simweb7/quirks.py), which the writers loaded as modules of this package
import from it; this web's own four are in `habits.py`."""

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

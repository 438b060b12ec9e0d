"""The thirteenth web's site writer: the seventh web's (tests/simweb7/writer.py), read with this web's tables.

The seventh web's writer file is loaded once more as `tests.simweb13.seventh_web_writer`: the sixth, fifth,
fourth and third webs' writers it loads in turn become modules of this package and read this web's
`families.py`, `content.py` and `quirks.py` (no copy; the frozen files are only read).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SEVENTH_WEB_WRITER = Path(__file__).resolve().parents[1] / "simweb7" / "writer.py"


_NAME = f"{__package__}.seventh_web_writer"
_SPEC = importlib.util.spec_from_file_location(_NAME, SEVENTH_WEB_WRITER)
assert _SPEC is not None and _SPEC.loader is not None
seventh: ModuleType = importlib.util.module_from_spec(_SPEC)
sys.modules[_NAME] = seventh
_SPEC.loader.exec_module(seventh)
Fact13 = seventh.Fact7
QUIRKS: tuple[str, ...] = seventh.QUIRKS
SiteWriter = seventh.SiteWriter
is_html = seventh.is_html

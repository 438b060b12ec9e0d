"""The twentieth web's site writer: the seventh web's (tests/simweb7/writer.py), read with this web's tables.

The seventh web's writer file is loaded once more as `tests.simweb20.seventh_web_writer`: the sixth and
earlier writers it loads in turn become modules of this package and read this web's `families.py`,
`content.py` and `quirks.py` (no copy; the frozen files are only read).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SEVENTH_WEB_WRITER = Path(__file__).resolve().parents[1] / "simweb7" / "writer.py"


def _seventh_web_writer() -> ModuleType:
    name = f"{__package__}.seventh_web_writer"
    spec = importlib.util.spec_from_file_location(name, SEVENTH_WEB_WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


seventh = _seventh_web_writer()
Fact20 = seventh.Fact7
QUIRKS: tuple[str, ...] = seventh.QUIRKS
SiteWriter = seventh.SiteWriter
is_html = seventh.is_html

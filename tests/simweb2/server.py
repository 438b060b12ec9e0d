"""Serve the second simulated web: the first web's server (tests/simweb/server.py) with this web's
manifest and generator. By hand: `python -m tests.simweb2.server` prints each site's start URL."""

from __future__ import annotations

from tests.simweb.server import WebSpec
from tests.simweb.server import main as serve

from .build import MANIFEST, build_web

SIMWEB2 = WebSpec("simweb2", MANIFEST, build_web)

if __name__ == "__main__":
    serve(SIMWEB2)

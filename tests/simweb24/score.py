"""Score the real crawler on the twenty-fourth simulated web: `python -m tests.simweb24.score [--out F] [--sites a,b]`.

The first web's scorer (tests/simweb/score.py: the crawl as a user runs it, the server's request log, the
archive's extracted facts, the same report) on this web's server, whose seeds leave out the sites only another
site's link leads to, and name a `www` site by its bare address.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from tests.simweb.score import cli, score_served

from .server import SimWeb24


def score(site_ids: list[str] | None = None, timeout: float = 600) -> dict[str, Any]:
    """Serve, crawl, measure. Returns {"run": ..., "overall": ..., "sites": [...]}."""
    started = time.monotonic()
    with SimWeb24(site_ids) as web:
        return score_served(web, timeout, started, "simweb24")


def main(argv: list[str] | None = None) -> int:
    return cli(argv, "simweb24", score)


if __name__ == "__main__":
    sys.exit(main())

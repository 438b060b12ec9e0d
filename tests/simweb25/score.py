"""Score the real crawler on the twenty-fifth simulated web: `python -m tests.simweb25.score [--out F] [--sites a,b]`.

The first web's scorer (tests/simweb/score.py) on this web's server, whose seeds leave out the sites only
another site's link leads to."""

from __future__ import annotations

import sys
import time
from typing import Any

from tests.simweb.score import cli, score_served

from .server import SimWeb25


def score(site_ids: list[str] | None = None, timeout: float = 600) -> dict[str, Any]:
    """Serve, crawl, measure. Returns {"run": ..., "overall": ..., "sites": [...]}."""
    started = time.monotonic()
    with SimWeb25(site_ids) as web:
        return score_served(web, timeout, started, "simweb25")


def main(argv: list[str] | None = None) -> int:
    return cli(argv, "simweb25", score)


if __name__ == "__main__":
    sys.exit(main())

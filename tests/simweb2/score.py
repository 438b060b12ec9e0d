"""Score the real crawler on the second simulated web: `python -m tests.simweb2.score [--out F] [--sites a,b]`.

The first web's scorer (tests/simweb/score.py) on this web's sites: the same report, overall and per
site (recall of fact pages, sites with every fact page reached, requests per site, trap requests,
robots violations, must-not-reach fetched, decoy facts, wall time).
"""

from __future__ import annotations

import sys

from tests.simweb.score import main as score_main

from .server import SIMWEB2


def main(argv: list[str] | None = None) -> int:
    return score_main(argv, SIMWEB2)


if __name__ == "__main__":
    sys.exit(main())

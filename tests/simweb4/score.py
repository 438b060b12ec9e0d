"""Score the real crawler on the fourth simulated web: `python -m tests.simweb4.score [--out F] [--sites a,b]`.

The first web's scorer (tests/simweb/score.py: the crawl as a user runs it, the server's request log,
the archive's extracted facts, the same report) on this web's server (tests/simweb4/server.py), whose
seeds leave out the site that only another site's link leads to; only the serving step is this module's.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tests.simweb.score import archived_facts, print_report, provenance, run_crawl, score_site, summarize, wanted_pages

from .server import SimWeb4


def measure(web: SimWeb4, data_dir: Path) -> list[dict[str, Any]]:
    """Each site's figures, from its server log and from the crawl's archive in data_dir."""
    netloc = {site.id: urlsplit(site.base_url).netloc for site in web.sites.values()}
    extracted = archived_facts(data_dir, {netloc[site.id]: wanted_pages(site) for site in web.sites.values()})
    return [score_site(site, extracted.get(netloc[site.id], {})) for site in web.sites.values()]


def score(site_ids: list[str] | None = None, timeout: float = 600) -> dict[str, Any]:
    """Serve, crawl, measure. Returns {"run": ..., "overall": ..., "sites": [...]}."""
    started = time.monotonic()
    with SimWeb4(site_ids) as web, tempfile.TemporaryDirectory(prefix="simweb4-") as tmp:
        crawl_seconds = run_crawl(web.start_urls(), Path(tmp), timeout)
        sites = measure(web, Path(tmp))
    return {"run": provenance(), "overall": summarize(sites, crawl_seconds, time.monotonic() - started), "sites": sites}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.simweb4.score", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the full report as JSON here")
    parser.add_argument("--sites", help="comma-separated site ids (default: every site of the manifest)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds the crawl may take (default 600)")
    args = parser.parse_args(argv)
    try:
        report = score(args.sites.split(",") if args.sites else None, args.timeout)
    except (ValueError, RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"simweb4 score: {exc}", file=sys.stderr)
        return 1
    print_report(report)
    if args.out:
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

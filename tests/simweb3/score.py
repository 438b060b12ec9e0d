"""Score the real crawler on the third simulated web: `python -m tests.simweb3.score [--out F] [--sites a,b]`.

The first web's scorer (tests/simweb/score.py: the crawl as a user runs it, the server's request log,
the archive's extracted facts, the same report) on this web's server, whose sites add a gzipped
sitemap and linked searches (tests/simweb3/server.py); only the serving step is this module's.
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

from .server import SimWeb3


def score(site_ids: list[str] | None = None, timeout: float = 600) -> dict[str, Any]:
    """Serve, crawl, measure. Returns {"run": ..., "overall": ..., "sites": [...]}."""
    started = time.monotonic()
    with SimWeb3(site_ids) as web, tempfile.TemporaryDirectory(prefix="simweb3-") as tmp:
        crawl_seconds = run_crawl(web.start_urls(), Path(tmp), timeout)
        netloc = {site.id: urlsplit(site.base_url).netloc for site in web.sites.values()}
        extracted = archived_facts(Path(tmp), {netloc[site.id]: wanted_pages(site) for site in web.sites.values()})
        sites = [score_site(site, extracted.get(netloc[site.id], {})) for site in web.sites.values()]
    overall = summarize(sites, crawl_seconds, time.monotonic() - started)
    return {"run": provenance(), "overall": overall, "sites": sites}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.simweb3.score", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the full report as JSON here")
    parser.add_argument("--sites", help="comma-separated site ids (default: every site of the manifest)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds the crawl may take (default 600)")
    args = parser.parse_args(argv)
    try:
        report = score(args.sites.split(",") if args.sites else None, args.timeout)
    except (ValueError, RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"simweb3 score: {exc}", file=sys.stderr)
        return 1
    print_report(report)
    if args.out:
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

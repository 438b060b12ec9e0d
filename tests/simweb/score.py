"""Score the real crawler on the simulated web: `python -m tests.simweb.score [--out FILE.json]`.

Starts the web on 127.0.0.1, runs `ambiti crawl` (a child process, the settings a user gets for
loopback seeds) into a temporary data dir with every site's home page as a seed, and then reads
two witnesses: the server's own request log (what was asked, independent of the crawler's
reports) and the crawl's archive (what was kept, for extracting facts from decoy pages).

Reported per site and overall: fact pages reached / expected, whether every fact page of the site
was reached, requests, trap requests, robots violations, ambito facts extracted from decoy pages,
and wall time. The figures are measurements, never thresholds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.archive import read_body, read_index
from crawler.parsers.extract import extract

from .server import SIMWEB, SimSite, SimWeb, WebSpec, canonical

ROOT = Path(__file__).resolve().parents[2]


def run_crawl(seeds: list[str], data_dir: Path, timeout: float) -> float:
    """`ambiti crawl` as a user runs it; returns its wall time in seconds."""
    seeds_file = data_dir / "seeds.txt"
    seeds_file.write_text("\n".join(seeds) + "\n", encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "graph.cli",
        "crawl",
        "--fast",  # no politeness delays on our own web
        "--data-dir",
        str(data_dir / "data"),
        "--seeds",
        str(seeds_file),
        "-q",
    ]
    started = time.monotonic()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=dict(os.environ))
    seconds = time.monotonic() - started
    if done.returncode != 0:
        raise RuntimeError(f"ambiti crawl exited {done.returncode}: {done.stderr.strip()[-2000:]}")
    return seconds


def wanted_pages(site: SimSite) -> set[str] | None:
    """The pages whose extracted facts are scored: fact pages and decoys (None: every page, a decoy site)."""
    entry = site.entry
    if entry["decoy_site"]:
        return None
    return {canonical(p["url"]) for p in entry["facts"] + entry["decoys"]}


def archived_facts(data_dir: Path, wanted: dict[str, set[str] | None]) -> dict[str, dict[str, list[str]]]:
    """host:port -> canonical URL -> names of the ambiti the extractor finds on that archived page. A page
    reached through a redirect is archived under the address first asked, its final address beside it
    (docs/discovery.md, round 12): it counts under both (until 2026-12-05 under the first only, so the
    "archived" figure missed the fact pages behind a redirect that the server log counted as reached)."""
    crawls = data_dir / "data" / "crawls"
    found: dict[str, dict[str, list[str]]] = {}
    for crawl_dir in sorted(p for p in crawls.iterdir() if p.is_dir()):
        for snap in read_index(crawl_dir):
            if snap.status != 200:
                continue
            keys = []
            for url in dict.fromkeys((snap.url, snap.final_url or snap.url)):
                parts = urlsplit(url)
                key = canonical(parts.path + ("?" + parts.query if parts.query else ""))
                pages = wanted.get(parts.netloc, set())
                if pages is None or key in pages:
                    keys.append((parts.netloc, key))
            if keys:
                facts = extract(read_body(crawls, snap), snap.url, snap.content_type)
                for netloc, key in keys:
                    found.setdefault(netloc, {})[key] = [a.name for a in facts.ambiti]
    return found


def score_site(site: SimSite, extracted: dict[str, list[str]]) -> dict[str, Any]:
    """One site's figures from its request log and the facts extracted from its archived pages."""
    entry = site.entry
    served = {canonical(t) for t, status in site.log.requests if status == 200}
    facts = [
        {
            "url": f["url"],
            "reach": f["reach"],
            "depth": f["depth"],
            "reached": canonical(f["url"]) in served,
            "ambiti_extracted": extracted.get(canonical(f["url"]), []),
        }
        for f in entry["facts"]
    ]
    seen: Counter[str] = Counter()
    trap_requests = 0
    robots_violations: list[str] = []
    for target, _status in site.log.requests:
        key = canonical(target)
        path = key.partition("?")[0]
        seen[key] += 1
        if site.is_trap(target, repeat=seen[key] > 1):
            trap_requests += 1
        if any(path.startswith(prefix) for prefix in entry["disallow"]):
            robots_violations.append(target)
    decoy_urls = {canonical(d["url"]) for d in entry["decoys"]}
    decoy_facts = {
        url: names for url, names in extracted.items() if names and (entry["decoy_site"] or url in decoy_urls)
    }
    return {
        "id": entry["id"],
        "family": entry["family"],
        "decoy_site": entry["decoy_site"],
        "facts_expected": len(facts),
        "facts_reached": sum(f["reached"] for f in facts),
        "all_reached": all(f["reached"] for f in facts),
        "facts": facts,
        "must_not_reach_fetched": [m["url"] for m in entry["must_not_reach"] if canonical(m["url"]) in served],
        "requests": len(site.log.requests),
        "trap_requests": trap_requests,
        "robots_violations": robots_violations,
        "decoy_facts": decoy_facts,
    }


def summarize(sites: list[dict[str, Any]], crawl_seconds: float, wall_seconds: float) -> dict[str, Any]:
    fact_sites = [s for s in sites if s["facts_expected"]]
    expected = sum(s["facts_expected"] for s in sites)
    reached = sum(s["facts_reached"] for s in sites)
    requests = [s["requests"] for s in sites]
    by_reach: dict[str, list[int]] = {}
    for s in sites:
        for f in s["facts"]:
            by_reach.setdefault(f["reach"], [0, 0])
            by_reach[f["reach"]][0] += f["reached"]
            by_reach[f["reach"]][1] += 1
    return {
        "sites": len(sites),
        "fact_pages_expected": expected,
        "fact_pages_reached": reached,
        "recall": round(reached / expected, 3) if expected else None,
        "recall_by_reach": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_reach.items())},
        "sites_all_reached": f"{sum(s['all_reached'] for s in fact_sites)}/{len(fact_sites)}",
        "share_sites_all_reached": round(sum(s["all_reached"] for s in fact_sites) / len(fact_sites), 3)
        if fact_sites
        else None,
        "requests_total": sum(requests),
        "requests_per_site_median": statistics.median(requests) if requests else 0,
        "requests_per_site_max": max(requests, default=0),
        "trap_requests": sum(s["trap_requests"] for s in sites),
        "robots_violations": sum(len(s["robots_violations"]) for s in sites),
        "must_not_reach_fetched": sum(len(s["must_not_reach_fetched"]) for s in sites),
        "decoy_facts": sum(len(names) for s in sites for names in s["decoy_facts"].values()),
        "crawl_seconds": round(crawl_seconds, 1),
        "wall_seconds": round(wall_seconds, 1),
    }


def provenance() -> dict[str, Any]:
    """When, and on which commit of the crawler, the figures were measured."""
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True)
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "crawler", "graph"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return {"utc": datetime.now(UTC).isoformat(timespec="seconds"), "commit": None}
    return {
        "utc": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": commit.stdout.strip(),
        "crawler_modified": bool(dirty.stdout.strip()),
        "python": sys.version.split()[0],
    }


def score(site_ids: list[str] | None = None, timeout: float = 600, web_spec: WebSpec = SIMWEB) -> dict[str, Any]:
    """Serve, crawl, measure. Returns {"overall": ..., "sites": [...]}."""
    started = time.monotonic()
    with SimWeb(site_ids, web_spec) as web:
        return score_served(web, timeout, started, web_spec.name)


def score_served(web: Any, timeout: float, started: float, name: str) -> dict[str, Any]:
    """Crawl a web being served (any of the simulated webs' servers) and measure each site."""
    with tempfile.TemporaryDirectory(prefix=f"{name}-") as tmp:
        crawl_seconds = run_crawl(web.start_urls(), Path(tmp), timeout)
        netloc = {site.id: urlsplit(site.base_url).netloc for site in web.sites.values()}
        extracted = archived_facts(Path(tmp), {netloc[site.id]: wanted_pages(site) for site in web.sites.values()})
        sites = [score_site(site, extracted.get(netloc[site.id], {})) for site in web.sites.values()]
    overall = summarize(sites, crawl_seconds, time.monotonic() - started)
    return {"run": provenance(), "overall": overall, "sites": sites}


def print_report(report: dict[str, Any]) -> None:
    print(f"{'site':28} {'family':17} {'facts':>6} {'req':>5} {'trap':>5} {'robots':>6} {'decoy':>5}")
    for s in report["sites"]:
        print(
            f"{s['id']:28} {s['family']:17} {s['facts_reached']:>2}/{s['facts_expected']:<3} {s['requests']:>5} "
            f"{s['trap_requests']:>5} {len(s['robots_violations']):>6} {len(s['decoy_facts']):>5}"
        )
    for key, value in report["overall"].items():
        print(f"{key}: {value}")


def main(argv: list[str] | None = None, web_spec: WebSpec = SIMWEB) -> int:
    return cli(argv, web_spec.name, lambda site_ids, timeout: score(site_ids, timeout, web_spec))


def cli(argv: list[str] | None, name: str, score_web: Callable[[list[str] | None, float], dict[str, Any]]) -> int:
    """`python -m tests.NAME.score`: the same options and report for every simulated web."""
    parser = argparse.ArgumentParser(
        prog=f"python -m tests.{name}.score",
        description="Crawl the simulated web with `ambiti crawl` and measure discovery.",
    )
    parser.add_argument("--out", type=Path, help="write the full report as JSON here")
    parser.add_argument("--sites", help="comma-separated site ids (default: every site of the manifest)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds the crawl may take (default 600)")
    args = parser.parse_args(argv)
    site_ids = args.sites.split(",") if args.sites else None
    try:
        report = score_web(site_ids, args.timeout)
    except (ValueError, RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"{name} score: {exc}", file=sys.stderr)
        return 1
    print_report(report)
    if args.out:
        tmp = args.out.with_suffix(args.out.suffix + ".tmp")
        tmp.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        os.replace(tmp, args.out)
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

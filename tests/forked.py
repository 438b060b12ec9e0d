"""The `ambiti` commands that run in a child process (conftest.run_ambiti: a crawl, whose Twisted
reactor cannot be restarted in a process that ran it, or a server; the crawls and builds that
test_kills.py interrupts), and the workers of a shared crawl a test starts itself (`python -m
crawler.worker`), forked from a process that has imported the CLI and the crawler once.

A fresh `python -m graph.cli crawl` spends ~1 s of CPU importing Scrapy, Twisted and the project
(compiling some 600 regular expressions) and loading Scrapy's components before its first request,
and the suite starts dozens of them. This module, run as a script, is a fork server: it imports
those modules, then for each request forks a child that runs what `python -m MODULE ARGS` runs
(`graph.cli`, or `crawler.worker`), `main(ARGS)`, in a process of its own (in a session of its own
when asked, as a terminal starts a command), with the test's environment and working directory, its
output in files and its exit code the process's. No module imported ahead installs a reactor (a
crawl installs its own). A test process starts one server when it first needs it and stops it at its
end (`stop`): the server waits for each child, so their CPU time counts in the test process's once the
server is waited for.
"""

from __future__ import annotations

import importlib
import json
import os
import queue
import select
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

PRELOAD = [
    *("graph.cli", "crawler.run", "crawler.worker", "crawler.demo.server", "graph.dataset", "graph.export"),
    "graph.serve.app",
    *("crawler.middlewares", "crawler.pipelines", "tldextract", "requests", "queuelib", "sqlite3"),  # a crawl's start
]


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


# the server ------------------------------------------------------------------------------------
def _child(request: dict) -> int:
    """In the forked process: what the interpreter sets up for `python -m MODULE ARGV`, then main."""
    if request["session"]:
        os.setsid()
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    for fd, path in ((1, request["out"]), (2, request["err"])):
        os.dup2(os.open(path, os.O_WRONLY | os.O_TRUNC), fd)
    os.environ.clear()
    os.environ.update(request["env"])
    os.chdir(request["cwd"])
    sys.path[0] = request["cwd"]  # `python -m` puts the working directory first
    module = importlib.import_module(request["module"])  # imported by the server already (PRELOAD)
    sys.argv = [module.__file__, *request["argv"]]
    try:
        return module.main(request["argv"])
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:
        import traceback

        traceback.print_exc()
        return 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()


def _say(message: dict) -> None:
    os.write(1, (json.dumps(message) + "\n").encode())


def _reap(running: set[int], block: bool = False) -> None:
    while running:
        pid, status = os.waitpid(-1, 0 if block else os.WNOHANG)
        if pid == 0:
            return
        running.discard(pid)
        _say({"exited": pid, "code": os.waitstatus_to_exitcode(status)})


def serve() -> None:
    """The server: one JSON request a line on stdin, answered `started` with the child's pid at
    once and `exited` with its exit code when it ends; at the end of stdin, waits for the rest."""
    for name in [*PRELOAD, *_scrapy_components()]:
        importlib.import_module(name)
    assert "twisted.internet.reactor" not in sys.modules  # a crawl installs its own
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    running: set[int] = set()
    pending = b""
    while True:
        ready, _, _ = select.select([0, wake_r], [], [])
        if wake_r in ready:
            os.read(wake_r, 4096)
            _reap(running)
        if 0 not in ready:
            continue
        chunk = os.read(0, 65536)
        if not chunk:
            break
        pending += chunk
        while b"\n" in pending:
            line, pending = pending.split(b"\n", 1)
            pid = os.fork()
            if pid == 0:
                signal.set_wakeup_fd(-1)
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                os.close(wake_r)
                os.close(wake_w)
                os._exit(_child(json.loads(line)))
            running.add(pid)
            _say({"started": pid})
    for pid in running:  # a child its test left running (none should)
        os.kill(pid, signal.SIGKILL)
    _reap(running, block=True)


# the client ------------------------------------------------------------------------------------
class Child:
    """A forked `ambiti` command, read as a subprocess.Popen is: pid, poll, wait, communicate, kill,
    send_signal; and its output while it runs (output_so_far)."""

    def __init__(self, args: list[str], pid: int, out: Path, err: Path, tmp: tempfile.TemporaryDirectory) -> None:
        self.args, self.pid, self._out, self._err, self._tmp = args, pid, out, err, tmp
        self.returncode: int | None = None
        self._ended = _CLIENT.ended(pid)

    def poll(self) -> int | None:
        if self.returncode is None and self._ended.is_set():
            self.returncode = _CLIENT.codes.pop(self.pid)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if not self._ended.wait(timeout):
            raise subprocess.TimeoutExpired(self.args, timeout or 0)
        return self.poll()  # type: ignore[return-value]

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        self.wait(timeout)
        text = tuple(p.read_text(encoding="utf-8", errors="replace") for p in (self._out, self._err))
        self._tmp.cleanup()
        return text  # type: ignore[return-value]

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def send_signal(self, sig: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, sig)

    def output_so_far(self) -> str:
        """What the child has written to its stdout until now: a server's address, while it serves."""
        return self._out.read_text(encoding="utf-8", errors="replace")


class _Client:
    """This process's server: started when first needed; a thread reads what it says."""

    def __init__(self) -> None:
        self.server: subprocess.Popen[bytes] | None = None
        self.started: queue.Queue[int] = queue.Queue()
        self.codes: dict[int, int] = {}
        self.events: dict[int, threading.Event] = {}
        self.lock = threading.Lock()  # one request at a time: its `started` is the next one said

    def ended(self, pid: int) -> threading.Event:
        return self.events.setdefault(pid, threading.Event())  # atomic: the listener may come first

    def _listen(self, out: object) -> None:
        for line in out:  # type: ignore[attr-defined]
            message = json.loads(line)
            if "started" in message:
                self.started.put(message["started"])
            else:
                self.codes[message["exited"]] = message["code"]
                self.ended(message["exited"]).set()

    def start(self, request: dict) -> int:
        with self.lock:
            if self.server is None:
                self.server = subprocess.Popen(
                    [sys.executable, __file__], stdin=subprocess.PIPE, stdout=subprocess.PIPE
                )
                threading.Thread(target=self._listen, args=(self.server.stdout,), daemon=True).start()
            assert self.server.stdin
            self.server.stdin.write((json.dumps(request) + "\n").encode())
            self.server.stdin.flush()
            return self.started.get(timeout=120)

    def stop(self) -> None:
        if self.server is not None:
            assert self.server.stdin
            self.server.stdin.close()
            self.server.wait()
            self.server = None


_CLIENT = _Client()


def start(
    argv: list[str],
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    session: bool = False,
    module: str = "graph.cli",
) -> Child:
    """`python -m MODULE ARGV` started (in a session of its own with `session`: its pid is its
    process group's), with this environment (default: this process's) and working directory. MODULE
    is one the server imported (PRELOAD) with a `main(argv)`: the CLI, or a shared crawl's worker."""
    tmp = tempfile.TemporaryDirectory(prefix="ambiti-child-")
    out, err = Path(tmp.name) / "stdout", Path(tmp.name) / "stderr"
    out.touch()
    err.touch()
    request = {
        "argv": argv,
        "module": module,
        "env": dict(os.environ) if env is None else env,
        "cwd": str(cwd or Path.cwd()),
        "out": str(out),
        "err": str(err),
        "session": session,
    }
    args = ["ambiti", *argv] if module == "graph.cli" else ["python", "-m", module, *argv]
    return Child(args, _CLIENT.start(request), out, err, tmp)


def run_cli(
    argv: list[str], env: dict[str, str], cwd: Path, timeout: float, module: str = "graph.cli"
) -> subprocess.CompletedProcess[str]:
    """`python -m MODULE ARGV` (the CLI unless said) run to its end, as subprocess.run returns it (text
    output, exit code; past `timeout` the child is killed and subprocess.TimeoutExpired raised)."""
    child = start(argv, env, cwd, module=module)
    try:
        out, err = child.communicate(timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        raise
    assert child.returncode is not None
    return subprocess.CompletedProcess(child.args, child.returncode, out, err)


def stop() -> None:
    """Stop the server and wait for it (at the end of a test process): until it is waited for, the CPU
    time of the children it forked counts in no parent's (getrusage, time(1))."""
    _CLIENT.stop()


if __name__ == "__main__":
    serve()

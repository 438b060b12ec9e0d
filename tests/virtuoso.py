"""A private OpenLink Virtuoso for the remote-store tests (the recipe: docs/sparql-server.md).

`start(directory)` copies the packaged virtuoso.ini, points every file at `directory`, picks free
loopback ports, starts `virtuoso-t -c virtuoso.ini +wait` (which returns once the server is online
and leaves a daemon behind), reads the daemon's pid from the log and grants SPARQL_UPDATE to the
anonymous SPARQL user. `Virtuoso.stop()` ends that pid only: SIGTERM, then SIGKILL if it lingers.
It runs from the pytest fixture (also after failures) and at exit; and since a daemon outlives a
test run killed by a signal or a timeout, a small watchdog process stops it when this process is
gone. Nothing here touches the system-wide instance or its files.
"""

from __future__ import annotations

import atexit
import configparser
import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

PACKAGED_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
SERVER = "virtuoso-t"
ISQL = "isql-vt"
USER = PASSWORD = "dba"  # a fresh database's administrator; the instance listens on loopback only


class VirtuosoError(RuntimeError):
    pass


def unavailable() -> str | None:
    """Why a private Virtuoso cannot run here, or None when it can."""
    missing = [tool for tool in (SERVER, ISQL) if shutil.which(tool) is None]
    if missing:
        return (
            f"{' and '.join(missing)} not installed: run `bash scripts/install-system-tools` "
            "(Debian package virtuoso-opensource) to run the remote-store tests"
        )
    if not PACKAGED_INI.is_file():
        return f"{PACKAGED_INI} not found: reinstall the Debian package virtuoso-opensource"
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# run as `python -c WATCHDOG OWNER_PID SERVER_PID`: stops the server once its owner has gone
WATCHDOG = """
import os, signal, sys, time
owner, server = int(sys.argv[1]), int(sys.argv[2])
def alive(pid):
    try:
        os.kill(pid, 0)
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (ProcessLookupError, FileNotFoundError):
        return False
    except (PermissionError, OSError):
        return True
while alive(server):
    if not alive(owner):
        for sig, wait in ((signal.SIGTERM, 20), (signal.SIGKILL, 5)):
            try:
                os.kill(server, sig)
            except ProcessLookupError:
                break
            end = time.monotonic() + wait
            while alive(server) and time.monotonic() < end:
                time.sleep(0.1)
        break
    time.sleep(0.5)
"""


@dataclass
class Virtuoso:
    root: Path
    sql_port: int
    http_port: int
    pid: int | None = None
    watchdog: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def sparql_url(self) -> str:
        """Anonymous queries and (after the grant) anonymous updates."""
        return self.base + "/sparql"

    @property
    def sparql_auth_url(self) -> str:
        """The same endpoint behind HTTP digest authentication."""
        return self.base + "/sparql-auth"

    @property
    def gsp_url(self) -> str:
        """Graph Store HTTP Protocol behind digest authentication (`?graph-uri=` in Virtuoso's own spelling)."""
        return self.base + "/sparql-graph-crud-auth"

    @property
    def log(self) -> Path:
        return self.root / "virtuoso.log"

    def isql(self, sql: str, timeout: float = 30) -> str:
        proc = subprocess.run(
            [ISQL, f"127.0.0.1:{self.sql_port}", USER, PASSWORD, f"exec={sql}"],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self.root,
        )
        if proc.returncode != 0 or "*** Error" in proc.stdout + proc.stderr:
            raise VirtuosoError(f"isql {sql!r} failed: {(proc.stdout + proc.stderr).strip()[-500:]}")
        return proc.stdout

    def alive(self) -> bool:
        if self.pid is None:
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        # a zombie (possible only if the pid is our own child) counts as gone
        try:
            state = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return False
        return state != "Z"

    def stop(self, timeout: float = 20) -> None:
        """End this instance by its pid: SIGTERM (Virtuoso checkpoints and exits), then SIGKILL."""
        if self.pid is None:
            return
        for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5.0)):
            if not self.alive():
                break
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                break
            deadline = time.monotonic() + wait
            while self.alive() and time.monotonic() < deadline:
                time.sleep(0.05)
        self.pid = None
        if self.watchdog is not None:  # it notices the server is gone and exits
            try:
                self.watchdog.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.watchdog.kill()
                self.watchdog.wait()
            self.watchdog = None


def write_ini(root: Path, sql_port: int, http_port: int) -> Path:
    """The packaged virtuoso.ini with every file in `root` and the server on loopback ports."""
    ini = configparser.ConfigParser(interpolation=None, strict=False, inline_comment_prefixes=(";",))
    ini.optionxform = str  # type: ignore[assignment,method-assign]  # keep Virtuoso's key spelling
    ini.read(PACKAGED_INI, encoding="utf-8")
    db = root / "db"
    db.mkdir(parents=True, exist_ok=True)
    ini["Database"].update(
        {
            "DatabaseFile": str(db / "virtuoso.db"),
            "ErrorLogFile": str(root / "virtuoso.log"),
            "LockFile": str(db / "virtuoso.lck"),
            "TransactionFile": str(db / "virtuoso.trx"),
            "xa_persistent_file": str(db / "virtuoso.pxa"),
        }
    )
    ini["TempDatabase"].update(
        {
            "DatabaseFile": str(db / "virtuoso-temp.db"),
            "TransactionFile": str(db / "virtuoso-temp.trx"),
        }
    )
    ini["Parameters"].update(
        {
            "ServerPort": f"127.0.0.1:{sql_port}",
            "DirsAllowed": f"., {root}, /usr/share/virtuoso-opensource-7/vad",
            "NumberOfBuffers": "10000",
            "MaxDirtyBuffers": "6000",
        }
    )
    ini["HTTPServer"]["ServerPort"] = f"127.0.0.1:{http_port}"
    ini["URIQA"]["DefaultHost"] = f"127.0.0.1:{http_port}"
    # the test server keeps the packaged ResultSetMaxRows (10000): RemoteStore must page past it
    if ini.has_section("Plugins"):  # hosting plugins are not needed and only slow the start
        ini.remove_section("Plugins")
    path = root / "virtuoso.ini"
    with path.open("w", encoding="utf-8") as fh:
        ini.write(fh)
    return path


def _find_pid(server: Virtuoso, ini: Path, wait: float) -> int | None:
    """The daemon's pid, from its lock file (VIRT_PID=N) or its log ("Server online ... (pid N)").

    `+wait` can return before either is written, so this polls for a while; a pid counts only if
    that process runs with our ini file, so a stale or reused number is never taken.
    """
    deadline = time.monotonic() + wait
    while True:
        found: list[str] = []
        for path, pattern in (
            (server.root / "db" / "virtuoso.lck", r"VIRT_PID=(\d+)"),
            (server.log, r"Server online at .*\(pid (\d+)\)"),
        ):
            with contextlib.suppress(OSError):
                found += re.findall(pattern, path.read_text(encoding="utf-8", errors="replace"))
        for pid in reversed(found):
            try:
                if str(ini) in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"):
                    return int(pid)
            except OSError:
                pass
        if time.monotonic() > deadline:
            return None
        time.sleep(0.1)


def _wait_http(url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2):
                return
        except (urllib.error.URLError, OSError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def start(root: Path, timeout: float = 60) -> Virtuoso:
    """A fresh private instance in `root` (created if needed), ready for SPARQL queries and updates."""
    reason = unavailable()
    if reason:
        raise VirtuosoError(reason)
    root.mkdir(parents=True, exist_ok=True)
    last = ""
    for attempt in range(3):  # a free port can be taken between probing and binding: retry
        # a directory per attempt: a server that came up late is never left without its files
        server = Virtuoso(root / f"run{attempt}", free_port(), free_port())
        if server.sql_port == server.http_port:
            continue
        server.root.mkdir()
        ini = write_ini(server.root, server.sql_port, server.http_port)
        try:
            proc = subprocess.run(
                [SERVER, "-c", str(ini), "+wait"], cwd=server.root, capture_output=True, text=True, timeout=timeout
            )
        except subprocess.TimeoutExpired:
            proc = None
        server.pid = _find_pid(server, ini, wait=10 if proc is not None and proc.returncode == 0 else 2)
        if server.pid is not None:
            atexit.register(server.stop)  # also stopped if the session ends early
            server.watchdog = subprocess.Popen(
                [sys.executable, "-c", WATCHDOG, str(os.getpid()), str(server.pid)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # a Ctrl-C or kill of the test run's group does not take it along
            )
        if proc is not None and proc.returncode == 0 and server.alive():
            try:
                _wait_http(server.sparql_url, timeout=15)
                server.isql('GRANT SPARQL_UPDATE TO "SPARQL";')
                return server
            except Exception as exc:
                last = str(exc)
        else:
            log_tail = server.log.read_text(errors="replace")[-800:] if server.log.exists() else ""
            last = (proc.stdout + proc.stderr if proc else "timed out") + log_tail
        server.stop()
    raise VirtuosoError(f"private Virtuoso did not start in {root}: {last.strip()[-800:]}")

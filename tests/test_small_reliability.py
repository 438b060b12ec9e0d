"""Small things that corrupt a machine or a user's trust: a system file deleted by a test set-up,
exports only their writer can read, a traceback for a query that needs the network, a page
fetched behind robots.txt's back."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import forked
import pytest
from conftest import ROOT, run_ambiti
from faultweb import FAULTS, FaultWeb

from crawler.datadir import DataDir, atomic_write
from graph.oxigraph_store import OxigraphStore

BASH = shutil.which("bash") or "/bin/bash"
FAKE_TOOLS = {"id": "#!/bin/sh\necho 0\n", "apt-get": '#!/bin/sh\necho "$@" >> "$APT_LOG"\n'}


SCRIPT = ROOT / "scripts" / "install-system-tools"


def fake_root_path(tmp_path: Path) -> str:
    """A PATH where we are root, apt-get only logs, and neither Virtuoso nor rapper is installed.
    Refused unless the script writes its policy-rc.d where AMBITI_POLICY_RC_D says: run as root
    otherwise, it would touch the machine's own file."""
    assert '"${AMBITI_POLICY_RC_D:-/usr/sbin/policy-rc.d}"' in SCRIPT.read_text(), "not run: it would touch /usr/sbin"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, text in FAKE_TOOLS.items():
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    for tool in ("cp", "mv", "rm", "chmod", "mktemp", "cat"):
        real = subprocess.run(["sh", "-c", f"command -v {tool}"], capture_output=True, text=True).stdout.strip()
        (bin_dir / tool).symlink_to(real)
    return str(bin_dir)


def test_install_system_tools_keeps_the_machines_own_policy_rc_d(tmp_path: Path) -> None:
    policy = tmp_path / "policy-rc.d"
    policy.write_text("#!/bin/sh\n# the administrator's own\nexit 0\n")
    policy.chmod(0o750)
    env = {"PATH": fake_root_path(tmp_path), "AMBITI_POLICY_RC_D": str(policy), "APT_LOG": str(tmp_path / "apt")}
    done = subprocess.run([BASH, str(SCRIPT)], env=env, capture_output=True)
    assert done.returncode == 0, done.stderr
    assert "install" in (tmp_path / "apt").read_text()  # it did run the installation
    assert policy.read_text() == "#!/bin/sh\n# the administrator's own\nexit 0\n"
    assert stat.S_IMODE(policy.stat().st_mode) == 0o750


def test_install_system_tools_leaves_no_policy_rc_d_it_made(tmp_path: Path) -> None:
    policy = tmp_path / "policy-rc.d"
    env = {"PATH": fake_root_path(tmp_path), "AMBITI_POLICY_RC_D": str(policy), "APT_LOG": str(tmp_path / "apt")}
    done = subprocess.run([BASH, str(SCRIPT)], env=env, capture_output=True)
    assert done.returncode == 0 and not policy.exists()


def test_files_written_atomically_follow_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "crawl.json", "{}")
        from graph.network import write_metrics

        write_metrics([], tmp_path / "metrics.csv")
    finally:
        os.umask(old)
    for name in ("crawl.json", "metrics.csv"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name


def test_a_federated_query_offline_is_one_line(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "d").ensure()
    g = "<https://w3id.org/ambiti/graph/consolidated>"
    ids = "https://w3id.org/ambiti/id/"
    nquads = (
        f"<{ids}m> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/org#Membership> {g} .\n"
        f"<{ids}m> <http://www.w3.org/ns/org#organization> <{ids}ambito/azzate> {g} .\n"
        f"<{ids}m> <http://www.w3.org/ns/org#member> <{ids}comune/012006> {g} .\n"
        f'<{ids}comune/012006> <https://w3id.org/ambiti/ontology#istatCode> "012006" {g} .\n'
        f'<{ids}comune/012006> <http://www.w3.org/2000/01/rdf-schema#label> "Azzate" {g} .\n'
    )
    store = OxigraphStore(data.store, writable=True)
    store.replace_all(nquads.encode())
    store.close()
    done = run_ambiti("query", "wikidata-comuni", "--data-dir", str(data.root))  # no internet here
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and "needs the network" in done.stderr


def extract_in_a_child(url: str) -> subprocess.CompletedProcess[str]:
    """`ambiti extract URL` runs Scrapy, whose reactor cannot restart in the test process: a child
    forked from the fork server, which imported Scrapy once (tests/forked.py)."""
    return forked.run_cli(["extract", url, "--format", "text"], dict(os.environ), ROOT, timeout=120)


@pytest.mark.slow  # Scrapy fetches in a child process, twice
def test_extract_fetches_as_a_crawl_does(tmp_path: Path) -> None:
    with FaultWeb() as web:
        web.faults.robots_extra = [f"Disallow: {FAULTS['robots']}"]
        barred = extract_in_a_child(web.url + FAULTS["robots"])
        allowed = extract_in_a_child(web.url + "/ambito-arcisate/piano-di-zona.html")
        agents = set(web.user_agents)
    assert barred.returncode == 1 and len(barred.stderr.strip().splitlines()) == 1
    assert "robots.txt" in barred.stderr
    assert allowed.returncode == 0 and "capofila" in allowed.stdout
    assert agents and all(agent.startswith("ambiti/") for agent in agents)

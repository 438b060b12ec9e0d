"""Shared test helpers: where ../shared is, and running the real `ambiti` command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("AMBITI_SHARED", ROOT.parent / "shared"))


def run_ambiti(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """The CLI in a child process, as a user runs it (Scrapy's reactor cannot restart in-process)."""
    return subprocess.run(
        [sys.executable, "-m", "graph.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"../shared not found beside the checkout ({SHARED})")
    return SHARED

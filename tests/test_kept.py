"""kept.py: a session folder is made once per code key and copied back in later runs; another key
makes it anew and replaces it; a make that fails keeps nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from kept import CODE, ROOT, kept


def _make(calls: list[Path]) -> Callable[[Path], dict]:
    def make(folder: Path) -> dict:
        calls.append(folder)
        (folder / "data").mkdir()
        (folder / "data" / "page.txt").write_text(f"made {len(calls)}", encoding="utf-8")
        (folder / "data" / "lock").write_text("held", encoding="utf-8")
        return {"made": len(calls)}

    return make


def _folder(tmp_path: Path, name: str) -> Path:
    (tmp_path / name).mkdir()
    return tmp_path / name


def test_the_same_key_copies_what_the_first_run_made(tmp_path: Path) -> None:
    calls: list[Path] = []
    store = _folder(tmp_path, "cache")
    first, second = _folder(tmp_path, "run1"), _folder(tmp_path, "run2")
    assert kept(store, "session-demo", _make(calls), "k1")(first) == {"made": 1}
    assert kept(store, "session-demo", _make(calls), "k1")(second) == {"made": 1}
    assert calls == [first]
    assert (second / "data" / "page.txt").read_text(encoding="utf-8") == "made 1"
    assert not (second / "data" / "lock").exists()  # a data dir's lock is the process's that made it


def test_another_key_makes_anew_and_replaces_the_old_one(tmp_path: Path) -> None:
    calls: list[Path] = []
    store = _folder(tmp_path, "cache")
    kept(store, "session-demo", _make(calls), "k1")(_folder(tmp_path, "run1"))
    kept(store, "session-demo-release", _make(calls), "k1")(_folder(tmp_path, "release"))
    assert kept(store, "session-demo", _make(calls), "k2")(_folder(tmp_path, "run2")) == {"made": 3}
    assert sorted(p.name for p in store.iterdir()) == ["session-demo-release@k1", "session-demo@k2"]


def test_a_make_that_fails_keeps_nothing(tmp_path: Path) -> None:
    def broken(folder: Path) -> dict:
        (folder / "half").write_text("", encoding="utf-8")
        raise RuntimeError("the crawl failed")

    store = _folder(tmp_path, "cache")
    with pytest.raises(RuntimeError):
        kept(store, "session-demo", broken, "k1")(_folder(tmp_path, "run1"))
    assert list(store.iterdir()) == []


def test_the_key_reads_files_that_exist() -> None:
    """A renamed folder would leave the key blind to its changes."""
    assert all((ROOT / path).exists() for path in CODE)

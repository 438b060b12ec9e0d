"""pytest-xdist's `--dist loadgroup` must really keep a group on one worker: the slow tests of a module
that makes its own crawl, build or server once rely on it (conftest.py). A pytest release once made
pytest-xdist drop the groups without a word (pytest-dev/pytest-xdist#1386); this test notices. And the
test processes' cycle collector is set as conftest.py sets it."""

from __future__ import annotations

import gc
import os

import conftest
import pytest
from xdist.remote import Producer
from xdist.scheduler import LoadScheduling


@pytest.mark.xdist_group("xdist-groups-guard")
def test_a_grouped_test_is_scheduled_by_its_group(request: pytest.FixtureRequest) -> None:
    if not (os.environ.get("PYTEST_XDIST_WORKER") and request.config.getvalue("loadgroup")):
        pytest.skip("not run by a pytest-xdist worker with --dist loadgroup")
    assert request.node.nodeid.endswith("@xdist-groups-guard")  # the suffix the scheduler groups by


@pytest.mark.waits
def test_a_test_that_waits_is_scheduled_with_the_others_that_wait(request: pytest.FixtureRequest) -> None:
    """conftest.py: the tests marked `waits` (and the `remote` ones) share one worker, sent first."""
    if not (os.environ.get("PYTEST_XDIST_WORKER") and request.config.getvalue("loadgroup")):
        pytest.skip("not run by a pytest-xdist worker with --dist loadgroup")
    assert request.node.nodeid.endswith(f"@{conftest.WAITS_GROUP}")
    assert request.node.get_closest_marker("slow")


def test_a_run_with_the_slow_tests_gets_a_worker_more_than_cores(
    pytestconfig: pytest.Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`-n auto` (conftest.py): the extra worker fills the waits of the slow tests; the everyday lane
    and an explicit PYTEST_XDIST_AUTO_NUM_WORKERS are left to pytest-xdist."""
    monkeypatch.delenv("PYTEST_XDIST_AUTO_NUM_WORKERS", raising=False)
    monkeypatch.setattr(pytestconfig.option, "markexpr", "")
    assert conftest.pytest_xdist_auto_num_workers(pytestconfig) == len(os.sched_getaffinity(0)) + 1
    monkeypatch.setattr(pytestconfig.option, "markexpr", "not slow")
    assert conftest.pytest_xdist_auto_num_workers(pytestconfig) is None
    monkeypatch.setattr(pytestconfig.option, "markexpr", "")
    monkeypatch.setenv("PYTEST_XDIST_AUTO_NUM_WORKERS", "1")
    assert conftest.pytest_xdist_auto_num_workers(pytestconfig) is None


def test_the_everyday_lane_gets_the_load_scheduler(
    pytestconfig: pytest.Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its tests are sent in batches (conftest.py); the full suite is left to `--dist loadgroup`."""
    monkeypatch.setattr(pytestconfig.option, "tx", ["2*popen"])  # what -n 2 sets in the controller
    monkeypatch.setattr(pytestconfig.option, "markexpr", "not slow")
    assert isinstance(conftest.pytest_xdist_make_scheduler(pytestconfig, Producer("test")), LoadScheduling)
    monkeypatch.setattr(pytestconfig.option, "markexpr", "")
    assert conftest.pytest_xdist_make_scheduler(pytestconfig, Producer("test")) is None


def test_a_test_process_collects_rarely_and_never_scans_what_collection_made() -> None:
    """conftest.py: what collection made is frozen out of the collector's scans, and the young generation
    waits for TEST_GC_THRESHOLD allocations (~30 s of the full suite's CPU when either is lost)."""
    assert gc.get_threshold()[0] == conftest.TEST_GC_THRESHOLD
    assert gc.get_freeze_count() > 10_000  # every collected test's item, at least

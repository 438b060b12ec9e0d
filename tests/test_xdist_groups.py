"""pytest-xdist's `--dist loadgroup` must really keep a group on one worker: the slow tests of a module
that makes its own crawl, build or server once rely on it (conftest.py). A pytest release once made
pytest-xdist drop the groups without a word (pytest-dev/pytest-xdist#1386); this test notices."""

from __future__ import annotations

import os

import pytest


@pytest.mark.xdist_group("xdist-groups-guard")
def test_a_grouped_test_is_scheduled_by_its_group(request: pytest.FixtureRequest) -> None:
    if not (os.environ.get("PYTEST_XDIST_WORKER") and request.config.getvalue("loadgroup")):
        pytest.skip("not run by a pytest-xdist worker with --dist loadgroup")
    assert request.node.nodeid.endswith("@xdist-groups-guard")  # the suffix the scheduler groups by

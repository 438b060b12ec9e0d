"""check_each fails once and names every item that failed, with its error; it passes when none does."""

from __future__ import annotations

import pytest
from each import check_each, chunks


def _positive(n: int) -> None:
    assert n > 0, f"{n} is not positive"
    if n == 7:
        raise ValueError("seven")


def test_every_failing_item_is_named_with_its_error() -> None:
    with pytest.raises(AssertionError) as failure:
        check_each(_positive, [3, -1, 7, 0, 5], name=lambda n: f"item {n}")
    message = str(failure.value)
    assert message.startswith("3 failed:")
    assert "item -1: AssertionError: -1 is not positive" in message
    assert "item 7: ValueError: seven" in message and "item 0: " in message
    assert "item 3:" not in message and "item 5:" not in message


def test_no_failure_passes() -> None:
    check_each(_positive, [1, 2, 3], name=str)


def test_chunks_keep_every_item_in_order() -> None:
    assert chunks([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]
    assert chunks([], 3) == []

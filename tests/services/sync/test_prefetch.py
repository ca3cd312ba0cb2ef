"""Lines read ahead in a helper thread: the same items in the same order, an error raised where it happened after
every item before it, and a caller that stops early stops the helper and closes the source."""

from __future__ import annotations

import threading

import pytest

from pekerja_desktop.services.sync.bundle.prefetch import prefetched


def test_every_item_in_order_across_batches():
    assert list(prefetched(iter(range(2_345)), batch=100, waiting=2)) == list(range(2_345))
    assert list(prefetched(iter([]))) == []


def test_an_error_comes_after_the_items_before_it():
    def source():
        yield from range(250)
        raise ValueError("line 251 is broken")

    received = []
    with pytest.raises(ValueError, match="line 251"):
        for item in prefetched(source(), batch=100, waiting=1):
            received.append(item)
    assert received == list(range(250))


def test_a_caller_that_stops_closes_the_source_and_the_helper():
    closed = threading.Event()

    def source():
        try:
            yield from range(1_000_000)
        finally:
            closed.set()

    lines = prefetched(source(), batch=10, waiting=2)
    assert [next(lines) for _ in range(15)] == list(range(15))
    lines.close()
    assert closed.is_set()
    assert not [t for t in threading.enumerate() if t.name == "bundle-lines"]

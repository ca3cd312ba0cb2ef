"""Lines read ahead in a helper thread while the caller stores the ones before (the hub's import).

SQLite (and SQLCipher's page encryption) let go of Python's lock while they write, so decrypting, parsing and
checking the next lines runs while the last ones are stored. The lines travel in batches through a short queue:
memory stays bounded whatever the bundle's size. An error in the helper reaches the caller where it happened,
after every line before it; a caller that stops early (an error of its own, a cancellation) stops the helper and
closes the source, so the decryption thread and the file behind it are released as before.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")
BATCH = 500  # lines handed over together (one queue operation each, not one a line)
WAITING_BATCHES = 8  # at most this many batches read ahead
_END = object()


def prefetched(source: Iterator[T], batch: int = BATCH, waiting: int = WAITING_BATCHES) -> Iterator[T]:
    """The items of `source`, in order, produced in a helper thread at most `batch` × `waiting` ahead."""
    batches: queue.Queue = queue.Queue(waiting)
    stopped, failures = threading.Event(), []

    def produce() -> None:
        pending: list = []
        try:
            for item in source:
                pending.append(item)
                if len(pending) >= batch:
                    batches.put(pending)
                    pending = []
                    if stopped.is_set():
                        return
            batches.put(pending)
        except BaseException as exc:  # handed to the caller, which raises it in its own thread
            batches.put(pending)
            failures.append(exc)
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()
            batches.put(_END)

    worker = threading.Thread(target=produce, name="bundle-lines", daemon=True)
    worker.start()
    try:
        while (items := batches.get()) is not _END:
            yield from items
        if failures:
            raise failures[0]
    finally:
        stopped.set()
        while worker.is_alive():  # let a helper blocked on a full queue finish
            with contextlib.suppress(queue.Empty):
                batches.get(timeout=0.05)
        worker.join()

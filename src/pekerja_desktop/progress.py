"""How a long job (card PDFs, bundles, backups, a village-list intake) tells how far it is and learns it should
stop: the one `Progress` and `Cancelled` every such service takes. Both are called on the worker's thread; the
ui adapts them to a progress bar and a Cancel button, the command line to a line on stderr."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """`progress(done, total)` after each step; `total` is 0 while it is not known."""

    def __call__(self, done: int, total: int, /) -> None: ...


class Cancelled(Protocol):
    """Polled between steps: True stops the job (it raises OperationCancelled and leaves nothing behind)."""

    def __call__(self) -> bool: ...

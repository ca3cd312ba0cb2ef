"""Feeds the register model from the search service through the TaskRunner, off the GUI thread.

Every new query gets a generation number; answers for an older generation are dropped, so a slow
query can never overwrite the results of the one typed after it. The first page and the count are
separate tasks, one after the other: rows show as soon as the first page is read, the total follows.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from pekerja_desktop.errors import OperationCancelled
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.matching.lookup import covered_among
from pekerja_desktop.services.privacy.reveal import masks_niks
from pekerja_desktop.services.register.paging import count_register_rows, read_register_rows
from pekerja_desktop.services.register.search import ParticipantQuery
from pekerja_desktop.services.register.stoppable import Stoppable
from pekerja_desktop.ui.failures import failure_message
from pekerja_desktop.ui.pages.register.model import RegisterModel
from pekerja_desktop.ui.pages.register.rows import pack_rows
from pekerja_desktop.ui.tasks import Task, TaskCancelled, TaskControl, TaskRunner

PAGE_SIZE = 200


@dataclass(frozen=True)
class Page:
    rows: list[str]  # packed (see rows.py)
    exhausted: bool
    covered: frozenset[str] = frozenset()  # registration numbers on a list of people already covered (#12)


def read_page(ctx: AppContext, query: ParticipantQuery, offset: int, limit: int = PAGE_SIZE,
              stoppable: Stoppable | None = None) -> Page:
    """One page of packed rows; one more row is asked for to know whether another page follows. Without the
    right to see full NIKs, the rows never hold more than the masked NIK."""
    with _as_task_cancellation():
        rows = read_register_rows(ctx, query, offset, limit + 1, stoppable)
    shown = rows[:limit]
    covered = covered_among(ctx, [(row.registration_number, row.nik) for row in shown])
    return Page(pack_rows(shown, masks_niks(ctx)), exhausted=len(rows) <= limit, covered=covered)


def read_count(ctx: AppContext, query: ParticipantQuery, stoppable: Stoppable | None = None) -> int:
    with _as_task_cancellation():
        return count_register_rows(ctx, query, stoppable)


@contextlib.contextmanager
def _as_task_cancellation():
    try:
        yield
    except OperationCancelled as exc:
        raise TaskCancelled() from exc


class RegisterLoader(QObject):
    """Runs the queries of the register; the model asks it for further pages through its fetcher."""

    results_shown = Signal()  # the first page of the current query is in the model
    counted = Signal(int)  # total rows of the current query
    busy_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, runner: TaskRunner, model: RegisterModel, parent=None):
        super().__init__(parent)
        self._ctx, self._runner, self._model = ctx, runner, model
        self._query = ParticipantQuery()
        self._generation = 0
        self._pending: dict[str, Task] = {}
        self._stoppables: list[Stoppable] = []  # the queries of the current generation
        self._busy = False
        model.set_fetcher(self.fetch)

    @property
    def query(self) -> ParticipantQuery:
        return self._query

    @property
    def busy(self) -> bool:
        return self._busy

    def search(self, query: ParticipantQuery) -> None:
        """Start over with a new query: the first page, then the count."""
        self._query = query
        self._generation += 1
        for task in self._pending.values():
            if task is not None:
                task.cancel()
        self._pending.clear()
        for stoppable in self._stoppables:
            stoppable.stop()  # a superseded query stops inside SQLite instead of running to its end
        self._stoppables = []
        generation = self._generation
        self._pending["count"] = None  # counted once the first page is shown: rows get the CPU first
        stoppable = self._stoppable()
        self._start("page", lambda control: self._work_page(control, query, 0, stoppable),
                    lambda page: self._first_page_done(generation, query, page), generation)

    def fetch(self, offset: int) -> None:
        """The model wants the page after `offset` rows of the current query."""
        generation, query, stoppable = self._generation, self._query, self._stoppable()
        self._start("more", lambda control: self._work_page(control, query, offset, stoppable),
                    lambda page: self._more_done(generation, page), generation)

    # --- background work (worker thread: no widgets, no model) ---------------------------------------

    def _work_page(self, control: TaskControl, query: ParticipantQuery, offset: int,
                   stoppable: Stoppable) -> Page:
        control.check()  # a query superseded before it started is not run at all
        return read_page(self._ctx, query, offset, stoppable=stoppable)

    def _work_count(self, control: TaskControl, query: ParticipantQuery, stoppable: Stoppable) -> int:
        control.check()
        return read_count(self._ctx, query, stoppable)

    def _stoppable(self) -> Stoppable:
        stoppable = Stoppable()
        self._stoppables = [*self._stoppables[-3:], stoppable]  # a few at most: finished ones are harmless
        return stoppable

    # --- results (GUI thread) -----------------------------------------------------------------------

    def _start(self, kind: str, work, on_done, generation: int) -> None:
        self._pending[kind] = None  # placeholder: a synchronous runner may finish inside run()
        task = self._runner.run(
            work, on_done=on_done,
            on_error=lambda exc: self._failed(generation, kind, exc),
            on_cancelled=lambda: self._finished(generation, kind))
        if kind in self._pending and generation == self._generation:
            self._pending[kind] = task
        self._update_busy()

    def _finished(self, generation: int, kind: str) -> bool:
        """Forget a finished task; True if its answer is still wanted."""
        current = generation == self._generation
        if current:
            self._pending.pop(kind, None)
            self._update_busy()
        return current

    def _first_page_done(self, generation: int, query: ParticipantQuery, page: Page) -> None:
        if not self._finished(generation, "page"):
            return
        self._model.reset_rows(page.rows, page.exhausted, page.covered)
        self.results_shown.emit()
        if generation == self._generation:  # not superseded by a search started from results_shown
            stoppable = self._stoppable()
            self._start("count", lambda control: self._work_count(control, query, stoppable),
                        lambda total: self._count_done(generation, total), generation)

    def _count_done(self, generation: int, total: int) -> None:
        if self._finished(generation, "count"):
            self.counted.emit(total)

    def _more_done(self, generation: int, page: Page) -> None:
        if self._finished(generation, "more"):
            self._model.append_rows(page.rows, page.exhausted, page.covered)

    def _failed(self, generation: int, kind: str, exc: BaseException) -> None:
        if not self._finished(generation, kind):
            return
        if kind == "more":
            self._model.fetch_failed()
        if kind == "page":  # no rows, so no count either
            self._pending.pop("count", None)
            self._update_busy()
        self.failed.emit(failure_message(exc, self._ctx))

    def _update_busy(self) -> None:
        busy = any(kind in self._pending for kind in ("page", "count"))
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """For benchmarks and tests with a real thread pool."""
        return self._runner.wait_for_done(msecs)

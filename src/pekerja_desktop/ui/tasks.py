"""One helper for background work: a callable runs on the thread pool; its progress, result or error
is delivered on the GUI thread. Workers never touch widgets.

The callable receives a `TaskControl` to report progress and to check for cancellation. A failure goes to the
caller's `on_error`; without one it is shown the one way (`failures.show_failure`: a message box over `parent`).
Tests replace the pool with `SynchronousRunner` so work finishes before the call returns.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from pekerja_desktop.services.context import AppContext
from pekerja_desktop.ui.failures import show_failure


class TaskCancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class TaskControl:
    def __init__(self, report: Callable[[int, int], None]):
        self._report = report
        self._cancelled = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self._report(done, total)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise TaskCancelled()


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, work: Callable[[TaskControl], Any], signals: _Signals, control: TaskControl):
        super().__init__()
        self._work, self._signals, self._control = work, signals, control

    def run(self) -> None:
        try:
            result = self._work(self._control)
        except TaskCancelled:
            self._signals.cancelled.emit()
        except BaseException as exc:  # delivered to the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


class Task:
    """A handle on running work: cancel() it; its signals arrive on the GUI thread."""

    def __init__(self, signals: _Signals, control: TaskControl):
        self.signals = signals
        self.control = control

    def cancel(self) -> None:
        self.control.cancel()


class TaskRunner:
    def __init__(self, pool: QThreadPool | None = None):
        self._pool = pool or QThreadPool.globalInstance()
        self._live: set[Task] = set()
        self.context: AppContext | None = None  # the signed-in window's: its database is named when a task fails on it

    def run(self, work: Callable[[TaskControl], Any], *, parent: QWidget | None = None,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int], None] | None = None,
            on_cancelled: Callable[[], None] | None = None) -> Task:
        """Start `work(control)`; without `on_error` a failure is shown in a message box over `parent`."""
        if on_error is None:
            on_error = self.failure_handler(parent)
        signals = _Signals()
        control = TaskControl(signals.progress.emit)
        task = Task(signals, control)
        self._connect(task, on_done, on_error, on_progress, on_cancelled)
        self._start(work, signals, control)
        return task

    def failure_handler(self, parent: QWidget | None) -> Callable[[BaseException], None]:
        """The default `on_error`: the failure in the user's words, in a message box over `parent`."""
        return lambda exc: show_failure(parent, exc, ctx=self.context)

    def _connect(self, task, on_done, on_error, on_progress, on_cancelled) -> None:
        self._live.add(task)
        signals = task.signals
        for signal, slot in ((signals.finished, on_done), (signals.failed, on_error),
                             (signals.progress, on_progress), (signals.cancelled, on_cancelled)):
            if slot is not None:
                signal.connect(slot)
        for signal in (signals.finished, signals.failed, signals.cancelled):
            signal.connect(lambda *_args, t=task: self._live.discard(t))

    def _start(self, work, signals: _Signals, control: TaskControl) -> None:
        self._pool.start(_Job(work, signals, control))

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)


class SynchronousRunner(TaskRunner):
    """For tests: runs the work at once on the calling thread."""

    def _start(self, work, signals: _Signals, control: TaskControl) -> None:
        _Job(work, signals, control).run()

"""A progress bar with a Cancel button for the one slow job a page runs at a time (through the TaskRunner).

`run(work, on_done, text)` starts `work(control)` in the background; progress fills the bar; Cancel (or Esc on
the page) asks the work to stop. A cancelled job reports through `on_cancelled`, a failure through `on_failed`
(without one, the task runner's message box over the row's page).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QSizePolicy, QWidget

from pekerja_desktop.errors import OperationCancelled
from pekerja_desktop.ui.tasks import TaskCancelled, TaskControl, TaskRunner


def is_cancellation(exc: BaseException) -> bool:
    return isinstance(exc, OperationCancelled | TaskCancelled)


class BusyRow(QWidget):
    """Hidden while idle. `busy_changed(bool)` lets the page enable or disable its buttons."""

    busy_changed = Signal(bool)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._runner = runner
        self._control: TaskControl | None = None
        self._busy, self._text = False, ""
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hide()

    @property
    def busy(self) -> bool:
        return self._busy

    def run(self, work: Callable[[TaskControl], Any], on_done: Callable[[Any], None], text: str, *,
            on_cancelled: Callable[[], None], on_failed: Callable[[BaseException], None] | None = None,
            cancellable: bool = True) -> bool:
        """Start `work`; False (nothing started) while another job runs."""
        if self._busy:
            return False
        self._start(text, cancellable)
        report_failure = on_failed or self._runner.failure_handler(self.parentWidget())

        def wrapped(control: TaskControl):
            self._control = control  # lets Cancel reach the work, whichever thread runs it
            control.check()
            return work(control)

        def failed(exc: BaseException) -> None:
            self._stop()
            if is_cancellation(exc):
                on_cancelled()
            else:
                report_failure(exc)

        def cancelled() -> None:
            self._stop()
            on_cancelled()

        self._runner.run(wrapped, on_done=lambda value: self._done(on_done, value), on_error=failed,
                         on_progress=self._progress, on_cancelled=cancelled)
        return True

    def cancel(self) -> None:
        if self._busy and self._control is not None and not self._control.cancelled:
            self._control.cancel()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(self.tr("Cancelling\u2026"))

    # --- internals -----------------------------------------------------------------------------------

    def _start(self, text: str, cancellable: bool) -> None:
        self._busy, self._text, self._control = True, text, None
        self.progress.setRange(0, 0)
        self.progress.setFormat(text)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        self.show()
        self.busy_changed.emit(True)

    def _progress(self, done: int, total: int) -> None:
        if total > 0 and self._control is not None and not self._control.cancelled:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress.setFormat(self._text + " %p%")

    def _done(self, on_done: Callable[[Any], None], value) -> None:
        self._stop()
        on_done(value)

    def _stop(self) -> None:
        self._busy, self._control = False, None
        self.hide()
        self.busy_changed.emit(False)

"""Validation as the clerk types: a short pause (150 ms) after the last change, then one check through
services.enrolment.assess on the task runner. Only the newest result is delivered."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from pekerja_desktop.domain.participant import ParticipantData
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.ui.pages.enrolment.form_data import CheckResult, check
from pekerja_desktop.ui.tasks import TaskRunner

DEBOUNCE_MS = 150
log = logging.getLogger(__name__)


class LiveValidator(QObject):
    checked = Signal(object)  # CheckResult

    def __init__(self, ctx: AppContext, runner: TaskRunner,
                 collect: Callable[[], tuple[ParticipantData, int | None]], parent: QObject | None = None):
        super().__init__(parent)
        self._ctx, self._runner, self._collect = ctx, runner, collect
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)

    def schedule(self) -> None:
        self._timer.start()

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def cancel(self) -> None:
        self._timer.stop()
        self._generation += 1

    def run_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        data, exclude_id = self._collect()
        ctx = self._ctx
        self._runner.run(lambda _control: check(ctx, data, exclude_id),
                         on_done=lambda result: self._deliver(generation, result),
                         on_error=lambda exc: log.warning("live validation failed: %s", exc))

    def _deliver(self, generation: int, result: CheckResult) -> None:
        if generation == self._generation:
            self.checked.emit(result)

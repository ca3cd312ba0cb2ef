"""Settings, Warnings a clerk confirms: for each warning a record can carry, whether a petugas may confirm it
(the others wait for a supervisor). The default leaves them only a missing heir, which does not change who is
covered."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.domain.warning_rights import PETUGAS_CONFIRMABLE_DEFAULT, WARNING_CODES, warning_name
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.edit_rights import petugas_may_confirm, set_petugas_confirmable
from pekerja_desktop.ui.failures import failure_message
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets.gating import apply_refusal, refusal
from pekerja_desktop.ui.widgets.labels import NoticeLabel, read_only_label


class WarningsSection(QWidget):
    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        box = QGroupBox(self.tr("A clerk (petugas) may confirm"), self)
        inner = QVBoxLayout(box)
        inner.addWidget(read_only_label(self.tr("Supervisors and admins confirm every warning. Tick the warnings a "
                                                "clerk may confirm too; the others are saved as drafts for a "
                                                "supervisor."), box))
        self.boxes = {code: QCheckBox(f"{warning_name(code)} ({code})", box) for code in WARNING_CODES}
        for check in self.boxes.values():
            inner.addWidget(check)
        self.save_button = QPushButton(self.tr("&Save"), box)
        self.default_button = QPushButton(self.tr("Back to the &default"), box)
        self.notice = NoticeLabel(box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.notice, 1)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addStretch(1)
        reason = refusal(ctx, Permission.SETTINGS)
        for widget in (*self.boxes.values(), self.save_button, self.default_button):
            apply_refusal(widget, reason)
        self.save_button.clicked.connect(self.save)
        self.default_button.clicked.connect(lambda: self._tick(PETUGAS_CONFIRMABLE_DEFAULT))

    def _tick(self, codes) -> None:
        for code, check in self.boxes.items():
            check.setChecked(code in codes)

    def refresh(self) -> None:
        self._tick(petugas_may_confirm(self._ctx))

    def save(self) -> None:
        try:
            set_petugas_confirmable(self._ctx, [code for code, check in self.boxes.items() if check.isChecked()])
        except PekerjaError as exc:
            self.notice.failed(failure_message(exc, self._ctx))
            return
        self.notice.done(self.tr("Saved: the enrolment form follows at once."))

"""Settings, Backups: the daily backup on or off and how many automatic backups are kept (an admin's settings),
then the backups themselves (list, back up now, to a USB stick, restore)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.backup.make import MAX_KEEP, backup_daily_on, backup_keep, save_backup_settings
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.ui.failures import failure_message
from pekerja_desktop.ui.pages.backup.page import BackupPage
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets.gating import apply_refusal, refusal
from pekerja_desktop.ui.widgets.labels import NoticeLabel, read_only_label


class BackupsSection(QWidget):
    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not ctx.db.on_server:  # a server's database is backed up by the server's tools
            layout.addWidget(self._settings_box())
        self.backups = BackupPage(ctx, runner, self)
        layout.addWidget(self.backups, 1)

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Automatic backups"), self)
        self.daily = QCheckBox(self.tr("A daily backup"), box)
        self.keep = QSpinBox(box)
        self.keep.setRange(1, MAX_KEEP)
        self.save_button = QPushButton(self.tr("&Save"), box)
        self.notice = NoticeLabel(box)
        form = QFormLayout(box)
        form.addRow("", self.daily)
        form.addRow("", read_only_label(self.tr("Besides the backups made when an operator signs out and when the "
                                                "window closes."), box))
        form.addRow(self.tr("Keep the newest"), self.keep)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.notice, 1)
        form.addRow("", row)
        reason = refusal(self._ctx, Permission.SETTINGS)
        for widget in (self.daily, self.keep, self.save_button):
            apply_refusal(widget, reason)
        self.save_button.clicked.connect(self.save)
        return box

    def refresh(self) -> None:
        if hasattr(self, "daily"):
            self.daily.setChecked(backup_daily_on(self._ctx))
            self.keep.setValue(backup_keep(self._ctx))

    def save(self) -> None:
        try:
            save_backup_settings(self._ctx, daily=self.daily.isChecked(), keep=self.keep.value())
        except PekerjaError as exc:
            self.notice.failed(failure_message(exc, self._ctx))
            return
        self.notice.done(self.tr("Saved."))

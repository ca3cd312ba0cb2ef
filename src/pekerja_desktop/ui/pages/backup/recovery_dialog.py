"""When the start-up check finds the database damaged: what happened, the newest good backup (looked for in
the background) and, for a supervisor or admin, restoring it. A clerk is told to fetch one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from pekerja_desktop.domain.dates import format_datetime_local
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.backup.check import DatabaseCheck, good_backup_for
from pekerja_desktop.services.backup.manifest import BackupInfo
from pekerja_desktop.services.backup.restore import RestoreResult, restore_backup
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.ui.failures import show_failure
from pekerja_desktop.ui.pages.backup import page as backup_page
from pekerja_desktop.ui.palette import colours, text_style
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets import messages
from pekerja_desktop.ui.widgets.busy import BusyRow
from pekerja_desktop.ui.widgets.formatting import fill, format_number

TEXT_WIDTH = 600


class RecoveryDialog(QDialog):
    def __init__(self, ctx: AppContext, runner: TaskRunner, check: DatabaseCheck, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.check = ctx, check
        self.backup: BackupInfo | None = None
        self.setWindowTitle(self.tr("The database is damaged"))
        self.heading = QLabel(self.tr("Pekerja Desktop found damage in this office's database."), self)
        self.heading.setStyleSheet(f"color: {colours().danger_heading}; font-size: 15px; font-weight: 600;")
        self.explanation = self._label(self.tr(
            "Records saved from now on might be lost. The safest way on is to restore the newest good backup: "
            "everything entered after it must then be entered again (from the paper forms)."))
        self.problem = self._label(fill(self.tr("What the check found: %1"), check.first_problem))
        self.problem.setStyleSheet(text_style(colours().detail_text))
        self.finding = self._label(self.tr("Looking for the newest good backup…"))
        self.busy = BusyRow(runner, self)
        self.restore_button = QPushButton(self.tr("&Restore this backup"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self._build_layout()
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.start_restore)
        self.close_button.clicked.connect(self.reject)
        self.busy.busy_changed.connect(self._update_buttons)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setMinimumWidth(TEXT_WIDTH)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # wrapped labels keep their height
        for widget in (self.heading, self.explanation, self.problem, self.finding, self.busy):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    # --- finding the backup --------------------------------------------------------------------------

    def find_backup(self) -> None:
        """Each candidate gets a full integrity check (seconds at 200,000 participants): in the background."""
        ctx = self.ctx
        self.busy.run(lambda _control: good_backup_for(ctx), self.show_backup, self.tr("Checking the backups…"),
                      on_failed=self._failed, on_cancelled=lambda: self.show_backup(None), cancellable=False)

    def show_backup(self, backup: BackupInfo | None) -> None:
        self.backup = backup
        if backup is None:
            self.finding.setText(fill(self.tr(
                "No good backup was found in %1. Do not enter new data. Restore a backup from a USB stick "
                "(Settings → Backups → Restore from file…) or call the provincial office."),
                self.ctx.layout.backups_dir))
        elif self.ctx.can(Permission.RESTORE):
            self.finding.setText(fill(self.tr(
                "Newest good backup: %1, %2 participants (%3). Restoring it keeps a copy of the damaged data in "
                "the backups folder, then Pekerja Desktop closes; open it again and sign in."),
                format_datetime_local(backup.created_at), format_number(backup.participants or 0), backup.name))
        else:
            self.finding.setText(fill(self.tr(
                "Newest good backup: %1, %2 participants (%3). Only a supervisor or an admin may restore it: "
                "close Pekerja Desktop and ask one to sign in."),
                format_datetime_local(backup.created_at), format_number(backup.participants or 0), backup.name))
        self._update_buttons()
        self.adjustSize()  # the wrapped texts changed height

    def _update_buttons(self) -> None:
        can_restore = self.backup is not None and self.ctx.can(Permission.RESTORE)
        self.restore_button.setEnabled(can_restore and not self.busy.busy)
        self.close_button.setEnabled(not self.busy.busy)

    # --- restoring -----------------------------------------------------------------------------------

    def start_restore(self) -> bool:
        if self.backup is None:
            return False
        ctx, path = self.ctx, self.backup.path
        return self.busy.run(lambda control: restore_backup(ctx, path, progress=backup_page.reporter(control)),
                             self._restored, self.tr("Restoring…"), on_failed=self._failed,
                             on_cancelled=self._update_buttons)

    def _restored(self, result: RestoreResult) -> None:
        messages.show_info(self, backup_page.restored_text(result), self.tr("Backup restored"))
        self.accept()
        backup_page.quit_application()

    def _failed(self, exc: BaseException) -> None:
        self._update_buttons()
        show_failure(self, exc, self.tr("Restore failed"), self.ctx)


def open_recovery(parent: QWidget, ctx: AppContext, runner: TaskRunner, check: DatabaseCheck) -> RecoveryDialog:
    """Shown window-modal (the window behind must not take new data) and without blocking the caller."""
    dialog = RecoveryDialog(ctx, runner, check, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    dialog.find_backup()
    return dialog

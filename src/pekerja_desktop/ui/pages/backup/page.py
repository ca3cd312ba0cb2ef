"""Pengaturan → Cadangan: the backups of this office, "Backup now", "Backup to USB…" and, for a supervisor or
admin, restoring one (after a clear warning). Slow work runs through the TaskRunner with a progress bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.domain.dates import format_datetime_local
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.backup.make import backup_keep, make_backup
from pekerja_desktop.services.backup.manifest import BackupInfo
from pekerja_desktop.services.backup.preview import preview_restore
from pekerja_desktop.services.backup.restore import RestoreResult, restore_backup
from pekerja_desktop.services.backup.sets import list_backups
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.ui.failures import show_failure
from pekerja_desktop.ui.pages.backup.model import BackupModel, Column
from pekerja_desktop.ui.tasks import TaskControl, TaskRunner
from pekerja_desktop.ui.widgets import messages
from pekerja_desktop.ui.widgets.busy import BusyRow
from pekerja_desktop.ui.widgets.formatting import fill, format_number
from pekerja_desktop.ui.widgets.gating import apply_refusal, refusal

VISIBLE_ROWS = 5


def reporter(control: TaskControl):
    """Progress for the bar; Cancel stops the copy at its next step."""
    def report(done: int, total: int) -> None:
        control.check()
        control.progress(done, total)
    return report


def quit_application() -> None:
    """After a restore every page holds data of the replaced database: the operator starts afresh."""
    QCoreApplication.exit(0)


class BackupPage(QGroupBox):
    restored = Signal(object)  # RestoreResult

    def __init__(self, ctx: AppContext, runner: TaskRunner | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Backups"))
        self.busy = BusyRow(runner or TaskRunner(), self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.model = BackupModel(self)
        self.table = self._make_table()
        self.backup_now = QPushButton(self.tr("&Backup now"), self)
        self.backup_usb = QPushButton(self.tr("Backup to &USB…"), self)
        self.restore_selected = QPushButton(self.tr("&Restore selected…"), self)
        self.restore_file = QPushButton(self.tr("Restore from &file…"), self)
        self._build_layout()
        self._wire()
        self.refresh()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        for column in (Column.MADE_AT, Column.REASON, Column.PARTICIPANTS, Column.SIZE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.FILE, QHeaderView.ResizeMode.Stretch)
        row_height = table.verticalHeader().defaultSectionSize()
        table.setMinimumHeight(header.sizeHint().height() + row_height * VISIBLE_ROWS + 4)
        return table

    def _build_layout(self) -> None:
        """Backing up and restoring on rows of their own: the box fits beside the settings' list on 1280 pixels."""
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        for pair in ((self.backup_now, self.backup_usb), (self.restore_selected, self.restore_file)):
            row = QHBoxLayout()
            for button in pair:
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.busy)

    def _wire(self) -> None:
        self.backup_now.clicked.connect(lambda: self.start_backup(self.ctx.layout.backups_dir))
        self.backup_usb.clicked.connect(self._choose_usb)
        self.restore_selected.clicked.connect(self._restore_selected)
        self.restore_file.clicked.connect(self._choose_file)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._restore_selected)
        self.busy.busy_changed.connect(self._update_buttons)

    # --- state ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.set_rows(list_backups(self.ctx.layout.backups_dir))
        if self.ctx.db.on_server:
            self.note.setText(fill(self.tr(
                "This office's database is on the PostgreSQL server %1. It is backed up and restored there, with "
                "the server's own tools (pg_dump, pg_basebackup); the buttons below are for a database file."),
                self.ctx.db.url))
            self._update_buttons()
            return
        self.note.setText(fill(self.tr(
            "Pekerja Desktop backs up this office's data when an operator signs out, when it closes and once a day; "
            "the newest %1 are kept in "
            "%2. Backups are encrypted like the database itself. Keep a copy on a USB stick away from this "
            "laptop."), format_number(backup_keep(self.ctx)), self.ctx.layout.backups_dir))
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        idle = not self.busy.busy
        self.backup_now.setEnabled(idle)
        self.backup_usb.setEnabled(idle)
        self.restore_selected.setEnabled(idle and self.selected_backup() is not None)
        self.restore_file.setEnabled(idle)
        reason = refusal(self.ctx, Permission.RESTORE)
        for button in (self.restore_selected, self.restore_file):
            apply_refusal(button, reason)
        if self.ctx.db.on_server:
            for button in (self.backup_now, self.backup_usb, self.restore_selected, self.restore_file):
                apply_refusal(button, self.tr("The database is on a server: use the server's backup tools."))

    # --- backing up ----------------------------------------------------------------------------------

    def _choose_usb(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick or folder for the backup"))
        if folder:
            self.start_backup(Path(folder))

    def start_backup(self, folder: Path) -> bool:
        ctx = self.ctx
        return self.busy.run(lambda control: make_backup(ctx, folder, "manual", progress=reporter(control)),
                             self._backed_up, self.tr("Backing up…"), on_failed=self._failed,
                             on_cancelled=self.refresh)

    def _backed_up(self, info: BackupInfo) -> None:
        self.refresh()
        messages.show_info(self, fill(self.tr("Backup made and checked: %1 participants, %2.\n\n%3"),
                                      format_number(info.participants or 0), format_datetime_local(info.created_at),
                                      info.path), self.tr("Backup made"))

    def _failed(self, exc: BaseException) -> None:
        self.refresh()
        show_failure(self, exc, self.tr("Backup or restore failed"), self.ctx)

    # --- restoring -----------------------------------------------------------------------------------

    def _restore_selected(self) -> None:
        info = self.selected_backup()
        if info is not None and self.restore_selected.isEnabled():
            self.start_restore(info.path)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the backup to restore"),
                                              str(self.ctx.layout.backups_dir),
                                              self.tr("Pekerja Desktop backups (*.sqlite)"))
        if path:
            self.start_restore(Path(path))

    def start_restore(self, path: Path) -> bool:
        """Warn (with the backup's date and size), then restore in the background."""
        try:
            preview = preview_restore(self.ctx, path)
        except PekerjaError as exc:
            show_failure(self, exc, self.tr("This backup cannot be restored"))
            return False
        if not messages.confirm(self, self.tr("Restore this backup?"), self.warning_text(preview),
                                self.tr("Restore"), self.tr("Cancel")):
            return False
        ctx = self.ctx
        return self.busy.run(lambda control: restore_backup(ctx, path, progress=reporter(control)),
                             self._restored, self.tr("Restoring…"), on_failed=self._failed,
                             on_cancelled=self.refresh)

    def warning_text(self, preview) -> str:
        backup = preview.backup
        now = "" if preview.current_participants is None else fill(
            self.tr(" (now %1 participants)"), format_number(preview.current_participants))
        text = fill(self.tr(
            "This backup is from %1 and holds %2 participants.\n\nEverything entered on this laptop after %1 is "
            "replaced by the backup%3. A copy of the current data is kept in the backups folder first.\n\n"
            "Afterwards Pekerja Desktop closes; open it again and sign in."),
            format_datetime_local(backup.created_at), format_number(backup.participants or 0), now)
        if preview.bills_kept:
            text += "\n\n" + fill(self.tr("The bills closed after this backup was made (%1) are kept: a closed bill "
                                            "never goes back to an earlier state."), months_text(preview.bills_kept))
        return text

    def _restored(self, result: RestoreResult) -> None:
        self.restored.emit(result)
        messages.show_info(self, restored_text(result), self.tr("Backup restored"))
        quit_application()


def months_text(months) -> str:
    return ", ".join(month.strftime("%m/%Y") for month in months)


def restored_text(result: RestoreResult) -> str:
    translate = QCoreApplication.translate
    lines = [fill(translate("BackupPage", "Restored the backup of %1 (%2 participants)."),
                  format_datetime_local(result.backup.created_at), format_number(result.backup.participants or 0))]
    if result.safety_copy is not None:
        lines.append(fill(translate("BackupPage", "The data before the restore were kept in %1."),
                          result.safety_copy))
    if result.bills_kept:
        lines.append(fill(translate("BackupPage", "The bills closed after that backup were kept: %1."),
                          months_text(result.bills_kept)))
    if result.needs_recover:
        lines.append(translate("BackupPage", "No account can sign in to the restored data: use the recovery key "
                                             "(pekerja-desktop recover)."))
    lines.append(translate("BackupPage", "Pekerja Desktop closes now: open it again and sign in."))
    return "\n\n".join(lines)

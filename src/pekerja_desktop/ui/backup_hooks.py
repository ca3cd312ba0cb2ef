"""The window's part in backups, one call each from ui/app.py: after sign-in, `PRAGMA quick_check` in the
background (1.2 s at 200,000 participants, too long to wait for before the form shows), then either the
recovery dialog or, when due, the daily backup; at sign-out and at exit, a backup of the session's work."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from pekerja_desktop.services.backup.check import DatabaseCheck, quick_check_database
from pekerja_desktop.services.backup.make import automatic_backup, daily_backup_if_due
from pekerja_desktop.services.backup.manifest import BackupInfo

log = logging.getLogger(__name__)
STATUS_MS = 8000
# Shown only when the check finds damage: imported then (it brings the backup page and the restore with it), so
# that a start-up does not pay for it.
RECOVERY_DIALOG = "pekerja_desktop.ui.pages.backup.recovery_dialog"


def open_recovery(window, ctx, runner, check: DatabaseCheck) -> None:
    importlib.import_module(RECOVERY_DIALOG).open_recovery(window, ctx, runner, check)


def check_after_sign_in(window) -> None:
    """`window` is the shown MainWindow (its ctx, runner and status bar)."""
    ctx = window.ctx
    window.runner.run(lambda _control: quick_check_database(ctx), on_done=lambda check: _checked(window, check),
                      on_error=lambda exc: log.error("start-up check failed to run", exc_info=exc))


def _checked(window, check: DatabaseCheck) -> None:
    if not check.ok:
        log.error("database check failed: %s", "; ".join(check.problems))
        open_recovery(window, window.ctx, window.runner, check)
        return
    ctx = window.ctx
    window.runner.run(lambda _control: daily_backup_if_due(ctx), on_done=lambda info: _daily_done(window, info),
                      on_error=lambda exc: log.error("daily backup failed", exc_info=exc))


def _daily_done(window, info: BackupInfo | None) -> None:
    if info is not None:
        window.statusBar().showMessage(QCoreApplication.translate("BackupHooks", "Daily backup made."), STATUS_MS)


def backup_on_exit(window) -> None:
    """The window in use at exit (None: everyone signed out, each sign-out made its own). A damaged database
    fails the copy's own check, so it never rotates good backups out; nothing is shown (the window is gone),
    failures are logged."""
    if window is not None:
        _backup(window.ctx, "exit")


def backup_on_sign_out(ctx) -> None:
    """The operator who signs out leaves a backup of their session behind (the next one may never sign in)."""
    _backup(ctx, "signout")


def _backup(ctx, reason: str) -> None:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        automatic_backup(ctx, reason)
    except Exception:
        log.exception("backup on %s failed", reason)
    finally:
        QGuiApplication.restoreOverrideCursor()

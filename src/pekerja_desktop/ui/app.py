"""Starting the window: data folder, language, first-run wizard, sign-in (and a forced password change), the main
window; after a sign-out, the sign-in again for the next operator."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# isort: off
# The core (SQLAlchemy, SQLModel, the services the window opens with) before Qt: once PySide6 is imported, its
# __feature__ import hook reads the source of every module imported after it, looking for "PySide6" in each —
# about 100 ms of a cold start for the 500-odd modules these lines bring in.
from pekerja_desktop import APP_NAME, __version__
from pekerja_desktop.domain.i18n import set_language
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.paths import DATABASE_URL_ENV, DataLayout, is_set_up, resolve_data_dir
from pekerja_desktop.services.accounts.legacy import needs_securing
from pekerja_desktop.services.accounts.signin import default_username, open_context
from pekerja_desktop.services.context import AppContext
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
# isort: on

from pekerja_desktop.ui import backup_hooks
from pekerja_desktop.ui.failures import show_failure
from pekerja_desktop.ui.i18n import LANGUAGES, install_translators
from pekerja_desktop.ui.main_window import MainWindow
from pekerja_desktop.ui.pages.login import page as login_page  # called through the module: tests stub it
from pekerja_desktop.ui.pages.login.password_dialog import ensure_own_password
from pekerja_desktop.ui.pages.setup.secure_wizard import SecureWizard
from pekerja_desktop.ui.pages.setup.wizard import SetupWizard
from pekerja_desktop.ui.preferences import UiPreferences
from pekerja_desktop.ui.tasks import TaskRunner

DEFAULT_LANGUAGE = "id"


def ensure_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


PASSWORD_ENV = "PEKERJA_PASSWORD"


def preset_credentials(args: argparse.Namespace) -> tuple[str, str] | None:
    """--user (or PEKERJA_USER) with PEKERJA_PASSWORD sign in without the dialog (kiosk scripts, tests)."""
    username, password = default_username(getattr(args, "user", None)), os.environ.get(PASSWORD_ENV)
    return (username, password) if username and password else None


def choose_language(args: argparse.Namespace, prefs: UiPreferences) -> str:
    """--lang, else PEKERJA_LANG, else the language chosen in Settings, else Bahasa Indonesia."""
    for candidate in (getattr(args, "lang", None), os.environ.get("PEKERJA_LANG"), prefs.language):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


def open_or_set_up(data_dir: Path, args: argparse.Namespace, runner: TaskRunner,
                   credentials: tuple[str, str] | None = None) -> AppContext | None:
    """The office's context, signed in; on first run the setup wizard comes first (and its admin is
    signed in). None if cancelled."""
    credentials = credentials or preset_credentials(args)
    if not is_set_up(DataLayout(data_dir)):
        credentials = SetupWizard.run_setup(data_dir, runner)
        if credentials is None:
            return None
    elif needs_securing(DataLayout(data_dir)):  # made by release 0.1.0: encrypt it, create the first admin
        credentials = SecureWizard.run_secure(data_dir, runner)
        if credentials is None:
            return None
    if credentials is not None:
        return open_context(data_dir, *credentials, via="gui")
    return login_page.ask_sign_in(data_dir, default_username(getattr(args, "user", None)) or "")


def after_sign_in(ctx: AppContext) -> bool:
    """Every sign-in passes here before a window opens: a temporary password is replaced first. False (and the
    context closed) if the operator would not."""
    if ensure_own_password(ctx):
        return True
    ctx.close()
    return False


def open_window(ctx: AppContext, runner: TaskRunner, data_dir: Path):
    window = MainWindow(ctx, runner, UiPreferences(data_dir))
    window.show()
    window.activateWindow()
    window.enrolment.focus_first_field()
    backup_hooks.check_after_sign_in(window)  # quick_check, then the recovery dialog or the daily backup
    return window


class Desk(QObject):
    """The window in use. Signing out closes it and its context, then the sign-in asks for the next operator;
    cancelling it ends the application."""

    def __init__(self, data_dir: Path, runner: TaskRunner, window):
        super().__init__(QApplication.instance())
        self.data_dir, self.runner = data_dir, runner
        self.window = None
        self._adopt(window)

    def _adopt(self, window) -> None:
        self.window = window
        window.desk = self
        window.signed_out.connect(self.next_operator)

    def next_operator(self) -> None:
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)  # between the two windows only the sign-in dialog is open
        try:
            username = self._close_window()
            ctx = login_page.ask_sign_in(self.data_dir, username)
            if ctx is not None and after_sign_in(ctx):
                self._adopt(open_window(ctx, self.runner, self.data_dir))
                return
        finally:
            app.setQuitOnLastWindowClosed(True)
        app.quit()

    def _close_window(self) -> str:
        window, self.window = self.window, None
        window.close()
        self.runner.wait_for_done()
        window.ctx.close()
        window.deleteLater()
        return window.ctx.actor

    def close(self) -> None:
        """At exit: the context of the window in use."""
        if self.window is not None:
            self.window.ctx.close()


def start(args: argparse.Namespace, runner: TaskRunner | None = None, credentials: tuple[str, str] | None = None):
    """Everything up to a shown main window with the cursor in the NIK field; None if nothing opened."""
    app = ensure_application()
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    if getattr(args, "database_url", None):  # every sign-in of this run opens that server's database
        os.environ[DATABASE_URL_ENV] = args.database_url
    prefs = UiPreferences(data_dir)
    language = choose_language(args, prefs)
    set_language(language)
    install_translators(app, language)
    runner = runner or TaskRunner()
    try:
        ctx = open_or_set_up(data_dir, args, runner, credentials)
    except PekerjaError as exc:
        show_failure(None, exc)
        return None
    if ctx is None or not after_sign_in(ctx):
        return None
    window = open_window(ctx, runner, data_dir)
    Desk(data_dir, runner, window)
    return window


def run_gui(args: argparse.Namespace) -> int:
    app = ensure_application()
    runner = TaskRunner()
    window = start(args, runner)
    if window is None:
        return 1
    try:
        return app.exec()
    finally:
        runner.wait_for_done()
        backup_hooks.backup_on_exit(window.desk.window)
        window.desk.close()

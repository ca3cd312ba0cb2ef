"""Starting the window: data folder, language, one window per data folder (`single_instance.py`), first-run
wizard, sign-in (and a forced password change), the main window; after a sign-out, the sign-in again for the next
operator."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

# isort: off
# The core (SQLAlchemy, SQLModel, the services the window opens with) before Qt: once PySide6 is imported, its
# __feature__ import hook reads the source of every module imported after it, looking for "PySide6" in each —
# about 100 ms of a cold start for the 500-odd modules these lines bring in.
from pekerja_desktop import APP_NAME, __version__
from pekerja_desktop.assets import asset_path
from pekerja_desktop.domain.i18n import set_language
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.paths import DATABASE_URL_ENV, DataLayout, is_set_up, resolve_data_dir
from pekerja_desktop.services.accounts.legacy import needs_securing
from pekerja_desktop.services.accounts.signin import default_username, open_context
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.ui.core_first import WINDOW_CORE  # noqa: F401 (imported for its effect: the window's core)
from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
# isort: on

from pekerja_desktop.ui import backup_hooks
from pekerja_desktop.ui.failures import show_failure
from pekerja_desktop.ui.fonts import install_ui_fonts
from pekerja_desktop.ui.i18n import LANGUAGES, install_translators
from pekerja_desktop.ui.main_window import MainWindow
from pekerja_desktop.ui.pages.login import page as login_page  # called through the module: tests stub it
from pekerja_desktop.ui.pages.login.password_dialog import ensure_own_password
from pekerja_desktop.ui.palette import follow_system
from pekerja_desktop.ui.preferences import UiPreferences
from pekerja_desktop.ui.second_start import hand_over
from pekerja_desktop.ui.single_instance import WindowLock
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets.accessible import name_windows_as_they_open

DEFAULT_LANGUAGE = "id"
ICON = "icon.png"  # drawn by packaging/make_icon.py, as the executables' .ico
# The first-run wizards (with the recovery key sheet's ReportLab and the printer dialogs) are imported only when a
# data folder needs one, not at every start (bench/bench_gui_start.py).
SETUP_WIZARD = ("pekerja_desktop.ui.pages.setup.wizard", "SetupWizard")
SECURE_WIZARD = ("pekerja_desktop.ui.pages.setup.secure_wizard", "SecureWizard")


def ensure_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_ui_fonts(app)  # before any widget is built
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(asset_path(ICON))))  # every window's, and the taskbar's
    follow_system(app)  # the dark variant of our colours when the system's palette is dark
    name_windows_as_they_open(app)  # accessible names for every dialog's fields (widgets/accessible.py)
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


def wizard(module_and_class: tuple[str, str]):
    """One of the first-run wizards' classes (SETUP_WIZARD, SECURE_WIZARD), imported now."""
    module, class_name = module_and_class
    return getattr(importlib.import_module(module), class_name)


def open_or_set_up(data_dir: Path, args: argparse.Namespace, runner: TaskRunner,
                   credentials: tuple[str, str] | None = None) -> AppContext | None:
    """The office's context, signed in; on first run the setup wizard comes first (and its admin is
    signed in). None if cancelled."""
    credentials = credentials or preset_credentials(args)
    if not is_set_up(DataLayout(data_dir)):
        credentials = wizard(SETUP_WIZARD).run_setup(data_dir, runner)
        if credentials is None:
            return None
    elif needs_securing(DataLayout(data_dir)):  # made by release 0.1.0: encrypt it, create the first admin
        credentials = wizard(SECURE_WIZARD).run_secure(data_dir, runner)
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


def open_window(ctx: AppContext, runner: TaskRunner, data_dir: Path, bundle: Path | None = None):
    """The main window, with the cursor in the NIK field, or on the Sync page previewing `bundle`."""
    window = MainWindow(ctx, runner, UiPreferences(data_dir))
    window.show()
    window.activateWindow()
    window.enrolment.focus_first_field()
    backup_hooks.check_after_sign_in(window)  # quick_check, then the recovery dialog or the daily backup
    if bundle is not None:
        window.open_bundle(bundle)
    return window


class Desk(QObject):
    """The window in use. Signing out closes it and its context, then the sign-in asks for the next operator;
    cancelling it ends the application. With the folder's `lock`, bundles handed over by second starts go to the
    window in use (or wait for the next one)."""

    def __init__(self, data_dir: Path, runner: TaskRunner, window, lock: WindowLock | None = None):
        super().__init__(QApplication.instance())
        self.data_dir, self.runner, self.lock = data_dir, runner, lock
        self.window = None
        self._adopt(window)

    def _adopt(self, window) -> None:
        self.window = window
        window.desk = self
        window.signed_out.connect(self.next_operator)
        if self.lock is not None:
            self.lock.window = window

    def next_operator(self) -> None:
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)  # between the two windows only the sign-in dialog is open
        try:
            username = self._close_window()
            ctx = login_page.ask_sign_in(self.data_dir, username)
            if ctx is not None and after_sign_in(ctx):
                pending = self.lock.take_pending() if self.lock is not None else None
                self._adopt(open_window(ctx, self.runner, self.data_dir, pending))
                return
        finally:
            app.setQuitOnLastWindowClosed(True)
        app.quit()

    def _close_window(self) -> str:
        window, self.window = self.window, None
        if self.lock is not None:
            self.lock.window = None
        window.close()
        self.runner.wait_for_done()
        backup_hooks.backup_on_sign_out(window.ctx)
        window.ctx.close()
        window.deleteLater()
        return window.ctx.actor

    def close(self) -> None:
        """At exit: the context of the window in use."""
        if self.window is not None:
            self.window.ctx.close()


def prepare(args: argparse.Namespace) -> tuple[QApplication, Path]:
    """The application in the user's language, and the data folder it opens."""
    app = ensure_application()
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    if getattr(args, "database_url", None):  # every sign-in of this run opens that server's database
        os.environ[DATABASE_URL_ENV] = args.database_url
    language = choose_language(args, UiPreferences(data_dir))
    set_language(language)
    install_translators(app, language)
    return app, data_dir


def start(args: argparse.Namespace, runner: TaskRunner | None = None, credentials: tuple[str, str] | None = None):
    """Everything up to a shown main window with the cursor in the NIK field; None if nothing opened."""
    _app, data_dir = prepare(args)
    return open_desk(data_dir, args, runner or TaskRunner(), credentials)


def open_desk(data_dir: Path, args: argparse.Namespace, runner: TaskRunner,
              credentials: tuple[str, str] | None = None, lock: WindowLock | None = None):
    """The first-run wizard or the sign-in, then the main window (on the bundle given or handed over meanwhile)."""
    try:
        ctx = open_or_set_up(data_dir, args, runner, credentials)
    except PekerjaError as exc:
        show_failure(None, exc)
        return None
    if ctx is None or not after_sign_in(ctx):
        return None
    handed_over = lock.take_pending() if lock is not None else None
    window = open_window(ctx, runner, data_dir, handed_over or getattr(args, "bundle_file", None))
    Desk(data_dir, runner, window, lock)
    return window


def run_gui(args: argparse.Namespace) -> int:
    """The window program: one window per data folder; a second start hands its bundle over and ends."""
    app, data_dir = prepare(args)
    lock = WindowLock(data_dir)
    if not lock.take():
        return hand_over(lock, getattr(args, "bundle_file", None))
    runner = TaskRunner()
    try:
        window = open_desk(data_dir, args, runner, lock=lock)
        if window is None:
            return 1
        try:
            return app.exec()
        finally:
            runner.wait_for_done()
            backup_hooks.backup_on_exit(window.desk.window)
            window.desk.close()
    finally:
        lock.release()

"""Starting the window: data folder, language, first-run wizard, the office context, the main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from pekerja_desktop import APP_NAME, __version__
from pekerja_desktop.domain.i18n import set_language
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.paths import resolve_data_dir
from pekerja_desktop.services.context import AppContext, default_actor, open_context
from pekerja_desktop.ui.i18n import LANGUAGES, install_translators
from pekerja_desktop.ui.preferences import UiPreferences
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets import messages

DEFAULT_LANGUAGE = "id"


def ensure_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def actor_of(args: argparse.Namespace) -> str:
    return default_actor(getattr(args, "user", None))


def choose_language(args: argparse.Namespace, prefs: UiPreferences) -> str:
    """--lang, else PEKERJA_LANG, else the language chosen in Settings, else Bahasa Indonesia."""
    for candidate in (getattr(args, "lang", None), os.environ.get("PEKERJA_LANG"), prefs.language):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


def open_or_set_up(data_dir: Path, actor: str, runner: TaskRunner) -> AppContext | None:
    """The office's context; on first run the setup wizard comes first. None if cancelled or failed."""
    from pekerja_desktop.ui.wizard import SetupWizard

    try:
        return open_context(data_dir, actor)
    except PekerjaError as exc:
        if exc.code != "setup.not_done":
            messages.show_error(None, exc.message())
            return None
    if SetupWizard.run_setup(data_dir, runner) is None:
        return None
    return open_context(data_dir, actor)


def start(args: argparse.Namespace, runner: TaskRunner | None = None):
    """Everything up to a shown main window with the cursor in the NIK field; None if nothing opened."""
    app = ensure_application()
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    prefs = UiPreferences(data_dir)
    language = choose_language(args, prefs)
    set_language(language)
    install_translators(app, language)
    runner = runner or TaskRunner()
    try:
        ctx = open_or_set_up(data_dir, actor_of(args), runner)
    except PekerjaError as exc:
        messages.show_error(None, exc.message())
        return None
    if ctx is None:
        return None
    from pekerja_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx, runner, UiPreferences(data_dir))
    window.show()
    window.activateWindow()
    window.enrolment.focus_first_field()
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
        window.ctx.close()

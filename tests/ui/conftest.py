"""Fixtures for the window tests: a synchronous task runner, the Indonesian catalogue, keyboard helpers."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("PEKERJA_CACHE_DIR", tempfile.mkdtemp(prefix="pekerja-cache-"))


def _laptop_screen() -> None:
    """The offscreen platform with the clerks' 1366×768 screen instead of its default 800×800."""
    config = Path(tempfile.mkdtemp(prefix="pekerja-screen-")) / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpiX": 96, "logicalDpiY": 96}]}))
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


@pytest.fixture(scope="session", autouse=True)
def laptop_screen():
    """Set before the QApplication exists (test modules re-import tests/conftest.py, which resets it)."""
    if QApplication.instance() is None:
        _laptop_screen()

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pekerja_desktop.ui.fonts import install_ui_fonts  # noqa: E402
from pekerja_desktop.ui.i18n import install_translators, remove_translators  # noqa: E402
from pekerja_desktop.ui.tasks import SynchronousRunner  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def ui_fonts(laptop_screen, qapp):
    """The bundled interface font, as the application installs it before building any widget."""
    install_ui_fonts(qapp)


@pytest.fixture
def runner() -> SynchronousRunner:
    return SynchronousRunner()


@pytest.fixture
def indonesian(qapp):
    """The Indonesian catalogue installed for one test (removed afterwards, so other tests see English)."""
    installed = install_translators(qapp, "id")
    assert installed, "the Indonesian catalogue did not load"
    yield installed
    remove_translators(qapp)


class Keyboard:
    """Types into whatever has the focus (or an open completer popup), as a clerk's keyboard does."""

    def __init__(self, qtbot):
        self.qtbot = qtbot

    @staticmethod
    def target():
        target = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        return target

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.target(), text)

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.target(), key, modifier)

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.press(Qt.Key.Key_Tab)

    def ctrl(self, key, shift: bool = False) -> None:
        modifier = Qt.KeyboardModifier.ControlModifier
        if shift:
            modifier |= Qt.KeyboardModifier.ShiftModifier
        self.press(key, modifier)


@pytest.fixture
def keyboard(qtbot) -> Keyboard:
    return Keyboard(qtbot)



# --- operators of each role ------------------------------------------------------------------------------

from tests.support.accounts import CLERK, SUPERVISOR, sign_in_as  # noqa: E402


@pytest.fixture
def clerk_ctx(data_dir):
    """Signed in as a petugas (never together with the admin's `ctx`: one context at a time)."""
    context = sign_in_as(data_dir, CLERK)
    yield context
    context.close()


@pytest.fixture
def supervisor_ctx(data_dir):
    """Signed in as a supervisor (never together with the admin's `ctx`)."""
    context = sign_in_as(data_dir, SUPERVISOR)
    yield context
    context.close()

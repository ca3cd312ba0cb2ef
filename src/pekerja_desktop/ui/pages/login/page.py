"""The sign-in window: office (read before the database is open), user name, password; Enter signs in.

A wrong password, a locked account (until HH:MM) or a deactivated one is said in a line under the fields; the
dialog stays open until the password opens the database or the clerk cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.errors import AccountError
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.accounts.unlock import FAILED_LOGINS_BEFORE_LOCK, LOCK_DURATION, locked_until
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.setup.office import read_office_summary
from pekerja_desktop.ui.palette import brand_band, hint_style, title_style
from pekerja_desktop.ui.widgets.formatting import fill
from pekerja_desktop.ui.widgets.labels import error_label

Opener = Callable[[Path, str, str], AppContext]
PRODUCT_NAME = "Pekerja Desktop"  # a name, not translated


def _default_opener(data_dir: Path, username: str, password: str) -> AppContext:
    return open_context(data_dir, username, password, via="gui")


def locked_message(layout: DataLayout, username: str) -> str | None:
    """The lockout, as the service words it, if the account is locked now."""
    until = locked_until(layout, username)
    if until is None:
        return None
    clock = until.astimezone().strftime("%H:%M")
    return AccountError("login.locked", username=username.strip().lower(), until=clock).message()


def office_banner(summary: dict, parent: QWidget) -> QFrame:
    """The application's name and which office this laptop holds."""
    banner = QFrame(parent)
    banner.setObjectName("banner")
    banner.setStyleSheet(brand_band("banner"))
    title = QLabel(PRODUCT_NAME, banner)
    title.setStyleSheet(title_style())
    office = QLabel(f"<b>{summary.get('code', '?')}</b> · {summary.get('name', '')}", banner)
    office.setObjectName("office")
    office.setStyleSheet("font-size: 12pt;")
    column = QVBoxLayout(banner)
    column.setContentsMargins(18, 14, 18, 14)
    column.addWidget(title)
    column.addWidget(office)
    return banner


class LoginDialog(QDialog):
    """Keeps asking until the password opens the database or the clerk cancels; `context` is then set."""

    def __init__(self, data_dir: Path, username: str = "", parent: QWidget | None = None,
                 opener: Opener = _default_opener):
        super().__init__(parent)
        self._data_dir, self._opener = data_dir, opener
        self.context: AppContext | None = None
        self.setWindowTitle(fill(self.tr("%1 — sign in"), PRODUCT_NAME))
        self.summary = read_office_summary(DataLayout(data_dir)) or {}
        self._build(username)
        (self.password if username else self.username).setFocus()

    def _build(self, username: str) -> None:
        self.username = QLineEdit(username, self)
        self.username.setMinimumWidth(320)  # sets the dialog's width; messages wrap within it
        self.username.setPlaceholderText(self.tr("e.g. maria.s"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label(self)
        help_text = QLabel(self.tr("Forgot your password? The office admin can set a temporary one."), self)
        help_text.setWordWrap(True)
        help_text.setStyleSheet(hint_style())
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        body = QVBoxLayout()
        body.setContentsMargins(18, 12, 18, 0)
        body.addLayout(form)
        body.addWidget(self.error)
        body.addWidget(help_text)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # grows with a wrapped message
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(office_banner(self.summary, self))
        layout.addLayout(body)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
        self.sign_in_button = QPushButton(self.tr("Sign in"), self)
        self.sign_in_button.setDefault(True)  # Enter in either field signs in
        self.cancel_button = QPushButton(self.tr("Close"), self)
        self.cancel_button.setAutoDefault(False)
        self.sign_in_button.clicked.connect(self.try_sign_in)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.setContentsMargins(18, 8, 18, 0)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.sign_in_button)
        return row

    def try_sign_in(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._refuse(self.tr("Type your user name and password."), self.username if not username else None)
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.context = self._opener(self._data_dir, username, password)
        except PekerjaError as exc:
            self._refuse(self._failure_text(exc, username))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def _failure_text(self, exc: PekerjaError, username: str) -> str:
        if getattr(exc, "code", "") != "login.failed":
            return exc.message()
        locked = locked_message(DataLayout(self._data_dir), username)  # this failure may have been the last try
        if locked:
            return locked
        return exc.message() + " " + fill(self.tr("After %1 wrong passwords the account is locked for %2 minutes."),
                                          FAILED_LOGINS_BEFORE_LOCK, int(LOCK_DURATION.total_seconds() // 60))

    def _refuse(self, text: str, focus: QLineEdit | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        self.password.clear()
        (focus or self.password).setFocus()


def ask_sign_in(data_dir: Path, username: str = "", parent: QWidget | None = None) -> AppContext | None:
    dialog = LoginDialog(data_dir, username, parent)
    dialog.exec()
    return dialog.context

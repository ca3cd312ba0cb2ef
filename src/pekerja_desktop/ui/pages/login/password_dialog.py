"""Changing the signed-in operator's own password (old, new, repeat). Forced after an admin's reset: the
temporary password must be replaced before the window opens."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.accounts.manage import MIN_PASSWORD_LENGTH, change_own_password
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.ui.palette import hint_style
from pekerja_desktop.ui.widgets.formatting import fill
from pekerja_desktop.ui.widgets.labels import error_label

Changer = Callable[[AppContext, str, str], None]


def password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PasswordDialog(QDialog):
    """Accepted once the service has changed the password; a refusal is shown under the fields."""

    def __init__(self, ctx: AppContext, *, forced: bool = False, parent: QWidget | None = None,
                 change: Changer = change_own_password):
        super().__init__(parent)
        self._ctx, self._change, self.forced = ctx, change, forced
        self.setWindowTitle(self.tr("Change password"))
        self.old, self.new, self.repeat = password_field(self), password_field(self), password_field(self)
        self.error = error_label(self)
        self.old.setMinimumWidth(300)  # sets the dialog's width; texts wrap within it
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # grows with a wrapped message
        layout.addWidget(self._intro())
        layout.addLayout(self._form())
        layout.addWidget(self.error)
        layout.addLayout(self._buttons())
        self.old.setFocus()

    def _intro(self) -> QLabel:
        operator = self._ctx.operator
        who = f"<b>{operator.username}</b>" + (f" ({operator.display_name})" if operator.display_name else "")
        text = (fill(self.tr("%1: your password was set by the admin. Choose your own password before you "
                             "continue."), who) if self.forced else
                fill(self.tr("New password for %1."), who))
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        return intro

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("&Current password") if not self.forced else self.tr("&Temporary password"), self.old)
        form.addRow(self.tr("&New password"), self.new)
        form.addRow(self.tr("&Repeat the new password"), self.repeat)
        rule = QLabel(fill(self.tr("At least %1 characters. A short sentence is easier to remember than a code."),
                           MIN_PASSWORD_LENGTH), self)
        rule.setWordWrap(True)
        rule.setStyleSheet(hint_style())
        form.addRow("", rule)
        return form

    def _buttons(self) -> QHBoxLayout:
        self.change_button = QPushButton(self.tr("Change password"), self)
        self.change_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Sign out") if self.forced else self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.change_button.clicked.connect(self.try_change)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.change_button)
        return row

    def try_change(self) -> None:
        old, new = self.old.text(), self.new.text()
        if new != self.repeat.text():
            self._refuse(self.tr("The two new passwords differ."), self.repeat)
            return
        if new == old:
            self._refuse(self.tr("The new password must differ from the current one."), self.new)
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._change(self._ctx, old, new)
        except PekerjaError as exc:
            self._refuse(exc.message(), self.old if exc.code == "account.old_password" else self.new)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def _refuse(self, text: str, focus: QLineEdit) -> None:
        self.error.setText(text)
        self.error.show()
        focus.selectAll()
        focus.setFocus()


def change_password(ctx: AppContext, parent: QWidget | None = None, *, forced: bool = False) -> bool:
    """Ask for a new password; True once it is changed (the context then no longer asks for a change)."""
    dialog = PasswordDialog(ctx, forced=forced, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    ctx.operator = dataclasses.replace(ctx.operator, must_change_password=False)
    return True


def ensure_own_password(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """After an admin's reset the temporary password is replaced first; False if the operator refused."""
    return not ctx.operator.must_change_password or change_password(ctx, parent, forced=True)

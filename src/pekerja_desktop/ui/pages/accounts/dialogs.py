"""The admin's account dialogs: a new account, another role, a temporary password. Each hands its values to a
`submit` callable (a service call); a refusal is shown inside the dialog, which stays open to correct it."""

from __future__ import annotations

import secrets
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from pekerja_desktop.domain.roles import Role
from pekerja_desktop.services.accounts.manage import MIN_PASSWORD_LENGTH, NewAccount
from pekerja_desktop.ui.fonts import fixed_font
from pekerja_desktop.ui.palette import hint_style
from pekerja_desktop.ui.widgets.code_combo import CodeComboBox
from pekerja_desktop.ui.widgets.formatting import fill
from pekerja_desktop.ui.widgets.role_names import role_choices
from pekerja_desktop.ui.widgets.submit_dialog import SubmitDialog

# No 0/O, 1/l/I: a temporary password is read out or written on paper.
READABLE = "abcdefghijkmnpqrstuvwxyz23456789"


class AccountDialogs(QObject):
    """The translation context of the texts the dialogs share (`self.tr` would look them up under each
    subclass): `AccountDialogs.tr(…)` is what lupdate reads."""


def suggest_password(groups: int = 3, size: int = 4) -> str:
    """'k7pm-x2qa-hr9d': 12 random characters (about 60 bits), easy to read out."""
    return "-".join("".join(secrets.choice(READABLE) for _ in range(size)) for _ in range(groups))


def temporary_password_field(parent: QWidget) -> tuple[QLineEdit, QHBoxLayout]:
    """Shown in clear (the admin reads it out), with a button suggesting a random one."""
    field = QLineEdit(suggest_password(), parent)
    field.setMinimumWidth(260)
    field.setFont(fixed_font())
    again = QPushButton(AccountDialogs.tr("Suggest another"), parent)
    again.setAutoDefault(False)
    again.clicked.connect(lambda: field.setText(suggest_password()))
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(again)
    return field, row


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A form label whose Alt+letter moves to `field` (a row holding a layout gets no buddy by itself)."""
    label = QLabel(text, field.parentWidget())
    label.setBuddy(field)
    return label


def password_rule(parent: QWidget) -> QLabel:
    rule = QLabel(fill(AccountDialogs.tr("At least %1 characters. Give it to the person privately: they choose their "
                                         "own at the first sign-in."), MIN_PASSWORD_LENGTH), parent)
    rule.setWordWrap(True)
    rule.setStyleSheet(hint_style())
    return rule


class NewAccountDialog(SubmitDialog):
    def __init__(self, submit: Callable[[NewAccount], None], parent: QWidget | None = None):
        super().__init__(submit, parent)
        self.set_texts(self.tr("New account"), self.tr("Create account"))
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("e.g. maria.s (small letters, digits, dot)"))
        self.display_name = QLineEdit(self)
        self.display_name.setPlaceholderText(self.tr("e.g. Maria Sahetapy"))
        self.role = CodeComboBox(role_choices(), blank=None, parent=self)
        self.role.set_code(Role.PETUGAS.value)
        self.password, row = temporary_password_field(self)
        self.form.addRow(self.tr("&User name"), self.username)
        self.form.addRow(self.tr("&Full name"), self.display_name)
        self.form.addRow(AccountDialogs.tr("&Role"), self.role)
        self.form.addRow(buddy_label(AccountDialogs.tr("&Temporary password"), self.password), row)
        self.form.addRow("", password_rule(self))
        self.username.setFocus()

    def value(self) -> NewAccount:
        return NewAccount(self.username.text(), self.password.text(), self.role.code(), self.display_name.text())


class RoleDialog(SubmitDialog):
    def __init__(self, username: str, current: str, submit: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(submit, parent)
        self.set_texts(fill(self.tr("Role of %1"), username), self.tr("Change role"))
        self.role = CodeComboBox(role_choices(), blank=None, parent=self)
        self.role.set_code(current)
        self.form.addRow(AccountDialogs.tr("&Role"), self.role)
        explain = QLabel(self.tr("Clerk: enrols, edits own records until exported, prints.\nSupervisor: also "
                                 "edits any record, confirms warnings, exports, imports, reprints.\nAdmin: also "
                                 "accounts and settings."), self)
        explain.setStyleSheet(hint_style())
        self.form.addRow("", explain)
        self.role.setFocus()

    def value(self) -> str:
        return self.role.code()


class ResetPasswordDialog(SubmitDialog):
    def __init__(self, username: str, submit: Callable[[str], None], parent: QWidget | None = None,
                 reactivate: bool = False):
        super().__init__(submit, parent)
        self.set_texts(fill(self.tr("Reactivate %1") if reactivate else self.tr("New password for %1"), username),
                       self.tr("Reactivate") if reactivate else self.tr("Set password"))
        self.password, row = temporary_password_field(self)
        self.form.addRow(buddy_label(AccountDialogs.tr("&Temporary password"), self.password), row)
        self.form.addRow("", password_rule(self))
        self.password.setFocus()
        self.password.selectAll()

    def value(self) -> str:
        return self.password.text()

"""Akun (admins only): the office's operator accounts; add one, change a role, set a temporary password,
unlock after failed logins, deactivate or reactivate. Every change goes through services.accounts.manage
(which checks the admin's permission and records it in the audit trail)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.accounts import manage
from pekerja_desktop.services.accounts.manage import AccountRow, NewAccount
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.ui.failures import show_failure
from pekerja_desktop.ui.pages.accounts.dialogs import NewAccountDialog, ResetPasswordDialog, RoleDialog
from pekerja_desktop.ui.pages.accounts.model import AccountsModel, Column
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets import messages
from pekerja_desktop.ui.widgets.formatting import fill
from pekerja_desktop.ui.widgets.labels import NoticeLabel
from pekerja_desktop.ui.widgets.role_names import role_name


class AccountsPage(QWidget):
    """Contract with the main window: `AccountsPage(ctx, runner)`, `refresh()`."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.model = AccountsModel(self)
        self._build()
        self.refresh()

    # --- construction -------------------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(self.tr("Each person who uses this laptop signs in with their own account. Clerks enrol and "
                               "print; supervisors also correct, confirm warnings and send data; admins also manage "
                               "accounts and settings."), self)
        intro.setWordWrap(True)
        self.table = self._table()
        self.notice = NoticeLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._buttons())
        layout.addWidget(self.notice)
        self.setFocusProxy(self.table)

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().currentRowChanged.connect(lambda *_args: self._update_buttons())
        return table

    def _buttons(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("&New account\u2026"), self)
        self.role_button = QPushButton(self.tr("Change &role\u2026"), self)
        self.reset_button = QPushButton(self.tr("&Temporary password\u2026"), self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.active_button = QPushButton(self.tr("&Deactivate"), self)
        self.reset_button.setToolTip(self.tr("For a forgotten password: the person chooses a new one at sign-in."))
        self.unlock_button.setToolTip(self.tr("Ends the 5-minute lock after too many wrong passwords."))
        for button, slot in ((self.add_button, self.add_account), (self.role_button, self.change_role),
                             (self.reset_button, self.reset_password), (self.unlock_button, self.unlock),
                             (self.active_button, self.toggle_active)):
            button.clicked.connect(slot)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        for button in (self.role_button, self.reset_button, self.unlock_button, self.active_button):
            row.addWidget(button)
        return row

    # --- public -------------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        current = select or (self.current().username if self.current() else None)
        try:
            self.model.set_rows(manage.list_accounts(self._ctx))
        except PekerjaError as exc:
            self.notice.failed(exc.message())
        row = self.model.row_of(current) if current else -1
        self.table.selectRow(row if row >= 0 else 0)
        self._update_buttons()

    def current(self) -> AccountRow | None:
        return self.model.account(self.table.currentIndex().row())

    # --- actions ------------------------------------------------------------------------------------

    def add_account(self) -> None:
        created: list[NewAccount] = []

        def submit(account: NewAccount) -> None:
            row = manage.create_account(self._ctx, account)
            # the password the admin typed is a temporary one: its owner replaces it at the first sign-in
            manage.reset_password(self._ctx, row.username, account.password)
            created.append(NewAccount(row.username, account.password, row.role, row.display_name))

        if NewAccountDialog(submit, self).exec() and created:
            account = created[0]
            self._done(fill(self.tr("Account %1 created (%2). Give them the temporary password; they choose their "
                                    "own at the first sign-in."), account.username, role_name(account.role)),
                       account.username)

    def change_role(self) -> None:
        account = self.current()
        if account is None:
            return
        chosen: list[str] = []

        def submit(role: str) -> None:
            manage.set_role(self._ctx, account.username, role)
            chosen.append(role)

        if RoleDialog(account.username, account.role, submit, self).exec() and chosen:
            self._done(fill(self.tr("%1 is now %2."), account.username, role_name(chosen[0])), account.username)

    def reset_password(self) -> None:
        account = self.current()
        if account is None:
            return
        reactivate = not account.active
        dialog = ResetPasswordDialog(account.username,
                                     lambda password: manage.reset_password(self._ctx, account.username, password),
                                     self, reactivate=reactivate)
        if dialog.exec():
            text = self.tr("%1 is active again with a temporary password.") if reactivate else \
                self.tr("%1 has a temporary password now and chooses a new one at the next sign-in.")
            self._done(fill(text, account.username), account.username)

    def unlock(self) -> None:
        account = self.current()
        if account is not None:
            self._act(lambda: manage.unlock_account(self._ctx, account.username),
                      fill(self.tr("%1 may sign in again."), account.username), account.username)

    def toggle_active(self) -> None:
        account = self.current()
        if account is None:
            return
        if not account.active:
            self.reset_password()  # a deactivated account lost its key: it comes back with a new password
            return
        question = fill(self.tr("Deactivate %1? Their password stops working at once; their records stay."),
                        account.username)
        if messages.confirm(self, self.tr("Deactivate account"), question, self.tr("Deactivate"),
                            self.tr("Cancel")):
            self._act(lambda: manage.set_active(self._ctx, account.username, False),
                      fill(self.tr("%1 is deactivated."), account.username), account.username)

    # --- helpers ------------------------------------------------------------------------------------

    def _act(self, call: Callable[[], None], done_text: str, username: str) -> None:
        try:
            call()
        except PekerjaError as exc:
            self.notice.failed(show_failure(self, exc))
            return
        self._done(done_text, username)

    def _done(self, text: str, username: str) -> None:
        self.refresh(username)
        self.notice.done(text)

    def _update_buttons(self) -> None:
        account = self.current()
        chosen = account is not None
        own = chosen and account.username == self._ctx.actor
        for button in (self.role_button, self.reset_button):
            button.setEnabled(chosen and not own)
        self.unlock_button.setEnabled(chosen and account.locked_until is not None)
        self.active_button.setEnabled(chosen and not own)
        self.active_button.setText(self.tr("&Deactivate") if not chosen or account.active
                                   else self.tr("Re&activate\u2026"))
        own_reason = self.tr("Not for your own account: another admin does it (your own password: the menu on "
                             "your name, top right).") if own else ""
        for button in (self.role_button, self.reset_button, self.active_button):
            button.setToolTip(own_reason or self._default_tip(button))

    def _default_tip(self, button: QPushButton) -> str:
        if button is self.reset_button:
            return self.tr("For a forgotten password: the person chooses a new one at sign-in.")
        return ""

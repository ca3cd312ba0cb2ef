"""The operator accounts as a table model: `AccountRow`s from services.accounts.manage, no widget code."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from pekerja_desktop.services.accounts.manage import AccountRow
from pekerja_desktop.ui.palette import colours, qcolor
from pekerja_desktop.ui.widgets.role_names import role_name
from pekerja_desktop.ui.widgets.rows_model import RowsModel

CONTEXT = "AccountsModel"


class Column(IntEnum):
    USERNAME = 0
    NAME = 1
    ROLE = 2
    STATUS = 3
    LOCKED_UNTIL = 4
    PASSWORD_CHANGED = 5


HEADERS = {
    Column.USERNAME: QT_TRANSLATE_NOOP("AccountsModel", "User name"),
    Column.NAME: QT_TRANSLATE_NOOP("AccountsModel", "Full name"),
    Column.ROLE: QT_TRANSLATE_NOOP("AccountsModel", "Role"),
    Column.STATUS: QT_TRANSLATE_NOOP("AccountsModel", "Status"),
    Column.LOCKED_UNTIL: QT_TRANSLATE_NOOP("AccountsModel", "Locked until"),
    Column.PASSWORD_CHANGED: QT_TRANSLATE_NOOP("AccountsModel", "Password set"),
}
STATUS_TEXTS = {
    "active": QT_TRANSLATE_NOOP("AccountsModel", "Active"),
    "must_change": QT_TRANSLATE_NOOP("AccountsModel", "Active, temporary password"),
    "inactive": QT_TRANSLATE_NOOP("AccountsModel", "Deactivated"),
}


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_of(row: AccountRow) -> str:
    if not row.active:
        return "inactive"
    return "must_change" if row.must_change_password else "active"


def local_text(moment: dt.datetime | None, with_time: bool = True) -> str:
    """dd/MM/yyyy (HH:mm) in the laptop's time zone; stored times are UTC (naive when read from SQLite)."""
    if moment is None:
        return ""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone()
    return local.strftime("%d/%m/%Y %H:%M" if with_time else "%d/%m/%Y")


class AccountsModel(RowsModel):
    CONTEXT = CONTEXT
    HEADERS = HEADERS

    def row_of(self, username: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row.username == username), -1)

    def account(self, row: int) -> AccountRow | None:
        return self.row_at(row)

    def text(self, row: AccountRow, column: int) -> str:
        return self._display(row, Column(column))

    def raw(self, row: AccountRow, column: int):
        return row.password_changed_at.isoformat() if column == Column.PASSWORD_CHANGED else self.text(row, column)

    def colour(self, row: AccountRow, column: int) -> QColor | None:
        return self._colour(row, Column(column))

    def _display(self, row: AccountRow, column: Column) -> str:
        if column == Column.USERNAME:
            return row.username
        if column == Column.NAME:
            return row.display_name
        if column == Column.ROLE:
            return role_name(row.role)
        if column == Column.STATUS:
            return translate(STATUS_TEXTS[status_of(row)])
        if column == Column.LOCKED_UNTIL:
            return local_text(row.locked_until)
        return local_text(row.password_changed_at, with_time=False)

    @staticmethod
    def _colour(row: AccountRow, column: Column) -> QColor | None:
        c = colours()
        if column == Column.STATUS:
            colour = {"inactive": c.muted_text, "must_change": c.caution}.get(status_of(row))
            return qcolor(colour) if colour else None
        if column == Column.LOCKED_UNTIL and row.locked_until:
            return qcolor(c.error_text)
        return None

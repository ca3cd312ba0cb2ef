"""The backups in a folder as a table model (BackupInfo rows from services.backup), no widget code."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pekerja_desktop.domain.dates import format_datetime_local
from pekerja_desktop.services.backup.manifest import BackupInfo
from pekerja_desktop.ui.widgets.formatting import format_number
from pekerja_desktop.ui.widgets.rows_model import RIGHT, RowsModel

CONTEXT = "BackupModel"


class Column(IntEnum):
    MADE_AT = 0
    REASON = 1
    PARTICIPANTS = 2
    SIZE = 3
    FILE = 4


HEADERS = {
    Column.MADE_AT: QT_TRANSLATE_NOOP("BackupModel", "Made at"),
    Column.REASON: QT_TRANSLATE_NOOP("BackupModel", "Why"),
    Column.PARTICIPANTS: QT_TRANSLATE_NOOP("BackupModel", "Participants"),
    Column.SIZE: QT_TRANSLATE_NOOP("BackupModel", "Size"),
    Column.FILE: QT_TRANSLATE_NOOP("BackupModel", "File"),
}
REASONS = {
    "exit": QT_TRANSLATE_NOOP("BackupModel", "On exit"),
    "daily": QT_TRANSLATE_NOOP("BackupModel", "Daily"),
    "manual": QT_TRANSLATE_NOOP("BackupModel", "By hand"),
    "pre-restore": QT_TRANSLATE_NOOP("BackupModel", "Before a restore"),
    "pre-migration": QT_TRANSLATE_NOOP("BackupModel", "Before an upgrade"),
}


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def reason_text(reason: str) -> str:
    return translate(REASONS[reason]) if reason in REASONS else reason


def size_text(size: int) -> str:
    """MiB with one decimal, the decimal mark of the interface language (0,5 MiB / 0.5 MiB)."""
    whole, tenth = divmod(round(size * 10 / 2**20), 10)
    mark = "," if format_number(1000) == "1.000" else "."
    return f"{format_number(whole)}{mark}{tenth} MiB"


class BackupModel(RowsModel):
    CONTEXT = CONTEXT
    HEADERS = HEADERS

    def backup(self, row: int) -> BackupInfo | None:
        return self.row_at(row)

    def text(self, info: BackupInfo, column: int) -> str:
        return self._text(info, Column(column))

    def raw(self, info: BackupInfo, column: int):
        return self._sort_value(info, Column(column))

    def tooltip(self, info: BackupInfo, column: int) -> str:
        return str(info.path)

    def alignment(self, info: BackupInfo, column: int) -> int | None:
        return RIGHT if column in (Column.PARTICIPANTS, Column.SIZE) else None

    @staticmethod
    def _text(info: BackupInfo, column: Column) -> str:
        if column == Column.MADE_AT:
            return format_datetime_local(info.created_at)
        if column == Column.REASON:
            return reason_text(info.reason)
        if column == Column.PARTICIPANTS:
            return "" if info.participants is None else format_number(info.participants)
        if column == Column.SIZE:
            return size_text(info.size)
        return info.path.name

    @staticmethod
    def _sort_value(info: BackupInfo, column: Column):
        values = {Column.MADE_AT: info.created_at, Column.REASON: info.reason,
                  Column.PARTICIPANTS: info.participants or 0, Column.SIZE: info.size, Column.FILE: info.path.name}
        return values[column]

"""The backups in a folder as a table model (BackupInfo rows from services.backup), no widget code."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from pekerja_desktop.domain.dates import format_datetime_local
from pekerja_desktop.services.backup import BackupInfo
from pekerja_desktop.ui.widgets.formatting import format_number
from pekerja_desktop.ui.widgets.roles import ObjectRole, SortRole

CONTEXT = "BackupModel"
DISPLAY = Qt.ItemDataRole.DisplayRole


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


class BackupModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[BackupInfo] = []

    def set_rows(self, rows: Sequence[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=DISPLAY):
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal and section in HEADERS:
            return translate(HEADERS[Column(section)])
        return None

    def data(self, index: QModelIndex, role=DISPLAY):
        info = self.backup(index.row()) if index.isValid() else None
        if info is None:
            return None
        column = Column(index.column())
        if role == ObjectRole:
            return info
        if role == SortRole:
            return self._sort_value(info, column)
        if role == DISPLAY:
            return self._text(info, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.PARTICIPANTS, Column.SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        return None

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
        values = {Column.MADE_AT: info.created_at.timestamp(), Column.REASON: info.reason,
                  Column.PARTICIPANTS: info.participants or 0, Column.SIZE: info.size, Column.FILE: info.path.name}
        return values[column]

"""A read-only table model over row objects, shared by the pages' tables (sync, accounts, backups).

`ObjectRole` gives the row object, `SortRole` a sortable raw value (used by a QSortFilterProxyModel).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from pekerja_desktop.ui.widgets.item_roles import ObjectRole, SortRole

DISPLAY = Qt.ItemDataRole.DisplayRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def sortable(value):
    """Datetimes as timestamps (a missing one first): what a proxy can compare."""
    if isinstance(value, dt.datetime):
        return value.timestamp()
    return 0.0 if value is None else value


class RowsModel(QAbstractTableModel):
    """A read-only table of row objects; subclasses name their columns and say what each cell shows."""

    CONTEXT = ""
    HEADERS: dict[int, str] = {}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=DISPLAY):
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal or section not in self.HEADERS:
            return None
        return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role=DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == DISPLAY:
            return self.text(row, column)
        if role == SortRole:
            return sortable(self.raw(row, column))
        if role == ObjectRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colour(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(row, column)
        return None

    # --- what subclasses say ---------------------------------------------------------------------------

    def text(self, row, column: int) -> str:
        raise NotImplementedError

    def raw(self, row, column: int):
        return self.text(row, column)

    def colour(self, row, column: int) -> QColor | None:
        return None

    def tooltip(self, row, column: int) -> str | None:
        return None

    def alignment(self, row, column: int) -> int | None:
        return None

"""The tables beside the dashboard's charts: rows of plain figures, columns described by `Column`s; a number
in a column that `opens` is drawn as a link and opens the list of the people behind its row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from pekerja_desktop.ui.palette import colours, qcolor
from pekerja_desktop.ui.widgets.elided import ElidingDelegate
from pekerja_desktop.ui.widgets.formatting import format_number
from pekerja_desktop.ui.widgets.item_roles import ObjectRole, SortRole

DISPLAY = Qt.ItemDataRole.DisplayRole


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[object], object]  # an int is shown grouped (35.000), anything else as text
    opens: bool = False  # the cell opens the row's list
    alert: Callable[[object], bool] | None = None  # drawn in red when true
    right: bool = False  # aligned right although it is text (a percentage)


class FigureTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list = []
        self._can_open: Callable[[object], bool] = lambda _row: True

    def set_rows(self, rows: Sequence, can_open: Callable[[object], bool] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if can_open is not None:
            self._can_open = can_open
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def opens(self, index: QModelIndex) -> bool:
        """Whether clicking this cell opens a list."""
        row = self.row_at(index.row())
        return (row is not None and 0 <= index.column() < len(self._columns)
                and self._columns[index.column()].opens and self._can_open(row))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=DISPLAY):
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role=DISPLAY):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        value = column.value(row)
        if role == DISPLAY:
            return format_number(value) if isinstance(value, int) else ("" if value is None else str(value))
        if role == Qt.ItemDataRole.TextAlignmentRole and (column.right or isinstance(value, int | float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self._styled(index, column, row, role) if role in _STYLE_ROLES else self._raw(row, value, role)

    def _styled(self, index, column: Column, row, role):
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.alert and column.alert(row):
                return qcolor(colours().error_text)
            return qcolor(colours().link) if self.opens(index) else None
        if role == Qt.ItemDataRole.FontRole and self.opens(index):
            font = QFont()
            font.setUnderline(True)
            return font
        return None

    @staticmethod
    def _raw(row, value, role):
        if role == ObjectRole:
            return row
        if role == SortRole:
            return value
        return None


_STYLE_ROLES = (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)


class FigureTable(QTableView):
    """`open_requested(row)` on a click on a link cell, or Enter on a row that has one."""

    open_requested = Signal(int)

    def __init__(self, model: FigureTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setMouseTracking(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # "Kabupaten Maluku Tenggara" and "… Tenggara Barat" stay apart when the column is narrow
        self._eliding = ElidingDelegate(self)
        self.setItemDelegateForColumn(0, self._eliding)

    def figure_model(self) -> FigureTableModel:
        return self.model()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        link = self.figure_model().opens(self.indexAt(event.position().toPoint()))
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if link else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.figure_model().opens(index):
            self.open_requested.emit(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
            model = self.figure_model()
            if any(model.opens(model.index(current.row(), c)) for c in range(model.columnCount())):
                self.open_requested.emit(current.row())
                return
        super().keyPressEvent(event)

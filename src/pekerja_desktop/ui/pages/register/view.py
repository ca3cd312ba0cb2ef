"""The register table: fixed row heights and column widths (nothing measured over 200,000 rows; the name column
the widest of the texts), Enter or double-click opens the current record, header clicks ask for a server-side
sort."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from pekerja_desktop.ui.pages.register.model import COLUMN_SORT_KEYS, Column, ObjectRole
from pekerja_desktop.ui.widgets.elided import ElidingDelegate

# Widest expected content per column, to size columns from the font instead of from the data.
_SAMPLES = {
    Column.REGISTRATION_NUMBER: "8171A-26-000000-0", Column.NIK: "8171000000000000",
    Column.BIRTH_DATE: "00/00/0000", Column.SEX: "JK", Column.STATUS: "Terlindungi", Column.KPJ: "00000000000",
    Column.CREATED: "00/00/0000",
}
# The text columns share what is left: (a typical long value, the share of any shortage it takes, the fewest
# characters it keeps). The name has the largest room and gives up the least.
_TEXT_COLUMNS = {
    Column.NAME: ("MARIA MAGDALENA LATUCONSINA", 1, 22),
    Column.VILLAGE: ("Waai Tulehu Bawah", 2, 9),
    Column.OCCUPATION: ("Penyadap nira/aren xxxxx", 2, 9),
}


class RegisterView(QTableView):
    open_requested = Signal(str)  # registration number
    sort_requested = Signal(str, bool)  # ParticipantQuery.sort key, descending

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().hide()
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.doubleClicked.connect(self._open)
        self._sort_section, self._sort_order = -1, Qt.SortOrder.AscendingOrder
        self._eliding = ElidingDelegate(self)

    def setModel(self, model) -> None:
        super().setModel(model)
        self.size_columns()

    def size_columns(self) -> None:
        metrics, header = self.fontMetrics(), self.horizontalHeader()
        for column, sample in _SAMPLES.items():
            title = str(self.model().headerData(column, Qt.Orientation.Horizontal)) if self.model() else ""
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title) + 18) + 16
            header.resizeSection(column, width)
        header.setMinimumSectionSize(metrics.horizontalAdvance("JK") + 16)
        for column in _TEXT_COLUMNS:
            self.setItemDelegateForColumn(column, self._eliding)
        self.share_text_columns()

    def share_text_columns(self) -> None:
        """Name, village and occupation fill the width left by the fixed columns: each its typical long value
        if there is room (the name takes any extra); else the village and occupation give way first, down to a
        few characters each, elided in the middle with the whole text as the tooltip."""
        header, metrics = self.horizontalHeader(), self.fontMetrics()
        room = self.viewport().width() - sum(header.sectionSize(c) for c in _SAMPLES if not header.isSectionHidden(c))
        ideal = {c: metrics.horizontalAdvance(sample) + 16 for c, (sample, _, _) in _TEXT_COLUMNS.items()}
        least = {c: metrics.averageCharWidth() * chars + 16 for c, (_, _, chars) in _TEXT_COLUMNS.items()}
        shortage = max(0, sum(ideal.values()) - room)
        shares = sum(share for _, share, _ in _TEXT_COLUMNS.values())
        widths = {c: max(least[c], ideal[c] - -(-shortage * share // shares))
                  for c, (_, share, _) in _TEXT_COLUMNS.items()}
        widths[Column.NAME] = max(least[Column.NAME], widths[Column.NAME] + room - sum(widths.values()))
        for column, width in widths.items():
            header.resizeSection(column, width)

    def viewportEvent(self, event) -> bool:
        """The viewport's width changes with the window and when the vertical scroll bar comes or goes."""
        if event.type() == QEvent.Type.Resize and self.model() is not None:
            self.share_text_columns()
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def current_registration_number(self) -> str | None:
        index = self.currentIndex()
        row = index.siblingAtColumn(0).data(ObjectRole) if index.isValid() else None
        return row.registration_number if row is not None else None

    def _open(self, index: QModelIndex) -> None:
        row = index.data(ObjectRole) if index.isValid() else None
        if row is not None:
            self.open_requested.emit(row.registration_number)

    def _sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        key = COLUMN_SORT_KEYS.get(Column(section)) if 0 <= section < len(Column) else None
        if key is None:  # not sortable: put the indicator back where it was
            header = self.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self._sort_section, self._sort_order)
            header.blockSignals(False)
            return
        self._sort_section, self._sort_order = section, order
        self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

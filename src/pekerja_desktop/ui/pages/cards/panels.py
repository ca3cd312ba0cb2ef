"""The parts of the Kartu page: the filters, the queue table with its selection buttons, the action bar."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.domain.regions import RegionIndex
from pekerja_desktop.services.cards.geometry import CardLayout
from pekerja_desktop.ui.pages.cards.model import REASONS, CardQueueModel, Column, QueueProxy
from pekerja_desktop.ui.widgets.elided import ElidingDelegate
from pekerja_desktop.ui.widgets.region_picker import RegionPicker

LAYOUTS = {
    CardLayout.SHEET.value: QT_TRANSLATE_NOOP("CardLayouts", "A4 sheet: 10 cards, printed on both sides"),
    CardLayout.SINGLE.value: QT_TRANSLATE_NOOP("CardLayouts", "Card printer: one card per page (CR80)"),
}


class QueueFilters(QWidget):
    """Region (any level) and reason; `changed` after either changes."""

    changed = Signal()

    def __init__(self, regions: RegionIndex, parent: QWidget | None = None):
        super().__init__(parent)
        self.region = RegionPicker(regions, depth=3, allow_empty=True, parent=self)
        self.reason = QComboBox(self)
        self.reason.addItem(self.tr("All reasons"), None)
        for code, text in REASONS.items():
            self.reason.addItem(QCoreApplication.translate("CardQueueModel", text), code)
        self.reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        reason_label = QLabel(self.tr("&Why:"), self)
        reason_label.setBuddy(self.reason)
        reason_box = QVBoxLayout()
        reason_box.setSpacing(2)
        reason_box.addWidget(reason_label)
        reason_box.addWidget(self.reason)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.region, 1)
        layout.addSpacing(8)
        layout.addLayout(reason_box)
        self.region.changed.connect(lambda _code: self.changed.emit())
        self.reason.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def region_code(self) -> str:
        return self.region.code()

    def reason_code(self) -> str | None:
        return self.reason.currentData()


class QueueTable(QWidget):
    """The queue with its tick boxes, and Select all / Select none."""

    def __init__(self, model: CardQueueModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.proxy = QueueProxy(self)
        self.proxy.setSourceModel(model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.VILLAGE, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header, metrics = self.view.horizontalHeader(), self.view.fontMetrics()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, sample in {Column.REGISTRATION_NUMBER: "8171A-26-000000-0 ✓", Column.VILLAGE: "Waai Tulehu",
                               Column.REASON: "Data berubah", Column.CARD_VERSION: "v0"}.items():
            title = str(self.proxy.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(sample), header.fontMetrics().horizontalAdvance(title) + 16)
            header.resizeSection(column, width + 30)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionHidden(Column.REQUEST, True)
        self._eliding = ElidingDelegate(self.view)  # a long name keeps its start and end, whole in the tooltip
        for column in (Column.NAME, Column.VILLAGE):
            self.view.setItemDelegateForColumn(column, self._eliding)
        self.select_all = QPushButton(self.tr("Select &all"), self)
        self.select_none = QPushButton(self.tr("Select &none"), self)
        self.count = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.select_all)
        buttons.addWidget(self.select_none)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.select_all.clicked.connect(lambda: model.set_all_checked(True))
        self.select_none.clicked.connect(lambda: model.set_all_checked(False))
        self.view.activated.connect(self._toggle)

    def _toggle(self, index) -> None:
        source = self.proxy.mapToSource(index.siblingAtColumn(Column.REGISTRATION_NUMBER))
        checked = self.model.is_checked(source.row())
        self.model.setData(source, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def checked_in_view_order(self) -> list:
        """The ticked entries in the order the table shows them (the order they are printed in)."""
        rows = (self.proxy.mapToSource(self.proxy.index(row, 0)).row() for row in range(self.proxy.rowCount()))
        return [self.model.entry_at(row) for row in rows if self.model.is_checked(row)]

    def current_registration_number(self) -> str:
        index = self.view.currentIndex()
        return index.siblingAtColumn(Column.REGISTRATION_NUMBER).data() if index.isValid() else ""


class ActionBar(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_choice = QComboBox(self)
        for code, text in LAYOUTS.items():
            self.layout_choice.addItem(QCoreApplication.translate("CardLayouts", text), code)
        self.layout_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layout_choice.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 22))  # may shrink, eliding
        layout_label = QLabel(self.tr("&Layout:"), self)
        layout_label.setBuddy(self.layout_choice)
        self.preview_button = QPushButton(self.tr("Pre&view"), self)
        self.print_button = QPushButton(self.tr("&Print\u2026"), self)
        self.save_button = QPushButton(self.tr("&Save PDF\u2026"), self)
        self.reprint_button = QPushButton(self.tr("Request a &reprint\u2026"), self)
        self.receipt_button = QPushButton(self.tr("Re&ceipt (Tanda Terima)\u2026"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(layout_label)
        row.addWidget(self.layout_choice)
        row.addSpacing(8)
        for button in (self.preview_button, self.print_button, self.save_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.reprint_button)
        row.addWidget(self.receipt_button)

    def card_layout(self) -> str:
        return self.layout_choice.currentData()

"""The parts of the Sinkronisasi page: sending, receiving, keys, and the tabs of lists. Widgets only; the page
(`page.py`) runs the work and fills them."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.ui.pages.sync.drop_zone import DropZone
from pekerja_desktop.ui.pages.sync.model import (
    BundleColumn,
    BundleHistoryModel,
    OfficeColumn,
    PendingRecordsModel,
    RecordColumn,
    RegisteredOfficesModel,
    RejectedColumn,
    RejectedRecordsModel,
    sorting_proxy,
)
from pekerja_desktop.ui.pages.sync.volumes import DestinationPicker
from pekerja_desktop.ui.palette import secondary_style
from pekerja_desktop.ui.widgets.formatting import fill
from pekerja_desktop.ui.widgets.formatting import format_number as number
from pekerja_desktop.ui.widgets.item_roles import ObjectRole
from pekerja_desktop.ui.widgets.labels import fixed_font
from pekerja_desktop.ui.widgets.rows_model import RowsModel


def hint_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(secondary_style())
    return label


def make_table(proxy: QSortFilterProxyModel, parent: QWidget, widths: dict[int, str],
               stretch: int | None = None, sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
               ) -> QTableView:
    """A read-only table sorted by `sort`; `widths` gives a sample text per column (never narrower than its
    header) to size it."""
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column, sample in widths.items():
        title = str(proxy.headerData(column, Qt.Orientation.Horizontal) or "")
        header.resizeSection(column, max(metrics.horizontalAdvance(sample), header.fontMetrics().horizontalAdvance(
            title) + 16) + 28)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    table.setSortingEnabled(True)
    table.sortByColumn(*sort)
    return table


class ExportBox(QGroupBox):
    """Where to write, and the button that writes (data for the hub, or reference bundles for the offices)."""

    def __init__(self, hub: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Send reference data to the offices") if hub else self.tr("Send to the hub"))
        self.picker = DestinationPicker(self)
        self.export_button = QPushButton(
            self.tr("&Export reference bundles") if hub else self.tr("&Export to the hub"), self)
        self.export_button.setDefault(True)
        self.hint = hint_label(
            self.tr("One bundle per registered office, with the hub's verdicts and KPJ numbers.") if hub else
            self.tr("Every finished record the hub has not confirmed yet goes into the bundle."), self)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignBottom)
        write_to = QLabel(self.tr("Write to:"), self)
        write_to.setBuddy(self.picker)
        layout = QVBoxLayout(self)
        layout.addWidget(write_to)
        layout.addWidget(self.picker)
        layout.addLayout(row)


class ImportBox(QGroupBox):
    def __init__(self, hub: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Receive office bundles") if hub else self.tr("Receive from the hub"))
        text = (self.tr("Drop an office's data bundle (.pekerja) here, or click to choose it.\nThe acknowledgement for "
                        "the office is written beside it.") if hub else
                self.tr("Drop the bundle from the hub (.pekerja) here,\nor click to choose it."))
        self.drop_zone = DropZone(text, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.drop_zone)


class TrustBox(QGroupBox):
    """This office's key fingerprint, who is trusted, and the two set-up buttons."""

    def __init__(self, hub: bool, own_fingerprint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Keys (set up once, fingerprints compared by phone)"))
        fingerprint = QLabel(own_fingerprint, self)
        fingerprint.setFont(fixed_font(11))
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.partner = QLabel(self)
        self.partner.setWordWrap(True)
        self.partner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_file_button = QPushButton(
            self.tr("Save the &hub key file\u2026") if hub else self.tr("Save the office &key file\u2026"), self)
        self.trust_button = QPushButton(
            self.tr("&Register an office\u2026") if hub else self.tr("&Trust the hub\u2026"), self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("This office's fingerprint:"), self))
        row.addWidget(fingerprint)
        row.addStretch(1)
        row.addWidget(self.key_file_button)
        row.addWidget(self.trust_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.partner)


class ListTabs(QTabWidget):
    """History for everyone; pending and rejected records at an office; registered offices at the hub."""

    open_requested = Signal(str)

    def __init__(self, hub: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.history_model = BundleHistoryModel(self)
        self.pending_model = PendingRecordsModel(self)
        self.rejected_model = RejectedRecordsModel(self)
        self.offices_model = RegisteredOfficesModel(self)
        self.history_table = make_table(self._proxy(self.history_model), self, {
            BundleColumn.TIME: "00/00/0000 00:00", BundleColumn.DIRECTION: "Keluar",
            BundleColumn.KIND: "Data pendaftaran", BundleColumn.OFFICE: "MALUKU", BundleColumn.SEQUENCE: "No.00",
            BundleColumn.RECORDS: "Rekaman", BundleColumn.STATUS: "Dikonfirmasi hub"}, BundleColumn.DETAILS,
            (BundleColumn.TIME, Qt.SortOrder.DescendingOrder))
        self.pending_note = hint_label("", self)
        self.offices_note = hint_label("", self)
        self.open_button = QPushButton(self.tr("&Open for correction"), self)
        if hub:
            self._build_hub_tabs()
        else:
            self._build_office_tabs()
        self._hub = hub
        if self.rejected_table is not None:
            self.rejected_table.activated.connect(self._open_current)
            self.rejected_table.selectionModel().currentRowChanged.connect(self._selection_changed)
            self.rejected_model.modelReset.connect(self._rows_reloaded)
        self.open_button.clicked.connect(self._open_current)
        self._selection_changed()
        self.set_counts(0, 0)

    def _build_office_tabs(self) -> None:
        self.pending_table = make_table(self._proxy(self.pending_model), self, {
            RecordColumn.REGISTRATION_NUMBER: "8171A-26-000000-0", RecordColumn.NAME: "MARIA MAGDALENA LATUCONSINA",
            RecordColumn.VILLAGE: "Waai Tulehu Bawah"})
        self.rejected_table = make_table(self._proxy(self.rejected_model), self, {
            RejectedColumn.REGISTRATION_NUMBER: "8171A-26-000000-0", RejectedColumn.NAME: "MARIA MAGDALENA LATU",
            RejectedColumn.VILLAGE: "Waai Tulehu Bawah", RejectedColumn.SINCE: "00/00/0000 00:00"},
            RejectedColumn.REASON, (RejectedColumn.SINCE, Qt.SortOrder.DescendingOrder))
        self.offices_table = None
        self.offices_note.hide()
        self.addTab(self.history_table, "")
        self.addTab(self._page(self.pending_note, self.pending_table), "")
        self.addTab(self._rejected_page(), "")

    def _build_hub_tabs(self) -> None:
        self.offices_table = make_table(self._proxy(self.offices_model), self, {
            OfficeColumn.CODE: "8171A", OfficeColumn.NAME: "Disnaker Kabupaten Maluku Tenggara",
            OfficeColumn.FINGERPRINT: "0000-0000-0000-0000", OfficeColumn.LAST_BUNDLE: "00/00/0000 00:00",
            OfficeColumn.DAYS: "Belum pernah"})
        self.pending_table = self.rejected_table = None
        self.pending_note.hide()
        self.open_button.hide()
        self.addTab(self._page(self.offices_note, self.offices_table), "")
        self.addTab(self.history_table, "")

    def _proxy(self, model: RowsModel) -> QSortFilterProxyModel:
        return sorting_proxy(model, self)

    def _page(self, note: QLabel, table: QTableView, *extra: QWidget) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(note)
        layout.addWidget(table, 1)
        for widget in extra:
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _rejected_page(self) -> QWidget:
        note = hint_label(self.tr("The hub sent these records back. Open each one, correct it and save it: the "
                                  "next export sends the new version."), self)
        return self._page(note, self.rejected_table, self.open_button)

    def set_counts(self, pending: int, rejected: int) -> None:
        if self._hub:
            self.setTabText(0, fill(self.tr("Registered offices (%1)"), number(self.offices_model.rowCount())))
            self.setTabText(1, self.tr("Bundle history"))
            return
        self.setTabText(0, self.tr("Bundle history"))
        self.setTabText(1, fill(self.tr("Not yet confirmed (%1)"), number(pending)))
        self.setTabText(2, fill(self.tr("Rejected by the hub (%1)"), number(rejected)))

    def show_rejected(self) -> None:
        if not self._hub:
            self.setCurrentIndex(2)

    def current_rejected(self) -> str | None:
        if self.rejected_table is None:
            return None
        index = self.rejected_table.currentIndex()
        row = index.data(ObjectRole) if index.isValid() else None
        return row.registration_number if row is not None else None

    def _rows_reloaded(self) -> None:
        """The first rejected record is current after every reload, ready for Open (Enter)."""
        table = self.rejected_table
        if table is not None and table.model().rowCount() and not table.currentIndex().isValid():
            table.setCurrentIndex(table.model().index(0, 0))
        self._selection_changed()

    def _selection_changed(self, *_args) -> None:
        self.open_button.setEnabled(self.current_rejected() is not None)

    def _open_current(self, *_args) -> None:
        number = self.current_rejected()
        if number:
            self.open_requested.emit(number)

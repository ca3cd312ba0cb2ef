"""The values of a list nothing recognised, one line per group: what the list wrote, how many rows, and a choice
among the closest candidates (or any desa, kecamatan or occupation) that settles the whole group at once; the choice
can be kept as this office's alias. Choosing emits `chosen(kind, text, code)`; the page applies it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.domain.regions import RegionIndex
from pekerja_desktop.services.intake.groups import Group
from pekerja_desktop.ui.widgets.formatting import format_number
from pekerja_desktop.ui.widgets.region_picker import RegionPicker

SEARCH = "\u2026search"  # the combo entry that opens the region dialog
KIND_LABELS = {
    "village": QT_TRANSLATE_NOOP("IntakeGroups", "Village"),
    "district": QT_TRANSLATE_NOOP("IntakeGroups", "District (kecamatan)"),
    "occupation": QT_TRANSLATE_NOOP("IntakeGroups", "Occupation"),
}
KIND, WRITTEN, ROWS, CHOICE = range(4)
MAX_LINES = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("IntakeGroups", text)


class RegionChoiceDialog(QDialog):
    """Any desa (depth 3) or kecamatan (depth 2), typed by name or code; `choose` returns its code or None."""

    def __init__(self, regions: RegionIndex, depth: int, written: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the region"))
        self._depth = depth
        self.picker = RegionPicker(regions, depth=depth, parent=self)
        prompt = QLabel(self.tr("The list writes \u201c%1\u201d. Choose the region it means:").replace("%1", written),
                        self)
        prompt.setWordWrap(True)
        self.ok = QPushButton(self.tr("Use this region"), self)
        cancel = QPushButton(self.tr("Cancel"), self)
        self.ok.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        self.ok.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.picker)
        layout.addLayout(buttons)
        self.resize(640, self.sizeHint().height())

    def chosen_code(self) -> str | None:
        region = self.picker.region()
        wanted = ("desa", "kelurahan") if self._depth == 3 else ("kecamatan",)
        return region.code if region is not None and region.level in wanted else None

    @classmethod
    def choose(cls, regions: RegionIndex, depth: int, written: str, parent: QWidget | None = None) -> str | None:
        dialog = cls(regions, depth, written, parent)
        return dialog.chosen_code() if dialog.exec() == QDialog.DialogCode.Accepted else None


class GroupsBox(QWidget):
    chosen = Signal(str, str, str)  # kind, text as written, code

    def __init__(self, regions: RegionIndex, occupations: Sequence[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self._regions, self._occupations = regions, list(occupations)
        self._groups: list[Group] = []
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.keep = QCheckBox(self.tr("&Keep my choices as this office's aliases for the next lists"), self)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Values to settle"))
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Written in the list"), self.tr("Rows"),
                                              self.tr("Choose what it means")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WRITTEN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ROWS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHOICE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(WRITTEN, self.fontMetrics().horizontalAdvance("Negeri Hatiwe Besar Lama") + 24)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.keep)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def set_groups(self, groups: Sequence[Group]) -> None:
        self._groups = list(groups)
        self.table.setRowCount(len(self._groups))
        for row, group in enumerate(self._groups):
            self.table.setItem(row, KIND, QTableWidgetItem(_tr(KIND_LABELS[group.kind])))
            written = group.text or self.tr("(no village in the list: the village of the whole file)")
            item = QTableWidgetItem(written)
            item.setToolTip(self.tr("Rows: %1").replace("%1", ", ".join(map(str, group.row_numbers[:50]))))
            self.table.setItem(row, WRITTEN, item)
            self.table.setItem(row, ROWS, QTableWidgetItem(format_number(group.count)))
            self.table.setCellWidget(row, CHOICE, self._combo(row, group))
        self.title.setText(self.tr("Values the list writes that nothing recognised (%1): choose once for every row "
                                   "that writes them. Without a choice those rows become drafts to complete.")
                           .replace("%1", format_number(len(self._groups))))
        self.table.resizeRowsToContents()
        self._fit_height()
        self.setVisible(bool(self._groups))

    def _fit_height(self) -> None:
        """As tall as its lines (at most MAX_LINES, then it scrolls): the rows' table keeps the rest of the page."""
        lines = sum(self.table.rowHeight(r) for r in range(min(self.table.rowCount(), MAX_LINES)))
        height = self.table.horizontalHeader().sizeHint().height() + lines + 2 * self.table.frameWidth() + 2
        self.table.setFixedHeight(height)
        self.setMaximumHeight(height + self.title.sizeHint().height() + self.layout().spacing() + 8)

    def combo_at(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, CHOICE)
        assert isinstance(widget, QComboBox)
        return widget

    def _combo(self, row: int, group: Group) -> QComboBox:
        combo = QComboBox(self.table)
        combo.addItem(self.tr("\u2014 choose \u2014"), None)
        for candidate in group.candidates:
            combo.addItem(f"{candidate.label} \u00b7 {candidate.score}%", candidate.code)
        if group.kind == "occupation":
            combo.insertSeparator(combo.count())
            for code, label in self._occupations:
                combo.addItem(f"{label} ({code})", code)
        else:
            combo.insertSeparator(combo.count())
            combo.addItem(self.tr("Another region\u2026"), SEARCH)
        combo.setAccessibleName(self.tr("Choice for %1").replace("%1", group.text or "-"))
        combo.activated.connect(lambda index, r=row: self._picked(r, index))
        return combo

    def _picked(self, row: int, index: int) -> None:
        group, combo = self._groups[row], self.combo_at(row)
        code = combo.itemData(index)
        if code == SEARCH:
            code = RegionChoiceDialog.choose(self._regions, 3 if group.kind == "village" else 2,
                                             group.text or "-", self)
        if code:
            self.chosen.emit(group.kind, group.text, code)
        else:
            combo.setCurrentIndex(0)

"""Pengaturan at the hub, "Pekerjaan Dukcapil": Dukcapil's 89 occupations (as the KTP/KK writes them) and what each
means for the programme — one of its occupations, "a supervisor confirms" or "ask the occupation". An admin changes
a mapping here (audited); the offices receive it in the next reference bundle."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.domain.i18n import current_language
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.desk_records import choice_lists
from pekerja_desktop.services.reference.dukcapil import ASK, CONFIRM, DukcapilRow, list_dukcapil, set_dukcapil_mapping
from pekerja_desktop.ui.palette import error_style
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets.gating import refusal

CODE, NAME, MAPPING, NOTE = range(4)


class DukcapilSection(QGroupBox):
    def __init__(self, ctx: AppContext, runner: TaskRunner | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Dukcapil occupations (KTP/KK) and the programme's occupations"), parent)
        self._ctx = ctx
        self._occupations = choice_lists(ctx, current_language()).occupations
        self._refusal = refusal(ctx, Permission.SETTINGS)
        note = QLabel(self.tr("Village lists copy the occupation on the KTP. Choose what each one means here; the "
                              "offices receive the mapping in the next reference bundle."), self)
        note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Dukcapil occupation"),
                                              self.tr("Means for the programme"), self.tr("Note")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(260)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        self.reload()


    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        rows = list_dukcapil(self._ctx)
        if self._same_codes(rows):  # the usual case: only mappings changed; the combos stay where they are
            for index, row in enumerate(rows):
                combo = self.table.cellWidget(index, MAPPING)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(max(0, combo.findData(row.target)))
                self.table.item(index, NOTE).setText(row.note)
            return
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            self.table.setItem(index, CODE, QTableWidgetItem(str(row.code)))
            self.table.setItem(index, NAME, QTableWidgetItem(row.name))
            self.table.setCellWidget(index, MAPPING, self._combo(row))
            self.table.setItem(index, NOTE, QTableWidgetItem(row.note))
        self.table.resizeColumnToContents(CODE)
        self.table.resizeColumnToContents(NAME)
        self.table.resizeColumnToContents(MAPPING)

    def _same_codes(self, rows: list[DukcapilRow]) -> bool:
        return self.table.rowCount() == len(rows) > 0 and all(
            self.table.item(index, CODE).text() == str(row.code) for index, row in enumerate(rows))

    def combo_for(self, code: int) -> QComboBox:
        for index in range(self.table.rowCount()):
            if self.table.item(index, CODE).text() == str(code):
                widget = self.table.cellWidget(index, MAPPING)
                assert isinstance(widget, QComboBox)
                return widget
        raise KeyError(code)

    def _combo(self, row: DukcapilRow) -> QComboBox:
        combo = QComboBox(self.table)
        combo.addItem(self.tr("A supervisor confirms (not a target group)"), CONFIRM)
        combo.addItem(self.tr("Ask the current occupation"), ASK)
        combo.insertSeparator(combo.count())
        for code, label in self._occupations:
            combo.addItem(f"{label} ({code})", code)
        combo.setCurrentIndex(max(0, combo.findData(row.target)))
        combo.setAccessibleName(row.name)
        if self._refusal:
            combo.setEnabled(False)
            combo.setToolTip(self._refusal)
        combo.activated.connect(lambda _index, code=row.code, box=combo: self._changed(code, box))
        return combo

    def _changed(self, code: int, combo: QComboBox) -> None:
        try:
            saved = set_dukcapil_mapping(self._ctx, code, combo.currentData())
        except PekerjaError as exc:
            self.message.setStyleSheet(error_style())
            self.message.setText(exc.message())
            return
        self.message.setStyleSheet("")
        text = self.tr("Saved: %1 \u2192 %2")
        self.message.setText(text.replace("%1", saved.name).replace("%2", combo.currentText()))

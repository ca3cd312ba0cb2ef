"""Settings, Occupations: the occupation list the form offers (codes are kept for ever; an occupation can be
renamed, added, or taken off the list without touching old records). At the hub the list goes to the offices in
the next reference bundle. An admin edits it; others read it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.reference.occupations import (
    OccupationRow,
    deactivate_occupation,
    list_occupations,
    save_occupation,
)
from pekerja_desktop.ui.failures import failure_message
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets.gating import apply_refusal, refusal
from pekerja_desktop.ui.widgets.item_roles import ObjectRole
from pekerja_desktop.ui.widgets.labels import NoticeLabel
from pekerja_desktop.ui.widgets.rows_model import RowsModel

CODE, NAME_ID, NAME_EN, ACTIVE = range(4)


class OccupationModel(RowsModel):
    CONTEXT = "OccupationModel"
    HEADERS = {CODE: QT_TRANSLATE_NOOP("OccupationModel", "Code"),
               NAME_ID: QT_TRANSLATE_NOOP("OccupationModel", "Name (Indonesian)"),
               NAME_EN: QT_TRANSLATE_NOOP("OccupationModel", "Name (English)"),
               ACTIVE: QT_TRANSLATE_NOOP("OccupationModel", "Offered")}

    def text(self, row: OccupationRow, column: int) -> str:
        if column == ACTIVE:
            return self.tr("yes") if row.active else self.tr("no (kept for old records)")
        return (row.code, row.name_id, row.name_en)[column]


class OccupationsSection(QWidget):
    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.model = OccupationModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Occupations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._editor())
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._pick(current))

    def _editor(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add or change an occupation"), self)
        self.code, self.name_id, self.name_en = QLineEdit(box), QLineEdit(box), QLineEdit(box)
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(self.tr("e.g. NLY (capital letters, digits, _)"))
        self.save_button = QPushButton(self.tr("&Save the occupation"), box)
        self.deactivate_button = QPushButton(self.tr("&Take it off the list"), box)
        self.notice = NoticeLabel(box)
        form = QFormLayout(box)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name (Indonesian)"), self.name_id)
        form.addRow(self.tr("Name (English)"), self.name_en)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.deactivate_button)
        buttons.addWidget(self.notice, 1)
        form.addRow("", buttons)
        reason = refusal(self._ctx, Permission.SETTINGS)
        for widget in (self.code, self.name_id, self.name_en, self.save_button, self.deactivate_button):
            apply_refusal(widget, reason)
        self.save_button.clicked.connect(self.save)
        self.deactivate_button.clicked.connect(self.deactivate)
        return box

    def refresh(self) -> None:
        self.model.set_rows(list_occupations(self._ctx, include_inactive=True))

    def _pick(self, index) -> None:
        row = index.data(ObjectRole) if index.isValid() else None
        if row is not None:
            self.code.setText(row.code)
            self.name_id.setText(row.name_id)
            self.name_en.setText(row.name_en)

    def save(self) -> None:
        try:
            saved = save_occupation(self._ctx, self.code.text(), self.name_id.text(), self.name_en.text())
        except PekerjaError as exc:
            self.notice.failed(failure_message(exc, self._ctx))
            return
        self.refresh()
        self.notice.done(self.tr("Saved: %1 is offered in the form.").replace("%1", saved.name_id))

    def deactivate(self) -> None:
        try:
            deactivate_occupation(self._ctx, self.code.text())
        except PekerjaError as exc:
            self.notice.failed(failure_message(exc, self._ctx))
            return
        self.refresh()
        self.notice.done(self.tr("Taken off the list; records that have it keep it."))

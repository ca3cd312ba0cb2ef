"""Pengaturan, "Alias kantor": the choices this office kept for values its village lists write their own way
(a desa, kecamatan or occupation), who kept each and when; a supervisor removes one that was wrong (audited). With
none kept yet, one line says how they come to be instead of an empty table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
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
from pekerja_desktop.services.intake.choices import AliasRow, list_aliases, remove_alias
from pekerja_desktop.ui.pages.enrolment.form_data import local_time
from pekerja_desktop.ui.palette import error_style, hint_style
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets.gating import apply_refusal, refusal

KIND, WRITTEN, MEANS, BY, WHEN = range(5)


class AliasesSection(QGroupBox):
    def __init__(self, ctx: AppContext, runner: TaskRunner | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Office aliases for village lists"), parent)
        self._ctx = ctx
        self._rows: list[AliasRow] = []
        self._occupations = dict(choice_lists(ctx, current_language()).occupations)
        self.note = QLabel(self.tr("Choices kept while importing village lists: the next lists that write the same "
                                   "text get the same desa, kecamatan or occupation. They stay at this office."), self)
        self.note.setWordWrap(True)
        self.empty_hint = QLabel(self.tr("No aliases yet: they are kept when “Keep my choices as this office's "
                                         "aliases” is ticked while importing a village list."), self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet(hint_style())
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Written in lists"), self.tr("Means"),
                                              self.tr("Kept by"), self.tr("On")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(MEANS, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.remove_button = QPushButton(self.tr("&Remove the alias"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self._lay_out()
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_state)
        self.reload()


    def refresh(self) -> None:
        self.reload()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addStretch(0)  # takes the height the table leaves when there is none (`reload`)

    def reload(self) -> None:
        self._rows = list_aliases(self._ctx)
        kinds = {"village": self.tr("Village"), "district": self.tr("District (kecamatan)"),
                 "occupation": self.tr("Occupation")}
        self.table.setRowCount(len(self._rows))
        for index, alias in enumerate(self._rows):
            values = (kinds.get(alias.kind, alias.kind), alias.text, self._meaning(alias), alias.created_by,
                      _when(alias.created_at))
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.empty_hint.setVisible(not self._rows)
        self.table.setVisible(bool(self._rows))
        self.remove_button.setVisible(bool(self._rows))
        self.layout().setStretch(self.layout().count() - 1, 0 if self._rows else 1)
        self._update_state()

    def _meaning(self, alias: AliasRow) -> str:
        if alias.kind == "occupation":
            return f"{self._occupations.get(alias.code, alias.code)} ({alias.code})"
        region = self._ctx.reference.regions.get(alias.code)
        return f"{region.name} ({alias.code})" if region else alias.code

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        alias = self._rows[rows[0].row()]
        try:
            remove_alias(self._ctx, alias.kind, alias.text)
        except PekerjaError as exc:
            self.message.setStyleSheet(error_style())
            self.message.setText(exc.message())
            return
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Removed: %1").replace("%1", alias.text))
        self.reload()

    def _update_state(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        apply_refusal(self.remove_button, refusal(self._ctx, Permission.INTAKE))


def _when(stamp: str) -> str:
    """The service's ISO timestamp (UTC) as the laptop's local date and time."""
    return local_time(dt.datetime.fromisoformat(stamp)).strftime("%d/%m/%Y %H:%M")

"""The change history of an open record as a timeline (newest first): who, when (local time), what."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from pekerja_desktop.domain.lifecycle import end_reason_label
from pekerja_desktop.services.enrolment.enrol import CREATED_FIELD
from pekerja_desktop.ui.pages.enrolment.form import FormChoices
from pekerja_desktop.ui.pages.enrolment.form_data import HistoryEntry, local_time
from pekerja_desktop.ui.pages.enrolment.labels import field_label, sex_label, status_label, warning_label
from pekerja_desktop.ui.widgets.money import format_rupiah

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
EMPTY = "—"


class ValueFormatter:
    """Stored text values as the clerk knows them: dates dd/mm/yyyy, names instead of codes."""

    def __init__(self, choices: FormChoices, yes: str, no: str):
        self._choices = choices
        self._labels = {"occupation": dict(choices.occupations), "funding_source": dict(choices.funding_sources)}
        self._relationships = dict(choices.relationships)
        self._yes, self._no = yes, no

    def __call__(self, field: str, value: str | None) -> str:
        if value is None or value == "":
            return EMPTY
        method = getattr(self, f"_{field}", None)
        try:
            return method(value) if method else value
        except (ValueError, TypeError, KeyError):
            return value

    def _date(self, value: str) -> str:
        return dt.date.fromisoformat(value).strftime("%d/%m/%Y")

    _birth_date = _coverage_start = _coverage_end = _date

    def _village_code(self, value: str) -> str:
        region = self._choices.regions.get(value)
        return f"{region.name} ({value})" if region else value

    def _occupation(self, value: str) -> str:
        return self._labels["occupation"].get(value, value)

    def _funding_source(self, value: str) -> str:
        return self._labels["funding_source"].get(value, value)

    def _sex(self, value: str) -> str:
        return sex_label(value)

    def _consent_given(self, value: str) -> str:
        return self._yes if value.lower() in ("true", "1") else self._no

    def _income(self, value: str) -> str:
        return format_rupiah(int(value))

    def _status(self, value: str) -> str:
        return status_label(value)

    def _end_reason(self, value: str) -> str:
        return end_reason_label(value)

    def _confirmed_warnings(self, value: str) -> str:
        return ", ".join(warning_label(code) for code in value.split(",") if code)

    def _heirs(self, value: str) -> str:
        heirs = json.loads(value)
        return ", ".join(f"{h['full_name']} ({self._relationships.get(h['relationship'], h['relationship'])})"
                         for h in heirs) or EMPTY


class HistoryModel(QAbstractListModel):
    def __init__(self, formatter: ValueFormatter, parent=None):
        super().__init__(parent)
        self._format = formatter
        self._entries: list[HistoryEntry] = []

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda e: e.at, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return f"{self.when(entry)}\n{self.what(entry)}"
        if role == ENTRY_ROLE:
            return entry
        return None

    @staticmethod
    def when(entry: HistoryEntry) -> str:
        return f"{local_time(entry.at).strftime('%d/%m/%Y %H:%M')} · {entry.by}"

    def what(self, entry: HistoryEntry) -> str:
        if entry.field == CREATED_FIELD:
            return self.tr("Created (%1)").replace("%1", status_label(entry.new_value))
        old, new = self._format(entry.field, entry.old_value), self._format(entry.field, entry.new_value)
        return f"{field_label(entry.field)}: {old} → {new}"

    def texts(self) -> list[str]:
        return [self.data(self.index(row)) for row in range(self.rowCount())]


class HistoryPanel(QWidget):
    """Shown beside the form while an existing record is open."""

    def __init__(self, formatter: ValueFormatter, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self.tr("Change history"), self)
        self.title.setStyleSheet("font-weight: bold;")
        self.model = HistoryModel(formatter, self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(2)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.model.set_entries(entries)

"""One desa's re-verification list as a table the clerk ticks: three boxes a participant (still living here, still an
informal worker, under the age limit — the last filled in from the birth date), an end reason other than the one the
boxes imply, an end date; the outcome each row will have. Rows already answered this year are shown as they were
answered and cannot be ticked again."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from pekerja_desktop.domain.dates import format_date, parse_date
from pekerja_desktop.domain.lifecycle import END_REASONS, RenewalAnswer, end_reason_label, parse_end_reason
from pekerja_desktop.services.lifecycle.renewal import Answered, RenewalEntry

DISPLAY, EDIT, CHECK = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.CheckStateRole
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    NUMBER = 1
    BORN = 2
    LIVING = 3
    INFORMAL = 4
    UNDER_AGE = 5
    REASON = 6
    END_DATE = 7
    OUTCOME = 8


BOXES = {Column.LIVING: "living", Column.INFORMAL: "informal", Column.UNDER_AGE: "under_age"}


@dataclass
class RenewalRow:
    entry: RenewalEntry
    answered: bool = False
    living: bool = False
    informal: bool = False
    under_age: bool = True
    reason: str = ""  # "" : the reason the boxes imply
    end_date: dt.date | None = None

    @property
    def done(self) -> bool:
        return self.entry.answer is not None

    def answer(self) -> RenewalAnswer:
        return RenewalAnswer(self.living, self.informal, self.under_age, parse_end_reason(self.reason) or None,
                             self.end_date)


def new_row(entry: RenewalEntry) -> RenewalRow:
    return RenewalRow(entry, under_age=not entry.over_limit)


class RenewalModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[RenewalRow] = []
        self._headers = {Column.NAME: self.tr("Name"), Column.NUMBER: self.tr("Registration no."),
                         Column.BORN: self.tr("Born (age)"), Column.LIVING: self.tr("Still living\nhere"),
                         Column.INFORMAL: self.tr("Still an\ninformal worker"),
                         Column.UNDER_AGE: self.tr("Under the\nage limit"), Column.REASON: self.tr("Other reason"),
                         Column.END_DATE: self.tr("End\ndate"), Column.OUTCOME: self.tr("Outcome")}

    def set_entries(self, entries: list[RenewalEntry]) -> None:
        self.beginResetModel()
        self._rows = [new_row(entry) for entry in entries]
        self.endResetModel()

    def rows(self) -> list[RenewalRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=DISPLAY):
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal and section in self._headers:
            return self._headers[Column(section)]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._rows[index.row()].done:
            return flags
        column = Column(index.column())
        if column in BOXES:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if column in (Column.REASON, Column.END_DATE):
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == CHECK and column in BOXES:
            ticked = self._stored_box(row, column) if row.done else getattr(row, BOXES[column])
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role in (DISPLAY, EDIT):
            return self._text(row, column, role)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.UNDER_AGE and row.entry.over_limit:
            return self.tr("Over the age limit before the year ends (from the birth date)")
        return None

    @staticmethod
    def _stored_box(row: RenewalRow, column: Column) -> bool:
        answer = row.entry.answer
        return bool(getattr(answer, {"living": "still_living_here", "informal": "still_informal",
                                     "under_age": "under_age_limit"}[BOXES[column]]))

    def _text(self, row: RenewalRow, column: Column, role: int):
        entry = row.entry
        if column == Column.NAME:
            return entry.full_name
        if column == Column.NUMBER:
            return entry.registration_number
        if column == Column.BORN:
            age = f" ({entry.age_at_year_end})" if entry.age_at_year_end is not None else ""
            return format_date(entry.birth_date) + age
        if column == Column.REASON:
            return row.reason if role == EDIT else (end_reason_label(row.reason) if row.reason else "")
        if column == Column.END_DATE:
            return format_date(row.end_date)
        if column == Column.OUTCOME:
            return self.outcome_text(row)
        return None

    def outcome_text(self, row: RenewalRow) -> str:
        if row.done:
            answer = row.entry.answer
            if answer.outcome == "continue":
                return self.tr("Continued")
            return self.tr("Ended %1 (%2)").replace("%1", format_date(answer.end_date)) \
                .replace("%2", end_reason_label(answer.end_reason))
        if not row.answered:
            return "—"
        answer = row.answer()
        if answer.end_reason is None:
            return self.tr("Will continue")
        return self.tr("Will end (%1)").replace("%1", end_reason_label(answer.end_reason.value))

    def setData(self, index: Index, value, role: int = EDIT) -> bool:
        if not index.isValid() or self._rows[index.row()].done:
            return False
        row, column = self._rows[index.row()], Column(index.column())
        if role == CHECK and column in BOXES:
            setattr(row, BOXES[column], Qt.CheckState(value) == Qt.CheckState.Checked)
        elif role == EDIT and column == Column.REASON:
            row.reason = value or ""
        elif role == EDIT and column == Column.END_DATE:
            text = str(value or "").strip()
            if text and parse_date(text) is None:
                return False
            row.end_date = parse_date(text) if text else None
        else:
            return False
        row.answered = True
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(Column) - 1))
        return True

    def tick_all(self) -> int:
        """Every row not answered yet: still here, still informal, the age box from the birth date."""
        changed = 0
        for row in self._rows:
            if not row.done and not row.answered:
                row.living = row.informal = row.answered = True
                row.under_age = not row.entry.over_limit
                changed += 1
        if changed:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))
        return changed

    def answers(self) -> list[Answered]:
        return [Answered(row.entry.registration_number, row.answer(), position)
                for position, row in enumerate(self._rows, start=1) if row.answered and not row.done]


class ReasonDelegate(QStyledItemDelegate):
    """The end reason picked from the list (blank: the reason the unticked box implies)."""

    def createEditor(self, parent: QWidget, option, index) -> QWidget:
        editor = QComboBox(parent)
        editor.addItem(self.tr("(from the boxes)"), "")
        for code in END_REASONS:
            editor.addItem(end_reason_label(code), code)
        return editor

    def setEditorData(self, editor: QComboBox, index) -> None:
        position = editor.findData(index.data(EDIT) or "")
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentData(), EDIT)

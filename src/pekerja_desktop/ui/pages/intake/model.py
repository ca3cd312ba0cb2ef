"""The intake preview as a table: one line per row of the village list, with its outcome and messages.

A proxy shows only the rows that need attention (refused, skipped, or with warnings). No widget code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap

from pekerja_desktop.domain.regions import RegionIndex
from pekerja_desktop.services.intake.preview import IntakeRow
from pekerja_desktop.services.intake.report import needs_attention
from pekerja_desktop.ui.palette import colours, qcolor
from pekerja_desktop.ui.widgets.item_roles import ObjectRole, SortRole

WARNED, IMPORTED = "valid_warned", "imported"  # display-only outcomes besides the service's four


class Column(IntEnum):
    ROW = 0
    OUTCOME = 1
    NIK = 2
    NAME = 3
    VILLAGE = 4
    MESSAGES = 5


HEADERS = {
    Column.ROW: QT_TRANSLATE_NOOP("IntakePreviewModel", "Row"),
    Column.OUTCOME: QT_TRANSLATE_NOOP("IntakePreviewModel", "Outcome"),
    Column.NIK: QT_TRANSLATE_NOOP("IntakePreviewModel", "NIK"),
    Column.NAME: QT_TRANSLATE_NOOP("IntakePreviewModel", "Name"),
    Column.VILLAGE: QT_TRANSLATE_NOOP("IntakePreviewModel", "Village"),
    Column.MESSAGES: QT_TRANSLATE_NOOP("IntakePreviewModel", "Errors and warnings"),
}

OUTCOME_LABELS = {
    "valid": QT_TRANSLATE_NOOP("IntakePreviewModel", "Valid"),
    "incomplete": QT_TRANSLATE_NOOP("IntakePreviewModel", "Draft to complete"),
    WARNED: QT_TRANSLATE_NOOP("IntakePreviewModel", "Valid, with warnings"),
    "invalid": QT_TRANSLATE_NOOP("IntakePreviewModel", "Rejected"),
    "already_present": QT_TRANSLATE_NOOP("IntakePreviewModel", "Already registered"),
    "duplicate_in_file": QT_TRANSLATE_NOOP("IntakePreviewModel", "Repeated in file"),
    IMPORTED: QT_TRANSLATE_NOOP("IntakePreviewModel", "Imported"),
}

# A colour and a glyph per outcome: the colour is never the only signal, the glyph and the label say it too.
OUTCOME_GLYPHS = {"valid": "\u2713", WARNED: "!", "incomplete": "\u2026", "invalid": "\u2715",
                  "already_present": "=", "duplicate_in_file": "2", IMPORTED: "\u2713"}


def outcome_colour(outcome: str) -> str:
    c = colours()
    return {"valid": c.success, WARNED: c.intake_warning, "incomplete": c.intake_warning, "invalid": c.error_text,
            "already_present": c.neutral_mark, "duplicate_in_file": c.intake_warning,
            IMPORTED: c.accent}.get(outcome, c.neutral_mark)


def _translate(text: str) -> str:
    return QCoreApplication.translate("IntakePreviewModel", text)


def outcome_labels() -> list[str]:
    """Every outcome as the table shows it, in the current language."""
    return [_translate(label) for label in OUTCOME_LABELS.values()]


def display_outcome(row: IntakeRow, imported: bool = False) -> str:
    if imported:
        return IMPORTED
    if row.outcome == "valid" and row.findings:
        return WARNED
    return row.outcome


_icons: dict[str, QIcon] = {}


def outcome_icon(outcome: str) -> QIcon:
    """A coloured disc with a glyph, drawn once per outcome."""
    if outcome not in _icons:
        colour, glyph = outcome_colour(outcome), OUTCOME_GLYPHS.get(outcome, "?")
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(qcolor(colour))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(0, 0, 16, 16)
        font = QFont()
        font.setPixelSize(11)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(qcolor(colours().on_dark))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, glyph)
        painter.end()
        _icons[outcome] = QIcon(pixmap)
    return _icons[outcome]


_OUTCOME_CODES = ("intake.already_present", "intake.already_present_other_name", "intake.duplicate_in_file",
                  "intake.duplicate_in_file_other_name")


def _message_rank(finding) -> int:
    """Errors first, then why a row is skipped, then the other warnings."""
    if finding.is_error:
        return 0
    return 1 if finding.code in _OUTCOME_CODES else 2


class IntakePreviewModel(QAbstractTableModel):
    """Rows of an `IntakePreview`; after the import, `set_imported` marks the rows that became drafts."""

    def __init__(self, regions: RegionIndex, parent=None):
        super().__init__(parent)
        self._regions = regions
        self._rows: list[IntakeRow] = []
        self._numbers: dict[int, str] = {}

    def set_rows(self, rows: Sequence[IntakeRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._numbers = {}
        self.endResetModel()

    def set_imported(self, numbers: Mapping[int, str]) -> None:
        """Row number → registration number of the rows imported (outcomes may have changed too)."""
        self.beginResetModel()
        self._numbers = dict(numbers)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> IntakeRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            return _translate(HEADERS[Column(section)])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == ObjectRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            return self._value(row, column, role == SortRole)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.MESSAGES, Column.OUTCOME):
            return "\n".join(self._messages(row)) or None
        if column == Column.OUTCOME:
            return self._outcome_decoration(row, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _outcome(self, row: IntakeRow) -> str:
        return display_outcome(row, row.row_number in self._numbers)

    def _value(self, row: IntakeRow, column: Column, for_sorting: bool):
        if column == Column.ROW:
            return row.row_number if for_sorting else str(row.row_number)
        if column == Column.OUTCOME:
            return _translate(OUTCOME_LABELS.get(self._outcome(row), row.outcome))
        if column == Column.NIK:
            return row.data.nik if row.data is not None and row.data.nik else row.values.get("nik", "")
        if column == Column.NAME:
            return row.data.full_name if row.data is not None and row.data.full_name else row.values.get(
                "full_name", "")
        if column == Column.VILLAGE:
            return self._village(row)
        return " \u2022 ".join(self._messages(row))

    def _village(self, row: IntakeRow) -> str:
        region = self._regions.get(row.data.village_code) if row.data is not None else None
        return region.name if region is not None else row.values.get("village", "")

    def _messages(self, row: IntakeRow) -> list[str]:
        ordered = sorted(row.findings, key=_message_rank)
        messages = [f.message() for f in ordered]
        number = self._numbers.get(row.row_number)
        if number:
            text = QCoreApplication.translate("IntakePreviewModel", "Imported as draft %1.")
            messages.insert(0, text.replace("%1", number))
        return messages

    def _outcome_decoration(self, row: IntakeRow, role):
        outcome = self._outcome(row)
        if role == Qt.ItemDataRole.DecorationRole:
            return outcome_icon(outcome)
        if role == Qt.ItemDataRole.ForegroundRole:
            return qcolor(outcome_colour(outcome))
        return None


class ProblemRowsProxy(QSortFilterProxyModel):
    """Sorts by `SortRole`; with `problems_only`, hides the rows that are valid without warnings."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._problems_only = False
        self.setSortRole(SortRole)

    @property
    def problems_only(self) -> bool:
        return self._problems_only

    def set_problems_only(self, enabled: bool) -> None:
        if enabled == self._problems_only:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self._problems_only = enabled
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._problems_only = enabled
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._problems_only:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(ObjectRole)
        return row is not None and needs_attention(row)

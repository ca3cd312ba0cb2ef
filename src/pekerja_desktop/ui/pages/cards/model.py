"""The print queue as a table: who needs a card and why, with a tick box per row for the cards to print.

Rows are `QueueEntry` objects from services.cards.card_queue (filtered there by region and reason). Rows are
ticked unless the clerk unticked them (the whole filtered queue, as the CLI prints by default); an untick survives
a reload while its row is still in the queue.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from pekerja_desktop.domain.regions import RegionIndex
from pekerja_desktop.services.cards.queue import QueueEntry
from pekerja_desktop.ui.palette import colours, qcolor
from pekerja_desktop.ui.widgets.item_roles import ObjectRole, SortRole

DISPLAY = Qt.ItemDataRole.DisplayRole
CHECK = Qt.ItemDataRole.CheckStateRole
CONTEXT = "CardQueueModel"


class Column(IntEnum):
    REGISTRATION_NUMBER = 0
    NAME = 1
    VILLAGE = 2
    REASON = 3
    CARD_VERSION = 4
    REQUEST = 5


HEADERS = {
    Column.REGISTRATION_NUMBER: QT_TRANSLATE_NOOP("CardQueueModel", "Reg. No."),
    Column.NAME: QT_TRANSLATE_NOOP("CardQueueModel", "Name"),
    Column.VILLAGE: QT_TRANSLATE_NOOP("CardQueueModel", "Village"),
    Column.REASON: QT_TRANSLATE_NOOP("CardQueueModel", "Why"),
    Column.CARD_VERSION: QT_TRANSLATE_NOOP("CardQueueModel", "Card"),
    Column.REQUEST: QT_TRANSLATE_NOOP("CardQueueModel", "Reprint asked by"),
}

REASONS = {
    "new": QT_TRANSLATE_NOOP("CardQueueModel", "New"),
    "changed": QT_TRANSLATE_NOOP("CardQueueModel", "Data changed"),
    "kpj": QT_TRANSLATE_NOOP("CardQueueModel", "KPJ number arrived"),
    "reprint": QT_TRANSLATE_NOOP("CardQueueModel", "Reprint"),
}
REPRINT_REASONS = {
    "lost": QT_TRANSLATE_NOOP("CardQueueModel", "lost"),
    "damaged": QT_TRANSLATE_NOOP("CardQueueModel", "damaged"),
}


def reason_colour(reason: str) -> QColor | None:
    c = colours()
    colour = {"new": c.accent, "changed": c.caution, "kpj": c.success, "reprint": c.reprint}.get(reason)
    return qcolor(colour) if colour else None


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def reason_label(entry: QueueEntry) -> str:
    text = translate(REASONS.get(str(entry.reason), str(entry.reason)))
    if entry.reprint_reason:
        text += f" ({translate(REPRINT_REASONS.get(entry.reprint_reason, entry.reprint_reason))})"
    return text


class CardQueueModel(QAbstractTableModel):
    """`checked_changed()` fires whenever the ticked set changes."""

    checked_changed = Signal()

    def __init__(self, regions: RegionIndex, parent=None):
        super().__init__(parent)
        self._regions = regions
        self._entries: list[QueueEntry] = []
        self._unchecked: set[int] = set()  # participant ids; everything else is ticked

    # --- feeding -----------------------------------------------------------------------------------------

    def set_entries(self, entries: Sequence[QueueEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._unchecked &= {e.participant_id for e in self._entries}
        self.endResetModel()
        self.checked_changed.emit()

    def entries(self) -> list[QueueEntry]:
        return list(self._entries)

    def entry_at(self, row: int) -> QueueEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    # --- ticks -------------------------------------------------------------------------------------------

    def checked_entries(self) -> list[QueueEntry]:
        """The ticked rows, in the queue's order (village, then registration number)."""
        return [e for e in self._entries if e.participant_id not in self._unchecked]

    def checked_count(self) -> int:
        return len(self._entries) - len(self._unchecked)

    def set_all_checked(self, checked: bool) -> None:
        self._unchecked = set() if checked else {e.participant_id for e in self._entries}
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 0), [CHECK])
        self.checked_changed.emit()

    def check_only(self, registration_number: str) -> None:
        self._unchecked = {e.participant_id for e in self._entries if e.registration_number != registration_number}
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 0), [CHECK])
        self.checked_changed.emit()

    def is_checked(self, row: int) -> bool:
        entry = self.entry_at(row)
        return entry is not None and entry.participant_id not in self._unchecked

    # --- model -------------------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == DISPLAY:
            return translate(HEADERS[Column(section)])
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.CARD_VERSION:
            return translate(QT_TRANSLATE_NOOP("CardQueueModel", "Version of the last card printed (\u2013: never)"))
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == Column.REGISTRATION_NUMBER:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role=DISPLAY):
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = Column(index.column())
        if role == DISPLAY:
            return self._text(entry, column)
        if role == SortRole:
            return self._sort_value(entry, column)
        if role == ObjectRole:
            return entry
        if role == CHECK and column == Column.REGISTRATION_NUMBER:
            return Qt.CheckState.Checked if self.is_checked(index.row()) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.REASON:
            return reason_colour(str(entry.reason))
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role=CHECK) -> bool:
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None or role != CHECK or index.column() != Column.REGISTRATION_NUMBER:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if checked:
            self._unchecked.discard(entry.participant_id)
        else:
            self._unchecked.add(entry.participant_id)
        self.dataChanged.emit(index, index, [CHECK])
        self.checked_changed.emit()
        return True

    def _text(self, entry: QueueEntry, column: Column) -> str:
        if column == Column.REGISTRATION_NUMBER:
            return entry.registration_number
        if column == Column.NAME:
            return entry.full_name
        if column == Column.VILLAGE:
            region = self._regions.get(entry.village_code) if entry.village_code else None
            return region.name if region is not None else (entry.village_code or "")
        if column == Column.REASON:
            return reason_label(entry)
        if column == Column.CARD_VERSION:
            return f"v{entry.card_version}" if entry.card_version else "\u2013"
        return entry.requested_by or ""

    def _sort_value(self, entry: QueueEntry, column: Column):
        if column == Column.CARD_VERSION:
            return entry.card_version
        if column in (Column.VILLAGE, Column.REASON):
            return f"{self._text(entry, column)}\t{entry.registration_number}"
        return self._text(entry, column)


class QueueProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SortRole)

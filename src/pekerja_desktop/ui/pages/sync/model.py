"""The Sinkronisasi page's tables: bundle history, records not yet acknowledged, records rejected by the hub,
and (at the hub) the registered offices. Each model holds plain rows from `snapshot.py`; no widget code.

`ObjectRole` gives the row object, `SortRole` a sortable raw value (used by a QSortFilterProxyModel).
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from pekerja_desktop.services.sync.history import BundleEntry
from pekerja_desktop.services.sync.overview import PeerInfo, RecordRow
from pekerja_desktop.ui.pages.sync import labels
from pekerja_desktop.ui.palette import colours, qcolor
from pekerja_desktop.ui.widgets.item_roles import SortRole
from pekerja_desktop.ui.widgets.rows_model import RowsModel

DISPLAY = Qt.ItemDataRole.DisplayRole


class BundleColumn(IntEnum):
    TIME = 0
    DIRECTION = 1
    KIND = 2
    OFFICE = 3
    SEQUENCE = 4
    RECORDS = 5
    STATUS = 6
    DETAILS = 7


class BundleHistoryModel(RowsModel):
    CONTEXT = "BundleHistoryModel"
    HEADERS = {
        BundleColumn.TIME: QT_TRANSLATE_NOOP("BundleHistoryModel", "Time"),
        BundleColumn.DIRECTION: QT_TRANSLATE_NOOP("BundleHistoryModel", "Direction"),
        BundleColumn.KIND: QT_TRANSLATE_NOOP("BundleHistoryModel", "Kind"),
        BundleColumn.OFFICE: QT_TRANSLATE_NOOP("BundleHistoryModel", "Office"),
        BundleColumn.SEQUENCE: QT_TRANSLATE_NOOP("BundleHistoryModel", "No."),
        BundleColumn.RECORDS: QT_TRANSLATE_NOOP("BundleHistoryModel", "Records"),
        BundleColumn.STATUS: QT_TRANSLATE_NOOP("BundleHistoryModel", "Status"),
        BundleColumn.DETAILS: QT_TRANSLATE_NOOP("BundleHistoryModel", "Details"),
    }

    def text(self, row: BundleEntry, column: int) -> str:
        if column == BundleColumn.TIME:
            return labels.local_time(row.recorded_at)
        if column == BundleColumn.DIRECTION:
            return labels.label(labels.DIRECTIONS, row.direction)
        if column == BundleColumn.KIND:
            return labels.label(labels.KINDS, row.kind)
        if column == BundleColumn.OFFICE:
            return row.receiver_code if row.direction == "out" else row.sender_code
        if column == BundleColumn.SEQUENCE:
            return str(row.sequence)
        if column == BundleColumn.RECORDS:
            return labels.number(row.record_count)
        if column == BundleColumn.STATUS:
            return labels.label(labels.STATUSES, row.status)
        return self._details(row)

    def raw(self, row: BundleEntry, column: int):
        if column == BundleColumn.TIME:
            return row.recorded_at
        if column == BundleColumn.SEQUENCE:
            return row.sequence
        if column == BundleColumn.RECORDS:
            return row.record_count
        return self.text(row, column)

    def _details(self, row: BundleEntry) -> str:
        text = labels.counts_text(row.summary.get("counts", {}))
        gaps = row.summary.get("gaps") or []
        if gaps:
            missing = labels.fill(labels.tr(QT_TRANSLATE_NOOP("SyncLabels", "numbers not received: %1")),
                                  ", ".join(map(str, gaps)))
            text = f"{text} \u00b7 {missing}" if text else missing
        return text

    def colour(self, row: BundleEntry, column: int) -> QColor | None:
        if column != BundleColumn.STATUS:
            return None
        waiting = row.status == "sent" and row.kind == "data"
        return qcolor(colours().caution if waiting else colours().success)

    def tooltip(self, row: BundleEntry, column: int) -> str | None:
        tip = row.file_name
        if row.acknowledged_at is not None:
            acknowledged = labels.fill(labels.tr(QT_TRANSLATE_NOOP("SyncLabels", "Confirmed on %1")),
                                       labels.local_time(row.acknowledged_at))
            tip = f"{tip}\n{acknowledged}"
        return tip or None


class RecordColumn(IntEnum):
    REGISTRATION_NUMBER = 0
    NAME = 1
    VILLAGE = 2
    CHANGED = 3


class _RecordsModel(RowsModel):
    """Records listed by the fields of RecordRow named in FIELDS, one per column; times shown locally."""

    FIELDS: tuple[str, ...] = ()

    def text(self, row: RecordRow, column: int) -> str:
        field = self.FIELDS[column]
        return labels.local_time(row.changed_at) if field == "changed_at" else getattr(row, field)

    def raw(self, row: RecordRow, column: int):
        return row.changed_at if self.FIELDS[column] == "changed_at" else self.text(row, column)


class PendingRecordsModel(_RecordsModel):
    """Finished records whose current version the hub has not acknowledged yet."""

    CONTEXT = "PendingRecordsModel"
    HEADERS = {
        RecordColumn.REGISTRATION_NUMBER: QT_TRANSLATE_NOOP("PendingRecordsModel", "Reg. No."),
        RecordColumn.NAME: QT_TRANSLATE_NOOP("PendingRecordsModel", "Name"),
        RecordColumn.VILLAGE: QT_TRANSLATE_NOOP("PendingRecordsModel", "Village"),
        RecordColumn.CHANGED: QT_TRANSLATE_NOOP("PendingRecordsModel", "Last changed"),
    }
    FIELDS = ("registration_number", "full_name", "village", "changed_at")


class RejectedColumn(IntEnum):
    REGISTRATION_NUMBER = 0
    NAME = 1
    VILLAGE = 2
    REASON = 3
    SINCE = 4


class RejectedRecordsModel(_RecordsModel):
    """Records the hub sent back for correction; opening one shows it in the enrolment form."""

    CONTEXT = "RejectedRecordsModel"
    HEADERS = {
        RejectedColumn.REGISTRATION_NUMBER: QT_TRANSLATE_NOOP("RejectedRecordsModel", "Reg. No."),
        RejectedColumn.NAME: QT_TRANSLATE_NOOP("RejectedRecordsModel", "Name"),
        RejectedColumn.VILLAGE: QT_TRANSLATE_NOOP("RejectedRecordsModel", "Village"),
        RejectedColumn.REASON: QT_TRANSLATE_NOOP("RejectedRecordsModel", "Why the hub rejected it"),
        RejectedColumn.SINCE: QT_TRANSLATE_NOOP("RejectedRecordsModel", "Since"),
    }
    FIELDS = ("registration_number", "full_name", "village", "reason", "changed_at")

    def colour(self, row: RecordRow, column: int) -> QColor | None:
        return qcolor(colours().error_text) if column == RejectedColumn.REASON else None

    def tooltip(self, row: RecordRow, column: int) -> str | None:
        return row.reason or None


class OfficeColumn(IntEnum):
    CODE = 0
    NAME = 1
    FINGERPRINT = 2
    LAST_BUNDLE = 3
    DAYS = 4
    SEQUENCE = 5


class RegisteredOfficesModel(RowsModel):
    """(hub) The offices registered here, and how long ago each last sent a bundle."""

    CONTEXT = "RegisteredOfficesModel"
    HEADERS = {
        OfficeColumn.CODE: QT_TRANSLATE_NOOP("RegisteredOfficesModel", "Code"),
        OfficeColumn.NAME: QT_TRANSLATE_NOOP("RegisteredOfficesModel", "Office"),
        OfficeColumn.FINGERPRINT: QT_TRANSLATE_NOOP("RegisteredOfficesModel", "Key fingerprint"),
        OfficeColumn.LAST_BUNDLE: QT_TRANSLATE_NOOP("RegisteredOfficesModel", "Last bundle received"),
        OfficeColumn.DAYS: QT_TRANSLATE_NOOP("RegisteredOfficesModel", "Since then"),
        OfficeColumn.SEQUENCE: QT_TRANSLATE_NOOP("RegisteredOfficesModel", "Last no."),
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self._limit: int | None = None

    def set_warning_days(self, limit: int) -> None:
        self._limit = limit
        if self._rows:
            self.dataChanged.emit(self.index(0, OfficeColumn.DAYS), self.index(len(self._rows) - 1,
                                                                              OfficeColumn.DAYS))

    def text(self, row: PeerInfo, column: int) -> str:
        if column == OfficeColumn.CODE:
            return row.code
        if column == OfficeColumn.NAME:
            return row.name
        if column == OfficeColumn.FINGERPRINT:
            return row.fingerprint
        if column == OfficeColumn.LAST_BUNDLE:
            return labels.local_time(row.last_bundle_at) or "\u2013"
        if column == OfficeColumn.DAYS:
            return labels.days_text(row.days_since)
        return str(row.last_sequence) if row.last_sequence else "\u2013"

    def raw(self, row: PeerInfo, column: int):
        if column == OfficeColumn.LAST_BUNDLE:
            return row.last_bundle_at
        if column == OfficeColumn.DAYS:
            return -1 if row.days_since is None else row.days_since
        if column == OfficeColumn.SEQUENCE:
            return row.last_sequence
        return self.text(row, column)

    def colour(self, row: PeerInfo, column: int) -> QColor | None:
        late = row.days_since is None or (self._limit is not None and row.days_since > self._limit)
        return qcolor(colours().error_text) if column == OfficeColumn.DAYS and late else None


def sorting_proxy(model: RowsModel, parent=None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    return proxy

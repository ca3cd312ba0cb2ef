"""The register table model: rows arrive page by page from SQL (lazy fetchMore); no widget code here.

Sorting and filtering happen in SQL, so there is no proxy model: the page re-queries with the sort key
of the clicked column (`COLUMN_SORT_KEYS`). `ObjectRole` gives the `RegisterRow`, `SortRole` its raw value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from pekerja_desktop.domain.identity.nik import mask_nik
from pekerja_desktop.domain.regions import RegionIndex
from pekerja_desktop.ui.pages.register.labels import SEX_LABELS, SEX_NAMES, STATUS_LABELS
from pekerja_desktop.ui.pages.register.rows import RegisterRow, has_registration_number, unpack
from pekerja_desktop.ui.palette import colours, qcolor
from pekerja_desktop.ui.widgets.item_roles import ObjectRole, SortRole


class Column(IntEnum):
    REGISTRATION_NUMBER = 0
    NIK = 1
    NAME = 2
    BIRTH_DATE = 3
    SEX = 4
    VILLAGE = 5
    OCCUPATION = 6
    STATUS = 7
    KPJ = 8
    CREATED = 9


HEADERS = {
    Column.REGISTRATION_NUMBER: QT_TRANSLATE_NOOP("RegisterModel", "Reg. No."),
    Column.NIK: QT_TRANSLATE_NOOP("RegisterModel", "NIK"),
    Column.NAME: QT_TRANSLATE_NOOP("RegisterModel", "Name"),
    Column.BIRTH_DATE: QT_TRANSLATE_NOOP("RegisterModel", "Date of birth"),
    Column.SEX: QT_TRANSLATE_NOOP("RegisterModel", "Sex"),
    Column.VILLAGE: QT_TRANSLATE_NOOP("RegisterModel", "Village"),
    Column.OCCUPATION: QT_TRANSLATE_NOOP("RegisterModel", "Occupation"),
    Column.STATUS: QT_TRANSLATE_NOOP("RegisterModel", "Status"),
    Column.KPJ: QT_TRANSLATE_NOOP("RegisterModel", "KPJ"),
    Column.CREATED: QT_TRANSLATE_NOOP("RegisterModel", "Registered"),
}

# The `ParticipantQuery.sort` key behind each column; None: the column cannot be sorted.
COLUMN_SORT_KEYS: dict[Column, str | None] = {
    Column.REGISTRATION_NUMBER: "registration_number", Column.NIK: "nik", Column.NAME: "full_name",
    Column.BIRTH_DATE: "birth_date", Column.SEX: None, Column.VILLAGE: "village_code",
    Column.OCCUPATION: "occupation", Column.STATUS: "status", Column.KPJ: None, Column.CREATED: "created_at",
}

_ROW_FIELD = {
    Column.REGISTRATION_NUMBER: "registration_number", Column.NIK: "nik", Column.NAME: "full_name",
    Column.BIRTH_DATE: "birth_date", Column.SEX: "sex", Column.VILLAGE: "village_code",
    Column.OCCUPATION: "occupation", Column.STATUS: "status", Column.KPJ: "kpj", Column.CREATED: "created_on",
}

_CENTRED = frozenset({Column.SEX, Column.BIRTH_DATE, Column.CREATED})
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
DISPLAY = Qt.ItemDataRole.DisplayRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_HANDLED_ROLES = frozenset({DISPLAY, FOREGROUND, ALIGNMENT, Qt.ItemDataRole.ToolTipRole, ObjectRole, SortRole})


def format_day(day) -> str:
    """dd/MM/yyyy (faster than strftime, which a paint calls hundreds of times)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}" if day else ""


def _translate(text: str) -> str:
    return QCoreApplication.translate("RegisterModel", text)


def _status_label(status: str) -> str:
    return _translate(STATUS_LABELS[status]) if status in STATUS_LABELS else status


def status_colour(status: str) -> QColor | None:
    c = colours()
    colour = {"draft": c.caution, "rejected": c.error_text, "ended": c.muted_text,
              "transferred": c.muted_text}.get(status)
    return qcolor(colour) if colour else None


class RegisterModel(QAbstractTableModel):
    """Participants of the current query, as packed rows (see `rows.py`). `fetcher(offset)` asks for the
    next page (usually in the background); the answer comes back through `append_rows` or `fetch_failed`."""

    def __init__(self, regions: RegionIndex, parent=None):
        super().__init__(parent)
        self._regions = regions
        self._rows: list[str] = []
        self._unpacked: tuple[int, RegisterRow] | None = None  # the last row unpacked: cells come row by row
        self._exhausted = True
        self._fetching = False
        self._fetcher: Callable[[int], None] | None = None
        self._nik_revealed = False
        self._revealed: dict[str, str] = {}  # registration number → NIK revealed one by one (audited)
        self._occupations: Mapping[str, str] = {}
        self._covered: set[str] = set()  # registration numbers on a list of people already covered (#12)

    # --- feeding the model --------------------------------------------------------------------------

    def set_fetcher(self, fetcher: Callable[[int], None] | None) -> None:
        self._fetcher = fetcher

    def set_occupation_names(self, names: Mapping[str, str]) -> None:
        self._occupations = dict(names)
        self._column_changed(Column.OCCUPATION)

    def reset_rows(self, rows: Sequence[str], exhausted: bool, covered: Iterable[str] = ()) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._covered = set(covered)
        self._revealed.clear()
        self._unpacked = None
        self._exhausted = exhausted
        self._fetching = False
        self.endResetModel()

    def append_rows(self, rows: Sequence[str], exhausted: bool, covered: Iterable[str] = ()) -> None:
        self._fetching = False
        self._exhausted = exhausted
        self._covered.update(covered)
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def fetch_failed(self) -> None:
        self._fetching = False

    def clear(self) -> None:
        self.reset_rows([], True)

    # --- NIK masking --------------------------------------------------------------------------------

    @property
    def nik_revealed(self) -> bool:
        return self._nik_revealed

    def set_nik_revealed(self, revealed: bool) -> None:
        if revealed != self._nik_revealed:
            self._nik_revealed = revealed
            self._column_changed(Column.NIK)

    def reveal_row(self, registration_number: str, nik: str) -> None:
        """Show one record's full NIK (obtained through the audited reveal) until the next search."""
        self._revealed[registration_number] = nik
        row = self.row_of(registration_number)
        if row >= 0:
            self.dataChanged.emit(self.index(row, Column.NIK), self.index(row, Column.NIK))

    def is_revealed(self, registration_number: str) -> bool:
        return self._nik_revealed or registration_number in self._revealed

    def _column_changed(self, column: Column) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    # --- lazy loading -------------------------------------------------------------------------------

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and self._fetcher is not None and not self._exhausted
                and not self._fetching)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetching = True
            self._fetcher(len(self._rows))

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    # --- the item model -----------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def row_at(self, row: int) -> RegisterRow | None:
        if not 0 <= row < len(self._rows):
            return None
        if self._unpacked is None or self._unpacked[0] != row:
            self._unpacked = (row, unpack(self._rows[row]))
        return self._unpacked[1]

    def row_of(self, registration_number: str) -> int:
        """The position of a loaded record, or -1."""
        return next((position for position, packed in enumerate(self._rows)
                     if has_registration_number(packed, registration_number)), -1)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return _translate(HEADERS[Column(section)])
            if role == Qt.ItemDataRole.ToolTipRole and COLUMN_SORT_KEYS[Column(section)]:
                return QCoreApplication.translate("RegisterModel", "Click to sort")
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role=DISPLAY):
        if role not in _HANDLED_ROLES or not index.isValid():
            return None  # cheap first: a paint asks for about seven roles per cell
        row, column = self.row_at(index.row()), index.column()
        if row is None:
            return None
        if role == DISPLAY:
            return self._display(row, column)
        if role == ObjectRole:
            return row
        if role == SortRole:
            value = getattr(row, _ROW_FIELD[column])
            return "" if value is None else value
        if role == FOREGROUND:
            if column != Column.STATUS:
                return None
            return qcolor(colours().finding_warning) if row.registration_number in self._covered \
                else status_colour(row.status)
        if role == ALIGNMENT:
            return _CENTRE if column in _CENTRED else None
        return self._tooltip(row, column)

    def _display(self, row: RegisterRow, column: int) -> str:
        if column == Column.NIK:
            revealed = self._revealed.get(row.registration_number)
            return revealed or (row.nik if self._nik_revealed else mask_nik(row.nik))
        if column == Column.BIRTH_DATE or column == Column.CREATED:
            return format_day(row.birth_date if column == Column.BIRTH_DATE else row.created_on)
        if column == Column.SEX:
            return _translate(SEX_LABELS[row.sex]) if row.sex in SEX_LABELS else ""
        if column == Column.VILLAGE:
            region = self._regions.get(row.village_code)
            return region.name if region else row.village_code
        if column == Column.OCCUPATION:
            return self._occupations.get(row.occupation, row.occupation)
        if column == Column.STATUS:
            if row.registration_number in self._covered:  # the status then stands in the tooltip
                return QCoreApplication.translate("RegisterModel", "Covered")
            return _status_label(row.status)
        value = getattr(row, _ROW_FIELD[column])
        return "" if value is None else str(value)

    def _tooltip(self, row: RegisterRow, column: int) -> str | None:
        if column == Column.VILLAGE:
            return village_path(self._regions, row.village_code)
        if column == Column.OCCUPATION:
            return self._occupations.get(row.occupation, row.occupation)
        if column == Column.SEX and row.sex in SEX_NAMES:
            return _translate(SEX_NAMES[row.sex])
        if column == Column.STATUS and row.registration_number in self._covered:
            return QCoreApplication.translate(
                "RegisterModel", "%1 \u2014 on a list of people already covered elsewhere (BPJS, DTSEN\u2026): check "
                "before sending to BPJS").replace("%1", _status_label(row.status))
        if column == Column.NIK and not self.is_revealed(row.registration_number):
            return QCoreApplication.translate("RegisterModel", "Masked: use \u201cShow NIK\u201d to see it in full")
        return None


def village_path(regions: RegionIndex, code: str) -> str:
    """'Hative Besar, Teluk Ambon, Kota Ambon (81.71.03.1007)'."""
    region = regions.get(code)
    if region is None:
        return code
    ancestors = regions.ancestors(code)
    names = [region.name] + [ancestors[key].name for key in ("kecamatan", "kabupaten") if key in ancestors]
    return f"{', '.join(names)} ({region.code})"

"""Reading village lists (XLSX, legacy XLS or CSV) into raw rows keyed by canonical column names.

Village offices keep their lists in many shapes: a title above the table, headers in Indonesian or English with any
spacing and punctuation (or OpenSID's own column names), a group header merged over two sub-headers ("Ahli Waris"
over "Nama" and "Hubungan"), a row of column numbers (1) (2) (3) under the header, a total row and the signatures
below the table, CSV saved by an Indonesian Excel (semicolons, cp1252, UTF-16). This module finds the header
(`headers.py`) and hands back the cells as they are; turning them into participant data is `rows.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pekerja_desktop.errors import OperationCancelled
from pekerja_desktop.services.intake.errors import IntakeError
from pekerja_desktop.services.intake.reading.csv_text import QuoteFault, csv_rows
from pekerja_desktop.services.intake.reading.headers import (
    COLUMN_LABELS,
    HEADER_SCAN_ROWS,
    REQUIRED_KEYS,
    HeaderMatch,
    assign_columns,
    find_header,
    header_key,
    header_texts,
    is_column_numbering,
    plain_text,
)
from pekerja_desktop.services.intake.reading.source import require_unpackable
from pekerja_desktop.services.intake.reading.workbook import workbook_sheets

XLSX_SUFFIXES = (".xlsx", ".xlsm")
XLS_SUFFIXES = (".xls",)
CSV_SUFFIXES = (".csv", ".txt")
CHECK_EVERY = 500
TOTAL_WORDS = frozenset({"jumlah", "total", "jml", "jumlah total", "total keseluruhan", "jumlah keseluruhan"})


@dataclass
class RawRow:
    row_number: int
    cells: dict[str, object]  # canonical key -> cell value as read (str, int, float, datetime, …)
    stray_quote: bool = False  # a CSV line whose unclosed quote was read as a plain character


@dataclass
class RawSheet:
    columns: dict[str, str]  # canonical key -> header as written
    unknown_headers: list[str]
    rows: list[RawRow]
    sheet_name: str | None = None
    positions: dict[str, int] = field(default_factory=dict)
    not_stored: list[str] = field(default_factory=list)  # religion, marital status: recognised, left out


@dataclass
class Watch:
    """Progress reporting and cancellation for long reads; (done, total) with total 0 when unknown."""
    progress: Callable[[int, int], None] | None = None
    cancelled: Callable[[], bool] | None = None

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise OperationCancelled()

    def step(self, done: int, total: int) -> None:
        self.check()
        if self.progress is not None:
            self.progress(done, total)


def _check(watch: Watch | None) -> None:
    if watch is not None:
        watch.check()


# --- from rows to a sheet --------------------------------------------------------------------------

def build_sheet(rows: Sequence[Sequence[object]], path: Path, watch: Watch | None = None,
                first_row_number: int = 1, sheet_name: str | None = None,
                faults: Sequence[QuoteFault] = (), required: Sequence[str] = REQUIRED_KEYS) -> RawSheet:
    if not any(plain_text(c) for row in rows for c in row):
        raise IntakeError("intake.file_empty", path=str(path))
    header = _required_header(rows, path, required)
    columns = assign_columns(header.keys, header_texts(rows, header.index, header.height))
    start = header.index + header.height
    if start < len(rows) and is_column_numbering(rows[start]):
        start += 1
    quoted = {fault.record - 1 for fault in faults}
    raw_rows = _without_footer(_data_rows(rows, start, columns.positions, first_row_number, watch, quoted))
    if not raw_rows:
        raise IntakeError("intake.no_rows", path=str(path))
    return RawSheet(columns.read, columns.ignored, raw_rows, sheet_name, columns.positions, columns.not_stored)


def _required_header(rows: Sequence[Sequence[object]], path: Path, required: Sequence[str]) -> HeaderMatch:
    header = find_header(rows, minimum=min(2, len(required)))
    if header is None or not any(k in required for k in header.keys):
        raise IntakeError("intake.no_header", path=str(path), rows=HEADER_SCAN_ROWS)
    missing = [k for k in required if k not in header.keys]
    if missing:
        raise IntakeError("intake.columns_missing", path=str(path),
                          columns=", ".join(COLUMN_LABELS[k][0] for k in missing))
    return header


def _data_rows(rows: Sequence[Sequence[object]], start: int, positions: dict[str, int], first_row_number: int,
               watch: Watch | None, quoted: set[int]) -> list[RawRow]:
    found = []
    for index in range(start, len(rows)):
        if index % CHECK_EVERY == 0:
            _check(watch)
        row = rows[index]
        cells = {key: row[pos] for key, pos in positions.items() if pos < len(row) and plain_text(row[pos])}
        if cells and not _repeats_the_header(cells, row) and not _is_total(row, cells):
            found.append(RawRow(first_row_number + index, cells, index in quoted))
    return found


def _repeats_the_header(cells: dict[str, object], row: Sequence[object]) -> bool:
    """Lists printed page by page and pasted back repeat the header (and the column numbers) on every page."""
    nik = plain_text(cells.get("nik"))
    if not nik or len(nik) > 30 or (nik.isdigit() and len(nik) > 3):
        return False
    return header_key(nik) == "nik" or is_column_numbering(row)


def _is_total(row: Sequence[object], cells: dict[str, object]) -> bool:
    """'JUMLAH 120' under the table: words of a total and numbers, no NIK."""
    if plain_text(cells.get("nik")).replace(" ", "").isdigit() and len(plain_text(cells.get("nik"))) > 10:
        return False
    words = " ".join(plain_text(c).lower().rstrip(":") for c in row if plain_text(c) and not _is_number(c))
    return words in TOTAL_WORDS


def _is_number(cell: object) -> bool:
    return isinstance(cell, int | float) or plain_text(cell).replace(".", "").replace(",", "").isdigit()


def _has_nik(row: RawRow) -> bool:
    digits = plain_text(row.cells.get("nik")).replace(" ", "").replace(".", "")
    return len(digits) >= 10 and (digits.isdigit() or "e+" in digits.lower())


def _without_footer(rows: list[RawRow]) -> list[RawRow]:
    """The signatures and notes below the table ("Mengetahui, Kepala Desa …"): rows after the last one that holds
    a NIK and hold none themselves."""
    last = max((i for i, row in enumerate(rows) if _has_nik(row)), default=len(rows) - 1)
    return rows[:last + 1]


# --- file formats ----------------------------------------------------------------------------------

def read_sheet(path: Path, content: bytes, watch: Watch | None = None,
               required: Sequence[str] = REQUIRED_KEYS) -> RawSheet:
    """Read an XLSX, XLS or CSV list already loaded in memory (`content`) whose header names the `required`
    columns (a village list: NIK and name; a list of people already covered: the NIK alone)."""
    suffix = path.suffix.lower()
    if not content.strip():
        raise IntakeError("intake.file_empty", path=str(path))
    if suffix in XLSX_SUFFIXES or suffix in XLS_SUFFIXES:
        if suffix in XLSX_SUFFIXES:
            require_unpackable(path, content)
        step = watch.step if watch is not None else None
        return _first_readable(path, workbook_sheets(path, content, step), watch, required)
    if suffix in CSV_SUFFIXES:
        rows, faults = csv_rows(content)
        return build_sheet(rows, path, watch, faults=faults, required=required)
    raise IntakeError("intake.file_type", path=str(path))


def _first_readable(path: Path, sheets: Iterator[tuple[str, list]], watch: Watch | None,
                    required: Sequence[str]) -> RawSheet:
    """The first worksheet (in the workbook's order) with a recognisable header."""
    first_error: IntakeError | None = None
    for title, rows in sheets:
        try:
            return build_sheet(rows, path, watch, sheet_name=title, required=required)
        except IntakeError as exc:
            first_error = first_error or exc
    raise first_error or IntakeError("intake.file_empty", path=str(path))

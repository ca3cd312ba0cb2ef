"""Legacy Excel workbooks (.xls, BIFF) through xlrd: every worksheet as rows of plain values, dates as datetimes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import xlrd

from pekerja_desktop.services.intake.errors import IntakeError


def _value(cell: xlrd.sheet.Cell, datemode: int) -> object:
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(cell.value, datemode)
        except (xlrd.xldate.XLDateError, ValueError, OverflowError):
            return cell.value
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    return cell.value


def xls_sheets(path: Path, content: bytes) -> Iterator[tuple[str, list[tuple]]]:
    """(title, rows) of each worksheet, the one Excel shows first leading; damage is `intake.file_corrupt`."""
    try:
        book = xlrd.open_workbook(file_contents=content, on_demand=True)
    except Exception as exc:  # xlrd raises XLRDError, CompDocError, struct and index errors on damage
        raise IntakeError("intake.file_corrupt", path=str(path), reason=f"{type(exc).__name__}: {exc}") from exc
    try:
        order = sorted(range(book.nsheets), key=lambda i: i != _active(book))
        for index in order:
            yield _sheet(path, book, index)
    finally:
        book.release_resources()


def _active(book: xlrd.book.Book) -> int:
    for index in range(book.nsheets):
        if getattr(book.sheet_by_index(index), "sheet_visible", 1) and book.sheet_by_index(index).sheet_selected:
            return index
    return 0


def _sheet(path: Path, book: xlrd.book.Book, index: int) -> tuple[str, list[tuple]]:
    try:
        sheet = book.sheet_by_index(index)
        rows = [tuple(_value(cell, book.datemode) for cell in sheet.row(r)) for r in range(sheet.nrows)]
    except Exception as exc:
        raise IntakeError("intake.file_corrupt", path=str(path), reason=f"{type(exc).__name__}: {exc}") from exc
    return sheet.name, rows

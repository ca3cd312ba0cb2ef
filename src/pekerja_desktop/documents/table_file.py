"""Lines of text (a title first) above one table, written as a CSV or a one-sheet XLSX: the breach list and the
intake report. Values are written as they are: text stays text (a NIK keeps its 16 digits)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from pekerja_desktop.documents.sheet_writer import BOLD_FONT, TITLE_FONT
from pekerja_desktop.documents.spreadsheet import neutralise_formula, write_csv


@dataclass(frozen=True)
class TableFile:
    sheet: str  # the XLSX sheet's name
    header: list[str]
    rows: list[list]
    lines: list[str] = field(default_factory=list)  # above the table, the first one a title
    widths: tuple[int, ...] = ()  # XLSX column widths in characters

    @property
    def header_line(self) -> int:
        """The header's row number (from 1): after the lines and an empty row."""
        return len(self.lines) + 2 if self.lines else 1


def render_table_file(table: TableFile, target: Path, fmt: str) -> None:
    """Write `table` to `target` as "csv" or "xlsx"; `target` is written directly (callers stage it)."""
    if fmt == "xlsx":
        _write_xlsx(table, target)
    else:
        above = [[line] for line in table.lines] + ([[]] if table.lines else [])
        write_csv([*above, table.header, *table.rows], target)


def _write_xlsx(table: TableFile, target: Path) -> None:
    """Write-only, so that a list of 35,000 rows streams to disk; fonts are set on the cells as they are made."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(table.sheet[:31])
    for index, width in enumerate(table.widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = f"A{table.header_line + 1}"
    for number, line in enumerate(table.lines):
        sheet.append([_cell(sheet, line, TITLE_FONT if number == 0 else None)])
    if table.lines:
        sheet.append([])
    sheet.append([_cell(sheet, text, BOLD_FONT) for text in table.header])
    for row in table.rows:
        sheet.append([neutralise_formula(v) for v in row])
    workbook.save(target)


def _cell(sheet: Any, value: Any, font: Font | None) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=neutralise_formula(value))
    if font is not None:
        cell.font = font
    return cell

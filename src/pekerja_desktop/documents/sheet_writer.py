"""Rows into an XLSX sheet, the one way every workbook is filled: each text through `neutralise_formula`, a font
for a whole row, number formats by column, column widths in characters."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from pekerja_desktop.documents.spreadsheet import neutralise_formula

TITLE_FONT = Font(bold=True, size=13)
BOLD_FONT = Font(bold=True)


class SheetWriter:
    def __init__(self, sheet: Any):
        self.sheet = sheet

    def put(self, values: Sequence, *, font: Font | None = None, formats: Mapping[int, str] | None = None) -> int:
        """Append a row and return its number; `formats` maps a column (from 1) to the format of a number or a
        date in it (a text in that column keeps the general format)."""
        self.sheet.append([neutralise_formula(v) for v in values])
        line = self.sheet.max_row
        for column, value in enumerate(values, start=1):
            cell = self.sheet.cell(line, column)
            if font is not None:
                cell.font = font
            if formats and column in formats and _is_figure(value):
                cell.number_format = formats[column]
        return line

    def widths(self, widths: Sequence[float]) -> None:
        """Column widths in characters, from column A."""
        for index, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width


def _is_figure(value) -> bool:
    return value is not None and not isinstance(value, str | bool)

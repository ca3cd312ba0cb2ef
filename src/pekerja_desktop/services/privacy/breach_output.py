"""The breach list as CSV (`;`, BOM, as Excel on an Indonesian Windows opens it), XLSX (NIKs as text) or PDF
(A4 landscape): a header with the bundle and the 3 × 24 hours notification duty, then one line per person.
Every spreadsheet cell passes through `neutralise_formula`; files appear only complete."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pekerja_desktop.documents.output import writing
from pekerja_desktop.documents.spreadsheet import neutralise_formula
from pekerja_desktop.domain.dates import format_datetime_local
from pekerja_desktop.domain.i18n import current_language
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.privacy.breach import breach_list
from pekerja_desktop.services.privacy.breach_table import COLUMN_WIDTHS, HEADERS, preamble, table_rows
from pekerja_desktop.services.privacy.errors import output_format

FORMATS = ("csv", "xlsx", "pdf")
CSV_DELIMITER = ";"


@dataclass(frozen=True)
class BreachResult:
    path: Path
    sequence: int
    persons: int
    recorded: bool


def write_breach_list(ctx: AppContext, key: str, out: Path, *, language: str | None = None,
                      now_text: str | None = None) -> BreachResult:
    """Write the list for bundle `key` to `out` (.csv, .xlsx or .pdf) and record "breach.list"."""
    language = language or current_language()
    fmt = output_format(out, FORMATS)
    listing = breach_list(ctx, key)
    operator = f"{ctx.operator.display_name} ({ctx.actor})" if ctx.operator.display_name else ctx.actor
    head = preamble(listing, operator, now_text or format_datetime_local(dt.datetime.now(dt.UTC)), language)
    rows = table_rows(listing, language)
    if fmt == "pdf":
        from pekerja_desktop.services.privacy.breach_pdf import write_breach_pdf

        write_breach_pdf(out, listing, head, rows, HEADERS[language], language=language, author=operator)
    else:
        _write_sheet(out, fmt, head.lines(), [list(HEADERS[language]), *rows], language)
    ctx.audit("breach.list", listing.file_name, sequence=listing.sequence, persons=len(listing.persons),
              recorded=listing.recorded, out=Path(out).name)
    return BreachResult(Path(out), listing.sequence, len(listing.persons), listing.recorded)


def _write_sheet(out: Path, fmt: str, lines: list[str], table: list[list[str]], language: str) -> None:
    cells = [[neutralise_formula(line)] for line in lines] + [[]] + [[neutralise_formula(v) for v in row]
                                                                      for row in table]
    with writing(Path(out)) as staged:
        if fmt == "xlsx":
            _write_xlsx(staged, cells, header_row=len(lines) + 2, language=language)
        else:
            with staged.open("w", encoding="utf-8-sig", newline="") as handle:
                csv.writer(handle, delimiter=CSV_DELIMITER).writerows(cells)


def _write_xlsx(target: Path, cells: list[list[str]], *, header_row: int, language: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Daftar orang" if language == "id" else "Persons"
    for row in cells:
        sheet.append(row)  # every value is text: a NIK keeps its 16 digits
    sheet["A1"].font = Font(bold=True, size=13)
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    for index, width in enumerate(COLUMN_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    workbook.save(target)

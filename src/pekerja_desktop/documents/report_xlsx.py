"""A report as an XLSX workbook: one sheet per section, the report's heading above a bold, frozen header row
with a filter; counts as numbers, dates as dates, every text through `neutralise_formula`."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from pekerja_desktop.documents.report_table import Kind, Level, Report, Row, Section
from pekerja_desktop.documents.spreadsheet import neutralise_formula
from pekerja_desktop.fileio import atomic_path

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
FILLS = {Level.SUBTOTAL: PatternFill("solid", fgColor="F0F3F7"), Level.TOTAL: HEADER_FILL}
DATE_FORMAT = "DD/MM/YYYY"
COUNT_FORMAT = "#,##0"
MM_PER_CHARACTER = 2.1  # the PDF's column widths, turned into Excel's character widths


def _put(sheet: Worksheet, values, *, font: Font | None = None) -> int:
    sheet.append([neutralise_formula(v) for v in values])
    line = sheet.max_row
    if font is not None:
        for cell in sheet[line]:
            cell.font = font
    return line


def _heading(sheet: Worksheet, report: Report, section: Section) -> None:
    masthead = report.masthead
    _put(sheet, [report.title], font=TITLE)
    _put(sheet, [section.title], font=BOLD)
    _put(sheet, [f"{masthead.office_name} — {masthead.scope}"])
    _put(sheet, [f"{masthead.as_of_line} · {masthead.prepared_line}"])
    if section.note:
        _put(sheet, [section.note])
    _put(sheet, [])


def _body_row(sheet: Worksheet, row: Row, section: Section) -> None:
    line = _put(sheet, row.values, font=BOLD if row.level else None)
    for cell, column in zip(sheet[line], section.columns, strict=False):
        if column.kind is Kind.COUNT:
            cell.number_format = COUNT_FORMAT
        elif column.kind is Kind.DATE:
            cell.number_format = DATE_FORMAT
        if row.level in FILLS:
            cell.fill = FILLS[row.level]
    if row.indent:
        sheet.cell(line, 1).alignment = Alignment(indent=row.indent * 2)


def _fill_sheet(sheet: Worksheet, report: Report, section: Section) -> None:
    _heading(sheet, report, section)
    header = _put(sheet, [c.label for c in section.columns], font=BOLD)
    for cell in sheet[header]:
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    sheet.freeze_panes = f"A{header + 1}"
    for row in section.rows:
        _body_row(sheet, row, section)
    if section.rows:
        sheet.auto_filter.ref = f"A{header}:{get_column_letter(len(section.columns))}{sheet.max_row}"
    else:
        _put(sheet, [section.empty_line])
    for index, column in enumerate(section.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(8, round(column.width_mm / MM_PER_CHARACTER))


def write_report_xlsx(report: Report, path: Path) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for section in report.sections:
        _fill_sheet(workbook.create_sheet(section.sheet[:31]), report, section)
    workbook.properties.title = report.title
    workbook.properties.creator = report.masthead.prepared_by
    with atomic_path(Path(path)) as temporary:
        workbook.save(temporary)

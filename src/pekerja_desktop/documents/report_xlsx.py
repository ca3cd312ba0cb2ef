"""A report as an XLSX workbook: one sheet per section, the report's heading above a bold, frozen header row
with a filter; counts and amounts as numbers, dates as dates, shares as percentages, every text through
`neutralise_formula`; the signatures under the last sheet's table."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter

from pekerja_desktop.documents.output import writing
from pekerja_desktop.documents.report_table import Kind, Level, Report, Row, Section
from pekerja_desktop.documents.sheet_writer import BOLD_FONT, TITLE_FONT, SheetWriter

HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")  # as documents.styles.HEADER_FILL
FILLS = {Level.SUBTOTAL: PatternFill("solid", fgColor="F0F3F7"), Level.TOTAL: HEADER_FILL}
NUMBER_FORMATS = {Kind.COUNT: "#,##0", Kind.MONEY: '"Rp"#,##0', Kind.PERCENT: "0.0%", Kind.BAR: "0.0%",
                  Kind.DATE: "DD/MM/YYYY"}
MM_PER_CHARACTER = 2.1  # the PDF's column widths, turned into Excel's character widths


def _heading(writer: SheetWriter, report: Report, section: Section) -> None:
    masthead = report.masthead
    writer.put([report.title], font=TITLE_FONT)
    if report.subtitle:
        writer.put([report.subtitle])
    writer.put([section.title], font=BOLD_FONT)
    writer.put([masthead.office_line])
    writer.put([masthead.as_of_line(report.language)])
    for note in (*report.notes, section.note):
        if note:
            writer.put([note])
    writer.put([])


def _sheet_value(value, kind: Kind):
    """A share is stored as a fraction, shown as a percentage."""
    if kind in (Kind.PERCENT, Kind.BAR):
        return value / 100 if isinstance(value, int | float) else ""
    return value


def _body_row(writer: SheetWriter, row: Row, section: Section) -> None:
    values = [_sheet_value(v, c.kind) for v, c in zip(row.values, section.columns, strict=True)]
    formats = {index: NUMBER_FORMATS[c.kind] for index, c in enumerate(section.columns, start=1)
               if c.kind in NUMBER_FORMATS}
    line = writer.put(values, font=BOLD_FONT if row.level else None, formats=formats)
    if row.level in FILLS:
        for column in range(1, len(values) + 1):
            writer.sheet.cell(line, column).fill = FILLS[row.level]
    if row.indent:
        writer.sheet.cell(line, 1).alignment = Alignment(indent=row.indent * 2)


def _fill_sheet(writer: SheetWriter, report: Report, section: Section) -> None:
    _heading(writer, report, section)
    header = writer.put([c.label for c in section.columns], font=BOLD_FONT)
    for cell in writer.sheet[header]:
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    writer.sheet.freeze_panes = f"A{header + 1}"
    for row in section.rows:
        _body_row(writer, row, section)
    if section.rows:
        writer.sheet.auto_filter.ref = f"A{header}:{get_column_letter(len(section.columns))}{writer.sheet.max_row}"
    else:
        writer.put([section.empty_line(report.language)])
    writer.widths([max(8, round(c.width_mm / MM_PER_CHARACTER)) for c in section.columns])


def _signatures(writer: SheetWriter, report: Report) -> None:
    """A row for each signatory: the heading in one cell, then the name, then what follows it."""
    if report.signatures:
        writer.put([])
    for signatory in report.signatures:
        writer.put([" ".join(signatory.heading), signatory.name, *signatory.footing])


def write_report_xlsx(report: Report, path: Path) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    writer = None
    for section in report.sections:
        writer = SheetWriter(workbook.create_sheet(section.sheet[:31]))
        _fill_sheet(writer, report, section)
    if writer is not None:
        _signatures(writer, report)
    workbook.properties.title = report.title
    workbook.properties.creator = report.masthead.prepared_by
    with writing(Path(path)) as temporary:
        workbook.save(temporary)

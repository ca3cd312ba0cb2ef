"""The coverage report as an XLSX: the coverage sheet, then one sheet per breakdown, each with its header in the
first row (ready to sort and filter); numbers as numbers, shares as percentages."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from pekerja_desktop.documents.output import writing
from pekerja_desktop.documents.sheet_writer import BOLD_FONT, SheetWriter
from pekerja_desktop.domain.dates import format_date, format_datetime_local
from pekerja_desktop.services.dashboard.figures import DashboardData, ExportState, Figure
from pekerja_desktop.services.reports.coverage_sections import notes
from pekerja_desktop.services.reports.coverage_text import text

COUNT_FORMAT = "#,##0"
PERCENT_FORMAT = "0.0%"
COVERAGE_FORMATS = {3: COUNT_FORMAT, 4: COUNT_FORMAT, 5: PERCENT_FORMAT, 6: COUNT_FORMAT}


def _fraction(part: int, whole: int) -> float | str:
    return part / whole if whole else ""


def _coverage_sheet(writer: SheetWriter, data: DashboardData, prepared_by: str) -> None:
    writer.put([text("sheet_title")], font=BOLD_FONT)
    writer.put([data.office_name])
    writer.put([text("as_of", date=format_date(data.today))])
    writer.put([])
    writer.put([text("code"), text("regency"), text("target"), text("enrolled"), text("percent"), text("remaining")],
               font=BOLD_FONT)
    for row in data.coverage:
        writer.put([row.code, row.name, row.target, row.enrolled, _fraction(row.enrolled, row.target),
                    max(row.target - row.enrolled, 0)], formats=COVERAGE_FORMATS)
    target = data.target_total
    progress = data.progress / 100 if data.progress is not None else ""  # of the regencies with a target
    writer.put(["", text("total"), target, data.total.count, progress,
                max(target - data.total.count, 0)], font=BOLD_FONT, formats=COVERAGE_FORMATS)
    writer.put([])
    counted, targets = notes(data)
    for line in (targets, counted, text("prepared_by", name=prepared_by)):
        writer.put([line])
    writer.widths([10, 32, 12, 12, 12, 14])


def _figure_sheet(writer: SheetWriter, heading: str, figures: list[Figure]) -> None:
    writer.put([heading, text("count")], font=BOLD_FONT)
    for figure in figures:
        writer.put([figure.label, figure.count], formats={2: COUNT_FORMAT})
    writer.widths([34, 16])


def _offices_sheet(writer: SheetWriter, data: DashboardData) -> None:
    formats = {3: COUNT_FORMAT, 4: COUNT_FORMAT, 6: COUNT_FORMAT}
    writer.put([text("office"), text("office_name"), text("enrolled"), text("bundles"), text("last_bundle"),
                text("days_since")], font=BOLD_FONT)
    for office in data.offices:
        writer.put([office.code, office.name, office.enrolled, office.bundles,
                    format_datetime_local(office.last_bundle_at) or text("never"),
                    office.days_since if office.days_since is not None else ""], formats=formats)
    writer.widths([10, 34, 12, 14, 18, 22])


def _export_sheet(writer: SheetWriter, export: ExportState) -> None:
    days = export.days_since_export
    formats = {2: COUNT_FORMAT}
    writer.put([text("days_since_export"), days if days is not None else text("never")], formats=formats)
    writer.put([text("not_exported"), export.not_exported], formats=formats)
    writer.put([text("not_acknowledged"), export.not_acknowledged], formats=formats)
    writer.widths([34, 16])


def write_coverage_xlsx(data: DashboardData, path: Path, *, prepared_by: str) -> None:
    workbook = Workbook()
    workbook.active.title = text("sheet.coverage")
    _coverage_sheet(SheetWriter(workbook.active), data, prepared_by)
    for code, heading, figures in (("sheet.days", "day", data.per_day), ("sheet.weeks", "week", data.per_week),
                                   ("sheet.occupation", "occupation", data.by_occupation),
                                   ("sheet.sex", "sex", data.by_sex), ("sheet.age", "age", data.by_age)):
        _figure_sheet(SheetWriter(workbook.create_sheet(text(code))), text(heading), figures)
    if data.hub:
        _offices_sheet(SheetWriter(workbook.create_sheet(text("sheet.offices"))), data)
    elif data.export is not None:
        _export_sheet(SheetWriter(workbook.create_sheet(text("sheet.export"))), data.export)
    with writing(Path(path)) as temporary:
        workbook.save(temporary)

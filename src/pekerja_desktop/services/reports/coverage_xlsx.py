"""The coverage report as an XLSX: the coverage sheet, then one sheet per breakdown; numbers as numbers."""

from __future__ import annotations

from pathlib import Path

from pekerja_desktop.documents.formatting import number_text
from pekerja_desktop.documents.spreadsheet import neutralise_formula
from pekerja_desktop.domain.dates import format_date, format_datetime_local
from pekerja_desktop.fileio import atomic_path
from pekerja_desktop.services.dashboard.figures import DashboardData, Figure
from pekerja_desktop.services.reports.coverage_text import text

COUNT_FORMAT = "#,##0"
PERCENT_FORMAT = "0.0%"


class SheetWriter:
    """Rows appended to one sheet, text neutralised, header rows bold, number formats by column."""

    def __init__(self, sheet, formats: dict[int, str] | None = None):
        self.sheet, self.formats = sheet, formats or {}

    def put(self, values: list, *, bold: bool = False) -> None:
        from openpyxl.styles import Font

        self.sheet.append([neutralise_formula(v) for v in values])
        row = self.sheet.max_row
        for column, value in enumerate(values, start=1):
            cell = self.sheet.cell(row, column)
            if bold:
                cell.font = Font(bold=True)
            if isinstance(value, int | float) and column in self.formats:
                cell.number_format = self.formats[column]

    def widths(self, *widths: int) -> None:
        for index, width in enumerate(widths):
            self.sheet.column_dimensions[chr(ord("A") + index)].width = width


def _coverage_sheet(sheet, data: DashboardData, prepared_by: str) -> None:
    writer = SheetWriter(sheet, {3: COUNT_FORMAT, 4: COUNT_FORMAT, 5: PERCENT_FORMAT, 6: COUNT_FORMAT})
    writer.put([text("sheet_title")], bold=True)
    writer.put([data.office_name])
    writer.put([text("as_of", date=format_date(data.today))])
    writer.put([])
    writer.put([text("code"), text("regency"), text("target"), text("enrolled"), text("percent"), text("remaining")],
               bold=True)
    for row in data.coverage:
        writer.put([row.code, row.name, row.target, row.enrolled, _fraction(row.enrolled, row.target),
                    max(row.target - row.enrolled, 0)])
    target = data.target_total
    writer.put(["", text("total"), target, data.total.count, data.progress / 100 if target else "",
                max(target - data.total.count, 0)], bold=True)
    writer.put([])
    quota = number_text(data.targets.total)
    writer.put([text("targets_default" if data.targets.is_default else "targets_set", quota=quota)])
    writer.put([text("counted", hub=text("counted_hub") if data.hub else "")])
    writer.put([text("prepared_by", name=prepared_by)])
    writer.widths(10, 32, 12, 12, 12, 14)


def _fraction(part: int, whole: int) -> float | str:
    return part / whole if whole else ""


def _figure_sheet(sheet, heading: str, figures: list[Figure]) -> None:
    writer = SheetWriter(sheet, {2: COUNT_FORMAT})
    writer.put([heading, text("count")], bold=True)
    for figure in figures:
        writer.put([figure.label, figure.count])
    writer.widths(34, 16)


def _offices_sheet(sheet, data: DashboardData) -> None:
    writer = SheetWriter(sheet, {3: COUNT_FORMAT, 4: COUNT_FORMAT, 6: COUNT_FORMAT})
    writer.put([text("office"), text("office_name"), text("enrolled"), text("bundles"), text("last_bundle"),
                text("days_since")], bold=True)
    for office in data.offices:
        writer.put([office.code, office.name, office.enrolled, office.bundles,
                    format_datetime_local(office.last_bundle_at) or text("never"),
                    office.days_since if office.days_since is not None else ""])
    writer.widths(10, 34, 12, 14, 18, 22)


def _export_sheet(sheet, data: DashboardData) -> None:
    writer = SheetWriter(sheet, {2: COUNT_FORMAT})
    export = data.export
    days = export.days_since_export
    writer.put([text("days_since_export"), days if days is not None else text("never")])
    writer.put([text("not_exported"), export.not_exported])
    writer.put([text("not_acknowledged"), export.not_acknowledged])
    writer.widths(34, 16)


def write_coverage_xlsx(data: DashboardData, path: Path, *, prepared_by: str) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = text("sheet.coverage")
    _coverage_sheet(workbook.active, data, prepared_by)
    for code, heading, figures in (("sheet.days", "day", data.per_day), ("sheet.weeks", "week", data.per_week),
                                   ("sheet.occupation", "occupation", data.by_occupation),
                                   ("sheet.sex", "sex", data.by_sex), ("sheet.age", "age", data.by_age)):
        _figure_sheet(workbook.create_sheet(text(code)), text(heading), figures)
    if data.hub:
        _offices_sheet(workbook.create_sheet(text("sheet.offices")), data)
    elif data.export is not None:
        _export_sheet(workbook.create_sheet(text("sheet.export")), data)
    with atomic_path(Path(path)) as temporary:
        workbook.save(temporary)

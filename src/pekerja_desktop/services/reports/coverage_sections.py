"""The coverage report laid out for print: coverage against target per kabupaten/kota, with the total and a bar
each, under notes on what is counted and where the targets come from (upright A4)."""

from __future__ import annotations

from pekerja_desktop.documents.formatting import number_text
from pekerja_desktop.documents.report_table import Column, Kind, Level, Masthead, Report, Row, Section
from pekerja_desktop.services.dashboard.figures import DashboardData, RegencyCoverage
from pekerja_desktop.services.reports.coverage_text import text


def _columns() -> tuple[Column, ...]:  # 174 mm: an upright page inside its margins
    return (Column(text("no"), 9), Column(text("code"), 13, Kind.CODE), Column(text("regency"), 52),
            Column(text("target"), 16, Kind.COUNT), Column(text("enrolled"), 20, Kind.COUNT),
            Column(text("percent"), 18, Kind.PERCENT), Column(text("remaining"), 24, Kind.COUNT),
            Column(text("progress"), 22, Kind.BAR))


def _row(number: int, row: RegencyCoverage) -> Row:
    return Row((str(number), row.code, row.name, row.target, row.enrolled, row.percent,
                max(row.target - row.enrolled, 0), row.percent))


def _total(data: DashboardData) -> Row:
    target, percent = data.target_total, data.progress
    return Row(("", "", text("total"), target, data.total.count, percent, max(target - data.total.count, 0),
                percent), Level.TOTAL)


def notes(data: DashboardData) -> tuple[str, str]:
    """What is counted, and where the targets come from."""
    quota = number_text(data.targets.total)
    return (text("counted", hub=text("counted_hub") if data.hub else ""),
            text("targets_default" if data.targets.is_default else "targets_set", quota=quota))


def coverage_report(data: DashboardData, masthead: Masthead) -> Report:
    rows = [_row(number, row) for number, row in enumerate(data.coverage, start=1)]
    section = Section(text("per_regency"), text("sheet.coverage"), _columns(), [*rows, _total(data)])
    return Report(text("title"), masthead, [section], notes=notes(data), portrait=True)

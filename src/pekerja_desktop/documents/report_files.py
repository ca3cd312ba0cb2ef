"""A report written as the file its name asks for: a PDF or an XLSX workbook."""

from __future__ import annotations

from pathlib import Path

from pekerja_desktop.documents.report_pdf import write_report_pdf
from pekerja_desktop.documents.report_table import Report
from pekerja_desktop.documents.report_xlsx import write_report_xlsx

WRITERS = {".pdf": write_report_pdf, ".xlsx": write_report_xlsx}
REPORT_SUFFIXES = tuple(WRITERS)


def write_report(report: Report, path: Path) -> None:
    """By the suffix of `path` (one of REPORT_SUFFIXES, checked by the caller before any work)."""
    WRITERS[Path(path).suffix.lower()](report, Path(path))

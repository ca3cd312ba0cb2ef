"""The intake report: one line per row that needs attention (refused, skipped, or with warnings).

Columns: row, outcome, NIK, name, codes, messages — headers and messages in the current language.
CSV is written with `;` and a BOM, as Excel on an Indonesian Windows opens it; XLSX keeps the NIK as
text. Every value passes through `neutralise_formula`; files appear only complete (atomic writes).
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import TYPE_CHECKING

from pekerja_desktop.documents.table_file import TableFile, render_table_file
from pekerja_desktop.domain.i18n import current_language, render
from pekerja_desktop.errors import FileProblem
from pekerja_desktop.fileio import atomic_path
from pekerja_desktop.services.intake.errors import IntakeError

if TYPE_CHECKING:
    from pekerja_desktop.services.intake.importer import IntakeResult
    from pekerja_desktop.services.intake.preview import IntakePreview, IntakeRow

REPORT_FORMATS = {".csv": "csv", ".xlsx": "xlsx"}
SHEET_NAMES = {"id": "Laporan", "en": "Report"}
HEADERS = {
    "id": ("Baris", "Hasil", "NIK", "Nama", "Kode", "Keterangan"),
    "en": ("Row", "Outcome", "NIK", "Name", "Codes", "Messages"),
}
COLUMN_WIDTHS = (8, 18, 20, 30, 30, 100)
LABELS: dict[str, dict[str, str]] = {
    "valid": {"id": "valid", "en": "valid"},
    "incomplete": {"id": "draf perlu dilengkapi", "en": "draft to complete"},
    "imported": {"id": "diimpor", "en": "imported"},
    "invalid": {"id": "ditolak", "en": "rejected"},
    "already_present": {"id": "sudah terdaftar", "en": "already registered"},
    "duplicate_in_file": {"id": "ganda dalam berkas", "en": "repeated in file"},
    "imported_as": {"id": "Diimpor sebagai draf {number}.", "en": "Imported as draft {number}."},
}


def report_format(path: Path) -> str:
    """'csv' or 'xlsx' for a report path that can take a file; else IntakeError (before any work)."""
    path = Path(path)
    fmt = REPORT_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise IntakeError("intake.report_type", path=str(path))
    if not path.parent.is_dir():
        raise IntakeError("intake.report_folder_missing", path=str(path), folder=str(path.parent))
    if path.is_dir():
        raise FileProblem("file.unwritable", path=str(path), reason="is a folder")
    return fmt


def suggested_report_name(source: Path) -> str:
    """`<stem>-laporan.xlsx`: what a save dialog proposes (a report is written only where the clerk says)."""
    return f"{source.stem}-laporan.xlsx"


def file_problem(path: Path, exc: OSError) -> FileProblem | IntakeError:
    if exc.errno == errno.ENOSPC:
        return FileProblem("file.disk_full", path=str(path))
    if exc.errno == errno.ENOENT:
        return IntakeError("intake.report_folder_missing", path=str(path), folder=str(Path(path).parent))
    return FileProblem("file.unwritable", path=str(path), reason=exc.strerror or str(exc))


def needs_attention(row: IntakeRow) -> bool:
    return row.outcome != "valid" or bool(row.findings)


def report_lines(preview: IntakePreview, result: IntakeResult | None = None,
                 language: str | None = None) -> list[list]:
    """The header line and one line per row that needs attention, in row order."""
    language = language or current_language()
    numbers = dict(zip(result.row_numbers, result.registration_numbers, strict=False)) if result else {}
    lines: list[list] = [list(HEADERS.get(language, HEADERS["id"]))]
    for row in preview.rows:
        if needs_attention(row):
            lines.append(_line(row, numbers.get(row.row_number), language))
    return lines


def _line(row: IntakeRow, number: str | None, language: str) -> list:
    outcome = "imported" if number else row.outcome
    messages = [f.message(language) for f in row.findings]
    if number:
        messages.insert(0, render(LABELS, "imported_as", {"number": number}, language))
    nik = row.data.nik if row.data is not None and row.data.nik else row.values.get("nik", "")
    name = row.data.full_name if row.data is not None else row.values.get("full_name", "")
    return [row.row_number, render(LABELS, outcome, None, language), nik, name,
            ", ".join(f.code for f in row.findings), " | ".join(messages)]


def render_report(preview: IntakePreview, target: Path, fmt: str, result: IntakeResult | None = None) -> None:
    """Write the report to `target` (no atomicity here: callers pass a staged path)."""
    header, *rows = report_lines(preview, result)
    sheet = SHEET_NAMES.get(current_language(), SHEET_NAMES["id"])
    render_table_file(TableFile(sheet, header, rows, widths=COLUMN_WIDTHS), target, fmt)


def write_report(preview: IntakePreview, path: Path, result: IntakeResult | None = None) -> Path:
    """Write the report as CSV or XLSX (by suffix), atomically: complete or not at all."""
    path = Path(path)
    fmt = report_format(path)
    try:
        with atomic_path(path) as staged:
            render_report(preview, staged, fmt, result)
    except OSError as exc:
        raise file_problem(path, exc) from exc
    return path

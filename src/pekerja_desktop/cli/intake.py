"""`pekerja-desktop intake FILE`: import a village list (XLSX/CSV) as drafts, with a report of refused rows."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from pekerja_desktop.cli.common import context_from, set_handler
from pekerja_desktop.cli.output import print_json
from pekerja_desktop.domain.dates import format_date, parse_date
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.intake.importer import (
    DEFAULT_FUNDING_SOURCE,
    IntakePreview,
    IntakeResult,
    import_preview,
    import_with_report,
    preview_intake,
    write_report,
)
from pekerja_desktop.services.intake.report import default_report_path, report_format

MESSAGES = {
    "summary": {
        "id": "{file}: {imported} baris diimpor sebagai draf, {rejected} ditolak, {already_present} sudah terdaftar, "
        "{duplicate_in_file} ganda dalam berkas.",
        "en": "{file}: {imported} rows imported as drafts, {rejected} rejected, {already_present} already registered, "
        "{duplicate_in_file} repeated in the file.",
    },
    "dry_run": {
        "id": "{file} (uji coba, tidak ada yang disimpan): {valid} baris valid, {rejected} ditolak, "
        "{already_present} sudah terdaftar, {duplicate_in_file} ganda dalam berkas.",
        "en": "{file} (dry run, nothing saved): {valid} valid rows, {rejected} rejected, "
        "{already_present} already registered, {duplicate_in_file} repeated in the file.",
    },
    "terms": {
        "id": "Sumber dana {funding_source}, mulai kepesertaan {coverage_start}. Draf perlu diselesaikan di formulir.",
        "en": "Funding source {funding_source}, coverage from {coverage_start}. Drafts must be finished in the form.",
    },
    "report": {"id": "Laporan: {path}", "en": "Report: {path}"},
    "no_report": {"id": "Semua baris diterima; tidak ada laporan.", "en": "Every row accepted; no report."},
    "unknown_headers": {
        "id": "Kolom tidak dikenali (diabaikan): {headers}",
        "en": "Unrecognised columns (ignored): {headers}",
    },
    "bad_date": {"id": "tanggal tidak valid: {value}", "en": "invalid date: {value}"},
}
HELP = {
    "file": {"id": "daftar .xlsx atau .csv", "en": "the list, .xlsx or .csv"},
    "report": {"id": "laporan baris (.csv atau .xlsx); bawaan <nama>-laporan.csv bila ada baris ditolak",
               "en": "the report of the rows (.csv or .xlsx); by default <name>-laporan.csv when a row is refused"},
    "funding_source": {"id": "sumber dana untuk semua baris (bawaan {default})",
                       "en": "the funding source of every row (default {default})"},
    "coverage_start": {"id": "mulai kepesertaan, dd/MM/yyyy (bawaan: tanggal 1 bulan ini)",
                       "en": "the start of coverage, dd/MM/yyyy (default: the 1st of this month)"},
    "dry_run": {"id": "periksa dan tulis laporan saja, tanpa impor",
                "en": "check and write the report only, import nothing"},
}


def _date_argument(text: str) -> dt.date:
    parsed = parse_date(text)
    if parsed is None:
        raise argparse.ArgumentTypeError(render(MESSAGES, "bad_date", {"value": text}))
    return parsed


def build_intake(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help=render(HELP, "file"))
    parser.add_argument("--report", default=None, metavar="OUT", help=render(HELP, "report"))
    parser.add_argument("--funding-source", default=DEFAULT_FUNDING_SOURCE, metavar="CODE",
                        help=render(HELP, "funding_source", {"default": DEFAULT_FUNDING_SOURCE}))
    parser.add_argument("--coverage-start", type=_date_argument, default=None, metavar="DATE",
                        help=render(HELP, "coverage_start"))
    parser.add_argument("--dry-run", action="store_true", help=render(HELP, "dry_run"))
    parser.add_argument("--format", choices=("text", "json"), default="text")
    set_handler(parser, run)


BUILDERS = {"intake": build_intake}


def _report_target(args: argparse.Namespace, preview: IntakePreview) -> Path | None:
    if args.report:
        return Path(args.report)
    return default_report_path(preview.path) if preview.needs_report else None


def run(args: argparse.Namespace) -> int:
    if args.report:
        report_format(Path(args.report))  # a wrong suffix is refused before any work
    with context_from(args) as ctx:
        preview = preview_intake(ctx, Path(args.file), funding_source=args.funding_source,
                                 coverage_start=args.coverage_start)
        report = _report_target(args, preview)
        result = None if args.dry_run else _import(ctx, preview, report)
        if args.dry_run and report is not None:
            write_report(preview, report)
    _print(args, preview, result, report)
    return 0


def _import(ctx: AppContext, preview: IntakePreview, report: Path | None) -> IntakeResult:
    return import_with_report(ctx, preview, report) if report is not None else import_preview(ctx, preview)


def _counts(preview: IntakePreview, result: IntakeResult | None) -> dict[str, int]:
    counts = preview.counts()
    return {"imported": result.imported if result else 0, "rejected": counts["invalid"],
            "already_present": counts["already_present"], "duplicate_in_file": counts["duplicate_in_file"]}


def _print(args: argparse.Namespace, preview: IntakePreview, result: IntakeResult | None,
           report: Path | None) -> None:
    counts = _counts(preview, result)
    if args.format == "json":
        print_json({**counts, "report": str(report) if report else None})
        return
    if result is None:
        print(render(MESSAGES, "dry_run", {**counts, "valid": preview.counts()["valid"], "file": preview.path.name}))
    else:
        print(render(MESSAGES, "summary", {**counts, "file": preview.path.name}))
    _print_terms(preview)
    if preview.unknown_headers:
        print(render(MESSAGES, "unknown_headers", {"headers": ", ".join(preview.unknown_headers)}))
    print(render(MESSAGES, "report", {"path": report}) if report else render(MESSAGES, "no_report"))


def _print_terms(preview: IntakePreview) -> None:
    sample = next((row.data for row in preview.rows if row.data is not None), None)
    if sample is not None:
        print(render(MESSAGES, "terms", {"funding_source": sample.funding_source,
                                         "coverage_start": format_date(sample.coverage_start)}))

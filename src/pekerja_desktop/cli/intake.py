"""`pekerja-desktop intake FILE`: import a village list (XLSX, XLS or CSV) as drafts; `--template OUT.xlsx` writes the
list to fill in. Values the list writes its own way are settled with `--map KIND:TEXT=CODE` or `--mapping FILE.json`;
`--format json` lists what is left unresolved with its candidates."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from pekerja_desktop.cli.common import context_from, set_handler
from pekerja_desktop.cli.output import print_json, print_table
from pekerja_desktop.domain.dates import format_date, parse_date
from pekerja_desktop.domain.i18n import current_language, render
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.intake.choices import (
    KINDS,
    keep_aliases,
    list_aliases,
    parse_choice,
    read_choices_file,
    remove_alias,
)
from pekerja_desktop.services.intake.errors import IntakeError
from pekerja_desktop.services.intake.importer import (
    DEFAULT_FUNDING_SOURCE,
    IntakeOptions,
    IntakePreview,
    IntakeResult,
    import_preview,
    import_with_report,
    preview_intake,
    write_report,
)
from pekerja_desktop.services.intake.report import report_format
from pekerja_desktop.services.intake.template import write_template

MESSAGES = {
    "bad_date": {"id": "tanggal tidak valid: {value}", "en": "invalid date: {value}"},
    "template": {"id": "Templat ditulis: {path}", "en": "Template written: {path}"},
}
HELP = {
    "file": {"id": "daftar .xlsx, .xls atau .csv", "en": "the list, .xlsx, .xls or .csv"},
    "report": {"id": "laporan baris (.csv atau .xlsx, berisi NIK lengkap: simpan dengan aman); hanya ditulis bila "
                     "diminta", "en": "the report of the rows (.csv or .xlsx, holding full NIKs: keep it safe); "
                                  "written only when asked for"},
    "funding_source": {"id": "sumber dana untuk semua baris (bawaan {default})",
                       "en": "the funding source of every row (default {default})"},
    "coverage_start": {"id": "mulai kepesertaan, dd/MM/yyyy (bawaan: aturan pengaturan coverage-start)",
                       "en": "the start of coverage, dd/MM/yyyy (default: the coverage-start setting's rule)"},
    "village": {"id": "kode desa/kelurahan untuk baris tanpa desa (daftar satu desa, mis. ekspor OpenSID)",
                "en": "the village code of rows without one (a list of one desa, e.g. an OpenSID export)"},
    "district": {"id": "kode kecamatan untuk baris tanpa kecamatan (daftar satu kecamatan)",
                 "en": "the kecamatan code of rows without one (a list of one kecamatan)"},
    "map": {"id": "pilihan untuk nilai yang tidak dikenali, KIND:TEXT=CODE (KIND: occupation, village, district); "
                  "boleh berulang", "en": "a choice for a value not recognised, KIND:TEXT=CODE (KIND: occupation, "
                                          "village, district); repeatable"},
    "mapping": {"id": "berkas JSON pilihan: {\"village\": {\"TEXT\": \"CODE\"}, …}",
                "en": "a JSON file of choices: {\"village\": {\"TEXT\": \"CODE\"}, …}"},
    "keep_aliases": {"id": "simpan pilihan --map/--mapping sebagai alias kantor untuk daftar berikutnya",
                     "en": "keep the --map/--mapping choices as office aliases for the next lists"},
    "template": {"id": "tulis templat daftar (.xlsx) lalu selesai", "en": "write the list template (.xlsx) and stop"},
    "dry_run": {"id": "periksa saja, tanpa impor", "en": "check only, import nothing"},
    "add": {"id": "simpan alias kantor KIND:TEXT=CODE (boleh berulang)",
            "en": "keep an office alias KIND:TEXT=CODE (repeatable)"},
    "remove": {"id": "hapus alias kantor KIND:TEXT", "en": "remove an office alias KIND:TEXT"},
}
ALIAS_HEADERS = {"id": ("Jenis", "Tertulis", "Kode", "Oleh", "Pada"), "en": ("Kind", "Written", "Code", "By", "On")}
ALIAS_MESSAGES = {"not_found": {"id": "Tidak ada alias kantor {kind}:{text}.", "en": "No office alias {kind}:{text}."},
                  "remove_form": {"id": "KIND:TEXT, mis. village:Waai Lama", "en": "KIND:TEXT, e.g. village:Waai Lama"}}


def _date_argument(text: str) -> dt.date:
    parsed = parse_date(text)
    if parsed is None:
        raise argparse.ArgumentTypeError(render(MESSAGES, "bad_date", {"value": text}))
    return parsed


def build_intake(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", nargs="?", help=render(HELP, "file"))
    parser.add_argument("--report", default=None, metavar="OUT", help=render(HELP, "report"))
    parser.add_argument("--funding-source", default=DEFAULT_FUNDING_SOURCE, metavar="CODE",
                        help=render(HELP, "funding_source", {"default": DEFAULT_FUNDING_SOURCE}))
    parser.add_argument("--coverage-start", type=_date_argument, default=None, metavar="DATE",
                        help=render(HELP, "coverage_start"))
    parser.add_argument("--village", default=None, metavar="CODE", help=render(HELP, "village"))
    parser.add_argument("--district", default=None, metavar="CODE", help=render(HELP, "district"))
    parser.add_argument("--map", action="append", default=[], metavar="KIND:TEXT=CODE", help=render(HELP, "map"))
    parser.add_argument("--mapping", default=None, metavar="FILE.json", help=render(HELP, "mapping"))
    parser.add_argument("--keep-aliases", action="store_true", help=render(HELP, "keep_aliases"))
    parser.add_argument("--template", default=None, metavar="OUT.xlsx", help=render(HELP, "template"))
    parser.add_argument("--dry-run", action="store_true", help=render(HELP, "dry_run"))
    parser.add_argument("--format", choices=("text", "json"), default="text")
    set_handler(parser, run)


def build_aliases(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--add", action="append", default=[], metavar="KIND:TEXT=CODE", help=render(HELP, "add"))
    action.add_argument("--remove", default=None, metavar="KIND:TEXT", help=render(HELP, "remove"))
    parser.add_argument("--format", choices=("table", "json"), default="table")
    set_handler(parser, run_aliases)


BUILDERS = {"intake": build_intake, "aliases": build_aliases}


def _options(args: argparse.Namespace) -> IntakeOptions:
    choices = [parse_choice(text) for text in args.map]
    if args.mapping:
        choices += read_choices_file(Path(args.mapping))
    return IntakeOptions(args.funding_source, args.coverage_start, args.village, args.district, choices)


def run(args: argparse.Namespace) -> int:
    if args.template:
        with context_from(args) as ctx:
            path = write_template(ctx, Path(args.template))
        print(render(MESSAGES, "template", {"path": path}))
        return 0
    if not args.file:
        raise IntakeError("intake.file_needed")
    if args.report:
        report_format(Path(args.report))  # a wrong suffix is refused before any work
    options = _options(args)
    with context_from(args) as ctx:
        preview = preview_intake(ctx, Path(args.file), options)
        result = None if args.dry_run else _import(ctx, preview, args)
        if args.dry_run and args.report:
            write_report(preview, Path(args.report))
    print_result(args, preview, result)
    return 0


def _import(ctx: AppContext, preview: IntakePreview, args: argparse.Namespace) -> IntakeResult:
    report = Path(args.report) if args.report else None
    result = import_with_report(ctx, preview, report) if report else import_preview(ctx, preview)
    if args.keep_aliases and preview.options.choices:
        keep_aliases(ctx, preview.options.choices)
    return result


def run_aliases(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        if args.add:
            keep_aliases(ctx, [parse_choice(text) for text in args.add])
        if args.remove:
            kind, text = _alias_target(args.remove)
            if not remove_alias(ctx, kind, text):
                raise IntakeError("intake.mapping_invalid", text=args.remove,
                                  reason=render(ALIAS_MESSAGES, "not_found", {"kind": kind, "text": text}))
        rows = list_aliases(ctx)
    records = [row.__dict__ for row in rows]
    if args.format == "json":
        print_json(records)
    else:
        print_table(records, ("kind", "text", "code", "created_by", "created_at"), ALIAS_HEADERS[current_language()])
    return 0


def _alias_target(text: str) -> tuple[str, str]:
    kind, _, written = text.partition(":")
    if kind.strip().lower() not in KINDS or not _:
        raise IntakeError("intake.mapping_invalid", text=text, reason=render(ALIAS_MESSAGES, "remove_form"))
    return kind.strip().lower(), written.strip()


# --- what is printed: sentences, or JSON for scripts (the keys `imported`, `rejected`, `already_present`,
# `duplicate_in_file` and `report` are kept; more are added) ---------------------------------------------------
OUTPUT = {
    "summary": {
        "id": "{file}: {imported} baris diimpor sebagai draf ({to_complete} perlu dilengkapi), {rejected} ditolak, "
        "{already_present} sudah terdaftar, {duplicate_in_file} ganda dalam berkas.",
        "en": "{file}: {imported} rows imported as drafts ({to_complete} to complete), {rejected} rejected, "
        "{already_present} already registered, {duplicate_in_file} repeated in the file.",
    },
    "dry_run": {
        "id": "{file} (uji coba, tidak ada yang disimpan): {landing} baris akan menjadi draf ({to_complete} perlu "
        "dilengkapi), {rejected} ditolak, {already_present} sudah terdaftar, {duplicate_in_file} ganda dalam berkas.",
        "en": "{file} (dry run, nothing saved): {landing} rows would become drafts ({to_complete} to complete), "
        "{rejected} rejected, {already_present} already registered, {duplicate_in_file} repeated in the file.",
    },
    "terms": {
        "id": "Sumber dana {funding_source}, mulai kepesertaan {coverage_start}. Draf perlu diselesaikan di formulir.",
        "en": "Funding source {funding_source}, coverage from {coverage_start}. Drafts must be finished in the form.",
    },
    "report": {"id": "Laporan: {path}", "en": "Report: {path}"},
    "no_report": {
        "id": "Ada baris yang ditolak atau perlu dilengkapi: --report BERKAS menulis laporannya (berisi NIK lengkap).",
        "en": "Some rows were refused or need completing: --report FILE writes their report (it holds full NIKs).",
    },
    "read": {"id": "Kolom dibaca: {headers}", "en": "Columns read: {headers}"},
    "unknown_headers": {"id": "Kolom tidak dikenali (diabaikan): {headers}",
                        "en": "Unrecognised columns (ignored): {headers}"},
    "not_stored": {"id": "Kolom tidak disimpan (perlindungan data pribadi): {headers}",
                   "en": "Columns not stored (personal data protection): {headers}"},
    "groups": {
        "id": "Nilai yang tidak dikenali ({count}); pilih dengan --map JENIS:TEKS=KODE atau --mapping BERKAS.json:",
        "en": "Values not recognised ({count}); choose with --map KIND:TEXT=CODE or --mapping FILE.json:",
    },
    "group": {"id": "  {kind}:{text} — {rows} baris", "en": "  {kind}:{text} — {rows} rows"},
    "no_village": {"id": "(tanpa desa: pakai --village KODE)", "en": "(no village: use --village CODE)"},
    "candidate": {"id": "      {code}  {label}  ({score})", "en": "      {code}  {label}  ({score})"},
    "no_candidate": {"id": "      (tidak ada yang mirip)", "en": "      (nothing similar)"},
}


def _counts(preview: IntakePreview, result: IntakeResult | None) -> dict[str, int]:
    counts = preview.counts()
    return {"imported": result.imported if result else 0, "rejected": counts["invalid"],
            "already_present": counts["already_present"], "duplicate_in_file": counts["duplicate_in_file"],
            "to_complete": counts["incomplete"], "landing": preview.landing}


def _groups_json(preview: IntakePreview) -> list[dict]:
    return [{"kind": g.kind, "text": g.text, "rows": g.count, "row_numbers": g.row_numbers,
             "candidates": [{"code": c.code, "label": c.label, "score": c.score} for c in g.candidates]}
            for g in preview.groups]


def print_result(args: argparse.Namespace, preview: IntakePreview, result: IntakeResult | None) -> None:
    counts = _counts(preview, result)
    if args.format == "json":
        print_json({**counts, "report": args.report, "unresolved": _groups_json(preview),
                    "columns": {"read": list(preview.columns.values()), "ignored": preview.unknown_headers,
                                "not_stored": preview.not_stored},
                    "registration_numbers": result.registration_numbers if result else []})
        return
    key = "dry_run" if result is None else "summary"
    print(render(OUTPUT, key, {**counts, "file": preview.path.name}))
    _print_terms(preview)
    _print_columns(preview)
    _print_groups(preview)
    if args.report:
        print(render(OUTPUT, "report", {"path": args.report}))
    elif preview.needs_report or counts["to_complete"]:
        print(render(OUTPUT, "no_report"))


def _print_terms(preview: IntakePreview) -> None:
    sample = next((row.data for row in preview.rows if row.data is not None), None)
    if sample is not None and sample.coverage_start is not None:
        print(render(OUTPUT, "terms", {"funding_source": sample.funding_source,
                                         "coverage_start": format_date(sample.coverage_start)}))


def _print_columns(preview: IntakePreview) -> None:
    print(render(OUTPUT, "read", {"headers": ", ".join(preview.columns.values())}))
    for key, headers in (("unknown_headers", preview.unknown_headers), ("not_stored", preview.not_stored)):
        if headers:
            print(render(OUTPUT, key, {"headers": ", ".join(headers)}))


def _print_groups(preview: IntakePreview) -> None:
    if not preview.groups:
        return
    print(render(OUTPUT, "groups", {"count": len(preview.groups)}))
    for group in preview.groups:
        text = group.text or render(OUTPUT, "no_village")
        print(render(OUTPUT, "group", {"kind": group.kind, "text": text, "rows": group.count}))
        for candidate in group.candidates:
            print(render(OUTPUT, "candidate", candidate.__dict__))
        if not group.candidates and group.text:
            print(render(OUTPUT, "no_candidate"))

"""`renewal --year YYYY --out FILE` (the re-verification list per desa: PDF with tick boxes, or XLSX/CSV to fill in)
and `renewal-import FILE` (the answers: participants continued or ended in bulk, all or none)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pekerja_desktop.cli.common import context_from, set_handler
from pekerja_desktop.cli.output import print_json
from pekerja_desktop.documents.formatting import number_text
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.lifecycle.renewal_file import import_renewal_file, write_renewal_list

MESSAGES = {
    "listed": {"id": "Daftar verifikasi ulang {year}: {participants} peserta di {villages} desa; ditulis ke {path}.",
               "en": "Re-verification list {year}: {participants} participants in {villages} villages; written to "
                     "{path}."},
    "applied": {"id": "Pembaruan {year}: {continued} dilanjutkan, {ended} diakhiri, {unchanged} sudah tercatat, "
                      "{unanswered} belum dijawab. Terkirim ke kantor pusat dalam paket data berikutnya.",
                "en": "Renewal {year}: {continued} continued, {ended} ended, {unchanged} already recorded, "
                      "{unanswered} not answered. They go to the central office in the next data bundle."},
    "checked": {"id": "Pemeriksaan pembaruan {year} (tidak ada yang diubah): {continued} akan dilanjutkan, {ended} "
                      "diakhiri, {unchanged} sudah tercatat, {unanswered} belum dijawab.",
                "en": "Renewal {year} checked (nothing changed): {continued} would continue, {ended} end, "
                      "{unchanged} already recorded, {unanswered} not answered."},
}
HELP = {
    "year": {"id": "tahun anggaran yang diperbarui", "en": "the budget year renewed"},
    "out": {"id": "PDF (kotak centang, untuk desa) atau XLSX/CSV (untuk diisi lalu diimpor)",
            "en": "PDF (tick boxes, for the villages) or XLSX/CSV (to fill in and import)"},
    "file": {"id": "daftar yang sudah diisi (XLSX atau CSV)", "en": "the filled-in list (XLSX or CSV)"},
    "import_year": {"id": "tahun pembaruan (bawaan: kolom Tahun di berkas)",
                    "en": "the renewal year (default: the file's Year column)"},
    "dry_run": {"id": "periksa saja, tidak ada yang diubah", "en": "check only, change nothing"},
    "format": {"id": "keluaran: kalimat (bawaan) atau JSON", "en": "output: a sentence (default) or JSON"},
}


def build_renewal(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", required=True, type=int, metavar="YYYY", help=render(HELP, "year"))
    parser.add_argument("--out", required=True, metavar="FILE.pdf|.xlsx", help=render(HELP, "out"))
    set_handler(parser, run_renewal)


def build_renewal_import(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help=render(HELP, "file"))
    parser.add_argument("--year", type=int, default=None, metavar="YYYY", help=render(HELP, "import_year"))
    parser.add_argument("--dry-run", action="store_true", help=render(HELP, "dry_run"))
    parser.add_argument("--format", choices=("text", "json"), default="text", help=render(HELP, "format"))
    set_handler(parser, run_renewal_import)


BUILDERS = {"renewal": build_renewal, "renewal-import": build_renewal_import}


def run_renewal(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        info = write_renewal_list(ctx, args.year, Path(args.out))
    print(render(MESSAGES, "listed", {"year": info.year, "participants": number_text(info.participants),
                                      "villages": number_text(info.villages), "path": str(info.path)}))
    return 0


def run_renewal_import(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        result = import_renewal_file(ctx, Path(args.file), args.year, dry_run=args.dry_run)
    if args.format == "json":
        print_json({**result.__dict__, "dry_run": args.dry_run})
        return 0
    counts = {key: number_text(getattr(result, key)) for key in ("continued", "ended", "unchanged", "unanswered")}
    print(render(MESSAGES, "checked" if args.dry_run else "applied", {"year": result.year, **counts}))
    return 0

"""`person-export`, `purge` and `breach-list`: personal data on request, after retention, and after a loss."""

from __future__ import annotations

import argparse
from pathlib import Path

from pekerja_desktop.cli.common import context_from, set_handler
from pekerja_desktop.domain.dates import format_date, parse_date
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.privacy.breach_output import write_breach_list
from pekerja_desktop.services.privacy.person_export import export_person
from pekerja_desktop.services.privacy.retention import purge_personal_data

MESSAGES = {
    "person_done": {"id": "Data {registration_number} ditulis ke {path} ({pages} halaman).",
                    "en": "The data of {registration_number} written to {path} ({pages} pages)."},
    "purge_dry_run": {"id": "{count} rekaman diterima hub sebelum {cutoff}; data pribadinya akan dihapus "
                      "(uji coba: tidak ada yang diubah).",
                      "en": "{count} records acknowledged by the hub before {cutoff}; their personal data would be "
                      "purged (dry run: nothing changed)."},
    "purge_done": {"id": "Data pribadi {count} rekaman yang diterima hub sebelum {cutoff} dihapus.",
                   "en": "Personal data of {count} records acknowledged by the hub before {cutoff} purged."},
    "breach_done": {"id": "{persons} orang dalam paket nomor {sequence}, ditulis ke {path}.",
                    "en": "{persons} persons in bundle number {sequence}, written to {path}."},
    "breach_unrecorded": {"id": "Keanggotaan tidak dicatat untuk paket sebelum versi 0.2; gunakan ack dari hub. "
                          "Ditulis ke {path}.",
                          "en": "Membership not recorded for bundles before version 0.2; use the hub's ack. "
                          "Written to {path}."},
}
HELP = {
    "person.key": {"id": "nomor registrasi atau NIK", "en": "the registration number or the NIK"},
    "person.requested_on": {"id": "tanggal permintaan (bawaan: hari ini)",
                            "en": "the date of the request (default: today)"},
    "purge.dry_run": {"id": "hanya hitung, jangan ubah apa pun", "en": "only count, change nothing"},
    "breach.bundle": {"id": "nomor urut paket atau nama berkasnya", "en": "the bundle's sequence number or file name"},
}


def build_person_export(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("key", metavar="KEY", help=render(HELP, "person.key"))
    parser.add_argument("--out", required=True, metavar="FILE.pdf")
    parser.add_argument("--requested-on", default=None, metavar="DD/MM/YYYY", help=render(HELP, "person.requested_on"))
    set_handler(parser, run_person_export)


def build_purge(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--older-than-months", required=True, type=int, metavar="N")
    parser.add_argument("--dry-run", action="store_true", help=render(HELP, "purge.dry_run"))
    set_handler(parser, run_purge)


def build_breach_list(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("bundle", metavar="BUNDLE", help=render(HELP, "breach.bundle"))
    parser.add_argument("--out", required=True, metavar="FILE.csv|.xlsx|.pdf")
    set_handler(parser, run_breach_list)


BUILDERS = {"person-export": build_person_export, "purge": build_purge, "breach-list": build_breach_list}


def run_person_export(args: argparse.Namespace) -> int:
    requested_on = parse_date(args.requested_on) if args.requested_on else None
    if args.requested_on and requested_on is None:
        raise PekerjaError("argument.invalid", reason=f"--requested-on: {args.requested_on}")
    with context_from(args) as ctx:
        result = export_person(ctx, args.key, Path(args.out), requested_on=requested_on)
    print(render(MESSAGES, "person_done", {"registration_number": result.registration_number,
                                           "path": result.path, "pages": result.pages}))
    return 0


def run_purge(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        result = purge_personal_data(ctx, args.older_than_months, dry_run=args.dry_run)
    code = "purge_dry_run" if result.dry_run else "purge_done"
    print(render(MESSAGES, code, {"count": result.count, "cutoff": format_date(result.cutoff)}))
    return 0


def run_breach_list(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        result = write_breach_list(ctx, args.bundle, Path(args.out))
    if result.recorded:
        print(render(MESSAGES, "breach_done", {"persons": result.persons, "sequence": result.sequence,
                                               "path": result.path}))
    else:
        print(render(MESSAGES, "breach_unrecorded", {"path": result.path}))
    return 0
